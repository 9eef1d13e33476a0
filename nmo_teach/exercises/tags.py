"""The cell tags that mark exercise content: the one way solutions and tests are marked.

An exercise chapter is an ordinary MyST notebook. Three tags say what a cell is:

``solution``
    The model answer. Code cells are graded: the grader and the students' self-check run only
    these cells of a submission. In the student version a code cell keeps its imports, function
    signatures and docstrings but every body becomes ``raise NotImplementedError``, and every
    answer variable becomes ``None``; a markdown cell becomes a placeholder.
``tests-public``
    Tests students see and run themselves. Kept in the student version.
``tests-hidden``
    Tests only the grader runs. Removed from the student version.

Test cells may carry a ``points`` metadata entry (default 1): each ``test_*`` function defined in
the cell is worth that many points.
"""

from __future__ import annotations

from typing import Any

SOLUTION = "solution"
TESTS_PUBLIC = "tests-public"
TESTS_HIDDEN = "tests-hidden"
EXERCISE_TAGS = frozenset({SOLUTION, TESTS_PUBLIC, TESTS_HIDDEN})


def cell_tags(cell: Any) -> frozenset[str]:
    """The tags of an nbformat cell (a dict-like node), empty when it has none."""
    metadata = cell.get("metadata") or {}
    tags = metadata.get("tags") or ()
    if not isinstance(tags, (list, tuple)):
        return frozenset()
    return frozenset(str(tag) for tag in tags)


def cell_source(cell: Any) -> str:
    """A cell's source as one string (nbformat allows a list of lines on disk)."""
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)
