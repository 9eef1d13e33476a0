"""An assignment: one exercise chapter read into its solution cells and its graded tests.

The chapter (a MyST notebook in ``book/``) is the only place an exercise is written. This module
reads it, checks it is well formed (solution cells parse, test names are unique, points are
positive) and hands the grader and the release builder a typed view of it.
"""

from __future__ import annotations

import ast
import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import jupytext
import nbformat
from nbformat.validator import get_validator

from nmo_teach.errors import NmoTeachError
from nmo_teach.exercises.tags import (
    EXERCISE_TAGS,
    SOLUTION,
    TESTS_HIDDEN,
    TESTS_PUBLIC,
    cell_source,
    cell_tags,
)
from nmo_teach.paths import PROJECT_ROOT
from nmo_teach.validation import MAX_JSON_BYTES, parse_json, read_text, require_text, shown_value

BOOK_DIR = PROJECT_ROOT / "book"
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class Visibility(StrEnum):
    PUBLIC = "public"
    HIDDEN = "hidden"


@dataclass(frozen=True)
class TestSpec:
    """One graded test: a ``test_*`` function of a tagged test cell."""

    __test__ = False  # not a pytest test class

    name: str
    visibility: Visibility
    points: float
    description: str  # the test's docstring: the feedback a student may see


@dataclass(frozen=True)
class TestCell:
    """The code of one test cell and the tests it defines."""

    __test__ = False  # not a pytest test class

    source: str
    visibility: Visibility
    tests: tuple[TestSpec, ...]


@dataclass(frozen=True)
class Assignment:
    """An exercise chapter as the grader sees it."""

    name: str
    title: str
    source_path: Path
    notebook: Any
    solution_cells: tuple[str, ...]
    test_cells: tuple[TestCell, ...]

    @property
    def tests(self) -> tuple[TestSpec, ...]:
        return tuple(test for cell in self.test_cells for test in cell.tests)

    @property
    def max_points(self) -> float:
        return sum(test.points for test in self.tests)

    @property
    def expected_names(self) -> tuple[str, ...]:
        """Names a submission must define: the functions and answer variables of the solutions."""
        names: list[str] = []
        for source in self.solution_cells:
            for name in _defined_names(source):
                if name not in names:
                    names.append(name)
        return tuple(names)

    @property
    def imported_modules(self) -> tuple[str, ...]:
        """Top-level modules the solutions import (the grader preloads them once, not per student)."""
        modules: list[str] = []
        for source in self.solution_cells:
            for node in ast.parse(source).body:
                found: list[str] = []
                if isinstance(node, ast.Import):
                    found = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    found = [node.module]
                modules.extend(m for m in found if m not in modules)
        return tuple(modules)

    @property
    def version(self) -> str:
        """A hash of the solutions and tests: changes whenever grading could change."""
        digest = hashlib.sha256()
        for text in (*self.solution_cells, *(cell.source for cell in self.test_cells)):
            digest.update(text.encode())
            digest.update(b"\0")
        for test in self.tests:
            digest.update(f"{test.name}:{test.visibility}:{test.points}".encode())
        return digest.hexdigest()[:16]


def read_notebook(path: Path) -> Any:
    """A chapter or notebook file as an nbformat v4 notebook (MyST markdown via jupytext).

    The file is read within the JSON limits of ``nmo_teach.validation`` (a regular file, UTF-8,
    bounded size and nesting, no duplicate keys) before nbformat or jupytext sees it.
    """
    kind = "notebook (.ipynb) or MyST markdown chapter (.md)"
    text = require_text(read_text(path, NmoTeachError, MAX_JSON_BYTES, kind), path, NmoTeachError, kind)
    try:
        if path.suffix == ".ipynb":
            data = parse_json(text, str(path), NmoTeachError)
            if not isinstance(data, dict):
                raise NmoTeachError(f"{path}: top level: got {shown_value(data)}; allowed: a notebook object, "
                                    'e.g. {"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}')
            _check_notebook(data, path)
            return nbformat.reads(text, as_version=4)
        return jupytext.reads(text, fmt={"extension": path.suffix or ".md"})
    except NmoTeachError:
        raise
    except Exception as error:  # jupytext and nbformat raise many kinds; all mean "unreadable"
        first = (str(error).strip().splitlines() or [type(error).__name__])[0][:300]
        raise NmoTeachError(f"{path}: cannot be read as a notebook: {first}") from error


def _check_notebook(data: dict[str, Any], path: Path) -> None:
    """Refuse a notebook that is not nbformat 4, naming the first place that breaks the format."""
    version, minor = data.get("nbformat"), data.get("nbformat_minor")
    if version != 4:
        raise NmoTeachError(f"{path}: field 'nbformat': got {shown_value(version)}; allowed: 4 (Jupyter's current "
                            "format: open the notebook in Jupyter and save it again)")
    validator = get_validator(version=4, version_minor=minor if isinstance(minor, int) else 5) \
        or get_validator(version=4, version_minor=5)  # a minor version nbformat does not know
    error = next(iter(validator.iter_errors(data)), None)
    if error is not None:
        where, _, detail = str(error.message).partition(" ")
        field = where.removeprefix("data").lstrip(".")
        place = f"field '{field}'" if field else "top level"
        raise NmoTeachError(f"{path}: {place}: {detail} in the notebook format (nbformat 4); "
                            "open the notebook in Jupyter and save it again")


