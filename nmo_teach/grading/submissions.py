"""Finding submissions in a folder and reading each one's solution cells, with clear refusals.

A submission is a notebook file (``alice.ipynb``) or a folder (``alice/``) holding one notebook
and any files it reads. Reading never executes anything: it parses JSON, checks the notebook
format and picks the code cells tagged ``solution``.

Every entry of the folder is accounted for. Symbolic links are never followed: a linked
submission, or a folder holding a link or a special file (fifo, device, socket), is *refused* with
a row that says why, because a link could hand in a classmate's or the instructor's notebook.
A student's identity is the entry's name (without ``.ipynb``), made printable (bytes that are not
UTF-8 are shown as ``\\xNN``) and Unicode-normalised (NFC). When two entries claim the same
identity, the folder wins over the notebook file (a folder can carry the data files the notebook
reads); the other is set aside with a notice, so there is exactly one row per student.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from nmo_teach.errors import NmoTeachError
from nmo_teach.exercises.tags import SOLUTION, cell_source, cell_tags

MAX_NOTEBOOK_BYTES = 10 * 1024 * 1024
MAX_FOLDER_BYTES = 20 * 1024 * 1024
MAX_FOLDER_FILES = 1000
MAX_FOLDER_DEPTH = 32
# A real notebook has tens or hundreds of cells; nbformat's schema check of 100 000 tiny cells (10
# MiB of them) takes over 10 s of the grader's own time, outside any of the submission's limits.
MAX_NOTEBOOK_CELLS = 5000
SYMLINK_REFUSAL = "refused: symbolic link (links are never followed; hand in the file itself)"


class InvalidSubmission(Exception):
    """A submission that cannot be graded; the message tells the student why."""


@dataclass(frozen=True)
class Submission:
    student: str
    path: Path  # the notebook file or the folder
    notebook_path: Path | None
    digest: str
    is_folder: bool = False
    refusal: str | None = None  # set when the submission is refused without being read

    @property
    def folder(self) -> Path | None:
        return self.path if self.is_folder and self.refusal is None else None


@dataclass
class Discovery:
    """What a folder of submissions holds: the ones to grade and every entry set aside."""

    submissions: list[Submission] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # notices, one per entry set aside
    ignored: list[str] = field(default_factory=list)  # entries that are not submissions


def student_identity(name: str) -> str:
    """A printable, normalised identity from a file name (undecodable bytes become ``\\xNN``)."""
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    text = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text)
    return unicodedata.normalize("NFC", text).strip() or "(unnamed)"


def discover(directory: Path, assignment: str, single: bool = False,
             student: str | None = None) -> Discovery:
    """Every submission in ``directory`` (or ``directory`` itself when ``single``), by student."""
    if not directory.exists():
        raise NmoTeachError(f"{directory}: no such folder of submissions")
    if not directory.is_dir():
        raise NmoTeachError(f"{directory}: is not a folder (give the folder that holds the submissions)")
    if single:
        name = student or directory.resolve().name or "submission"
        return Discovery([_folder(student_identity(name), directory, assignment)])
    found = Discovery()
    candidates: list[Submission] = []
    for entry in sorted(os.scandir(directory), key=lambda e: os.fsencode(e.name)):
        path = Path(entry.path)
        if entry.name.startswith("."):
            continue  # .DS_Store, .ipynb_checkpoints and the like
        try:
            mode = os.lstat(path).st_mode
        except OSError as error:
            candidates.append(_refused(entry.name, path, f"refused: unreadable ({error.strerror})"))
            continue
        if stat.S_ISLNK(mode):
            candidates.append(_refused(entry.name, path, SYMLINK_REFUSAL))
        elif stat.S_ISDIR(mode):
            candidates.append(_folder(student_identity(entry.name), path, assignment))
        elif entry.name.endswith(".ipynb"):
            if stat.S_ISREG(mode):
                candidates.append(_file(student_identity(entry.name[: -len(".ipynb")]), path))
            else:
                candidates.append(_refused(entry.name, path, "refused: not a regular file (a fifo, device or socket)"))
        else:
            found.ignored.append(student_identity(entry.name))
    by_student: dict[str, Submission] = {}
    for submission in candidates:
        kept = by_student.get(submission.student)
        if kept is None:
            by_student[submission.student] = submission
            continue
        winner, loser = (submission, kept) if submission.is_folder and not kept.is_folder else (kept, submission)
        by_student[submission.student] = winner
        found.duplicates.append(
            f"{_shown(loser.path)} set aside: {_shown(winner.path)} is graded for the same student "
            f"{winner.student!r} (a folder wins over a notebook file; otherwise the first by name)")
    found.submissions = sorted(by_student.values(), key=lambda s: s.student)
    return found


def _shown(path: Path) -> str:
    return student_identity(path.name) + ("/" if path.is_dir() and not path.is_symlink() else "")


def _refused(name: str, path: Path, why: str) -> Submission:
    stem = name[: -len(".ipynb")] if name.endswith(".ipynb") else name
    digest = hashlib.sha256(b"refused\0" + os.fsencode(name) + b"\0" + why.encode()).hexdigest()
    return Submission(student=student_identity(stem), path=path, notebook_path=None, digest=digest, refusal=why)


def _file(student: str, path: Path) -> Submission:
    try:
        digest = _digest([(path.name, path)])
    except InvalidSubmission as error:
        return Submission(student, path, None, _error_digest(str(error)), refusal=str(error))
    return Submission(student=student, path=path, notebook_path=path, digest=digest)


def _folder(student: str, path: Path, assignment: str) -> Submission:
    try:
        files = _folder_files(path)
        digest = _digest(files)
    except InvalidSubmission as error:
        return Submission(student, path, None, _error_digest(str(error)), is_folder=True, refusal=str(error))
    notebooks = [file for relative, file in files if relative.endswith(".ipynb") and "/" not in relative]
    preferred = [file for file in notebooks if file.name == f"{assignment}.ipynb"]
    notebook = preferred[0] if preferred else notebooks[0] if len(notebooks) == 1 else None
    return Submission(student=student, path=path, notebook_path=notebook, digest=digest, is_folder=True)


def _error_digest(message: str) -> str:
    return hashlib.sha256(b"refused\0" + message.encode()).hexdigest()


def _folder_files(folder: Path) -> list[tuple[str, Path]]:
    """The folder's regular files (relative name, path); a link or special file refuses the folder."""
    files: list[tuple[str, Path]] = []
    total = entries = 0
    for parent, dirs, names in os.walk(folder, followlinks=False, onerror=_raise_unreadable):
        # os.walk recurses once per level: a folder nested a thousand deep would raise RecursionError
        # (and stop the whole batch) before any limit below is checked.
        if len(Path(parent).relative_to(folder).parts) >= MAX_FOLDER_DEPTH:
            raise InvalidSubmission(f"refused: folders nested more than {MAX_FOLDER_DEPTH} deep")
        entries += len(dirs) + len(names)
        if entries > 2 * MAX_FOLDER_FILES:
            raise InvalidSubmission(f"refused: the folder holds more than {2 * MAX_FOLDER_FILES} files and folders")
        for name in sorted(dirs + names):
            path = Path(parent, name)
            relative = student_identity(str(path.relative_to(folder)))
            try:
                info = os.lstat(path)
            except OSError as error:
                raise InvalidSubmission(f"refused: {relative} cannot be read ({error.strerror})") from error
            if stat.S_ISLNK(info.st_mode):
                raise InvalidSubmission(f"refused: symbolic link ({relative}; links are never followed)")
            if stat.S_ISDIR(info.st_mode):
                continue
            if not stat.S_ISREG(info.st_mode):
                raise InvalidSubmission(f"refused: {relative} is not a regular file (a fifo, device or socket)")
            total += info.st_size
            if total > MAX_FOLDER_BYTES or len(files) >= MAX_FOLDER_FILES:
                raise InvalidSubmission(f"refused: the folder holds more than {MAX_FOLDER_BYTES // 2**20} MiB "
                                        f"or {MAX_FOLDER_FILES} files")
            files.append((relative, path))
    return sorted(files)


