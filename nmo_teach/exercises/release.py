"""Write the student and the instructor versions of the module from the one book source.

Layout of ``OUTDIR``::

    student/
        site/          source tree of the website: the self-study edition (model solutions
                       collapsed after each exercise) or, with ``self_study=False``, the class
                       edition (solutions removed); never any hidden test
        notebooks/     every chapter as .ipynb, exercise chapters stripped
        exercises/<assignment>/   the notebook, test_<assignment>.py (public tests), conftest.py
    instructor/
        notebooks/     every chapter as .ipynb, with solutions
        exercises/<assignment>/   the full notebook and a test file with public and hidden tests

Every student file passes through :func:`nmo_teach.exercises.strip.student_version`.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import jupytext
import nbformat

from nmo_teach.exercises.assignment import (
    assignment_from_notebook,
    is_exercise_notebook,
    read_notebook,
)
from nmo_teach.exercises.strip import self_study_version, student_version
from nmo_teach.exercises.tags import SOLUTION, TESTS_HIDDEN, TESTS_PUBLIC, cell_source, cell_tags
from nmo_teach.paths import PROJECT_ROOT

# What the website needs from the project root; anything else (tests, the grading corpus,
# benchmarks, the package source) stays out of the student tree.
SITE_FILES = ("_config.yml", "_toc.yml", "references.bib")
SITE_FOLDERS = ("book",)

PUBLIC_NOTE = (
    "These are the PUBLIC tests only. Your grade also counts hidden tests that check more "
    "cases: passing every test here does not guarantee full marks."
)


def write_release(outdir: Path, root: Path = PROJECT_ROOT, versions: tuple[str, ...] = ("student", "instructor"),
                  self_study: bool = False) -> list[Path]:
    """Write the requested versions under ``outdir``; returns the folders written.

    ``self_study`` decides the student website's exercises: solutions collapsed after each one
    (the published self-study edition) or removed (the class edition). Notebooks and exercise
    folders are stripped either way, since students write their answers in them.
    """
    written = []
    for version in versions:
        target = outdir / version
        if target.exists():
            shutil.rmtree(target)
        student = version == "student"
        if student:
            _write_site(root, target / "site", self_study)
        chapters = sorted((root / "book").rglob("*.md"))
        for chapter in chapters:
            notebook = read_notebook(chapter)
            exercise = is_exercise_notebook(notebook)
            shown = student_version(notebook) if student else notebook
            relative = chapter.relative_to(root / "book").with_suffix(".ipynb")
            _write_ipynb(shown, target / "notebooks" / relative)
            if exercise:
                assignment = assignment_from_notebook(notebook, chapter)
                folder = target / "exercises" / assignment.name
                _write_ipynb(shown, folder / f"{assignment.name}.ipynb")
                tests = [cell_source(c) for c in notebook.cells
                         if (TESTS_PUBLIC in cell_tags(c)) or (not student and TESTS_HIDDEN in cell_tags(c))]
                (folder / f"test_{assignment.name}.py").write_text(
                    _test_file(assignment.name, assignment.title, tests, student), encoding="utf-8")
                (folder / "conftest.py").write_text(_conftest(student), encoding="utf-8")
        written.append(target)
    return written


def _write_site(root: Path, site: Path, self_study: bool) -> None:
    site.mkdir(parents=True)
    names = list(SITE_FILES) + [p.name for p in root.iterdir()
                                if p.is_dir() and p.name.startswith("_") and p.name not in {"_build", "__pycache__"}]
    for name in names:
        source = root / name
        if source.is_file():
            shutil.copy2(source, site / name)
        elif source.is_dir():
            shutil.copytree(source, site / name, ignore=shutil.ignore_patterns("__pycache__", "_build"))
    for folder in SITE_FOLDERS:
        shutil.copytree(root / folder, site / folder, ignore=shutil.ignore_patterns("*.ipynb", "__pycache__", "_build"))
    for chapter in sorted((site / "book").rglob("*.md")):
        notebook = read_notebook(chapter)
        if is_exercise_notebook(notebook):
            shown = self_study_version(notebook) if self_study else student_version(notebook)
            jupytext.write(shown, chapter, fmt="md:myst")


def _write_ipynb(notebook: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, path)


def _test_file(name: str, title: str, tests: list[str], student: bool) -> str:
    note = PUBLIC_NOTE if student else "Instructor copy: public AND hidden tests."
    header = f'''"""Tests for the exercises of "{title}". Run `pytest` in this folder.

{note}

This file runs the cells tagged "solution" of {name}.ipynb (the cells you write in), then the tests
below. Keep the names of the functions and answer variables the exercises ask for.
"""

import json
from pathlib import Path

_NOTEBOOK = Path(__file__).with_name("{name}.ipynb")


def _solution_namespace():
    notebook = json.loads(_NOTEBOOK.read_text(encoding="utf-8"))
    namespace = {{"__name__": "solutions"}}
    for cell in notebook["cells"]:
        tags = cell.get("metadata", {{}}).get("tags", [])
        if cell["cell_type"] == "code" and "{SOLUTION}" in tags:
            source = cell["source"]
            exec("".join(source) if isinstance(source, list) else source, namespace)
    return namespace


globals().update({{k: v for k, v in _solution_namespace().items() if not k.startswith("__")}})

'''
    return header + "\n\n".join(source.strip() + "\n" for source in tests)


def _conftest(student: bool) -> str:
    note = PUBLIC_NOTE if student else "Instructor copy: public and hidden tests."
    return f'''"""Reminds whoever runs pytest here what these tests are (and are not)."""

NOTE = {note!r}


def pytest_report_header(config):
    return NOTE


def pytest_terminal_summary(terminalreporter):
    terminalreporter.write_line(NOTE)
'''