def is_exercise_notebook(notebook: Any) -> bool:
    """True when any cell carries an exercise tag."""
    return any(cell_tags(cell) & EXERCISE_TAGS for cell in notebook.cells)


def find_assignments(book_dir: Path = BOOK_DIR) -> dict[str, Path]:
    """Every exercise chapter under ``book_dir``, by name (the file's stem).

    A chapter that cannot be read is left out here (the book build reports it), so one broken
    chapter does not stop grading the others.
    """
    found: dict[str, Path] = {}
    for path in sorted(book_dir.rglob("*.md")):
        try:
            notebook = read_notebook(path)
        except NmoTeachError:
            continue
        if is_exercise_notebook(notebook):
            found[path.stem] = path
    return found


def load_assignment(name_or_path: str | Path, book_dir: Path = BOOK_DIR) -> Assignment:
    """The assignment named ``name_or_path`` (a chapter stem in ``book_dir``) or stored at that path."""
    candidate = Path(name_or_path)
    if candidate.suffix in {".md", ".ipynb"} and (candidate.exists() or candidate.is_symlink()):
        path = candidate
    else:
        direct = sorted(book_dir.rglob(f"{name_or_path}.md")) if _NAME.match(str(name_or_path)) else []
        if direct and is_exercise_notebook(read_notebook(direct[0])):
            return assignment_from_notebook(read_notebook(direct[0]), direct[0])
        known = find_assignments(book_dir)
        if str(name_or_path) not in known:
            listing = ", ".join(sorted(known)) or "none"
            raise NmoTeachError(
                f"unknown assignment {str(name_or_path)!r}; assignments in {book_dir}: {listing}"
            )
        path = known[str(name_or_path)]
    return assignment_from_notebook(read_notebook(path), path)


def assignment_from_notebook(notebook: Any, path: Path) -> Assignment:
    """Validate an exercise notebook and read it into an :class:`Assignment`."""
    name = path.stem
    if not _NAME.match(name):
        raise NmoTeachError(f"{path}: assignment name {name!r} must match {_NAME.pattern}")
    solutions: list[str] = []
    test_cells: list[TestCell] = []
    seen: set[str] = set()
    for index, cell in enumerate(notebook.cells):
        tags = cell_tags(cell)
        where = f"{path}: cell {index}"
        if SOLUTION in tags and cell.cell_type == "code":
            source = cell_source(cell)
            _parse(source, where)
            solutions.append(source)
        visibility = (
            Visibility.HIDDEN if TESTS_HIDDEN in tags
            else Visibility.PUBLIC if TESTS_PUBLIC in tags
            else None
        )
        if visibility is None:
            continue
        if TESTS_HIDDEN in tags and TESTS_PUBLIC in tags:
            raise NmoTeachError(f"{where}: tagged both {TESTS_PUBLIC} and {TESTS_HIDDEN}; choose one")
        if cell.cell_type != "code":
            raise NmoTeachError(f"{where}: only code cells can be test cells")
        points = cell.metadata.get("points", 1)
        if isinstance(points, bool) or not isinstance(points, (int, float)) or points <= 0:
            raise NmoTeachError(f"{where}: points must be a positive number, got {points!r}")
        source = cell_source(cell)
        specs = []
        for function in _test_functions(_parse(source, where)):
            if function.name in seen:
                raise NmoTeachError(f"{where}: test {function.name!r} is defined twice")
            if function.args.args or function.args.posonlyargs or function.args.kwonlyargs:
                raise NmoTeachError(
                    f"{where}: test {function.name!r} takes arguments; graded tests take none"
                )
            seen.add(function.name)
            specs.append(TestSpec(
                name=function.name,
                visibility=visibility,
                points=float(points),
                description=(ast.get_docstring(function) or "").strip(),
            ))
        if not specs:
            raise NmoTeachError(f"{where}: a test cell must define at least one test_* function")
        test_cells.append(TestCell(source=source, visibility=visibility, tests=tuple(specs)))
    if not solutions:
        raise NmoTeachError(f"{path}: no code cell is tagged {SOLUTION!r}; it is not an exercise")
    if not test_cells:
        raise NmoTeachError(f"{path}: no cell is tagged {TESTS_PUBLIC!r} or {TESTS_HIDDEN!r}")
    return Assignment(
        name=name,
        title=_title(notebook) or name,
        source_path=path,
        notebook=notebook,
        solution_cells=tuple(solutions),
        test_cells=tuple(test_cells),
    )


def _parse(source: str, where: str) -> ast.Module:
    try:
        return ast.parse(source)
    except SyntaxError as error:
        raise NmoTeachError(f"{where}: not valid Python (line {error.lineno}: {error.msg})") from error


def _test_functions(tree: ast.Module) -> list[ast.FunctionDef]:
    return [
        node for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
    ]


def _defined_names(source: str) -> list[str]:
    names: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


def _title(notebook: Any) -> str | None:
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell_source(cell).splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return None
