"""Quiz banks: loading, validation messages, and checking answers of every question type."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from nmo_teach.casebook import seed
from nmo_teach.quiz import Quiz, QuizError, ResponseError, available_chapters, load_bank, load_quiz
from nmo_teach.quiz.checking import answer_text
from nmo_teach.quiz.model import (
    ClassifyQuestion,
    MultipleQuestion,
    NumericQuestion,
    OrderingQuestion,
    SingleQuestion,
    Status,
    TextQuestion,
)

SINGLE = {
    "id": "q-single", "level": "recall", "type": "single", "prompt": "Which?",
    "reference": "kleiter2012natalizumab",
    "options": [
        {"text": "Right", "correct": True, "feedback": "Because right."},
        {"text": "Wrong", "correct": False, "feedback": "Because wrong.", "reference": "ama2007manual"},
    ],
}
MULTIPLE = {
    "id": "q-multi", "level": "apply", "type": "multiple", "prompt": "Which ones?",
    "reference": "haynes1990revisited",
    "options": [
        {"text": "A", "correct": True, "feedback": "A is in."},
        {"text": "B", "correct": True, "feedback": "B is in."},
        {"text": "C", "correct": False, "feedback": "C is out."},
    ],
}
NUMERIC = {
    "id": "q-num", "level": "apply", "type": "numeric", "prompt": "How many relapses?",
    "reference": "kleiter2012natalizumab", "answer": {"figure": "relapses"}, "tolerance": 0,
    "unit": "relapses", "feedback": {"correct": "Yes.", "incorrect": "No."},
}
TEXT = {
    "id": "q-text", "level": "recall", "type": "text", "prompt": "Design?",
    "reference": "kleiter2012natalizumab", "accept": ["^\\s*(retrospective\\s+)?case series\\s*$"],
    "answer": "retrospective case series", "feedback": {"correct": "Yes.", "incorrect": "No."},
}
ORDERING = {
    "id": "q-order", "level": "recall", "type": "ordering", "prompt": "Order them.",
    "reference": "haynes1990revisited", "items": ["first", "second", "third"],
    "feedback": {"correct": "Yes.", "incorrect": "No."},
}


def write_bank(folder: Path, questions: list[dict], chapter: str = "demo") -> Path:
    path = folder / f"{chapter}.yaml"
    path.write_text(yaml.safe_dump({"chapter": chapter, "title": "Demo", "questions": questions}))
    return path


def demo_quiz(tmp_path: Path) -> Quiz:
    return load_bank(write_bank(tmp_path, [SINGLE, MULTIPLE, NUMERIC, TEXT, ORDERING]))


# --- loading and validation -------------------------------------------------------------------


def test_a_valid_bank_loads_with_computed_answers(tmp_path):
    quiz = demo_quiz(tmp_path)
    assert [q.id for q in quiz] == ["q-single", "q-multi", "q-num", "q-text", "q-order"]
    numeric = quiz.question("q-num")
    assert isinstance(numeric, NumericQuestion)
    assert numeric.value == seed().value("relapses")


def test_range_figure_fields_resolve(tmp_path):
    question = dict(NUMERIC, answer={"figure": "infusions_range", "field": "high"})
    quiz = load_bank(write_bank(tmp_path, [question]))
    assert quiz.question("q-num").value == seed().figure("infusions_range").high


def test_function_answers_call_package_code(tmp_path, monkeypatch):
    import nmo_teach.casebook

    monkeypatch.setattr(nmo_teach.casebook, "answer_for_test", lambda n: {"double": 2 * n}, raising=False)
    question = dict(NUMERIC, answer={"function": "nmo_teach.casebook:answer_for_test",
                                     "args": {"n": 21}, "field": "double"})
    assert load_bank(write_bank(tmp_path, [question])).question("q-num").value == 42
    question = dict(NUMERIC, answer={"function": "nmo_teach.casebook:numbers_in",
                                     "args": {"sentence": "two and 3"}})
    with pytest.raises(QuizError, match=r"q-num: field 'answer': .*returned \[2\.0, 3\.0\], not a number"):
        load_bank(write_bank(tmp_path, [question]))
    question["answer"] = {"function": "nmo_teach.quiz.checking:format_number", "args": {"value": 2.0}}
    with pytest.raises(QuizError, match="returned '2', not a number"):
        load_bank(write_bank(tmp_path, [question]))


def test_function_outside_the_package_is_refused(tmp_path):
    question = dict(NUMERIC, answer={"function": "os:getcwd"})
    with pytest.raises(QuizError, match="q-num: field 'answer"):
        load_bank(write_bank(tmp_path, [question]))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("chapter: demo\ntitle: [unclosed\n", r"demo\.yaml, line 3, column 1: not valid YAML"),
        ("- just a list\n", r"demo\.yaml: top level: got a list; allowed: a mapping"),
        ("chapter: demo\nquestions: []\n", r"demo\.yaml: field 'title': required, but missing"),
        ("chapter: other\ntitle: T\nquestions: [{}]\n", r"field 'chapter': 'other' does not match the file name"),
    ],
)
def test_malformed_files_name_the_file_and_field(tmp_path, text, message):
    path = tmp_path / "demo.yaml"
    path.write_text(text)
    with pytest.raises(QuizError, match=message):
        load_bank(path)


def test_missing_field_names_question_and_field(tmp_path):
    question = {k: v for k, v in NUMERIC.items() if k != "unit"} | {"feedback": {"correct": "Yes."}}
    with pytest.raises(QuizError, match=r"demo\.yaml: question q-num: field 'feedback\.incorrect': required, but missing"):
        load_bank(write_bank(tmp_path, [question]))


def test_option_without_feedback_is_refused(tmp_path):
    question = dict(SINGLE, options=[SINGLE["options"][0], {"text": "Wrong", "correct": False}])
    with pytest.raises(QuizError, match=r"question q-single: field 'options\[1\]\.feedback': required, but missing"):
        load_bank(write_bank(tmp_path, [question]))


def test_unknown_reference_key_is_refused(tmp_path):
    question = dict(SINGLE, options=[SINGLE["options"][0],
                                     dict(SINGLE["options"][1], reference="nosuch2099key")])
    with pytest.raises(QuizError, match=r"question q-single: field 'reference': unknown key\(s\) nosuch2099key"):
        load_bank(write_bank(tmp_path, [question]))


def test_duplicate_ids_are_refused(tmp_path):
    with pytest.raises(QuizError, match=r"question q-single: field 'id': duplicate id 'q-single'"):
        load_bank(write_bank(tmp_path, [SINGLE, SINGLE]))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"type": "essay"}, r"field 'type': 'essay' is not a question type; allowed: single, multiple"),
        ({"id": "Q 1"}, r"question Q 1: field 'id': got \"Q 1\"; allowed: text matching the pattern"),
        ({"level": "expert"}, r"field 'level': got \"expert\"; allowed: \"recall\" \\| \"understand\" \\| \"apply\" \\| \"analyse\""),
        ({"hint": "extra"}, r"field 'hint': unknown field; allowed fields here: id, level"),
        ({"options": [dict(SINGLE["options"][0]), dict(SINGLE["options"][0], text="Also right")]},
         r"exactly one option with correct: true \(found 2\)"),
        ({"options": [SINGLE["options"][0], dict(SINGLE["options"][0], feedback="dup")]},
         r"options repeat the same text"),
    ],
)
def test_single_choice_rules(tmp_path, change, message):
    with pytest.raises(QuizError, match=message):
        load_bank(write_bank(tmp_path, [dict(SINGLE) | change]))


@pytest.mark.parametrize(
    ("question", "message"),
    [
        (dict(MULTIPLE, options=[dict(o, correct=False) for o in MULTIPLE["options"]]),
         "at least one option with correct: true"),
        (dict(TEXT, accept=["(unclosed"]), r"pattern '\(unclosed' does not compile"),
        (dict(TEXT, accept=["(?i)case"]), "uses syntax the browser reads differently"),
        (dict(TEXT, accept=["(?P<x>case)"]), "uses syntax the browser reads differently"),
        (dict(TEXT, answer="cohort study"), "the model answer 'cohort study' matches none"),
        (dict(ORDERING, items=["a", "A"]), "items repeat the same text"),
        (dict(NUMERIC, tolerance=-1), r"field 'tolerance': got -1; allowed: a number greater than or equal to 0"),
        (dict(NUMERIC, answer={"figure": "nosuch"}), r"field 'answer\.figure': no reported figure 'nosuch'"),
        (dict(NUMERIC, answer={"figure": "infusions_range"}),
         r"figure 'infusions_range' has no 'value' \(it is a range"),
    ],
)
def test_type_rules_are_enforced(tmp_path, question, message):
    with pytest.raises(QuizError, match=message):
        load_bank(write_bank(tmp_path, [question]))


def test_unknown_chapter_lists_the_known_ones(tmp_path):
    write_bank(tmp_path, [SINGLE], chapter="alpha")
    with pytest.raises(QuizError, match="no quiz for chapter 'beta'.*chapters with a quiz: alpha"):
        load_quiz("beta", folder=tmp_path)


# --- checking answers -------------------------------------------------------------------------


def test_single_choice(tmp_path):
    quiz = demo_quiz(tmp_path)
    right = quiz.check("q-single", 0)
    assert right.correct and right.message == "Because right." and right.answer is None
    assert right.citation == "Kleiter et al. 2012"
    wrong = quiz.check("q-single", 1)
    assert not wrong.correct and wrong.message == "Because wrong." and wrong.answer == "Right"
    assert wrong.reference == "ama2007manual"  # the option's own key wins
    for bad in (2, -1, "0", True, None):
        with pytest.raises(ResponseError, match="q-single: expected an option number from 0 to 1"):
            quiz.check("q-single", bad)


def test_multiple_choice_needs_exactly_the_right_set(tmp_path):
    quiz = demo_quiz(tmp_path)
    assert quiz.check("q-multi", [1, 0]).correct
    assert quiz.check("q-multi", {0, 1}).correct
    for wrong in ([0], [0, 1, 2], [2]):
        feedback = quiz.check("q-multi", wrong)
        assert not feedback.correct and feedback.answer == "A; B"
    details = quiz.check("q-multi", [0, 2]).details
    assert details == (
        "You chose “A”, rightly: A is in.",
        "You missed “B”: B is in.",
        "You chose “C”, wrongly: C is out.",
    )
    with pytest.raises(ResponseError, match="choose at least one option"):
        quiz.check("q-multi", [])
    with pytest.raises(ResponseError, match="collection of option numbers"):
        quiz.check("q-multi", "01")


def test_numeric_answers_and_tolerance(tmp_path):
    relapses = seed().value("relapses")
    quiz = demo_quiz(tmp_path)
    assert quiz.check("q-num", relapses).correct
    assert quiz.check("q-num", f" {relapses} relapses ").correct  # the unit may be typed
    assert quiz.check("q-num", f"{relapses},0").correct  # a decimal comma
    wrong = quiz.check("q-num", relapses + 1)
    assert not wrong.correct and wrong.answer == f"{relapses} relapses"
    for bad in ("nine", "", "1_0", "nan", float("inf"), None):
        with pytest.raises(ResponseError, match="q-num: expected a"):
            quiz.check("q-num", bad)
    tolerant = load_bank(write_bank(tmp_path, [dict(NUMERIC, tolerance=0.5)]))
    assert tolerant.check("q-num", relapses + 0.5).correct
    assert not tolerant.check("q-num", relapses + 0.6).correct
    assert tolerant.check("q-num", relapses + 0.6).answer == f"{relapses} (± 0.5) relapses"


def test_text_answers_ignore_case(tmp_path):
    quiz = demo_quiz(tmp_path)
    assert quiz.check("q-text", "Retrospective Case Series").correct
    assert quiz.check("q-text", "CASE SERIES").correct
    wrong = quiz.check("q-text", "cohort")
    assert not wrong.correct and wrong.answer == "retrospective case series"
    with pytest.raises(ResponseError, match="the answer is empty"):
        quiz.check("q-text", "   ")


def test_ordering_counts_items_in_place(tmp_path):
    quiz = demo_quiz(tmp_path)
    assert quiz.check("q-order", ["first", "second", "third"]).correct
    assert quiz.check("q-order", [" First ", "SECOND", "third"]).correct
    wrong = quiz.check("q-order", ["second", "first", "third"])
    assert not wrong.correct
    assert wrong.details == ("Items in the right place: 1 of 3.",)
    assert wrong.answer == "first → second → third"
    with pytest.raises(ResponseError, match="each of the 3 items exactly once"):
        quiz.check("q-order", ["first", "first", "third"])


def test_unknown_question_id(tmp_path):
    with pytest.raises(QuizError, match="no question 'q-nope'"):
        demo_quiz(tmp_path).check("q-nope", 0)


# --- classify: the answer comes from the criteria engine --------------------------------------

criteria = pytest.importorskip("nmo_teach.criteria")


def classify_question(patient: dict) -> dict:
    return {
        "id": "q-classify", "level": "apply", "type": "classify",
        "prompt": "Does this synthetic patient meet the IPND criteria?",
        "reference": "wingerchuk2015ipnd", "patient": patient, "criterion": "ipnd2015",
        "feedback": {"met": "Met because.", "not_met": "Not met because.",
                     "undetermined": "Undecided because."},
    }


# An AQP4-IgG-positive patient with one myelitis attack (a core characteristic) and other
# causes excluded: IPND 2015 needs exactly that for NMOSD with AQP4-IgG.
SEROPOSITIVE = {
    "synthetic": True,
    "aqp4_igg": {"result": "positive", "assay": "cell-based"},
    "attacks": [{"syndrome": "acute-myelitis"}],
    "alternatives_excluded": "yes",
}


def test_classify_answer_is_the_engines_verdict(tmp_path):
    quiz = load_bank(write_bank(tmp_path, [classify_question(SEROPOSITIVE)]))
    question = quiz.question("q-classify")
    assert isinstance(question, ClassifyQuestion)
    verdict = criteria.evaluate("ipnd2015", SEROPOSITIVE)
    assert question.status == Status(verdict.status.value)
    right = quiz.check("q-classify", verdict.status.value)
    assert right.correct and verdict.summary in right.details
    others = [s.value for s in Status if s.value != verdict.status.value]
    wrong = quiz.check("q-classify", others[0])
    assert not wrong.correct and wrong.message == {"met": "Met because.", "not_met": "Not met because.",
                                                   "undetermined": "Undecided because."}[others[0]]
    assert ("AQP4-IgG – result", "positive") in question.patient_summary
    with pytest.raises(ResponseError, match="expected one of met, not_met, undetermined"):
        quiz.check("q-classify", "maybe")


def test_classify_with_a_bad_record_or_criterion(tmp_path):
    bad_record = classify_question({"aqp4_igg": {"result": "sort of"}})
    with pytest.raises(QuizError, match="question q-classify: fields 'patient'/'criterion'"):
        load_bank(write_bank(tmp_path, [bad_record]))
    bad_criterion = classify_question(SEROPOSITIVE) | {"criterion": "nosuch"}
    with pytest.raises(QuizError, match="criterion: got 'nosuch'"):
        load_bank(write_bank(tmp_path, [bad_criterion]))
    missing = classify_question({"vignette": "no-such-vignette"})
    with pytest.raises(QuizError, match="question q-classify"):
        load_bank(write_bank(tmp_path, [missing]))


# --- every shipped bank -----------------------------------------------------------------------


def example_right_response(question) -> object:
    """A response that must be judged right, derived from the question as written."""
    if isinstance(question, SingleQuestion):
        return question.correct_indices[0]
    if isinstance(question, MultipleQuestion):
        return list(question.correct_indices)
    if isinstance(question, NumericQuestion):
        return question.value
    if isinstance(question, TextQuestion):
        return question.answer
    if isinstance(question, OrderingQuestion):
        return list(question.items)
    if isinstance(question, ClassifyQuestion):
        return question.status.value
    raise TypeError(question)


@pytest.mark.parametrize("chapter", available_chapters())
def test_shipped_bank_is_complete_and_right_answers_check(chapter):
    quiz = load_quiz(chapter)
    assert len(quiz) >= 10, f"{chapter}: {len(quiz)} questions, the module asks for at least 10"
    assert len({q.level for q in quiz}) >= 2, f"{chapter}: questions at a single level"
    assert len({q.type for q in quiz}) >= 2, f"{chapter}: questions of a single type"
    for question in quiz:
        if isinstance(question, TextQuestion) and question.answer is None:
            continue  # no model answer to try; the patterns were checked on load
        feedback = quiz.check(question.id, example_right_response(question))
        assert feedback.correct, f"{chapter}: {question.id}: the right answer is judged wrong"
        assert answer_text(question) or isinstance(question, TextQuestion)


def test_structured_abstract_ordering_matches_the_abstract():
    """The heading order the quiz teaches is the order the seed abstract prints."""
    question = load_quiz("structured-abstract").question("sa-03")
    assert isinstance(question, OrderingQuestion)
    assert [item.casefold() for item in question.items] == [
        label.casefold() for label in seed().abstract.labels
    ]


def test_the_readme_example_layout_is_a_valid_bank(tmp_path):
    readme = (Path(__file__).parent.parent / "data/quizzes/README.md").read_text()
    example = readme.split("```yaml", 1)[1].split("```", 1)[0]
    bank = yaml.safe_load(textwrap.dedent(example))
    first = bank["questions"][0] | {"options": SINGLE["options"]}
    load_bank(write_bank(tmp_path, [first]))
