"""Per-student variants: each student's own patients, graded by the real grader.

Two students hand in correct answers for their own patients and get full marks; a third hands
in a classmate's answers under their own name and fails the hidden test, because the grader
computes that student's cases (and keys, with the engine) from the identity it passes to tests.
"""

from __future__ import annotations

from pathlib import Path

import copy

import nbformat
import pytest

from nmo_teach.criteria import evaluate
from nmo_teach.errors import NmoTeachError
from nmo_teach.exercises.assignment import load_assignment
from nmo_teach.exercises.tags import SOLUTION, cell_tags
from nmo_teach.grading.batch import grade_batch
from nmo_teach.grading.gradebook import Gradebook
from nmo_teach.grading.harness import Settings
from nmo_teach.practice import student_cases, student_id, student_seed
from nmo_teach.practice.draw import signature

ASSIGNMENT = "quizzes-and-exercises"
EXERCISE = "your-own-patients"  # the variant namespace of Exercise 6 in that chapter
SKILL = "ipnd-seronegative"
SETTINGS = Settings(test_timeout=20.0, load_timeout=30.0)


def engine_verdicts(identity: str) -> list[str]:
    """What a student who classified their own patients correctly would hand in."""
    return [evaluate(c.criterion, c.patient).status.words
            for c in student_cases(identity, skill=SKILL, n=8, exercise=EXERCISE)]


def test_students_get_different_patients_and_keys() -> None:
    alice, bob = (student_cases(name, skill=SKILL, n=8, exercise=EXERCISE) for name in ("alice", "bob"))
    assert not {signature(c) for c in alice} & {signature(c) for c in bob}
    assert engine_verdicts("alice") != engine_verdicts("bob")
    assert [signature(c) for c in alice] == [signature(c) for c in student_cases("alice", skill=SKILL, n=8, exercise=EXERCISE)]
    assert student_seed("alice", EXERCISE) != student_seed("alice", "another-exercise")


def test_identity_comes_from_the_argument_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NMO_TEACH_STUDENT_ID", " carol ")
    assert student_id() == "carol" and student_id("dan") == "dan"
    monkeypatch.delenv("NMO_TEACH_STUDENT_ID")
    with pytest.raises(NmoTeachError, match="NMO_TEACH_STUDENT_ID"):
        student_id()


def _submission(notebook: nbformat.NotebookNode, verdicts: list[str]) -> nbformat.NotebookNode:
    """The chapter with every other exercise solved and Exercise 6 answered by a literal list."""
    answered = copy.deepcopy(notebook)
    cells = [c for c in answered.cells if c.cell_type == "code" and SOLUTION in cell_tags(c) and "MY_VERDICTS" in c.source]
    assert len(cells) == 1
    cells[0].source = f"MY_VERDICTS = {verdicts!r}\n"
    return answered


def test_grader_passes_own_answers_and_fails_a_copied_one(tmp_path: Path) -> None:
    assignment = load_assignment(ASSIGNMENT)
    folder = tmp_path / "submissions"
    folder.mkdir()
    alice, bob = engine_verdicts("alice"), engine_verdicts("bob")
    assert alice != bob
    nbformat.write(_submission(assignment.notebook, alice), folder / "alice.ipynb")
    nbformat.write(_submission(assignment.notebook, bob), folder / "bob.ipynb")
    nbformat.write(_submission(assignment.notebook, alice), folder / "copier.ipynb")  # alice's answers, own name
    nbformat.write(assignment.notebook, folder / "model.ipynb")  # the model solution computes its own
    grade_batch(assignment, folder, tmp_path / "book.sqlite", SETTINGS, jobs=1, progress=False)
    with Gradebook(tmp_path / "book.sqlite") as book:
        grades = {g.student: g for g in book.latest(ASSIGNMENT)}
    full = assignment.max_points
    assert grades["alice"].score == full and grades["bob"].score == full
    assert grades["model"].score == full
    assert engine_verdicts("copier") != alice
    copier = {t.test: t for t in grades["copier"].tests}
    assert copier["test_your_verdicts_have_the_right_form"].passed
    mine = copier["test_your_verdicts_match_the_criteria_for_your_own_patients"]
    assert not mine.passed
    assert grades["copier"].score == full - mine.max_points
