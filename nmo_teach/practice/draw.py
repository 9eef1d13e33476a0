"""Drawing cases: one per seed, as many as wanted, and pools of distinct variants.

Why seeds: a seed names a case for ever, so a page, a notebook and a grader that use the same
seed see the same patient and the same key, and an instructor can reproduce what a student saw.
``random.Random`` seeded with a string is stable across Python runs and machines.
"""

from __future__ import annotations

import json
from random import Random

from nmo_teach.errors import NmoTeachError
from nmo_teach.practice.case import PracticeCase, make_case
from nmo_teach.practice.skills import get_skill

MAX_TRIES_PER_CASE = 20


def draw(skill: str, seed: int) -> PracticeCase:
    """The practice case of ``skill`` for ``seed``: the same case for the same seed, every time."""
    chosen = get_skill(skill)
    rng = Random(f"{skill}:{seed}")
    decision = rng.choice(chosen.decisions)
    return make_case(skill, seed, decision, rng.randrange(2))


def twin(case: PracticeCase) -> PracticeCase:
    """The same patient with the decision point's lever on the other side."""
    return make_case(case.skill, case.seed, case.decision, 1 - case.side)


def signature(case: PracticeCase) -> str:
    """What makes two cases the same patient for the student: the record without its id."""
    return json.dumps(case.patient.model_dump(mode="json", exclude={"id"}), sort_keys=True)


def pool(skill: str, n: int, seed: int = 0) -> list[PracticeCase]:
    """``n`` cases of ``skill`` with distinct patients, from seeds ``seed``, ``seed + 1``, ..."""
    if n < 0:
        raise NmoTeachError(f"pool size: got {n}; allowed: 0 or more")
    cases: list[PracticeCase] = []
    seen: set[str] = set()
    current = seed
    while len(cases) < n:
        if current - seed > MAX_TRIES_PER_CASE * n:
            raise NmoTeachError(f"skill {skill!r}: only {len(cases)} distinct cases in {current - seed} draws")
        case = draw(skill, current)
        current += 1
        key = signature(case)
        if key not in seen:
            seen.add(key)
            cases.append(case)
    return cases
