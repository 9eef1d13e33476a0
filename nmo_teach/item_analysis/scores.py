"""A class's results as tables: one row per student, one column per item (a graded test).

The gradebook keeps, for each student's latest submission, every test's points and whether it
passed; it keeps no answers to quiz questions (quiz answers stay in the student's browser or
terminal), so the items of this analysis are the tests of an assignment. Only submissions with
status ``graded`` are analysed: an invalid or refused submission has no test results to speak
for the items, and it is counted separately. A test missing from a graded submission (graded
with an older version of the tests) counts as not passed, with no points.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from nmo_teach.errors import NmoTeachError
from nmo_teach.grading.gradebook import Gradebook


@dataclass(frozen=True)
class ClassResults:
    """One assignment's results, students x items."""

    assignment: str
    passed: pd.DataFrame  # 1 passed, 0 not
    points: pd.DataFrame  # points earned
    max_points: pd.Series  # per item
    excluded: int  # latest submissions that were not graded (invalid, refused)

    @property
    def students(self) -> int:
        return len(self.passed)


def assignments(path: Path) -> list[str]:
    """The assignments a gradebook holds, read without writing to it."""
    _require(path)
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:  # as_uri escapes # and ?
            rows = db.execute("SELECT DISTINCT assignment FROM grades ORDER BY assignment").fetchall()
    except sqlite3.DatabaseError as error:
        raise NmoTeachError(f"{path}: not a usable gradebook ({error})") from error
    return [assignment for (assignment,) in rows]


def load_results(path: Path, assignment: str) -> ClassResults:
    """The latest graded submission of each student of ``assignment``, as tables."""
    _require(path)
    with Gradebook(path) as gradebook:
        grades = gradebook.latest(assignment)
    if not grades:
        known = ", ".join(assignments(path)) or "none"
        raise NmoTeachError(f"{path}: no grades for assignment {assignment!r}; assignments: {known}")
    graded = [grade for grade in grades if grade.status == "graded"]
    if not any(grade.tests for grade in graded):
        raise NmoTeachError(f"{path}: assignment {assignment!r} has no graded submission with test results")
    rows = [(grade.student, test.test, float(test.passed), test.points, test.max_points)
            for grade in graded for test in grade.tests]
    long = pd.DataFrame(rows, columns=["student", "item", "passed", "points", "max_points"])
    items = list(dict.fromkeys(long["item"]))  # in the order the tests ran
    students = sorted(grade.student for grade in graded)

    def table(column: str) -> pd.DataFrame:
        wide = long.pivot(index="student", columns="item", values=column)
        return wide.reindex(index=students, columns=items).fillna(0.0)

    return ClassResults(
        assignment=assignment,
        passed=table("passed"),
        points=table("points"),
        max_points=long.groupby("item")["max_points"].max().reindex(items),
        excluded=len(grades) - len(graded),
    )


def _require(path: Path) -> None:
    if not path.is_file():
        raise NmoTeachError(f"{path}: no such gradebook")
