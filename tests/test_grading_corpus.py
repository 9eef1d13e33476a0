"""The robustness corpus: hostile and malformed submissions graded in one batch.

Each case's expected score follows from the corpus assignment (four one-point tests: a public
``is_letm(3)``, hidden ``is_letm(10)``, ``is_letm(1)`` and ``ANSWER == 4``) and from what the case
does to them; the reasoning is in each row's comment. The hostile cases of issue 9 set
``ANSWER = 'leaked'`` when their attack gets anywhere, so "contained" shows as 4 of 4.

The whole corpus, honest cases included, is graded in one batch, which must finish; afterwards
nothing outside the sandboxes may have changed: the venv's site-packages, the package source, the
assignment, the gradebook's schema (no planted trigger) and /tmp (no staging folder left behind).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import sysconfig
from pathlib import Path

import pytest

from nmo_teach.exercises.assignment import load_assignment
from nmo_teach.grading.batch import grade_batch
from nmo_teach.grading.gradebook import Gradebook
from nmo_teach.grading.exports import write_csv
from nmo_teach.grading.harness import Settings
from nmo_teach.paths import PROJECT_ROOT

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
    # issue 9: contained attacks keep 4 of 4 (a success would set ANSWER = 'leaked')
    "sqlite_gradebook_trigger": (4, "graded", "4 of 4"),
    "dir_fd_escape": (4, "graded", "4 of 4"),
    "mknod_fifo": (4, "graded", "4 of 4"),
    "native_extension": (4, "graded", "4 of 4"),
    "pth_planting": (4, "graded", "4 of 4"),
    "path_discovery": (4, "graded", "4 of 4"),
    "disk_filling": (4, "graded", "4 of 4"),  # the quota stops it; over 40 MiB would leak
    "network_access": (4, "graded", "4 of 4"),
    "frame_gc_inspection": (4, "graded", "4 of 4"),  # the tests are not in the child's process
    "signals_and_rlimits": (4, "graded", "4 of 4"),
    "threads_atexit_finalisers": (4, "graded", "4 of 4"),
    "fork_multiprocessing": (4, "graded", "4 of 4"),
    "read_model_answers": (4, "graded", "4 of 4"),
    "environment_snooping": (4, "graded", "4 of 4"),  # sees only its own variables and identity
    "shared_memory_and_ipc": (4, "graded", "4 of 4"),
    "recursion_and_segfault": (2, "graded", "raised RecursionError"),  # recurses on 10, segfaults on 1
    "huge_values": (2, "graded", "too large for the grader"),  # huge return on 10 and a huge ANSWER
    "channel_forgery": (4, "graded", "sent the grader a malformed message; it was skipped"),
    "channel_forgery_in_calls": (2, "graded", "sent the grader a malformed message"),  # on 10 and on 1
    "fd_tricks": (3, "graded", "ended the grading process"),  # closes its channel on input 10
    # security review: a class named after the inputs fails both hidden calls without naming them
    "exception_named_after_inputs": (2, "graded", "an exception of a class your notebook defines"),
    "hash_flooding": (3, "graded", "sent the grader a malformed message"),  # refused on 10, not built
    "ctypes_memory_read": (4, "graded", "4 of 4"),
    "inode_flood": (4, "graded", "4 of 4"),  # 6000 empty files would leak
    "stops_itself": (3, "graded", "did not finish within the time limit"),  # stops itself on 10
}

# Cases the test makes itself (links, fifos and odd names do not belong in a repository).
# file name -> (identity, score, status, phrase)
RUNTIME = {
    "linked.ipynb": ("linked", 0, "refused", "refused: symbolic link"),
    "link_to_device.ipynb": ("link_to_device", 0, "refused", "refused: symbolic link"),
    "linked_inside": ("linked_inside", 0, "refused", "refused: symbolic link"),
    "a_fifo.ipynb": ("a_fifo", 0, "refused", "not a regular file"),
    "non_utf8_\udcff.ipynb": ("non_utf8_\\xff", 4, "graded", "4 of 4"),
    "=HYPERLINK(1).ipynb": ("=HYPERLINK(1)", 4, "graded", "4 of 4"),
    "twice.ipynb": ("twice", 4, "graded", "4 of 4"),  # loses to the folder twice/ (a correct one)
    "twice": ("twice", 4, "graded", "4 of 4"),
    "nested_json.ipynb": ("nested_json", 0, "invalid", "nested too deeply"),
}
HONEST = ("correct", "folder_submission", "renamed_function", "missing_cells", "=HYPERLINK(1)", "non_utf8_\\xff")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree_snapshot(folder: Path, suffixes: tuple[str, ...] = ()) -> dict[str, str]:
    """Every file under ``folder`` (name -> size and mtime; content hash for ``suffixes``)."""
    snapshot = {}
    for path in sorted(folder.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        info = path.stat()
        snapshot[str(path)] = _sha(path) if path.suffix in suffixes else f"{info.st_size}:{info.st_mtime_ns}"
    return snapshot


def _tmp_entries() -> set[str]:
    return {name for name in os.listdir("/tmp") if name.startswith(("nmo-grade-", "nmo-corpus", "nmo_corpus"))}


def _make_runtime_cases(submissions: Path) -> None:
    correct = submissions / "correct.ipynb"
    (submissions / "linked.ipynb").symlink_to(correct)
    (submissions / "link_to_device.ipynb").symlink_to("/dev/zero")
    inside = submissions / "linked_inside"
    inside.mkdir()
    shutil.copy(correct, inside / "answer.ipynb")
    (inside / "data.txt").symlink_to(submissions / "folder_submission" / "answer.txt")
    os.mkfifo(submissions / "a_fifo.ipynb")
    shutil.copy(correct, os.fsencode(submissions) + b"/non_utf8_\xff.ipynb")
    shutil.copy(correct, submissions / "=HYPERLINK(1).ipynb")
    shutil.copy(submissions / "renamed_function.ipynb", submissions / "twice.ipynb")
    (submissions / "twice").mkdir()
    shutil.copy(correct, submissions / "twice" / "answer.ipynb")
    (submissions / "nested_json.ipynb").write_text('{"nbformat": 4, "cells": ' + "[" * 100_000 + "]" * 100_000 + "}")
    (submissions / "notes.txt").write_text("not a submission")

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
        text = text.replace("__PROJECT_ROOT__", str(PROJECT_ROOT))
        notebook.write_text(text)
    _make_runtime_cases(submissions)
    escaped = [submissions / "escaped.txt", root / "escaped.txt", Path("/tmp/nmo-corpus-escaped.txt"),
               PROJECT_ROOT / "nmo_teach" / "nmo_corpus_evil.py"]
    for path in escaped:
        path.unlink(missing_ok=True)
    site_packages = Path(sysconfig.get_paths()["purelib"])
    before = {"assignment": _sha(assignment_path), "tmp": _tmp_entries(),
              "site-packages": _tree_snapshot(site_packages, (".pth", ".py")),
              "package": _tree_snapshot(PROJECT_ROOT / "nmo_teach", (".py",))}
    assignment = load_assignment(assignment_path)
    summary = grade_batch(assignment, submissions, gradebook, FAST, progress=False)  # must not raise
    with Gradebook(gradebook) as book:
        grades = {grade.student: grade for grade in book.latest(assignment.name)}
    after = {"assignment": _sha(assignment_path), "tmp": _tmp_entries(),
             "site-packages": _tree_snapshot(site_packages, (".pth", ".py")),
             "package": _tree_snapshot(PROJECT_ROOT / "nmo_teach", (".py",))}
    csv_path = root / "lms.csv"
    write_csv(list(grades.values()), csv_path)
    return {"grades": grades, "summary": summary, "assignment": assignment, "before": before, "after": after,
            "assignment_path": assignment_path, "gradebook": gradebook, "submissions": submissions,
            "escaped": escaped, "csv": csv_path}


def test_every_case_is_in_the_corpus() -> None:
    names = {p.stem for p in (CORPUS / "submissions").iterdir()}
    assert names == set(EXPECTED)


def test_the_batch_finished_and_accounts_for_every_entry(graded: dict) -> None:
    summary = graded["summary"]
    entries = len(os.listdir(graded["submissions"]))
    counted = (len(summary.graded) + len(summary.invalid) + len(summary.refused) + len(summary.skipped)
               + len(summary.duplicates) + len(summary.ignored))
    assert counted == entries
    assert summary.ignored == ["notes.txt"]
    assert len(summary.duplicates) == 1 and "twice/ is graded" in summary.duplicates[0]
    assert sorted(summary.refused) == ["a_fifo", "link_to_device", "linked", "linked_inside"]
    offered = _layers_the_machine_offers()
    assert {layer for layer, state in summary.protections.items() if state == "on"} >= offered, summary.protections


def _layers_the_machine_offers() -> set[str]:
    """Layers this kernel and account support, found without the grader's own code."""
    import platform
    import subprocess

    from nmo_teach.grading import isolation

    offered = set()
    if isolation.landlock_abi() >= 1:
        offered.add(isolation.LANDLOCK)
    if platform.machine() == "x86_64":
        offered.add(isolation.SECCOMP)
    flags = ["--net", "--mount"] + ([] if os.geteuid() == 0 else ["--user", "--map-root-user"])
    if shutil.which("unshare") and subprocess.run(["unshare", *flags, "true"], capture_output=True).returncode == 0:
        offered |= {isolation.NETWORK, isolation.MOUNT, isolation.QUOTA, isolation.UID}
    return offered


