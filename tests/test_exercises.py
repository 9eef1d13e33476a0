"""Exercises: the one stripping function, the student and instructor versions, and no leaks."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from nmo_teach.exercises.assignment import find_assignments, load_assignment
from nmo_teach.exercises.release import write_release
from nmo_teach.exercises.strip import ANSWER_CLASS, self_study_version, stub_solution, student_version
from nmo_teach.exercises.tags import SOLUTION, TESTS_HIDDEN, cell_source, cell_tags
from nmo_teach.grading.batch import grade_batch
from nmo_teach.grading.gradebook import Gradebook

NAME = "quizzes-and-exercises"


def test_stub_keeps_signatures_and_docstrings_only() -> None:
    stub = stub_solution('import math\n\ndef f(x: int) -> int:\n    """Task."""\n    return x * 42\n\nANSWER = 42\nprint(1)\n')
    tree = ast.parse(stub)
    assert "42" not in stub and "print" not in stub
    function = next(n for n in tree.body if isinstance(n, ast.FunctionDef))
    assert ast.get_docstring(function) == "Task."
    assert "raise NotImplementedError" in stub and "ANSWER = None" in stub and "import math" in stub


def test_the_practice_chapter_is_an_assignment_with_enough_exercises() -> None:
    assignment = load_assignment(NAME)
    assert NAME in find_assignments()
    assert len(assignment.solution_cells) >= 4
    assert {t.visibility for t in assignment.tests} == {"public", "hidden"}


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("release")
    write_release(out)
    return out


def _secrets() -> tuple[list[str], list[str]]:
    """The solution code lines and hidden test names of every exercise chapter."""
    lines, hidden = [], []
    for path in find_assignments().values():
        assignment = load_assignment(path)
        for cell in assignment.notebook.cells:
            tags = cell_tags(cell)
            if SOLUTION in tags:
                stub = stub_solution(cell_source(cell)) if cell.cell_type == "code" else ""
                lines += [line.strip() for line in cell_source(cell).splitlines()
                          if len(line.strip()) > 12 and line.strip() not in stub]
        hidden += [t.name for t in assignment.tests if t.visibility == "hidden"]
    return lines, hidden


def test_student_build_contains_no_solution_or_hidden_test(release: Path) -> None:
    lines, hidden = _secrets()
    assert lines and hidden
    student_files = [p for p in (release / "student").rglob("*") if p.is_file()]
    assert any(p.suffix == ".ipynb" for p in student_files) and any(p.suffix == ".md" for p in student_files)
    for path in student_files:
        text = path.read_text(encoding="utf-8", errors="replace")
        for line in lines:
            assert line not in text, f"solution line {line!r} leaked into {path}"
        for name in hidden:
            assert name not in text, f"hidden test {name} leaked into {path}"


def test_instructor_version_keeps_everything(release: Path) -> None:
    lines, hidden = _secrets()
    folder = release / "instructor" / "exercises" / NAME
    notebook = nbformat.read(folder / f"{NAME}.ipynb", as_version=4)
    text = "\n".join(cell_source(c) for c in notebook.cells) + (folder / f"test_{NAME}.py").read_text()
    assert all(name in text for name in hidden)
    assert all(line in text for line in lines)


def test_student_folder_self_checks_with_pytest_and_says_it_is_not_the_grade(release: Path) -> None:
    folder = release / "student" / "exercises" / NAME
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)],
                         capture_output=True, text=True, cwd=folder)
    assert "not guarantee full marks" in run.stdout
    public = [t for t in load_assignment(NAME).tests if t.visibility == "public"]
    assert f"{len(public)} failed" in run.stdout  # every public test fails on the stubs


def test_instructor_folder_passes_every_test(release: Path) -> None:
    folder = release / "instructor" / "exercises" / NAME
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)],
                         capture_output=True, text=True, cwd=folder)
    assert f"{len(load_assignment(NAME).tests)} passed" in run.stdout, run.stdout


def test_grader_gives_the_model_answer_full_marks_and_the_stub_none(tmp_path: Path) -> None:
    assignment = load_assignment(NAME)
    folder = tmp_path / "subs"
    folder.mkdir()
    nbformat.write(assignment.notebook, folder / "model.ipynb")
    nbformat.write(student_version(assignment.notebook), folder / "stub.ipynb")
    grade_batch(assignment, folder, tmp_path / "b.sqlite", progress=False)
    with Gradebook(tmp_path / "b.sqlite") as book:
        scores = {g.student: g.score for g in book.latest(NAME)}
    assert scores == {"model": assignment.max_points, "stub": 0}


def test_student_version_removes_hidden_cells_and_outputs() -> None:
    notebook = load_assignment(NAME).notebook
    student = student_version(notebook)
    assert not any(TESTS_HIDDEN in cell_tags(c) for c in student.cells)
    assert all(not c.get("outputs") for c in student.cells if c.cell_type == "code")
    assert len(notebook.cells) > len(student.cells)


def test_self_study_version_adds_each_solution_collapsed_after_its_stub() -> None:
    notebook = load_assignment(NAME).notebook
    study = self_study_version(notebook)
    solutions = [cell_source(c) for c in notebook.cells if SOLUTION in cell_tags(c)]
    dropdowns = [c for c in study.cells if c.cell_type == "markdown" and c.source.startswith("::::{dropdown}")]
    assert len(dropdowns) == len(solutions)
    for cell in dropdowns:
        assert f":class-container: {ANSWER_CLASS}" in cell.source and ":open:" not in cell.source
    for solution, dropdown in zip(solutions, dropdowns, strict=True):
        assert solution.strip() in dropdown.source
    positions = [i for i, c in enumerate(study.cells) if SOLUTION in cell_tags(c)]
    assert all(study.cells[i + 1] in dropdowns for i in positions)  # right after the stub
    assert not any(TESTS_HIDDEN in cell_tags(c) for c in study.cells)
    hidden = [t.name for t in load_assignment(NAME).tests if t.visibility == "hidden"]
    text = "\n".join(cell_source(c) for c in study.cells)
    assert hidden and not any(name in text for name in hidden)


def test_release_site_is_self_study_or_class_by_one_switch(tmp_path: Path) -> None:
    assignment = load_assignment(NAME)
    hidden = [t.name for t in assignment.tests if t.visibility == "hidden"]
    lines = [line.strip() for c in assignment.notebook.cells if SOLUTION in cell_tags(c)
             for line in cell_source(c).splitlines()
             if len(line.strip()) > 12 and line.strip() not in
             (stub_solution(cell_source(c)) if c.cell_type == "code" else "")]
    for self_study in (True, False):
        out = tmp_path / str(self_study)
        write_release(out, versions=("student",), self_study=self_study)
        page = (out / "student/site/book/practice" / f"{NAME}.md").read_text(encoding="utf-8")
        assert not any(name in page for name in hidden)
        assert all(line in page for line in lines) is self_study
        assert (f":class-container: {ANSWER_CLASS}" in page) is self_study
        notebook = (out / "student/exercises" / NAME / f"{NAME}.ipynb").read_text(encoding="utf-8")
        assert not any(line in notebook for line in lines)  # students still write in stubs
