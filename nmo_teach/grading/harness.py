"""The trusted side of grading one submission: run the tests against a sandboxed child.

Test functions run here, in the grader, with their assertions rewritten the way pytest rewrites
them. Each name a submission must define (a function or an answer variable) is bound to a proxy:
calling it sends the arguments to the sandbox and brings back a plain value. So a submission can
neither see the hidden tests nor patch the checker: neither exists in its process.

When the child hangs, crashes or exits, the current test fails with a message that says so and
the next test gets a fresh child, so one bad input costs one test, not the grade. A solution cell
that kills or hangs the child while loading is skipped on the next attempt. A test that ends with
any exception at all (pytest's ``Failed``/``Skipped``/``Exit`` derive from ``BaseException``) is a
failed test with feedback, never the end of the batch.

A submission sees every argument it is called with, so public tests run before the first hidden
one and a hidden test's feedback never repeats text the submission chose: nothing a student reads
can carry a hidden test's inputs.

Tests may read the student's identity (for per-student exercise variants) as
``os.environ["NMO_TEACH_STUDENT_ID"]``: each test cell sees its own view of ``os`` in which that
variable holds the identity the grader derived from the submission's name, so submissions graded
in parallel threads never see each other's identity.
"""

from __future__ import annotations

import ast
import builtins
import json
import os
import shutil
import signal
import stat
import tempfile
import time
import types
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType
from typing import Any

from nmo_teach.exercises.assignment import Assignment, TestSpec, Visibility
from nmo_teach.grading import isolation, protocol
from nmo_teach.grading.zygote import Zygote


@dataclass(frozen=True)
class Settings:
    """Time and resource limits for grading (seconds, MiB)."""

    test_timeout: float = 3.0
    load_timeout: float = 10.0
    submission_budget: float = 60.0
    cpu_seconds: int = 60
    memory_mb: int = 512
    file_mb: int = 4
    disk_mb: int = 32
    max_spawns: int = 4
    isolation: bool = True


@dataclass(frozen=True)
class TestOutcome:
    """One test's result for one submission, with the feedback the student may see."""

    __test__ = False  # not a pytest test class

    name: str
    visibility: Visibility
    points: float
    max_points: float
    passed: bool
    feedback: str


@dataclass
class GradeResult:
    """What one submission earned, test by test, with the messages a student may see."""

    score: float
    max_score: float
    status: str  # "graded" or "invalid"
    message: str
    tests: list[TestOutcome] = field(default_factory=list)


# --- errors a proxy raises inside a test -------------------------------------------------------

class SubmissionProblem(Exception):
    """A problem with the submission's code that a test ran into (not a wrong answer)."""


class MissingName(SubmissionProblem):
    pass


class SubmissionTimeout(SubmissionProblem):
    pass


class SubmissionCrashed(SubmissionProblem):
    pass


class SubmissionMalformed(SubmissionCrashed):
    """The submission's process sent the grader something that is not a valid message."""


class SubmissionRaised(SubmissionProblem):
    """The submission raised an exception that is not a built-in type."""


_MAX_CODE = protocol.MAX_FRAME - 64 * 1024  # the load message's cells, with room for its other fields


class CompiledTests:
    """The assignment's test cells compiled once (with pytest's assertion rewriting)."""

    def __init__(self, assignment: Assignment) -> None:
        self.assignment = assignment
        self.codes: list[CodeType] = [_compile_test_cell(cell.source, i) for i, cell in enumerate(assignment.test_cells)]


def _compile_test_cell(source: str, index: int) -> CodeType:
    tree = ast.parse(source)
    try:
        from _pytest.assertion.rewrite import rewrite_asserts
    except ImportError:  # pytest absent: plain asserts still grade, with terser messages
        pass
    else:
        rewrite_asserts(tree, source.encode(), None, None)
    return compile(tree, f"<test cell {index + 1}>", "exec")


