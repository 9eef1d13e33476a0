"""The built pages show the drawn schematics, as inline SVG named by their alt text: every vignette
in its chapter and the short and long lesions of the differential chapter (the classify quiz items
are checked on their rendered markup in tests/test_figures_quiz.py)."""

from __future__ import annotations

import html
import re

from nmo_teach.criteria import load_vignette, vignette_ids
from nmo_teach.figures import patient_figures

ARIA_LABEL = re.compile(r'<svg[^>]*\baria-label="([^"]*)"')


def _labels(page: str) -> list[str]:
    return [html.unescape(label) for label in ARIA_LABEL.findall(page)]


def _page(built_book, path: str) -> str:
    return (built_book.html / path).read_text(encoding="utf-8")


def test_every_vignette_is_drawn_in_its_chapter(built_book):
    labels = _labels(_page(built_book, "book/practice/synthetic-vignettes.html"))
    for vignette in vignette_ids():
        for figure in patient_figures(load_vignette(vignette)):
            assert figure.alt in labels, f"{vignette}: {figure.kind} figure missing"


def test_the_differential_chapter_draws_short_and_long_lesions(built_book):
    labels = _labels(_page(built_book, "book/differential/two-diseases.html"))
    cords = [label for label in labels if label.startswith("Schematic sagittal cord")]
    optic = [label for label in labels if label.startswith("Schematic optic nerve")]
    assert any("(short, under 3" in label for label in cords)
    assert any("(longitudinally extensive" in label for label in cords)
    assert any("(half or less)" in label for label in optic) and any("(more than half)" in label for label in optic)


def test_figures_on_a_page_carry_no_ids(built_book):
    page = _page(built_book, "book/practice/synthetic-vignettes.html")
    for svg in re.findall(r"<svg\b.*?</svg>", page, flags=re.S):
        assert not re.search(r'\sid="', svg)
