"""The robustness corpus: hostile and malformed submissions graded in one batch.

Each case's expected score follows from the corpus assignment (four one-point tests: a public
``is_letm(3)``, hidden ``is_letm(10)``, ``is_letm(1)`` and ``ANSWER == 4``) and from what the case
does to them; the reasoning is in each row's comment.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from nmo_teach.exercises.assignment import load_assignment
from nmo_teach.grading.batch import grade_batch
from nmo_teach.grading.gradebook import Gradebook
from nmo_teach.grading.harness import Settings

CORPUS = Path(__file__).parent / "grading_corpus"
FAST = Settings(test_timeout=2.0, load_timeout=3.0, submission_budget=30.0, memory_mb=256)

# case: (score, status, a phrase the student's message or a test's feedback must contain)
EXPECTED = {
    "correct": (4, "graded", "4 of 4 tests passed"),
    "folder_submission": (4, "graded", "4 of 4"),  # reads its own answer.txt: allowed
    "invalid_json": (0, "invalid", "not valid notebook JSON"),
    "wrong_nbformat": (0, "invalid", "nbformat 3"),
    "malformed_cells": (0, "invalid", "'outputs' is a required property"),
    "missing_cells": (0, "graded", "does not define: is_letm, ANSWER"),
    "renamed_function": (1, "graded", "does not define: is_letm"),  # only ANSWER is found
    "infinite_loop_in_function": (3, "graded", "did not finish within the time limit"),  # loops on 10
    "infinite_loop_at_top": (4, "graded", "solution cell 2 did not finish"),  # cell skipped
    "huge_output": (4, "graded", "4 of 4"),  # output is capped, not punished
    "memory_bomb": (3, "graded", "raised MemoryError"),  # the function's bomb fails test_hidden_long
    "sys_exit": (4, "graded", "raised SystemExit"),
    "os_exit": (3, "graded", "ended the grading process"),  # exits on input 1: test_hidden_short
    "base_exception": (3, "graded", "raised Boom"),  # raises on input 10
    "write_outside": (4, "graded", "4 of 4"),
    "read_tests_and_gradebook": (4, "graded", "4 of 4"),  # a successful read would change ANSWER
    "rewrite_tests_and_gradebook": (4, "graded", "4 of 4"),
    "monkeypatch_checker": (0, "graded", "not plain data"),  # AlwaysEqual never reaches the checker
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("corpus")
    assignment_path = root / "assignment" / "corpus-exercise.md"
    assignment_path.parent.mkdir()
    shutil.copy(CORPUS / "assignment" / "corpus-exercise.md", assignment_path)
    submissions = root / "submissions"
    shutil.copytree(CORPUS / "submissions", submissions)
    gradebook = root / "gradebook" / "grades.sqlite"
    for notebook in submissions.rglob("*.ipynb"):
        text = notebook.read_text()
        text = text.replace("__ASSIGNMENT_PATH__", str(assignment_path))
        text = text.replace("__GRADEBOOK_PATH__", str(gradebook))
        notebook.write_text(text)
    escaped = [submissions / "escaped.txt", root / "escaped.txt", Path("/tmp/nmo-corpus-escaped.txt")]
    for path in escaped:
        path.unlink(missing_ok=True)
    assignment = load_assignment(assignment_path)
    before = _sha(assignment_path)
    summary = grade_batch(assignment, submissions, gradebook, FAST, progress=False)
    with Gradebook(gradebook) as book:
        grades = {grade.student: grade for grade in book.latest(assignment.name)}
    return {"grades": grades, "summary": summary, "assignment": assignment, "assignment_before": before,
            "assignment_path": assignment_path, "gradebook": gradebook, "submissions": submissions,
            "escaped": escaped}


def test_every_case_is_in_the_corpus() -> None:
    names = {p.stem for p in (CORPUS / "submissions").iterdir()}
    assert names == set(EXPECTED)


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_case_gets_its_score_and_a_clear_message(graded: dict, case: str) -> None:
    score, status, phrase = EXPECTED[case]
    grade = graded["grades"][case]
    assert grade.score == score, grade.message
    assert grade.max_score == 4
    assert grade.status == status
    texts = [grade.message, *(test.feedback for test in grade.tests)]
    assert any(phrase in text for text in texts), texts
    assert len(grade.tests) == 4


def test_nothing_escaped_the_sandbox(graded: dict) -> None:
    for path in graded["escaped"]:
        assert not path.exists(), path
    assert _sha(graded["assignment_path"]) == graded["assignment_before"]


def test_gradebook_is_intact_and_complete(graded: dict) -> None:
    db = sqlite3.connect(graded["gradebook"])
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT COUNT(*) FROM grades").fetchone()[0] == len(EXPECTED)
    assert db.execute("SELECT COUNT(*) FROM test_results").fetchone()[0] == 4 * len(EXPECTED)


def test_hidden_feedback_never_shows_inputs_or_assertions(graded: dict) -> None:
    for grade in graded["grades"].values():
        for test in grade.tests:
            if test.visibility == "hidden":
                assert "assert" not in test.feedback
                assert "10" not in test.feedback
