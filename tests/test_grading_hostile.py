"""Issue 9: honest mistakes, forged messages, two graders at once, the sandbox report, the student's
identity, and the corpus graded by an unprivileged user."""

from __future__ import annotations

import json
import os
import pwd
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from nmo_teach.cli import main
from nmo_teach.exercises.assignment import load_assignment
from nmo_teach.grading import isolation, protocol
from nmo_teach.grading.batch import check_sandbox, grade_batch
from nmo_teach.grading.exports import neutralise
from nmo_teach.grading.gradebook import Gradebook
from nmo_teach.grading.harness import Settings
from nmo_teach.paths import PROJECT_ROOT

CORPUS = Path(__file__).parent / "grading_corpus"
RAISES = CORPUS / "assignment" / "raises-exercise.md"
CORPUS_ASSIGNMENT = CORPUS / "assignment" / "corpus-exercise.md"
FAST = Settings(test_timeout=2.0, load_timeout=3.0, memory_mb=256)


def _notebook(source: str) -> str:
    return json.dumps({
        "nbformat": 4, "nbformat_minor": 5, "metadata": {},
        "cells": [{"cell_type": "code", "id": "s", "metadata": {"tags": ["solution"]}, "source": source,
                   "outputs": [], "execution_count": None}],
    })


FORGETS_THE_CHECK = "import os\n\ndef segments_checked(segments):\n    return segments\n\n" \
                    "def whoami():\n    return os.environ.get('NMO_TEACH_STUDENT_ID', 'practice')\n"
COMPLETE = FORGETS_THE_CHECK.replace("    return segments\n", "    if segments < 0:\n        raise ValueError('no')\n"
                                     "    return segments\n", 1)


def test_did_not_raise_is_one_failed_test_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "amira.ipynb").write_text(_notebook(FORGETS_THE_CHECK))  # graded first (sorted)
    (folder / "zoe.ipynb").write_text(_notebook(COMPLETE))
    summary = grade_batch(load_assignment(RAISES), folder, tmp_path / "b.sqlite", FAST, jobs=1, progress=False)
    assert sorted(summary.graded) == ["amira", "zoe"]
    with Gradebook(tmp_path / "b.sqlite") as book:
        grades = {g.student: g for g in book.latest("raises-exercise")}
    assert grades["zoe"].score == 3
    assert grades["amira"].score == 2
    feedback = {t.test: t.feedback for t in grades["amira"].tests}
    assert feedback["test_hidden_refuses_negative"] == "not yet right: A negative count is refused."


def test_student_identity_reaches_tests_and_sandbox(tmp_path: Path) -> None:
    """Tests and submission both see NMO_TEACH_STUDENT_ID, per student, even graded in parallel."""
    folder = tmp_path / "subs"
    folder.mkdir()
    names = [f"student{i}" for i in range(6)]
    for name in names:
        (folder / f"{name}.ipynb").write_text(_notebook(COMPLETE))
    grade_batch(load_assignment(RAISES), folder, tmp_path / "b.sqlite", FAST, jobs=3, progress=False)
    with Gradebook(tmp_path / "b.sqlite") as book:
        assert {g.student: g.score for g in book.latest("raises-exercise")} == {name: 3 for name in names}
    assert "NMO_TEACH_STUDENT_ID" not in os.environ


def test_single_always_writes_results_json(tmp_path: Path) -> None:
    submission = tmp_path / "submission"
    submission.mkdir()
    (submission / "work.ipynb").write_text(_notebook(FORGETS_THE_CHECK))
    results = tmp_path / "results.json"
    assert main(["grade", str(submission), "--single", "--student", "s1", "--assignment", str(RAISES),
                 "--no-progress", "--gradebook", str(tmp_path / "b.sqlite"), "--gradescope-results",
                 str(results)]) == 0
    assert json.loads(results.read_text())["score"] == 2
    # Even when grading cannot start at all, Gradescope gets a results.json saying why.
    missing = tmp_path / "results-missing.json"
    assert main(["grade", str(tmp_path / "absent"), "--single", "--assignment", str(RAISES), "--no-progress",
                 "--gradebook", str(tmp_path / "b.sqlite"), "--gradescope-results", str(missing)]) == 2
    data = json.loads(missing.read_text())
    assert data["score"] == 0 and "could not grade" in data["output"]


