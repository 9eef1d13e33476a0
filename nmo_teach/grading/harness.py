"""The trusted side of grading one submission: run the tests against a sandboxed child.

Test functions run here, in the grader, with their assertions rewritten the way pytest rewrites
them. Each name a submission must define (a function or an answer variable) is bound to a proxy:
calling it sends the arguments to the sandbox and brings back a plain value. So a submission can
neither see the hidden tests nor patch the checker: neither exists in its process.

When the child hangs, crashes or exits, the current test fails with a message that says so and
the next test gets a fresh child, so one bad input costs one test, not the grade. A solution cell
that kills or hangs the child while loading is skipped on the next attempt.
"""

from __future__ import annotations

import ast
import builtins
import os
import shutil
import signal
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType
from typing import Any

from nmo_teach.exercises.assignment import Assignment, TestSpec, Visibility
from nmo_teach.grading import protocol
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
    max_spawns: int = 4


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


class SubmissionRaised(SubmissionProblem):
    """The submission raised an exception that is not a built-in type."""


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
                 read_roots: list[str], settings: Settings) -> None:
        self.zygote = zygote
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
        self.workdir: str | None = None
        self.found: dict[str, Any] = {}
        self.load_errors: list[dict[str, Any]] = []

    # -- life cycle --
    def ensure_child(self) -> None:
        while self.channel is None:
            if self.spawns >= self.settings.max_spawns:
                raise SubmissionCrashed("grading stopped: your code ended the grading process too many times")
            self.spawns += 1
            self._spawn_and_load()

    def _spawn_and_load(self) -> None:
        self._fresh_workdir()
        assert self.workdir is not None
        limits = {"cpu_seconds": self.settings.cpu_seconds, "memory_mb": self.settings.memory_mb,
                  "file_mb": self.settings.file_mb}
        self.pid, self.channel = self.zygote.spawn(self.workdir, self.read_roots, limits)
        deadline = time.monotonic() + self.settings.load_timeout
        current: int | None = None
        try:
            protocol.send(self.channel, {"op": "load", "cells": self.cells, "skip": sorted(self.skip),
                                         "names": list(self.names)})
            while True:
                message = protocol.receive(self.channel, deadline)
                if message.get("event") == "cell":
                    current = int(message["index"])
                    continue
                if message.get("event") == "loaded":
                    self.found = dict(message.get("names", {}))
                    self.load_errors = list(message.get("errors", []))
                    return
                raise protocol.ProtocolError("unexpected message while loading")
        except (protocol.ChannelTimeout, protocol.ChannelClosed, protocol.ProtocolError, OSError, KeyError, ValueError) as error:
            self.kill()
            if current is None:
                raise SubmissionCrashed(f"the grading process could not start your code ({error})") from error
            why = ("did not finish within "
                   f"{self.settings.load_timeout:g} s (an endless loop?)") if isinstance(error, protocol.ChannelTimeout) \
                else "ended the grading process (os._exit, a crash, or a memory or CPU limit)"
            self.notes.append(f"solution cell {current + 1} {why}; it was skipped")
            self.skip.add(current)

    def _fresh_workdir(self) -> None:
        self._remove_workdir()
        self.workdir = tempfile.mkdtemp(prefix="nmo-grade-")
        if self.files is not None:
            _copy_plain_files(self.files, Path(self.workdir))

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
        if self.channel is not None:
            try:
                protocol.send(self.channel, {"op": "exit"})
                self.channel.settimeout(0.5)
                self.channel.recv(1)
            except OSError:
                pass
        self.kill()
        self._remove_workdir()

    def _remove_workdir(self) -> None:
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None

    # -- calls from tests --
    def value_of(self, name: str) -> Any:
        self.ensure_child()
        info = self.found.get(name, {"kind": "missing"})
        if info.get("kind") == "value":
            return protocol.decode(info["value"])
        if info.get("kind") == "unreadable":
            raise SubmissionRaised(f"`{name}` is not plain data the grader can read: {info.get('message')}")
        raise MissingName(name)

    def call(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], deadline: float) -> Any:
        self.ensure_child()
        kind = self.found.get(name, {}).get("kind", "missing")
        if kind != "callable":
            raise MissingName(name)
        try:
            protocol.send(self.channel, {"op": "call", "name": name, "args": protocol.encode(args),
                                         "kwargs": protocol.encode(kwargs)})
            reply = protocol.receive(self.channel, deadline)
            if reply.get("ok") is True:
                return protocol.decode(reply.get("value"))
        except protocol.ChannelTimeout as error:
            self.kill()
            raise SubmissionTimeout(name) from error
        except (protocol.ChannelClosed, protocol.ProtocolError, OSError, TypeError, ValueError, RecursionError) as error:
            self.kill()
            raise SubmissionCrashed(name) from error
        kind_name = str(reply.get("type", "Exception"))[:80]
        message = str(reply.get("message", ""))[:500]
        exception_type = getattr(builtins, kind_name, None)
        if reply.get("builtin") and isinstance(exception_type, type) and issubclass(exception_type, Exception) \
                and not issubclass(exception_type, SubmissionProblem):
            raised = exception_type(message)
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
                read_roots: list[str], settings: Settings) -> GradeResult:
    """Run every test of the assignment against one submission's solution cells."""
    assignment = compiled.assignment
    run = SubmissionRun(zygote, cells, assignment.expected_names, files, read_roots, settings)
    outcomes: list[TestOutcome] = []
    try:
        state = {"deadline": 0.0}
        for spec, cell_index in _tests_with_cells(assignment):
            budget_left = settings.submission_budget - (time.monotonic() - run.started)
            if budget_left <= 0:
                outcomes.append(_outcome(spec, False, "not run: the time budget for your submission was used up"))
                continue
            outcomes.append(_run_one(compiled, cell_index, spec, run, state, min(settings.test_timeout, budget_left)))
    finally:
        run.close()
    score = sum(outcome.points for outcome in outcomes)
    notes = list(run.notes)
    for error in run.load_errors:
        notes.append(f"solution cell {int(error['cell']) + 1} raised {str(error['message'])[:300]}")
    missing = [name for name in assignment.expected_names if run.found.get(name, {}).get("kind") == "missing"]
    if missing:
        notes.append("your notebook does not define: " + ", ".join(missing)
                     + " (a renamed function or a deleted solution cell?)")
    passed = sum(outcome.passed for outcome in outcomes)
    summary = f"{passed} of {len(outcomes)} tests passed"
    message = summary + (". " + " ".join(notes) if notes else "")
    return GradeResult(score=score, max_score=assignment.max_points, status="graded", message=message, tests=outcomes)