def _raise_unreadable(error: OSError) -> None:
    raise InvalidSubmission(f"refused: a folder cannot be read ({error.strerror})")


def read_regular(path: Path, limit: int) -> bytes:
    """A regular file's bytes, never following a link nor blocking on a fifo; refuses beyond ``limit``."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        if error.errno == 40:  # ELOOP: the last component is a link
            raise InvalidSubmission(SYMLINK_REFUSAL) from error
        raise InvalidSubmission(f"refused: {student_identity(path.name)} cannot be read ({error.strerror})") from error
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InvalidSubmission(f"refused: {student_identity(path.name)} is not a regular file")
        if info.st_size > limit:
            raise InvalidSubmission(f"the file {student_identity(path.name)} is {info.st_size} bytes; the limit is {limit}")
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            if sum(map(len, chunks)) > limit:
                raise InvalidSubmission(f"the file {student_identity(path.name)} is larger than {limit} bytes")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _digest(files: list[tuple[str, Path]]) -> str:
    digest = hashlib.sha256()
    for relative, path in files:
        digest.update(relative.encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
        digest.update(read_regular(path, MAX_FOLDER_BYTES))
        digest.update(b"\0")
    return digest.hexdigest()


def solution_cells(submission: Submission) -> list[str]:
    """The code of the submission's solution cells, in order; InvalidSubmission says what is wrong."""
    if submission.refusal is not None:
        raise InvalidSubmission(submission.refusal)
    if submission.notebook_path is None:
        raise InvalidSubmission(
            "no notebook found: the folder must hold exactly one .ipynb file "
            "(or one named after the assignment)"
        )
    name = student_identity(submission.notebook_path.name)
    raw = read_regular(submission.notebook_path, MAX_NOTEBOOK_BYTES)
    try:
        data = json.loads(raw)
    except RecursionError as error:
        raise InvalidSubmission(f"{name} is not a usable notebook (its JSON is nested too deeply)") from error
    except (UnicodeDecodeError, ValueError) as error:
        raise InvalidSubmission(f"{name} is not valid notebook JSON ({error})") from error
    if not isinstance(data, dict):
        raise InvalidSubmission(f"{name} is not a notebook (a JSON object is expected)")
    if isinstance(data.get("cells"), list) and len(data["cells"]) > MAX_NOTEBOOK_CELLS:
        raise InvalidSubmission(f"{name} has {len(data['cells'])} cells; the grader reads at most {MAX_NOTEBOOK_CELLS}")
    version = data.get("nbformat")
    if version != 4:
        raise InvalidSubmission(
            f"{name} has nbformat {str(version)[:20]!s}; only nbformat 4 notebooks "
            "(Jupyter's current format) can be graded: open it in Jupyter and save it again"
        )
    try:
        notebook = nbformat.from_dict(data)
        nbformat.validate(notebook)
        cells = [cell_source(cell) for cell in notebook.cells
                 if cell.get("cell_type") == "code" and SOLUTION in cell_tags(cell)]
    except Exception as error:  # nbformat's ValidationError, RecursionError, malformed structure
        text = str(error).strip()
        first = text.splitlines()[0] if text else type(error).__name__
        raise InvalidSubmission(f"{name} is not a valid notebook: {first[:300]}") from error
    if not all(isinstance(cell, str) for cell in cells):
        raise InvalidSubmission(f"{name} is not a valid notebook: a solution cell's source is not text")
    return cells