def test_check_sandbox_lists_every_layer(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["grade", "--check-sandbox"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line[5:].split(":")[0] for line in lines] == list(isolation.LAYERS)
    report = check_sandbox()
    assert all((line.startswith("on ") if report[layer] == "on" else layer in line and report[layer] in line)
               for line, layer in zip(lines, isolation.LAYERS))


def test_switched_off_isolation_is_reported_as_missing() -> None:
    report = check_sandbox(Settings(isolation=False))
    assert set(report) == set(isolation.LAYERS)
    assert all("switched off" in state for state in report.values())


def test_two_graders_at_once_on_one_gradebook(tmp_path: Path) -> None:
    folder = tmp_path / "subs"
    folder.mkdir()
    for i in range(6):
        shutil.copy(CORPUS / "submissions" / "correct.ipynb", folder / f"s{i}.ipynb")
    gradebook = tmp_path / "shared.sqlite"
    assignment = load_assignment(CORPUS_ASSIGNMENT)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            grade_batch(assignment, folder, gradebook, FAST, jobs=1, progress=False)
        except BaseException as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Gradebook(gradebook) as book:
        assert book.count() == 6
        assert {g.score for g in book.latest("corpus-exercise")} == {4}


@pytest.mark.parametrize("frame", [
    {"ok": True, "value": 1, "extra": "field"},
    {"ok": "yes"},
    {"ok": False, "type": "x" * 5000},
    {"event": "loaded", "errors": [], "names": {"a": {"kind": "value"}}, "output": "", "ok": True},
])
def test_forged_messages_fail_validation(frame: dict) -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        protocol.send(theirs, frame)
        with pytest.raises(protocol.ProtocolError):
            protocol.receive_as(ours, (protocol.Reply,))


@pytest.mark.parametrize("raw", [struct.pack(">I", 2**31) + b"{}", struct.pack(">I", 400_000) + b"[" * 400_000])
def test_oversized_and_deeply_nested_frames_are_refused(raw: bytes) -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        sender = threading.Thread(target=theirs.sendall, args=(raw,), daemon=True)
        sender.start()
        with pytest.raises(protocol.ProtocolError):
            protocol.receive_as(ours, (protocol.Reply,), deadline=time.monotonic() + 10)


def test_decoding_a_deep_value_is_refused() -> None:
    value: object = 1
    for _ in range(200):
        value = {"L": [value]}
    with pytest.raises(protocol.ProtocolError):
        protocol.decode(value)


@pytest.mark.parametrize("cell, shown", [("=1+1", "'=1+1"), ("+SUM(A1)", "'+SUM(A1)"), ("-2", "'-2"),
                                         ("@cmd", "'@cmd"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("alice", "alice")])
def test_csv_cells_are_neutralised(cell: str, shown: str) -> None:
    assert neutralise(cell) == shown


def _unprivileged_command(argv: list[str], views: Path) -> list[str] | None:
    """``argv`` run as uid 65534 with the interpreter readable, or None when this machine cannot."""
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("setpriv"):
        return None
    try:
        pwd.getpwuid(65534)
    except KeyError:
        return None
    # The interpreter may live under a private home (here /root/.pyenv): in a mount namespace of
    # the test's own, each closed folder above it is replaced by an open one holding only the path.
    base = Path(sys.base_prefix)
    script = "set -e\n"
    for index, folder in enumerate(p for p in reversed(base.parents) if not os.stat(p).st_mode & 0o001):
        view = views / f"view{index}"
        view.mkdir(parents=True, exist_ok=True)
        step = next(p for p in [base, *base.parents] if p.parent == folder)
        script += (f"mount --bind {folder} {view}\nmount -t tmpfs -o mode=755 none {folder}\n"
                   f"mkdir -p {step}\nmount --bind {view}/{step.name} {step}\n")
    script += 'exec setpriv --reuid 65534 --regid 65534 --clear-groups "$@"\n'
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", *argv]


def test_the_hostile_corpus_as_an_unprivileged_user(tmp_path: Path) -> None:
    """CI runs as root; here the grader itself runs as uid 65534 (user namespaces do the rest)."""
    command = _unprivileged_command([sys.executable, "-m", "nmo_teach.cli", "grade", "--check-sandbox"], tmp_path)
    if command is None:
        pytest.skip("needs root (to become uid 65534), unshare and setpriv")
    work = Path(tempfile.mkdtemp(prefix="nmo-unprivileged-"))
    try:
        probe = subprocess.run(command, capture_output=True, text=True, cwd=str(work))
        if probe.returncode != 0:
            pytest.skip(f"this machine cannot run the grader as another user: {probe.stderr.strip()[-200:]}")
        userns = _unprivileged_command(["unshare", "--user", "--map-root-user", "--net", "--mount", "true"], tmp_path)
        assert userns is not None
        if subprocess.run(userns, capture_output=True).returncode != 0:
            pytest.skip("unprivileged user namespaces are disabled on this machine, so an ordinary user "
                        "gets fewer sandbox layers (grade --check-sandbox lists them)")
        assert "OFF" not in probe.stdout, probe.stdout
        _grade_corpus_as_nobody(work, tmp_path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _grade_corpus_as_nobody(work: Path, views: Path) -> None:
    submissions = work / "submissions"
    submissions.mkdir()
    gradebook = work / "gradebook" / "grades.sqlite"
    cases = ["correct", "sqlite_gradebook_trigger", "native_extension", "pth_planting", "path_discovery",
             "disk_filling", "dir_fd_escape", "signals_and_rlimits", "mknod_fifo", "renamed_function"]
    for case in cases:
        text = (CORPUS / "submissions" / f"{case}.ipynb").read_text()
        text = text.replace("__GRADEBOOK_PATH__", str(gradebook)).replace("__PROJECT_ROOT__", str(PROJECT_ROOT))
        (submissions / f"{case}.ipynb").write_text(text.replace("__ASSIGNMENT_PATH__", str(CORPUS_ASSIGNMENT)))
    subprocess.run(["chown", "-R", "65534:65534", str(work)], check=True)
    command = _unprivileged_command(
        [sys.executable, "-m", "nmo_teach.cli", "grade", str(submissions), "--assignment", str(CORPUS_ASSIGNMENT),
         "--gradebook", str(gradebook), "--no-progress", "--timeout", "2"], views)
    assert command is not None
    result = subprocess.run(command, capture_output=True, text=True, cwd=str(work), env={**os.environ, "HOME": str(work)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "sandbox protection missing" not in result.stderr
    with Gradebook(gradebook) as book:
        scores = {g.student: g.score for g in book.latest("corpus-exercise")}
    assert scores == {case: (1 if case == "renamed_function" else 4) for case in cases}
    assert not Path("/tmp/nmo-corpus-escaped.txt").exists()


def test_a_missing_layer_is_named_once_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from nmo_teach.grading import batch

    report = {layer: "on" for layer in isolation.LAYERS}
    report[isolation.LANDLOCK] = "the kernel has no Landlock"
    monkeypatch.setattr(batch, "probe_sandbox", lambda *args: dict(report))
    folder = tmp_path / "subs"
    folder.mkdir()
    for name in ("a", "b", "c"):
        shutil.copy(CORPUS / "submissions" / "correct.ipynb", folder / f"{name}.ipynb")
    grade_batch(load_assignment(CORPUS_ASSIGNMENT), folder, tmp_path / "b.sqlite", FAST, progress=False)
    lines = [line for line in capsys.readouterr().err.splitlines() if "protection missing" in line]
    assert lines == [f"nmo-teach grade: sandbox protection missing: {isolation.LANDLOCK}: the kernel has no Landlock"]


def test_an_old_gradebook_gains_the_refused_status_and_keeps_its_rows(tmp_path: Path) -> None:
    import sqlite3

    from nmo_teach.grading.gradebook import SCHEMA

    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(SCHEMA.replace(", 'refused'", ""))
    db.execute("INSERT INTO grades VALUES (1, 'a', 's', 'h', 'v', 'src', 1, 1, 'graded', 'm', 0)")
    db.execute("INSERT INTO test_results VALUES (1, 't', 'public', 1, 1, 1, 'ok')")
    db.commit()
    db.close()
    with Gradebook(path) as book:
        (grade,) = book.latest("a")
        assert grade.score == 1 and len(grade.tests) == 1
        book._db.execute("INSERT INTO grades VALUES (2, 'a', 'r', 'h', 'v', 'src', 0, 1, 'refused', 'm', 1)")
    assert oct(os.stat(path).st_mode & 0o777) == oct(0o600)


def _fails(result: int) -> None:
    """A C call's -1 as the OSError Python would raise."""
    if result == -1:
        raise OSError("refused")


def test_without_namespaces_the_other_layers_still_hold(tmp_path: Path) -> None:
    """A kernel or container without namespaces: Landlock and seccomp still confine the child."""
    from nmo_teach.grading.batch import sandbox_read_roots

    base = Path(tempfile.mkdtemp(prefix="nmo-grade-"))
    try:
        os.chmod(base, 0o711)
        (base / "work").mkdir()
        (base / "files").mkdir()
        (base / "files" / "data.txt").write_text("mine")
        outside = tmp_path / "outside.txt"
        plan = isolation.Plan(str(base), str(base / "work"), str(base / "files"), tuple(sandbox_read_roots()), 1 << 20)
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: confine without namespaces, then try to get out
            try:
                os.close(reader)
                isolation._enter_namespaces = lambda root, report: (  # type: ignore[assignment]
                    report.missing.__setitem__(isolation.NETWORK, "namespaces unavailable (test)") or False)
                report = isolation.confine(plan).as_dict()
                os.chdir(plan.workdir)
                results = {"report": report, "own file": open("data.txt").read()}
                for label, attempt in {
                    "write outside": lambda: open(outside, "w").write("x"),
                    "write site-packages": lambda: open(Path(sys.prefix) / "nmo_corpus_evil.pth", "w"),
                    "mkfifo": lambda: os.mkfifo("fifo"),
                    "read the project": lambda: open(PROJECT_ROOT / "README.md").read(),
                    "new user namespace": lambda: _fails(isolation._LIBC.unshare(0x10000000)),
                    "ptrace": lambda: _fails(isolation._LIBC.ptrace(0, 0, None, None)),
                }.items():
                    try:
                        attempt()
                        results[label] = "allowed"
                    except OSError:
                        results[label] = "refused"
                os.write(writer, json.dumps(results).encode())
            finally:
                os._exit(0)
        os.close(writer)
        os.waitpid(pid, 0)
        with os.fdopen(reader) as pipe:
            results = json.loads(pipe.read())
    finally:
        shutil.rmtree(base, ignore_errors=True)
    report = results.pop("report")
    assert report[isolation.LANDLOCK] == report[isolation.SECCOMP] == "on"
    assert report[isolation.MOUNT] == "no mount namespace" and report[isolation.NETWORK].startswith("namespaces")
    assert results == {"own file": "mine", "write outside": "refused", "write site-packages": "refused",
                       "mkfifo": "refused", "read the project": "refused", "new user namespace": "refused",
                       "ptrace": "refused"}
    assert not outside.exists()


def test_without_a_tmpfs_quota_the_folder_is_measured_instead(tmp_path: Path) -> None:
    folder = tmp_path / "subs"
    folder.mkdir()
    shutil.copy(CORPUS / "submissions" / "disk_filling.ipynb", folder / "filler.ipynb")
    shutil.copy(CORPUS / "submissions" / "correct.ipynb", folder / "honest.ipynb")
    settings = Settings(test_timeout=2.0, load_timeout=5.0, memory_mb=256, disk_mb=8, isolation=False)
    grade_batch(load_assignment(CORPUS_ASSIGNMENT), folder, tmp_path / "b.sqlite", settings, progress=False)
    with Gradebook(tmp_path / "b.sqlite") as book:
        grades = {g.student: g for g in book.latest("corpus-exercise")}
    assert grades["honest"].score == 4
    assert grades["filler"].score == 0
    assert all("wrote more than 8 MiB" in test.feedback for test in grades["filler"].tests)


def test_the_summary_line_accounts_for_every_entry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "subs"
    (folder / "ada").mkdir(parents=True)
    shutil.copy(CORPUS / "submissions" / "correct.ipynb", folder / "ada" / "work.ipynb")
    shutil.copy(CORPUS / "submissions" / "renamed_function.ipynb", folder / "ada.ipynb")
    (folder / "ben.ipynb").symlink_to(folder / "ada" / "work.ipynb")
    (folder / "syllabus.pdf").write_bytes(b"%PDF")
    code = main(["grade", str(folder), "--assignment", str(CORPUS_ASSIGNMENT), "--no-progress",
                 "--gradebook", str(tmp_path / "b.sqlite"), "--csv", str(tmp_path / "g.csv")])
    captured = capsys.readouterr()
    assert code == 0
    assert ("graded 1, invalid 0, refused 1, already in the gradebook 0, duplicates set aside 1, "
            "not submissions 1") in captured.out
    assert "ada.ipynb set aside: ada/ is graded" in captured.err and "syllabus.pdf" in captured.err
    rows = (tmp_path / "g.csv").read_text().splitlines()[1:]
    assert [row.split(",")[:3] + [row.split(",")[5]] for row in rows] == [
        ["ada", "corpus-exercise", "4", "graded"], ["ben", "corpus-exercise", "0", "refused"]]


# --- security review: attacks on the grader's side of the boundary ------------------------------

ITERATING = CORPUS_ASSIGNMENT.read_text().split("# Corpus exercise")[0] + '''# Iterating exercise

A hidden test that iterates over calls, placed before the public one.

```{code-cell} ipython3
:tags: [solution]

def is_letm(segments: int) -> bool:
    """True when a lesion spans three or more vertebral segments."""
    return segments >= 3
```

```{code-cell} ipython3
:tags: [tests-hidden]

def test_hidden_all_long():
    """Long lesions are longitudinally extensive."""
    assert all(map(is_letm, [17, 23]))


def test_hidden_none_short():
    """Short lesions are not."""
    assert not any(map(is_letm, [1, 2]))
```

```{code-cell} ipython3
:tags: [tests-public]

def test_public_threshold():
    """Three segments is longitudinally extensive."""
    assert is_letm(3) is True
```
'''


def _grade_iterating(tmp_path: Path, sources: dict[str, str]) -> dict:
    assignment = tmp_path / "iterating-exercise.md"
    assignment.write_text(ITERATING)
    folder = tmp_path / "subs"
    folder.mkdir()
    for name, source in sources.items():
        (folder / f"{name}.ipynb").write_text(_notebook(source))
    grade_batch(load_assignment(assignment), folder, tmp_path / "b.sqlite", FAST, progress=False)
    with Gradebook(tmp_path / "b.sqlite") as book:
        return {g.student: g for g in book.latest("iterating-exercise")}


def test_stop_iteration_from_a_submission_does_not_end_the_tests_iteration(tmp_path: Path) -> None:
    """Re-raised in the grader, StopIteration would end ``map`` early: ``all(...)`` of nothing is true."""
    grades = _grade_iterating(tmp_path, {
        "stub": "def is_letm(segments):\n    raise StopIteration\n",
        "honest": "def is_letm(segments):\n    return segments >= 3\n",
    })
    assert grades["honest"].score == 3
    assert grades["stub"].score == 0, grades["stub"].tests
    assert all("raised StopIteration" in test.feedback for test in grades["stub"].tests)


def test_hidden_inputs_never_reach_what_a_student_sees(tmp_path: Path) -> None:
    """A submission that remembers its arguments cannot show them in public feedback (public tests
    run first) nor in hidden feedback (only built-in exception names are shown there)."""
    grades = _grade_iterating(tmp_path, {
        "recorder": "seen = []\n\ndef is_letm(segments):\n    seen.append(segments)\n"
                    "    if segments == 3:\n        raise ValueError(repr(seen))\n"
                    "    raise type('seen_' + '_'.join(map(str, seen)), (Exception,), {})()\n",
    })
    texts = [grades["recorder"].message, *(test.feedback for test in grades["recorder"].tests)]
    assert any("ValueError: [3]" in text for text in texts), texts
    assert not any(number in text for text in texts for number in ("17", "23")), texts


def test_hash_flooding_keys_are_refused_before_a_set_is_built() -> None:
    colliding = [k * (2**61 - 1) for k in range(1, 40_000)]
    for value in ({"S": colliding}, {"D": [[key, 0] for key in colliding]}, {"S": [{"T": [key]} for key in colliding]}):
        with pytest.raises(protocol.ProtocolError, match="hash flooding"):
            protocol.decode(value)
    honest = {-1: "a", -2: "b", (1, 2): frozenset({3}), 2**61 - 1: 0, 0: 1}
    assert protocol.decode(protocol.encode(honest)) == honest


def test_hidden_feedback_never_quotes_the_submission(tmp_path: Path) -> None:
    """A forged size message or a value the test chokes on is not echoed in a hidden test's feedback."""
    from nmo_teach.exercises.assignment import TestSpec, Visibility
    from nmo_teach.grading.harness import SubmissionRaised, _failure_feedback

    hidden = next(t for t in load_assignment(CORPUS_ASSIGNMENT).tests if t.visibility is Visibility.HIDDEN)
    assert isinstance(hidden, TestSpec)
    for error in (SubmissionRaised("Unencodable: a value of [17, 23] bytes; the grader accepts at most 1"),
                  ValueError("invalid literal for int() with base 10: '[17, 23]'"),
                  SubmissionRaised("seen_17_23: boom")):
        assert "17" not in _failure_feedback(hidden, error)


def test_a_notebook_of_countless_tiny_cells_is_refused_quickly(tmp_path: Path) -> None:
    from nmo_teach.grading.submissions import MAX_NOTEBOOK_CELLS, InvalidSubmission, Submission, solution_cells

    cells = [{"cell_type": "raw", "id": f"c{i}", "metadata": {}, "source": ""} for i in range(MAX_NOTEBOOK_CELLS + 1)]
    path = tmp_path / "tiny.ipynb"
    path.write_text(json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": cells}))
    with pytest.raises(InvalidSubmission, match="cells; the grader reads at most"):
        solution_cells(Submission("tiny", path, path, "digest"))


def test_the_fork_server_starts_without_the_graders_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every sandbox is a fork of the zygote, so the zygote's memory must hold no credentials."""
    from nmo_teach.grading.zygote import Zygote

    monkeypatch.setenv("GRADER_TEST_API_TOKEN", "s3cret-token")
    with Zygote(["nmo_teach.grading.sandbox"]) as zygote:
        zygote.spawn({"base": "/nonexistent", "workdir": "/nonexistent/work", "files": "/nonexistent/files",
                      "read_roots": [], "quota_bytes": 1 << 20, "enabled": False},
                     {"cpu_seconds": 1, "memory_mb": 64, "file_mb": 1}, "probe")[1].close()
        assert zygote._process is not None
        environment = Path(f"/proc/{zygote._process.pid}/environ").read_bytes()
    assert b"s3cret-token" not in environment and b"PATH=" in environment


def test_a_folder_nested_a_thousand_deep_is_refused_and_the_batch_goes_on(tmp_path: Path) -> None:
    """os.walk recurses per level: unchecked, such a folder raised RecursionError and stopped the batch."""
    folder = tmp_path / "subs"
    (folder / "bob").mkdir(parents=True)
    shutil.copy(CORPUS / "submissions" / "correct.ipynb", folder / "bob" / "answer.ipynb")
    shutil.copy(CORPUS / "submissions" / "correct.ipynb", folder / "carol.ipynb")
    fd = os.open(folder / "bob", os.O_RDONLY)
    try:
        for _ in range(1100):
            os.mkdir("d", dir_fd=fd)
            inner = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)
    try:
        summary = grade_batch(load_assignment(CORPUS_ASSIGNMENT), folder, tmp_path / "b.sqlite", FAST, progress=False)
    finally:
        _remove_chain(folder / "bob", 1100)  # shutil.rmtree (pytest's clean-up) recurses per level too
    assert summary.graded == ["carol"] and summary.refused == ["bob"]
    with Gradebook(tmp_path / "b.sqlite") as book:
        grades = {g.student: g for g in book.latest("corpus-exercise")}
    assert grades["carol"].score == 4
    assert grades["bob"].message == "refused: folders nested more than 32 deep"


def _remove_chain(top: Path, depth: int) -> None:
    """Remove ``depth`` nested folders named ``d`` under ``top``, deepest first, without recursion."""
    fds = [os.open(top, os.O_RDONLY)]
    try:
        for _ in range(depth - 1):
            fds.append(os.open("d", os.O_RDONLY, dir_fd=fds[-1]))
        while fds:
            os.rmdir("d", dir_fd=fds[-1])
            os.close(fds.pop())
    finally:
        for fd in fds:
            os.close(fd)


def test_an_exception_the_grader_cannot_rebuild_is_not_turned_into_a_type_error(tmp_path: Path) -> None:
    """UnicodeDecodeError needs five arguments: rebuilt from a message it raised TypeError in the
    grader, which a ``pytest.raises(TypeError)`` test would have counted as the submission's."""
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "odd.ipynb").write_text(_notebook(
        "def segments_checked(segments):\n    raise UnicodeDecodeError('utf-8', b'x', 0, 1, 'no')\n"))
    grade_batch(load_assignment(RAISES), folder, tmp_path / "b.sqlite", FAST, progress=False)
    with Gradebook(tmp_path / "b.sqlite") as book:
        (grade,) = book.latest("raises-exercise")
    feedback = {t.test: t.feedback for t in grade.tests}
    assert feedback["test_public_counts"].startswith("your code raised UnicodeDecodeError: ")
    assert not any("TypeError" in text for text in feedback.values())


def test_a_float_tag_holding_a_huge_int_is_a_malformed_message() -> None:
    """Unchecked, float() raised OverflowError inside the test, where pytest.raises could catch it."""
    with pytest.raises(protocol.ProtocolError):
        protocol.decode({"F": 10**1000})


def test_solution_cells_too_large_for_the_channel_get_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "big.ipynb").write_text(_notebook("DATA = '" + "x" * (1 << 20) + "'\n" + COMPLETE))
    grade_batch(load_assignment(RAISES), folder, tmp_path / "b.sqlite", FAST, progress=False)
    with Gradebook(tmp_path / "b.sqlite") as book:
        (grade,) = book.latest("raises-exercise")
    assert grade.score == 0
    assert all("solution cells hold more than 960 KiB of code" in t.feedback for t in grade.tests), grade.tests