class SubmissionRun:
    """One submission's sandbox: spawned lazily, respawned after a crash, always cleaned up."""

    def __init__(self, zygote: Zygote, cells: list[str], names: tuple[str, ...], files: Path | None,
                 read_roots: list[str], settings: Settings, student: str = "") -> None:
        self.zygote = zygote
        self.student = student
        self.protections: dict[str, str] = {}
        self.cells = cells
        self.names = names
        self.files = files
        self.read_roots = read_roots
        self.settings = settings
        self.skip: set[int] = set()
        self.notes: list[str] = []
        self.spawns = 0
        self.started = time.monotonic()
        self.pid: int | None = None
        self.channel: Any = None
        self.base: str | None = None
        self.workdir: str | None = None
        self.found: dict[str, Any] = {}
        self.load_errors: list[dict[str, Any]] = []
        self.stopped: str | None = None  # why grading this submission stopped for good

    # -- life cycle --
    def ensure_child(self) -> None:
        if self.stopped is None and self.spawns == 0 and len(json.dumps(self.cells)) > _MAX_CODE:
            # The sandbox refuses a frame over protocol.MAX_FRAME: say so, rather than "crashed".
            self.stopped = f"grading stopped: your solution cells hold more than {_MAX_CODE // 1024} KiB of code"
        if self.stopped is not None:
            raise SubmissionCrashed(self.stopped)
        while self.channel is None:
            if self.spawns >= self.settings.max_spawns:
                raise SubmissionCrashed("grading stopped: your code ended the grading process too many times")
            self.spawns += 1
            self._spawn_and_load()

    def _spawn_and_load(self) -> None:
        self._fresh_workdir()
        assert self.base is not None and self.workdir is not None
        limits = {"cpu_seconds": self.settings.cpu_seconds, "memory_mb": self.settings.memory_mb,
                  "file_mb": self.settings.file_mb}
        plan = {"base": self.base, "workdir": self.workdir, "files": os.path.join(self.base, "files"),
                "read_roots": self.read_roots, "quota_bytes": self.settings.disk_mb * 1024 * 1024,
                "enabled": self.settings.isolation}
        self.pid, self.channel = self.zygote.spawn(plan, limits, self.student)
        deadline = time.monotonic() + self.settings.load_timeout
        current: int | None = None
        try:
            ready = protocol.receive_as(self.channel, (protocol.Ready,), deadline)
            self.protections = dict(ready.protections)
            protocol.send(self.channel, {"op": "load", "cells": self.cells, "skip": sorted(self.skip),
                                         "names": list(self.names)})
            while True:
                message = protocol.receive_as(self.channel, (protocol.CellStarted, protocol.Loaded), deadline)
                if isinstance(message, protocol.CellStarted):
                    current = message.index
                    continue
                self.found = {name: info for name, info in message.names.items() if name in self.names}
                self.load_errors = [error.model_dump() for error in message.errors]
                self._check_disk()
                return
        except (protocol.ChannelTimeout, protocol.ChannelClosed, protocol.ProtocolError, OSError) as error:
            self.kill()
            if current is None:
                raise SubmissionCrashed(f"the grading process could not start your code ({error})") from error
            if isinstance(error, protocol.ChannelTimeout):
                why = f"did not finish within {self.settings.load_timeout:g} s (an endless loop?)"
            elif isinstance(error, protocol.ProtocolError):
                why = "sent the grader a malformed message"
            else:
                why = "ended the grading process (os._exit, a crash, or a memory or CPU limit)"
            self.notes.append(f"solution cell {current + 1} {why}; it was skipped")
            self.skip.add(current)

    def _check_disk(self) -> None:
        """Without a size-capped tmpfs, the working folder is measured after each step instead."""
        if self.workdir is None or self.protections.get(isolation.QUOTA) == "on":
            return
        size, entries = _tree_usage(Path(self.workdir))
        if size > self.settings.disk_mb * 1024 * 1024 or entries > isolation.WORK_INODES:
            self.kill()
            self.stopped = (f"grading stopped: your code wrote more than {self.settings.disk_mb} MiB "
                            f"or {isolation.WORK_INODES} files and folders")
            raise SubmissionCrashed(self.stopped)

    def _fresh_workdir(self) -> None:
        self._remove_workdir()
        self.base = tempfile.mkdtemp(prefix="nmo-grade-")
        os.chmod(self.base, 0o711)  # the sandbox's uid may pass through to its working folder
        self.workdir = os.path.join(self.base, "work")
        os.mkdir(self.workdir, 0o755)
        if self.files is not None:
            _copy_plain_files(self.files, Path(self.base) / "files")

    def kill(self) -> None:
        if self.channel is not None:
            try:
                self.channel.close()
            except OSError:
                pass
            self.channel = None
        if self.pid is not None:
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            self.pid = None

    def close(self) -> None:
        """End the child at once (it holds nothing worth a graceful exit) and remove its folder."""
        self.kill()
        self._remove_workdir()

    def _remove_workdir(self) -> None:
        if self.base is not None:
            shutil.rmtree(self.base, ignore_errors=True)
            self.base = self.workdir = None

    # -- calls from tests --
    def value_of(self, name: str) -> Any:
        self.ensure_child()
        info = self.found.get(name)
        if info is not None and info.kind == "value":
            return protocol.decode(info.value)
        if info is not None and info.kind == "unreadable":
            raise SubmissionRaised(f"`{name}` is not plain data the grader can read: {info.message}")
        raise MissingName(name)

    def kind_of(self, name: str) -> str:
        info = self.found.get(name)
        return info.kind if info is not None else "missing"

    def call(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], deadline: float) -> Any:
        self.ensure_child()
        if self.kind_of(name) != "callable":
            raise MissingName(name)
        try:
            protocol.send(self.channel, {"op": "call", "name": name, "args": protocol.encode(args),
                                         "kwargs": protocol.encode(kwargs)})
            reply = protocol.receive_as(self.channel, (protocol.Reply,), deadline)
            value = protocol.decode(reply.value) if reply.ok else None
        except protocol.ChannelTimeout as error:
            self.kill()
            raise SubmissionTimeout(name) from error
        except (protocol.ProtocolError, RecursionError) as error:
            self.kill()
            raise SubmissionMalformed(name) from error
        except (protocol.ChannelClosed, OSError) as error:
            self.kill()
            raise SubmissionCrashed(name) from error
        self._check_disk()
        if reply.ok:
            return value
        kind_name = reply.type[:80]
        message = reply.message[:500]
        exception_type = getattr(builtins, kind_name, None)
        # StopIteration re-raised here would end the test's own iteration: with it, a stub makes
        # ``all(map(f, cases))`` true. It is reported instead, like a custom exception.
        if reply.builtin and isinstance(exception_type, type) and issubclass(exception_type, Exception) \
                and not issubclass(exception_type, (SubmissionProblem, StopIteration, StopAsyncIteration)):
            try:
                raised = exception_type(message)
            except Exception:  # UnicodeDecodeError and the like need more arguments than a message
                raise SubmissionRaised(f"{kind_name}: {message}") from None
            raised.from_submission = True  # type: ignore[attr-defined]
            raise raised
        raise SubmissionRaised(f"{kind_name}: {message}")


