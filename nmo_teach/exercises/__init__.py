"""Exercises written once in the book, with tagged solutions and tests (see ``tags``)."""

from nmo_teach.exercises.selfcheck import check_here
from nmo_teach.exercises.strip import student_version

__all__ = ["check_here", "student_version"]
