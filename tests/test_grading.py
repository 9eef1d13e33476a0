"""The gradebook, its exports, the command line and the Gradescope bundle."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

from nmo_teach.cli import main
from nmo_teach.exercises.assignment import load_assignment
from nmo_teach.grading import protocol
from nmo_teach.grading.batch import grade_batch
from nmo_teach.grading.bundle import write_bundle
from nmo_teach.grading.gradebook import Gradebook
from nmo_teach.grading.harness import GradeResult, Settings, TestOutcome

CORPUS = Path(__file__).parent / "grading_corpus"
ASSIGNMENT = CORPUS / "assignment" / "corpus-exercise.md"
FAST = Settings(test_timeout=2.0, load_timeout=3.0, memory_mb=256)


@pytest.fixture()
def classroom(tmp_path: Path) -> Path:
    """Three students: a correct one, a renamed function (1/4) and a broken file."""
    folder = tmp_path / "submissions"
    folder.mkdir()
    for name in ("correct", "renamed_function", "invalid_json"):
        shutil.copy(CORPUS / "submissions" / f"{name}.ipynb", folder / f"{name}.ipynb")
    return folder


def _scores(gradebook: Path) -> dict[str, float]:
    with Gradebook(gradebook) as book:
        return {g.student: g.score for g in book.latest("corpus-exercise")}


def test_rerun_is_idempotent(classroom: Path, tmp_path: Path) -> None:
    assignment = load_assignment(ASSIGNMENT)
    gradebook = tmp_path / "book.sqlite"
    first = grade_batch(assignment, classroom, gradebook, FAST, progress=False)
    assert sorted(first.graded + first.invalid) == ["correct", "invalid_json", "renamed_function"]
    second = grade_batch(assignment, classroom, gradebook, FAST, progress=False)
    assert second.graded == [] and sorted(second.skipped) == ["correct", "invalid_json", "renamed_function"]
    with Gradebook(gradebook) as book:
        assert book.count() == 3
    assert _scores(gradebook) == {"correct": 4, "renamed_function": 1, "invalid_json": 0}


def test_interrupted_run_resumes_without_loss_or_duplicates(classroom: Path, tmp_path: Path) -> None:
    assignment = load_assignment(ASSIGNMENT)
    gradebook = tmp_path / "book.sqlite"
    # A first run that only got through one submission (the others were not there yet).
    partial = tmp_path / "partial"
    partial.mkdir()
    shutil.copy(classroom / "correct.ipynb", partial / "correct.ipynb")
    grade_batch(assignment, partial, gradebook, FAST, progress=False)
    resumed = grade_batch(assignment, classroom, gradebook, FAST, progress=False)
    assert resumed.skipped == ["correct"]
    with Gradebook(gradebook) as book:
        assert book.count() == 3


def test_a_failed_write_leaves_no_partial_grade(tmp_path: Path) -> None:
    with Gradebook(tmp_path / "book.sqlite") as book:
        duplicate = [TestOutcome("t", "public", 1, 1, True, "ok"), TestOutcome("t", "public", 1, 1, True, "ok")]
        with pytest.raises(Exception):
            book.record("a", "s", "h", "v", "src", GradeResult(1, 1, "graded", "m", duplicate))
        assert book.count() == 0
        assert not book.has("a", "s", "h")


def test_a_changed_submission_is_graded_again_and_exported_latest(classroom: Path, tmp_path: Path) -> None:
    assignment = load_assignment(ASSIGNMENT)
    gradebook = tmp_path / "book.sqlite"
    grade_batch(assignment, classroom, gradebook, FAST, progress=False)
    shutil.copy(CORPUS / "submissions" / "correct.ipynb", classroom / "renamed_function.ipynb")
    again = grade_batch(assignment, classroom, gradebook, FAST, progress=False)
    assert again.graded == ["renamed_function"]
    assert _scores(gradebook)["renamed_function"] == 4


def test_cli_grades_and_exports_csv(classroom: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gradebook, csv_path = tmp_path / "book.sqlite", tmp_path / "lms.csv"
    code = main(["grade", str(classroom), "--assignment", str(ASSIGNMENT), "--gradebook", str(gradebook),
                 "--csv", str(csv_path), "--no-progress", "--timeout", "2"])
    assert code == 0
    rows = csv_path.read_text().splitlines()
    assert rows[0] == "student,assignment,score,max_score,percent,status,feedback"
    assert rows[1].startswith("correct,corpus-exercise,4,4,100.0,graded")
    assert rows[2].startswith("invalid_json,corpus-exercise,0,4,0.0,invalid")
    assert rows[3].startswith("renamed_function,corpus-exercise,1,4,25.0,graded")


@pytest.mark.parametrize("argv, phrase", [
    (["grade", "/nonexistent/folder", "--assignment", str(ASSIGNMENT)], "no such folder"),
    (["grade", ".", "--assignment", "no-such-assignment"], "unknown assignment 'no-such-assignment'"),
    (["grade", ".", "--assignment", str(ASSIGNMENT), "--gradescope-results", "r.json"], "--single"),
])
def test_cli_bad_input_is_one_clear_line(argv: list[str], phrase: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert phrase in err and len(err.splitlines()) == 1


def test_gradescope_results_for_a_single_submission(tmp_path: Path) -> None:
    submission = tmp_path / "submission"
    submission.mkdir()
    shutil.copy(CORPUS / "submissions" / "renamed_function.ipynb", submission / "answer.ipynb")
    results = tmp_path / "results.json"
    assert main(["grade", str(submission), "--single", "--assignment", str(ASSIGNMENT), "--no-progress",
                 "--gradebook", str(tmp_path / "b.sqlite"), "--gradescope-results", str(results)]) == 0
    data = json.loads(results.read_text())
    assert data["score"] == 1
    assert {t["name"] for t in data["tests"]} == {"test_public_threshold", "test_hidden_long",
                                                  "test_hidden_short", "test_hidden_answer"}
    visibility = {t["name"]: t["visibility"] for t in data["tests"]}
    assert visibility["test_public_threshold"] == "visible"
    assert visibility["test_hidden_long"] == "after_published"


def test_gradescope_bundle_runs_like_gradescope(tmp_path: Path) -> None:
    bundle = write_bundle(load_assignment(ASSIGNMENT), tmp_path / "autograder.zip")
    with zipfile.ZipFile(bundle) as archive:
        names = set(archive.namelist())
        assert {"setup.sh", "run_autograder", "assignment/corpus-exercise.md",
                "nmo-teach/pyproject.toml", "nmo-teach/nmo_teach/cli.py"} <= names
        assert archive.getinfo("run_autograder").external_attr >> 16 & 0o111
        root = tmp_path / "autograder"
        (root / "source").mkdir(parents=True)
        archive.extractall(root / "source")
    (root / "submission").mkdir()
    (root / "results").mkdir()
    shutil.copy(CORPUS / "submissions" / "correct.ipynb", root / "submission" / "work.ipynb")
    env = {**os.environ, "AUTOGRADER_ROOT": str(root), "NMO_TEACH_BIN": str(Path(sys.executable).parent / "nmo-teach")}
    subprocess.run(["bash", str(root / "source" / "run_autograder")], env=env, check=True, capture_output=True)
    assert json.loads((root / "results" / "results.json").read_text())["score"] == 4


@pytest.mark.parametrize("value", [None, True, 3, 2.5, float("inf"), "s", [1, (2, 3)], {"a": {1, 2}}, (), {(1, 2): [None]}])
def test_values_cross_the_channel_unchanged(value: object) -> None:
    assert protocol.decode(json.loads(json.dumps(protocol.encode(value)))) == value


def test_objects_do_not_cross_the_channel() -> None:
    class AlwaysEqual:
        def __eq__(self, other: object) -> bool:
            return True

    with pytest.raises(protocol.Unencodable):
        protocol.encode(AlwaysEqual())
    with pytest.raises(protocol.ProtocolError):
        protocol.decode({"X": 1})


def test_wrong_nbformat_notebook_from_nbformat_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "subs"
    folder.mkdir()
    old = nbformat.v4.new_notebook()
    old["nbformat"] = 5
    (folder / "future.ipynb").write_text(json.dumps(old))
    summary = grade_batch(load_assignment(ASSIGNMENT), folder, tmp_path / "b.sqlite", FAST, progress=False)
    assert summary.invalid == ["future"]



def test_a_gradebook_reported_locked_while_opening_is_waited_for(tmp_path: Path, monkeypatch) -> None:
    """Switching a new file to WAL can report "database is locked" at once (no busy wait) when a
    second grader opens the gradebook at the same moment; the opener waits its turn instead of
    failing. The first two connections here are refused as SQLite refuses them."""
    import sqlite3

    real_connect = sqlite3.connect
    refusals = [2]

    class Locked:
        def __init__(self, connection: sqlite3.Connection) -> None:
            self.connection = connection

        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
            if refusals[0] and sql.startswith("PRAGMA journal_mode"):
                refusals[0] -= 1
                raise sqlite3.OperationalError("database is locked")
            return self.connection.execute(sql, *args)

        def __getattr__(self, name: str) -> object:
            return getattr(self.connection, name)

    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: Locked(real_connect(*a, **k)))
    with Gradebook(tmp_path / "shared.sqlite") as book:
        book.record("a", "s1", "h1", "v1", "x.ipynb",
                    GradeResult(score=1, max_score=1, status="graded", message=""))
        assert book.count() == 1
    assert refusals == [0]