@pytest.mark.parametrize("name", sorted(RUNTIME))
def test_runtime_case_gets_its_row(graded: dict, name: str) -> None:
    identity, score, status, phrase = RUNTIME[name]
    grade = graded["grades"][identity]
    assert (grade.score, grade.status) == (score, status), grade.message
    assert phrase in grade.message


def test_honest_students_are_graded_correctly(graded: dict) -> None:
    expected = {"correct": 4, "folder_submission": 4, "renamed_function": 1, "missing_cells": 0,
                "=HYPERLINK(1)": 4, "non_utf8_\\xff": 4}
    assert {name: graded["grades"][name].score for name in HONEST} == expected


def test_one_row_per_student_and_formulas_neutralised_in_the_csv(graded: dict) -> None:
    rows = graded["csv"].read_text(encoding="utf-8").splitlines()[1:]
    students = [row.split(",")[0] for row in rows]
    assert len(students) == len(set(students)) == len(graded["grades"])
    assert "'=HYPERLINK(1)" in students and "=HYPERLINK(1)" not in students


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
    before, after = graded["before"], graded["after"]
    assert after["assignment"] == before["assignment"]
    assert after["site-packages"] == before["site-packages"]
    assert after["tmp"] <= before["tmp"], after["tmp"] - before["tmp"]
    planted = set(after["package"]) - set(before["package"])
    assert not {p for p in planted if "corpus" in p}, planted


