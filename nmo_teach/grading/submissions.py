"""Finding submissions in a folder and reading each one's solution cells, with clear refusals.

A submission is a notebook file (``alice.ipynb``) or a folder (``alice/``) holding one notebook
and any files it reads. Reading never executes anything: it parses JSON, checks the notebook
format and picks the code cells tagged ``solution``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import nbformat

from nmo_teach.errors import NmoTeachError
from nmo_teach.exercises.tags import SOLUTION, cell_source, cell_tags

MAX_NOTEBOOK_BYTES = 10 * 1024 * 1024


class InvalidSubmission(Exception):
    """A submission that cannot be graded; the message tells the student why."""


@dataclass(frozen=True)
class Submission:
    student: str
    path: Path  # the notebook file or the folder
    notebook_path: Path | None
    digest: str

    @property
    def folder(self) -> Path | None:
        return self.path if self.path.is_dir() else None


def discover(directory: Path, assignment: str, single: bool = False,
             student: str | None = None) -> list[Submission]:
    """Every submission in ``directory`` (or ``directory`` itself when ``single``), by student."""
    if not directory.exists():
        raise NmoTeachError(f"{directory}: no such folder of submissions")
    if not directory.is_dir():
        raise NmoTeachError(f"{directory}: is not a folder (give the folder that holds the submissions)")
    if single:
        return [_submission(student or directory.name or "submission", directory, assignment)]
    found = []
    for entry in sorted(directory.iterdir()):
        if entry.name.startswith(".") or entry.is_symlink():
            continue
        if entry.is_dir():
            found.append(_submission(entry.name, entry, assignment))
        elif entry.suffix == ".ipynb":
            found.append(_submission(entry.stem, entry, assignment))
    return found


def _submission(student: str, path: Path, assignment: str) -> Submission:
    notebook = path if path.is_file() else _notebook_in(path, assignment)
    return Submission(student=student, path=path, notebook_path=notebook, digest=_digest(path))


def _notebook_in(folder: Path, assignment: str) -> Path | None:
    preferred = folder / f"{assignment}.ipynb"
    if preferred.is_file():
        return preferred
    notebooks = sorted(p for p in folder.glob("*.ipynb") if p.is_file() and not p.is_symlink())
    return notebooks[0] if len(notebooks) == 1 else None


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    for file in files:
        digest.update(str(file.relative_to(path) if path.is_dir() else file.name).encode())
        digest.update(b"\0")
        digest.update(file.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def solution_cells(submission: Submission) -> list[str]:
    """The code of the submission's solution cells, in order; InvalidSubmission says what is wrong."""
    if submission.notebook_path is None:
        raise InvalidSubmission(
            "no notebook found: the folder must hold exactly one .ipynb file "
            "(or one named after the assignment)"
        )
    raw = submission.notebook_path.read_bytes()
    if len(raw) > MAX_NOTEBOOK_BYTES:
        raise InvalidSubmission(f"the notebook is {len(raw)} bytes; the limit is {MAX_NOTEBOOK_BYTES}")
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as error:
        raise InvalidSubmission(f"{submission.notebook_path.name} is not valid notebook JSON ({error})") from error
    if not isinstance(data, dict):
        raise InvalidSubmission(f"{submission.notebook_path.name} is not a notebook (a JSON object is expected)")
    version = data.get("nbformat")
    if version != 4:
        raise InvalidSubmission(
            f"{submission.notebook_path.name} has nbformat {version!r}; only nbformat 4 notebooks "
            "(Jupyter's current format) can be graded: open it in Jupyter and save it again"
        )
    try:
        notebook = nbformat.from_dict(data)
        nbformat.validate(notebook)
    except Exception as error:  # nbformat's ValidationError and malformed structure alike
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise InvalidSubmission(f"{submission.notebook_path.name} is not a valid notebook: {first[:300]}") from error
    return [cell_source(cell) for cell in notebook.cells
            if cell.get("cell_type") == "code" and SOLUTION in cell_tags(cell)]
