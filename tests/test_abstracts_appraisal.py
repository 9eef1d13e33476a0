"""JBI checklist data, CEBM levels, worksheets and generated reading questions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nmo_teach.abstracts import (
    cebm_level,
    key_for,
    parse_file,
    parse_string,
    reading_questions,
    worksheet,
)
from nmo_teach.abstracts.appraisal import (
    Answer,
    QuestionType,
    detect_design,
    load_instructor_key,
    load_jbi_checklist,
)
from nmo_teach.casebook import seed
from nmo_teach.paths import PROJECT_ROOT

FIXTURES = Path(__file__).parent / "fixtures" / "abstracts"
BIB_KEYS = set(re.findall(r"^@\w+\{([^,]+),", (PROJECT_ROOT / "references.bib").read_text(),
                          flags=re.MULTILINE))


def test_jbi_checklist_has_ten_short_paraphrased_items_with_a_known_citation():
    checklist = load_jbi_checklist()
    assert [item.number for item in checklist.items] == list(range(1, 11))
    assert checklist.reference in BIB_KEYS and checklist.secondary_reference in BIB_KEYS
    for item in checklist.items:
        assert len(item.paraphrase.split()) <= 20  # a short paraphrase, not the checklist text
        for pattern in item.evidence_patterns + item.strong_patterns:
            re.compile(pattern)


def test_instructor_key_is_labelled_derived_and_answers_every_item():
    key = load_instructor_key("kleiter2012")
    assert key.status == "DERIVED" and key.reference in BIB_KEYS
    assert [a.item for a in key.answers] == list(range(1, 11))
    assert all(a.reasoning and a.evidence for a in key.answers)


@pytest.fixture(scope="module")
def kleiter():
    return parse_file(FIXTURES / "kleiter2012.txt")[0]


def test_seed_worksheet_uses_the_key_when_the_pmid_matches():
    abstract = parse_file(FIXTURES / "pubmed-set.xml")[0]
    key = key_for(abstract)
    assert key is not None
    sheet = worksheet(abstract, key)
    assert [row.answer for row in sheet.rows] == [a.answer for a in key.answers]
    assert all(row.source.startswith("instructor key") for row in sheet.rows)


def test_text_suggestions_on_the_seed_agree_with_the_instructor_key(kleiter):
    """The pattern rules, knowing nothing of the key, reach the model answers on the seed."""
    suggested = worksheet(kleiter)
    key = load_instructor_key("kleiter2012")
    assert [row.answer for row in suggested.rows] == [a.answer for a in key.answers]
    assert all(row.source == "suggested from the text" for row in suggested.rows)
    demographics = suggested.rows[5]
    assert any("4 female" in sentence for sentence in demographics.evidence)


def test_a_consecutive_series_gets_yes_and_a_convenience_sample_gets_no():
    consecutive = parse_file(FIXTURES / "jama-eight-headings.txt")[0]
    assert worksheet(consecutive).rows[3].answer is Answer.UNCLEAR
    text = ("DESIGN: Case series of 40 consecutive patients. RESULTS: Of 40 patients, 22 were women; "
            "median age, 50 years.")
    assert worksheet(parse_string(text)).rows[3].answer is Answer.YES
    text = "DESIGN: Case series from a convenience sample of 12 patients."
    assert worksheet(parse_string(text)).rows[3].answer is Answer.NO


def test_cebm_levels_for_a_case_series():
    assert detect_design(parse_file(FIXTURES / "kleiter2012.txt")[0]) == "case series"
    assert cebm_level("case series", "treatment-benefit").level == 4
    assert cebm_level("case series", QuestionType.TREATMENT_HARM).level == 4
    diagnosis = cebm_level("case series", "diagnosis")
    assert diagnosis.level is None and "not listed" in diagnosis.explanation
    other = cebm_level("cohort study", "prognosis")
    assert other.level is None and "encodes only" in other.explanation


def test_designs_are_detected_in_other_styles():
    assert detect_design(parse_file(FIXTURES / "jama-current.txt")[0]) == "cross-sectional study"
    assert detect_design(parse_file(FIXTURES / "lancet.txt")[0]) == "randomized controlled trial"
    assert detect_design(parse_file(FIXTURES / "unstructured.txt")[0]) is None


def _valid_question(question: dict) -> None:
    assert re.fullmatch(r"[a-z0-9-]+", question["id"])
    assert question["level"] in ("recall", "application", "appraisal")
    assert question["reference"] in BIB_KEYS
    if question["type"] == "single":
        assert sum(o["correct"] for o in question["options"]) == 1
        assert all(o["feedback"] for o in question["options"])
        assert len({o["text"] for o in question["options"]}) == len(question["options"])
    elif question["type"] == "numeric":
        assert isinstance(question["answer"], int | float)
        assert set(question["feedback"]) == {"correct", "incorrect"}
    elif question["type"] == "ordering":
        assert question["items"]


def test_reading_questions_for_the_seed_take_their_answers_from_the_parse(kleiter):
    questions = reading_questions(kleiter, "kleiter2012natalizumab")
    for question in questions:
        _valid_question(question)
    by_prompt = {q["prompt"]: q for q in questions}
    n_question = next(q for q in questions if q["type"] == "numeric")
    assert n_question["answer"] == seed().value("patients")
    design = by_prompt["Under which heading does this abstract state the study design?"]
    assert next(o["text"] for o in design["options"] if o["correct"]) == "DESIGN"
    order = next(q for q in questions if q["type"] == "ordering")
    assert order["items"] == list(seed().abstract.labels)
    assert any(q["level"] == "appraisal" for q in questions)  # the ambiguous denominator


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_reading_questions_are_valid_for_every_fixture(name: str):
    for abstract in parse_file(FIXTURES / name):
        for question in reading_questions(abstract):
            _valid_question(question)