def test_the_gradebook_is_private_and_untampered(graded: dict) -> None:
    db = sqlite3.connect(graded["gradebook"])
    assert db.execute("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view')").fetchall() == []
    assert stat.S_IMODE(os.stat(graded["gradebook"]).st_mode) == 0o600


def test_gradebook_is_intact_and_complete(graded: dict) -> None:
    db = sqlite3.connect(graded["gradebook"])
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = len(EXPECTED) + len({identity for identity, *_ in RUNTIME.values()})
    assert db.execute("SELECT COUNT(*) FROM grades").fetchone()[0] == rows
    assert db.execute("SELECT COUNT(*) FROM test_results").fetchone()[0] == 4 * rows


def test_hidden_feedback_never_shows_inputs_or_assertions(graded: dict) -> None:
    for grade in graded["grades"].values():
        for test in grade.tests:
            if test.visibility == "hidden":
                assert "assert" not in test.feedback
                assert "10" not in test.feedback


def test_an_oversized_answer_is_not_blamed_on_a_cell(graded: dict) -> None:
    grade = graded["grades"]["huge_values"]
    assert "solution cell" not in grade.message, grade.message
    answer = next(test for test in grade.tests if test.test == "test_hidden_answer")
    assert "bytes" in answer.feedback and not answer.passed
