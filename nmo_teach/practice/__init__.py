"""Endless practice: synthetic patients drawn around the decision points the book teaches.

A teaching aid, not a clinical decision tool; every patient is synthetic.

API
---
``skill_names() -> list[str]``       the skills (``SKILLS`` maps each name to its ``Skill``).
``draw(skill, seed) -> PracticeCase`` one case, the same for the same seed; seeds are unlimited.
``pool(skill, n, seed=0)``           ``n`` cases with distinct patients (the website's pools).
``twin(case)``                       the same patient with the decision point's lever flipped.
``student_cases(student_id, ...)``   a student's own variants for a graded exercise.

A ``PracticeCase`` carries the synthetic ``patient``, the ``question``, the ``key`` (the criteria
engine's verdict status, never typed), the full ``verdict`` trace, the ``deciding_item`` (the
item whose status flips between the case and its twin), ``feedback(answer)``, ``explain()``,
its drawn ``figures``, and ``synthetic`` (always True).
"""

from __future__ import annotations

from nmo_teach.practice.case import SYNTHETIC_NOTE, PracticeCase
from nmo_teach.practice.decisions import DECISION_POINTS, DecisionPoint
from nmo_teach.practice.draw import draw, pool, twin
from nmo_teach.practice.skills import SKILLS, Skill, UnknownSkillError, get_skill, skill_names
from nmo_teach.practice.students import student_cases, student_id, student_seed

__all__ = [
    "DECISION_POINTS",
    "SKILLS",
    "SYNTHETIC_NOTE",
    "DecisionPoint",
    "PracticeCase",
    "Skill",
    "UnknownSkillError",
    "draw",
    "get_skill",
    "pool",
    "skill_names",
    "student_cases",
    "student_id",
    "student_seed",
    "twin",
]
