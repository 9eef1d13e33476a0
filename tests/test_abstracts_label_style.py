"""Headings in a style the rules do not know, read because the abstract repeats it
(nmo_teach/abstracts/label_style.py). Each style here is one no rule of ``text`` reads."""

from __future__ import annotations

import pytest

from nmo_teach.abstracts import parse_string
from nmo_teach.abstracts.label_style import consistent_headings


def _labels(text: str) -> list[str | None]:
    return [s.label for s in parse_string(text).sections]


@pytest.mark.parametrize("text, labels", [
    ("Background; Drugs help. Methods; We tested 40 adults. Results; It worked. Conclusions; Use it.",
     ["Background", "Methods", "Results", "Conclusions"]),
    ("OBJECTIVE >> To test. DESIGN >> Cohort. RESULTS >> 12 of 40 improved.", ["OBJECTIVE", "DESIGN", "RESULTS"]),
    ("background:Drugs help. methods:We tested 40 adults. results:It worked.", ["background", "methods", "results"]),
])
def test_a_repeated_unknown_style_is_read_as_headings(text: str, labels: list[str]):
    assert _labels(text) == labels


def test_section_texts_stay_exact_pieces_of_the_input():
    text = "OBJECTIVE >> To test. DESIGN >> Cohort. RESULTS >> 12 of 40 (30%) improved."
    abstract = parse_string(text)
    assert [s.text for s in abstract.sections] == ["To test.", "Cohort.", "12 of 40 (30%) improved."]
    assert all(f.text in text for f in abstract.figures)


@pytest.mark.parametrize("text", [
    "Results were good. Methods were simple. Conclusions are limited. Design matters.",
    "Background; Drugs help. Methods; We tested 40 adults. It worked.",  # two labels are not a style
])
def test_prose_and_two_labels_are_left_alone(text: str):
    assert consistent_headings(text) is None


def test_a_name_with_its_number_or_a_step_back_in_order_is_not_a_heading():
    text = ("Objective Depression is common. Methods We used registries. Results Cohort 1 had 50 cases. "
            "Cohort 2 had 40 cases. Conclusion It matters.")
    restyled = consistent_headings(text)
    assert restyled is not None and "Cohort:" not in restyled[0]
    assert _labels(text) == ["Objective", "Methods", "Results", "Conclusion"]


def test_unlisted_labels_in_the_headings_colon_style_are_headings_placed_by_position():
    text = ("Context: Falls harm the old. Study aim: To test a splint. Local gap: No trial has. "
            "Design and method: We enrolled 80 adults. Main findings: Twelve fell. "
            "Practical implications: Use it. Added value: A first trial.")
    sections = parse_string(text).sections
    assert [(s.label, s.category.value, s.category_source.value) for s in sections] == [
        ("Context", "BACKGROUND", "nlm-list"), ("Study aim", "OBJECTIVE", "nlm-list"),
        ("Local gap", "OBJECTIVE", "position"), ("Design and method", "METHODS", "nlm-list"),
        ("Main findings", "RESULTS", "nlm-list"), ("Practical implications", "CONCLUSIONS", "nlm-list"),
        ("Added value", "CONCLUSIONS", "position")]


@pytest.mark.parametrize("text", [
    # parts of the results named by a letter or number are not headings
    "Background: Falls harm. Methods: We enrolled 80 adults. Results: Group A: 12 fell. Group B: 20 fell. Conclusions: Use it.",
    # a title with a colon above the abstract is not a heading
    "Falls in Care Homes: A Randomised Trial of Hip Protectors\n\nBackground: Falls harm. Methods: We enrolled 80. "
    "Results: Twelve fell. Conclusions: Use it.",
    # nor is a sentence that opens with a pronoun and a colon
    "Background: Falls harm. Methods: We searched: Medline and Embase. Results: Twelve trials. Conclusions: Use it.",
])
def test_colon_labels_that_name_a_group_a_title_or_a_sentence_stay_text(text: str):
    assert [s.label for s in parse_string(text).sections] == ["Background", "Methods", "Results", "Conclusions"]


def test_unlisted_labels_need_two_known_ones_in_their_style():
    text = "Orientation: Nurses matter. Motivation: Few studies. Contribution: A first survey."
    assert consistent_headings(text) is None
