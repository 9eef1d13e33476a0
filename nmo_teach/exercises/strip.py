"""Make the student version of a notebook: the one function that removes what students must not see.

Everything that leaves the instructor's hands (student notebooks, the website's source, the
self-check folder) goes through :func:`student_version`, so there is a single place where a leak
could happen and a single place the tests check. The self-study website adds the model solutions
back, collapsed after each exercise (:func:`self_study_version`), still without hidden tests.
"""

from __future__ import annotations

import ast
import copy
from typing import Any

import nbformat

from nmo_teach.errors import NmoTeachError
from nmo_teach.exercises.tags import SOLUTION, TESTS_HIDDEN, cell_source, cell_tags

STUB_MESSAGE = "write your solution here"
MARKDOWN_PLACEHOLDER = "*Your answer here (write your reasoning; it is not autograded).*"
# The class every revealed-answer block carries; tests/browser/test_reveal.py checks that each
# one is closed when a page loads.
ANSWER_CLASS = "nmo-answer"
SOLUTION_TITLE = "Model solution (open it after you have tried)"


def student_version(notebook: Any) -> Any:
    """A copy of ``notebook`` with hidden tests removed and solution cells turned into stubs.

    Outputs of every cell are cleared as well: an executed instructor notebook would otherwise
    carry the solution's results (and the self-check's list of hidden tests) in its outputs.
    """
    student = copy.deepcopy(notebook)
    kept = []
    for cell in student.cells:
        tags = cell_tags(cell)
        if TESTS_HIDDEN in tags:
            continue
        if SOLUTION in tags:
            if cell.cell_type == "code":
                cell.source = stub_solution(cell_source(cell))
            else:
                cell.source = MARKDOWN_PLACEHOLDER
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        kept.append(cell)
    student.cells = kept
    return student


def stub_solution(source: str) -> str:
    """The student stub of a solution cell's code.

    Kept: imports, and each top-level function's signature and docstring (the task statement).
    Replaced: every function body by ``raise NotImplementedError``, every top-level assignment's
    value by ``None``. Dropped: any other statement, since it could only be part of the answer.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        raise NmoTeachError(
            f"solution cell does not parse as Python (line {error.lineno}: {error.msg}); "
            "a solution cell must be valid Python so that its stub can be made"
        ) from error
    body: list[ast.stmt] = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            body.append(node)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            body.append(_stub_function(node))
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            body.append(_stub_assignment(node))
    stub = ast.Module(body=body, type_ignores=[])
    return ast.unparse(ast.fix_missing_locations(stub)) + "\n"


def _stub_function(node: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.stmt:
    new_body: list[ast.stmt] = []
    docstring = ast.get_docstring(node, clean=False)
    if docstring is not None:
        new_body.append(ast.Expr(value=ast.Constant(value=docstring)))
    new_body.append(
        ast.Raise(
            exc=ast.Call(
                func=ast.Name(id="NotImplementedError", ctx=ast.Load()),
                args=[ast.Constant(value=STUB_MESSAGE)],
                keywords=[],
            ),
            cause=None,
        )
    )
    stubbed = copy.copy(node)
    stubbed.body = new_body
    return stubbed


def _stub_assignment(node: ast.Assign | ast.AnnAssign) -> ast.stmt:
    stubbed = copy.copy(node)
    stubbed.value = ast.Constant(value=None)
    return stubbed


def self_study_version(notebook: Any) -> Any:
    """The student version with each model solution added back, collapsed, after its stub.

    For self-learners without an instructor (the published site). The solution is shown as
    text in a closed MyST dropdown (a native ``<details>`` element), so it is never executed and
    is seen only by a reader who opens it; hidden tests stay out, as in :func:`student_version`.
    """
    solutions = [cell_source(cell) if cell.cell_type == "markdown" else f"```python\n{cell_source(cell).strip()}\n```"
                 for cell in notebook.cells if SOLUTION in cell_tags(cell)]
    student = student_version(notebook)
    cells = []
    remaining = iter(solutions)
    for cell in student.cells:
        cells.append(cell)
        if SOLUTION in cell_tags(cell):
            cells.append(nbformat.v4.new_markdown_cell(solution_dropdown(next(remaining))))
    student.cells = cells
    return student


def solution_dropdown(body: str) -> str:
    """A closed MyST dropdown holding ``body``, marked as a revealed answer."""
    return (f"::::{{dropdown}} {SOLUTION_TITLE}\n:class-container: {ANSWER_CLASS}\n\n"
            f"{body.strip()}\n::::")
