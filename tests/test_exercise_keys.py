"""The exercise answer keys agree with the criteria engine on the same synthetic vignettes.

The exercise's model answers were reasoned out by hand from the criteria text; the engine
encodes the same criteria independently. Describing each vignette of the exercise as a patient
record and asking the engine gives a second opinion: a disagreement means one of them is wrong.
"""

from __future__ import annotations

import pytest

from nmo_teach import criteria
from nmo_teach.exercises.assignment import load_assignment
from nmo_teach.exercises.tags import SOLUTION, cell_source, cell_tags

# The three vignettes of Exercise 3, as the exercise text describes them (only what it states;
# every other fact stays unknown).
EXERCISE_VIGNETTES = {
    "VERDICT_A": {
        "aqp4_igg": {"result": "positive", "assay": "cell-based"},
        "attacks": [{"syndrome": "acute-myelitis", "mri": {"cord_lesion_segments": 2}}],
        "alternatives_excluded": "yes",
    },
    "VERDICT_B": {
        "aqp4_igg": {"result": "negative", "assay": "cell-based"},
        "attacks": [
            {"syndrome": "optic-neuritis"},
            {"syndrome": "acute-myelitis",
             "mri": {"cord_lesion_segments": 2, "cord_atrophy_segments": 0}},
        ],
        "mri": {"brain_normal_or_nonspecific": "yes"},
        "alternatives_excluded": "yes",
    },
    "VERDICT_C": {
        "aqp4_igg": {"result": "unknown"},
        "attacks": [{"syndrome": "acute-myelitis", "mri": {"cord_lesion_segments": 5}}],
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