class _Function:
    """Stands in for a submission's function inside the tests."""

    def __init__(self, run: SubmissionRun, name: str, state: dict[str, float]) -> None:
        self._run, self._name, self._state = run, name, state
        self.__name__ = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._run.call(self._name, args, kwargs, self._state["deadline"])


def grade_cells(compiled: CompiledTests, zygote: Zygote, cells: list[str], files: Path | None,
                read_roots: list[str], settings: Settings, student: str = "") -> GradeResult:
    """Run every test of the assignment against one submission's solution cells."""
    assignment = compiled.assignment
    run = SubmissionRun(zygote, cells, assignment.expected_names, files, read_roots, settings, student)
    outcomes: list[TestOutcome] = []
    try:
        state = {"deadline": 0.0}
        test_builtins = _test_builtins(student)
        tests = _tests_with_cells(assignment)
        by_position: dict[int, TestOutcome] = {}
        for position in _public_first(tests):
            spec, cell_index = tests[position]
            budget_left = settings.submission_budget - (time.monotonic() - run.started)
            if budget_left <= 0:
                by_position[position] = _outcome(spec, False, "not run: the time budget for your submission was used up")
                continue
            by_position[position] = _run_one(compiled, cell_index, spec, run, state,
                                             min(settings.test_timeout, budget_left), test_builtins)
        outcomes = [by_position[position] for position in range(len(tests))]
    finally:
        run.close()
    score = sum(outcome.points for outcome in outcomes)
    notes = list(run.notes)
    for error in run.load_errors:
        notes.append(f"solution cell {int(error['cell']) + 1} raised {str(error['message'])[:300]}")
    missing = [name for name in assignment.expected_names if name in run.found and run.kind_of(name) == "missing"]
    if missing:
        notes.append("your notebook does not define: " + ", ".join(missing)
                     + " (a renamed function or a deleted solution cell?)")
    passed = sum(outcome.passed for outcome in outcomes)
    summary = f"{passed} of {len(outcomes)} tests passed"
    message = summary + (". " + " ".join(notes) if notes else "")
    return GradeResult(score=score, max_score=assignment.max_points, status="graded", message=message, tests=outcomes)