def _tests_with_cells(assignment: Assignment) -> list[tuple[TestSpec, int]]:
    return [(test, index) for index, cell in enumerate(assignment.test_cells) for test in cell.tests]


def _run_one(compiled: CompiledTests, cell_index: int, spec: TestSpec, run: SubmissionRun,
             state: dict[str, float], timeout: float) -> TestOutcome:
    namespace: dict[str, Any] = {"__name__": "graded_tests", "__builtins__": builtins}
    try:
        run.ensure_child()  # loading (and reloading after a crash) does not count against the test
        state["deadline"] = time.monotonic() + timeout
        unreadable = {}
        for name in compiled.assignment.expected_names:
            info = run.found.get(name, {})
            if info.get("kind") == "callable":
                namespace[name] = _Function(run, name, state)
            elif info.get("kind") == "value":
                namespace[name] = run.value_of(name)
            elif info.get("kind") == "unreadable":
                unreadable[name] = str(info.get("message", ""))[:200]
        # The test cell is executed afresh for each test, so a test cannot leak state to the next.
        exec(compiled.codes[cell_index], namespace)
        test = namespace[spec.name]
        for name in sorted(set(test.__code__.co_names) & set(unreadable)):
            return _outcome(spec, False, f"`{name}` is not plain data the grader can read "
                                         f"(use numbers, strings, lists or dicts): {unreadable[name]}")
        test()
    except Exception as error:
        return _outcome(spec, False, _failure_feedback(spec, error))
    return _outcome(spec, True, spec.description or "passed")


def _failure_feedback(spec: TestSpec, error: Exception) -> str:
    """What a student reads about a failed test; hidden tests never reveal inputs or answers."""
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
    if isinstance(error, SubmissionCrashed):
        text = str(error)
        if text.startswith(("grading stopped", "the grading process")):
            return text
        return (f"running `{text}` ended the grading process "
                "(os._exit, a crash, or the memory or CPU limit)")
    if isinstance(error, SubmissionRaised):
        if str(error).startswith("Unencodable"):
            return ("your function returned something that is not plain data "
                    "(return numbers, strings, booleans, None, or lists, tuples and dicts of them)")
        return f"your code raised {_visible(spec, str(error))}"
    return f"the test could not run: {type(error).__name__}: {str(error)[:200]}"


def _visible(spec: TestSpec, detail: str) -> str:
    """Hidden tests show the kind of error only, so their inputs stay hidden."""
    if spec.visibility is Visibility.PUBLIC:
        return detail[:400]
    return detail.split(":", 1)[0]


def _assertion_feedback(spec: TestSpec, error: AssertionError) -> str:
    if spec.visibility is Visibility.PUBLIC:
        detail = str(error).strip().splitlines()
        return "assertion failed: " + (" ".join(detail)[:400] if detail else spec.description)
    return f"not yet right: {spec.description}" if spec.description else "not yet right"


def _outcome(spec: TestSpec, passed: bool, feedback: str) -> TestOutcome:
    return TestOutcome(name=spec.name, visibility=spec.visibility, points=spec.points if passed else 0.0,
                       max_points=spec.points, passed=passed, feedback=feedback)


def _copy_plain_files(source: Path, target: Path, limit_bytes: int = 20 * 1024 * 1024) -> None:
    """Copy a submission folder's regular files (no symlinks) into the sandbox, up to a size cap."""
    total = 0
    for path in sorted(source.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        if total > limit_bytes:
            break
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
