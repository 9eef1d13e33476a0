"""The corpus of hand-made bad files and the checks every entry point must pass on them (issue 14).

The bad files are generated into a test's temporary folder rather than stored: a link to
``/dev/zero``, a named pipe or a 16 MB file cannot live in git. Each ``Case`` says what a user
would see in the one line of error: the file, and a fragment naming the place or the rule.

Used by ``tests/test_bad_input*.py``.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from nmo_teach import cli

NESTING = 100_000  # levels, as in the report


@dataclass(frozen=True)
class Case:
    """One bad file: ``expect`` is a fragment the error line must contain (besides the file name)."""

    id: str
    make: Callable[[Path], None]
    expect: str


def _write(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _link(target: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(target)


def _sparse(size: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(size)
    return make


def special_cases(limit: int) -> list[Case]:
    """Bad files of any format: nothing of the content matters, only what the file is."""
    return [
        Case("empty", _write(b""), "empty"),
        Case("blank", _write(b"\n  \n"), "empty"),
        Case("binary", _write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "binary"),
        Case("utf16-without-bom", _write('{"a": "b"}'.encode("utf-16-le")), "binary"),
        Case("utf32", _write("x".encode("utf-32")), "UTF-32"),
        Case("huge", _sparse(limit + 1), "larger than"),
        Case("link-to-dev-zero", _link("/dev/zero"), "not a regular file"),
        Case("fifo", lambda path: os.mkfifo(path), "not a regular file"),
        Case("dangling-link", _link("missing-folder/missing-file"), "a link to a missing file"),
        Case("directory", lambda path: path.mkdir(), "is a folder"),
    ]


def nested(open_: str, close: str, levels: int = NESTING) -> bytes:
    return (open_ * levels + close * levels).encode()


def tree_state(*roots: Path) -> dict[str, object]:
    """Everything under ``roots`` (links not followed): content hashes, link targets, kinds, modes."""
    state: dict[str, object] = {}
    for root in roots:
        for parent, dirs, files in os.walk(root, followlinks=False):
            for name in dirs + files:
                path = Path(parent, name)
                info = os.lstat(path)
                key = str(path)
                if stat.S_ISLNK(info.st_mode):
                    state[key] = ("link", os.readlink(path))
                elif stat.S_ISREG(info.st_mode):
                    state[key] = ("file", info.st_mode, hashlib.sha256(path.read_bytes()).hexdigest())
                else:
                    state[key] = ("other", info.st_mode)
    return state


@dataclass(frozen=True)
class Outcome:
    status: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def run_cli(argv: Sequence[str], capsys: pytest.CaptureFixture[str], watch: Path) -> Outcome:
    """``nmo-teach ARGV`` in this process; an exception escaping ``main`` fails the test (a traceback).

    Everything under ``watch`` (the working folder, the inputs, a data copy) is hashed before and
    after: a command refusing bad input must not change a file.
    """
    before = tree_state(watch)
    capsys.readouterr()
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    assert tree_state(watch) == before, f"a file under {watch} changed"
    return Outcome(status, captured.out, captured.err)


def assert_one_line_error(outcome: Outcome, command: str, file_name: str, *fragments: str) -> str:
    """Exit status 2 and exactly one line on stderr: ``nmo-teach COMMAND: error: FILE...: ...``."""
    assert outcome.status == 2, (outcome.status, outcome.err, outcome.out[-500:])
    assert len(outcome.lines) == 1, outcome.err
    line = outcome.lines[0]
    assert line.startswith(f"nmo-teach {command}: error: "), line
    assert "Traceback" not in outcome.err
    assert file_name in line, line
    for fragment in fragments:
        assert fragment in line, (fragment, line)
    assert_user_terms(line)
    return line


IMPLEMENTATION_WORDS = ("instance of", "errors.pydantic.dev", "dict_type", "model_type", "NoneType",
                        "Traceback", "RecursionError", "object is not", "Input should be", "Field required",
                        "Extra inputs")


def assert_user_terms(line: str) -> None:
    """No words of the implementation: class names, pydantic's phrasing or URLs, Python errors."""
    for word in IMPLEMENTATION_WORDS:
        assert word not in line, (word, line)