def _tests_with_cells(assignment: Assignment) -> list[tuple[TestSpec, int]]:
    return [(test, index) for index, cell in enumerate(assignment.test_cells) for test in cell.tests]


def _public_first(tests: list[tuple[TestSpec, int]]) -> Iterator[int]:
    """Public tests, then hidden ones: nothing a student sees can carry a hidden test's inputs.

    A submission may remember the arguments of every call and put them in what it returns or
    raises; a public test's feedback shows that. So every public test runs before the first hidden
    test, and hidden tests' feedback never shows text the submission chose (``_visible``)."""
    yield from (i for i, (spec, _) in enumerate(tests) if spec.visibility is Visibility.PUBLIC)
    yield from (i for i, (spec, _) in enumerate(tests) if spec.visibility is not Visibility.PUBLIC)


def _test_builtins(student: str) -> dict[str, Any]:
    """Builtins for the test cells: ``import os`` gives a view whose environment names the student."""
    view = types.ModuleType("os")
    view.__dict__.update(os.__dict__)
    environment = {**os.environ, "NMO_TEACH_STUDENT_ID": student}
    view.environ = environment  # type: ignore[attr-defined]
    view.getenv = lambda key, default=None: environment.get(key, default)  # type: ignore[attr-defined]
    real_import = builtins.__import__

    def importer(name: str, globals: Any = None, locals: Any = None, fromlist: Any = (), level: int = 0) -> Any:
        module = real_import(name, globals, locals, fromlist, level)
        if level == 0 and (name == "os" or (name.startswith("os.") and not fromlist)):
            return view
        return module

    names = dict(builtins.__dict__)
    names["__import__"] = importer
    return names


def _run_one(compiled: CompiledTests, cell_index: int, spec: TestSpec, run: SubmissionRun,
             state: dict[str, float], timeout: float, test_builtins: dict[str, Any]) -> TestOutcome:
    namespace: dict[str, Any] = {"__name__": "graded_tests", "__builtins__": test_builtins}
    try:
        run.ensure_child()  # loading (and reloading after a crash) does not count against the test
        state["deadline"] = time.monotonic() + timeout
        unreadable = {}
        for name in compiled.assignment.expected_names:
            kind = run.kind_of(name)
            if kind == "callable":
                namespace[name] = _Function(run, name, state)
            elif kind == "value":
                namespace[name] = run.value_of(name)
            elif kind == "unreadable":
                unreadable[name] = run.found[name].message[:200]
        # The test cell is executed afresh for each test, so a test cannot leak state to the next.
        exec(compiled.codes[cell_index], namespace)
        test = namespace[spec.name]
        for name in sorted(set(test.__code__.co_names) & set(unreadable)):
            if " bytes; the grader accepts at most " in unreadable[name]:
                return _outcome(spec, False, f"`{name}` is too large for the grader ({unreadable[name]})")
            return _outcome(spec, False, f"`{name}` is not plain data the grader can read "
                                         f"(use numbers, strings, lists or dicts): {unreadable[name]}")
        test()
    except BaseException as error:  # pytest's Failed/Skipped/Exit are BaseExceptions: one test fails
        return _outcome(spec, False, _failure_feedback(spec, error))
    return _outcome(spec, True, spec.description or "passed")


def _pytest_outcome(error: BaseException) -> str | None:
    """``failed``/``skipped``/``exit`` for pytest's outcome exceptions (pytest.raises, fail, skip)."""
    try:
        from _pytest.outcomes import Exit, OutcomeException, Skipped
    except ImportError:  # pytest absent: tests cannot use it either
        return None
    if isinstance(error, Skipped):
        return "skipped"
    if isinstance(error, Exit):
        return "exit"
    if isinstance(error, OutcomeException):
        return "failed"
    return None


