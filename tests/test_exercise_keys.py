"""The exercise and quiz answer keys agree with the criteria engine, and the engine's keys are
the ones the content review asked for.

The exercise's model answers were reasoned out by hand from the criteria text; the engine
encodes the same criteria independently. Describing each vignette of the exercise as a patient
record and asking the engine gives a second opinion: a disagreement means one of them is wrong.
The classify questions of the quiz banks are keyed by the engine; the tests below pin the keys
that the content review (December 2026, findings A1 and B4) corrected, and check that no bank
keys "McDonald met" for a patient whose "no better explanation" the engine leaves to judgement.
"""

from __future__ import annotations

import pytest

from nmo_teach import criteria
from nmo_teach.criteria import Serostatus, Status, nmosd_typical_features
from nmo_teach.exercises.assignment import load_assignment
from nmo_teach.exercises.tags import SOLUTION, cell_source, cell_tags
from nmo_teach.quiz.bank import available_chapters, load_quiz
from nmo_teach.quiz.model import ClassifyQuestion

# The three vignettes of Exercise 3, as the exercise text describes them (only what it states;
# every other fact stays unknown).
EXERCISE_VIGNETTES = {
    "VERDICT_A": {
        "aqp4_igg": {"result": "positive", "assay": "cell-based"},
        "attacks": [{"syndromes": ["acute-myelitis"]}],
        "mri": {"cord_lesions": [{"segments": 2, "attack": 1}]},
        "alternatives_excluded": "yes",
    },
    "VERDICT_B": {
        "aqp4_igg": {"result": "negative", "assay": "cell-based"},
        "attacks": [
            {"syndromes": ["optic-neuritis"]},
            {"syndromes": ["acute-myelitis"], "mri": {"cord_atrophy_segments": 0}},
        ],
        "mri": {"brain_normal_or_nonspecific": "yes", "cord_lesions": [{"segments": 2, "attack": 2}]},
        "alternatives_excluded": "yes",
    },
    "VERDICT_C": {
        "aqp4_igg": {"result": "unknown"},
        "attacks": [{"syndromes": ["acute-myelitis"]}],
        "mri": {"cord_lesions": [{"segments": 5, "attack": 1}]},
        "alternatives_excluded": "yes",
    },
}
ENGINE_WORDS = {"met": "met", "not_met": "not met"}


def model_answers() -> dict[str, object]:
    """Run the exercise's solution cells and return the names they define."""
    namespace: dict[str, object] = {}
    for cell in load_assignment("quizzes-and-exercises").notebook.cells:
        if SOLUTION in cell_tags(cell) and cell.cell_type == "code":
            exec(cell_source(cell), namespace)  # noqa: S102 - the project's own solution cells
    return namespace


@pytest.mark.parametrize("answer_name", sorted(EXERCISE_VIGNETTES))
def test_exercise_key_matches_the_engine(answer_name: str):
    verdict = criteria.evaluate("ipnd2015", criteria.resolve_patient(EXERCISE_VIGNETTES[answer_name]))
    assert ENGINE_WORDS[verdict.status.value] == model_answers()[answer_name], verdict.explain()


# --- classify keys of the quiz banks -------------------------------------------------------------

def classify_questions() -> dict[str, ClassifyQuestion]:
    return {q.id: q for chapter in available_chapters() for q in load_quiz(chapter) if isinstance(q, ClassifyQuestion)}


# Keys the review corrected: before issue 10 sv-04 and sv-07 were keyed "met" and sv-02 "undetermined".
CORRECTED_KEYS = {
    "sv-02": (Status.NOT_MET, False),  # B4: AQP4-IgG positive, so MOGAD part C fails
    "sv-04": (Status.UNDETERMINED, True),  # A1: seronegative IPND met: a clinical judgement
    "sv-07": (Status.UNDETERMINED, True),  # A1: NMOSD-typical features before antibody testing
    "cac-08": (Status.NOT_MET, False),  # AQP4-IgG positive: a better explanation
}


@pytest.mark.parametrize("question_id", sorted(CORRECTED_KEYS))
def test_corrected_classify_keys(question_id: str) -> None:
    question = classify_questions()[question_id]
    status, judgement = CORRECTED_KEYS[question_id]
    verdict = criteria.evaluate(question.criterion, question.patient if isinstance(question.patient, dict)
                                else {"vignette": question.patient.vignette})
    assert question.status is status and verdict.status is status
    assert verdict.needs_judgement is judgement
    if judgement:
        assert "clinical judgement" in " ".join(question.explanation)


def test_no_classify_question_keys_mcdonald_met_for_an_nmosd_pattern() -> None:
    for question in classify_questions().values():
        if question.criterion != "mcdonald2017" or question.status is not Status.MET:
            continue
        patient = criteria.resolve_patient(question.patient if isinstance(question.patient, dict)
                                           else {"vignette": question.patient.vignette})
        assert criteria.ipnd2015(patient).status is not Status.MET, question.id
        assert patient.aqp4_igg.result is not Serostatus.POSITIVE, question.id
        assert nmosd_typical_features(patient) == (), question.id


def test_feedback_of_every_classify_question_agrees_with_its_key() -> None:
    # Feedback written for an old key ("Right, ..." on a status that is no longer the answer) is
    # the error the review found in sv-04; only the keyed status may congratulate.
    for question in classify_questions().values():
        for status in Status:
            text = question.feedback.for_status(status)
            if status is not question.status:
                assert not text.startswith("Right"), (question.id, status)
