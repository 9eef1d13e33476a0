"""Per-student variants for graded exercises: each student gets their own synthetic patients.

Why: when every student classifies different patients, a copied answer is wrong for the copier.
The seed comes from a hash of the exercise name and the student's identity, so the grader's
hidden tests recompute the same cases (and their keys, with the engine) from the identity alone.
The grader passes the identity to tests in the environment variable ``NMO_TEACH_STUDENT_ID``;
in a notebook the student's own environment (or the argument) supplies it.
"""

from __future__ import annotations

import hashlib
import os

from nmo_teach.errors import NmoTeachError
from nmo_teach.practice.case import PracticeCase
from nmo_teach.practice.draw import pool

STUDENT_ID_ENV = "NMO_TEACH_STUDENT_ID"


def student_id(given: str | None = None) -> str:
    """The student's identity: ``given`` if set, else ``NMO_TEACH_STUDENT_ID``; never empty."""
    identity = (given if given is not None else os.environ.get(STUDENT_ID_ENV, "")).strip()
    if not identity:
        raise NmoTeachError(
            f"student identity: none given and {STUDENT_ID_ENV} is not set; "
            "pass your student id (as your instructor registered it)"
        )
    return identity


def student_seed(identity: str, exercise: str) -> int:
    """A 64-bit seed from the exercise name and the identity (the same on every machine)."""
    digest = hashlib.sha256(f"{exercise}\0{identity}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def student_cases(identity: str | None = None, *, skill: str, n: int, exercise: str) -> list[PracticeCase]:
    """The ``n`` cases of ``skill`` that belong to this student in ``exercise``."""
    return pool(skill, n, seed=student_seed(student_id(identity), exercise))