def _failure_feedback(spec: TestSpec, error: BaseException) -> str:
    """What a student reads about a failed test; hidden tests never reveal inputs or answers."""
    outcome = _pytest_outcome(error)
    if outcome is not None:
        if spec.visibility is Visibility.PUBLIC:
            detail = " ".join(str(getattr(error, "msg", "") or error).split())[:400]
            return f"test {outcome}: {detail}" if detail else f"test {outcome}"
        return f"not yet right: {spec.description}" if spec.description else "not yet right"
    if getattr(error, "from_submission", False):
        if isinstance(error, NotImplementedError):
            return "not solved yet: the stub still raises NotImplementedError"
        return f"your code raised {_visible(spec, f'{type(error).__name__}: {error}')}"
    if isinstance(error, AssertionError):
        return _assertion_feedback(spec, error)
    if isinstance(error, (NameError, MissingName)):
        missing = getattr(error, "name", None) or str(error)
        return (f"your notebook does not define `{missing}` "
                "(a renamed function or a deleted solution cell?)")
    if isinstance(error, SubmissionTimeout):
        return f"`{error}` did not finish within the time limit (an endless loop?)"
    if isinstance(error, SubmissionMalformed):
        return f"running `{error}` sent the grader a malformed message (the test counts as failed)"
    if isinstance(error, SubmissionCrashed):
        text = str(error)
        if text.startswith(("grading stopped", "the grading process")):
            return text
        return (f"running `{text}` ended the grading process "
                "(os._exit, a crash, or the memory or CPU limit)")
    if isinstance(error, SubmissionRaised):
        if str(error).startswith("Unencodable") and "bytes" in str(error):
            if spec.visibility is not Visibility.PUBLIC:  # the size is the submission's own text
                return "your function returned a value too large for the grader"
            return "your function returned a value too large for the grader (" + str(error).split(": ", 1)[-1][:200] + ")"
        if str(error).startswith("Unencodable"):
            return ("your function returned something that is not plain data "
                    "(return numbers, strings, booleans, None, or lists, tuples and dicts of them)")
        return f"your code raised {_visible(spec, str(error))}"
    if spec.visibility is not Visibility.PUBLIC:  # its message may quote a returned value
        return f"the test could not run: {type(error).__name__}"
    return f"the test could not run: {type(error).__name__}: {_safe_str(error)[:200]}"


def _safe_str(error: BaseException) -> str:
    try:
        return str(error)
    except BaseException:
        return ""


def _visible(spec: TestSpec, detail: str) -> str:
    """Hidden tests show the kind of error only, so their inputs stay hidden.

    Only a built-in exception's name is shown: a class the submission defines can be named after
    the arguments it was called with (``type(repr(args), (Exception,), {})``)."""
    if spec.visibility is Visibility.PUBLIC:
        return detail[:400]
    kind = detail.split(":", 1)[0]
    builtin = getattr(builtins, kind, None)
    if isinstance(builtin, type) and issubclass(builtin, BaseException):
        return kind
    return "an exception of a class your notebook defines"


def _assertion_feedback(spec: TestSpec, error: AssertionError) -> str:
    if spec.visibility is Visibility.PUBLIC:
        detail = str(error).strip().splitlines()
        return "assertion failed: " + (" ".join(detail)[:400] if detail else spec.description)
    return f"not yet right: {spec.description}" if spec.description else "not yet right"


def _outcome(spec: TestSpec, passed: bool, feedback: str) -> TestOutcome:
    return TestOutcome(name=spec.name, visibility=spec.visibility, points=spec.points if passed else 0.0,
                       max_points=spec.points, passed=passed, feedback=feedback)


def _copy_plain_files(source: Path, target: Path, limit_bytes: int = 20 * 1024 * 1024) -> None:
    """Copy a submission folder's regular files into the sandbox's staging folder, up to a size cap.

    Symbolic links and special files are never followed or copied (discovery has already refused a
    folder that holds them; this is the second line)."""
    total = 0
    target.mkdir(parents=True, exist_ok=True)
    for folder, dirs, files in os.walk(source, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not os.path.islink(os.path.join(folder, d)))
        for name in sorted(files):
            path = Path(folder, name)
            info = path.lstat()
            if not stat.S_ISREG(info.st_mode):
                continue
            total += info.st_size
            if total > limit_bytes:
                return
            destination = target / path.relative_to(source)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination, follow_symlinks=False)


def _tree_usage(folder: Path) -> tuple[int, int]:
    """Bytes on disk and number of entries (files and folders) under ``folder``."""
    total = entries = 0
    for path, dirs, files in os.walk(folder):
        entries += len(dirs) + len(files)
        for name in files:
            try:
                total += os.lstat(os.path.join(path, name)).st_blocks * 512
            except OSError:
                pass
    return total, entries
