"""Exports of the gradebook: a CSV an LMS imports, and Gradescope's results.json.

Student names and feedback come from submissions, so a cell could start with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return and be run as a formula by a spreadsheet. Following OWASP's
CSV-injection guidance, such a cell is prefixed with a single quote (and shown as text).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from nmo_teach.grading.gradebook import StoredGrade

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as text: a leading formula character gets a quote before it."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def write_csv(grades: list[StoredGrade], path: Path) -> None:
    """One row per student: the columns most LMS grade imports accept, plus the feedback summary."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["student", "assignment", "score", "max_score", "percent", "status", "feedback"])
        for grade in grades:
            percent = 100 * grade.score / grade.max_score if grade.max_score else 0.0
            writer.writerow([neutralise(grade.student), neutralise(grade.assignment), f"{grade.score:g}",
                             f"{grade.max_score:g}", f"{percent:.1f}", grade.status, neutralise(grade.message)])


def gradescope_results(grade: StoredGrade) -> dict[str, object]:
    """One submission's grade in Gradescope's results.json layout.

    Hidden tests are listed with visibility ``after_published``: students see them, with the
    grader's feedback (which never shows a hidden test's inputs or answers), once grades are out.
    """
    return {
        "score": grade.score,
        "output": neutralise(grade.message),
        "tests": [
            {
                "name": test.test,
                "score": test.points,
                "max_score": test.max_points,
                "status": "passed" if test.passed else "failed",
                "output": neutralise(test.feedback),
                "visibility": "visible" if test.visibility == "public" else "after_published",
            }
            for test in grade.tests
        ],
    }


def write_gradescope(grade: StoredGrade, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(gradescope_results(grade), indent=2), encoding="utf-8")
