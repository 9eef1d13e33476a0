"""The practice generator against the criteria engine: every case of every pool, and its twin.

The key of each case is recomputed here with ``nmo_teach.criteria.evaluate`` on the case's own
patient, so a generator that typed a key, or a pool that drifted from the engine, fails.
"""

from __future__ import annotations

import json
import re

import pytest

from nmo_teach.criteria import Status, evaluate
from nmo_teach.errors import NmoTeachError
from nmo_teach.practice import SKILLS, UnknownSkillError, draw, pool, skill_names, twin
from nmo_teach.practice.draw import signature

POOL = 200


@pytest.fixture(scope="module", params=list(SKILLS))
def skill_pool(request: pytest.FixtureRequest) -> tuple[str, list]:
    return request.param, pool(request.param, POOL)


def _leaves(data: object, path: str = "") -> dict[str, object]:
    if isinstance(data, dict):
        return {k: v for key, value in data.items() for k, v in _leaves(value, f"{path}.{key}").items()}
    if isinstance(data, list):
        return {k: v for i, value in enumerate(data) for k, v in _leaves(value, f"{path}[{i}]").items()}
    return {path: data}


def test_every_case_is_keyed_by_the_engine(skill_pool: tuple[str, list]) -> None:
    skill, cases = skill_pool
    assert len(cases) >= POOL
    for case in cases:
        recomputed = evaluate(case.criterion, case.patient)
        assert case.key is recomputed.status, case.id
        assert case.verdict.explain() == recomputed.explain()


def test_pool_variants_are_distinct_patients(skill_pool: tuple[str, list]) -> None:
    _, cases = skill_pool
    assert len({signature(case) for case in cases}) == len(cases)
    assert len({case.id for case in cases}) == len(cases)


def test_pool_is_not_one_answer(skill_pool: tuple[str, list]) -> None:
    """Guessing one verdict for every case must not pass: each skill's keys are mixed."""
    _, cases = skill_pool
    keys = [case.key for case in cases]
    most_common = max(keys.count(status) for status in set(keys))
    assert most_common / len(keys) < 0.7
    assert {case.decision.id for case in cases} == set(SKILLS[skill_pool[0]].decision_ids)


def test_twins_flip_the_deciding_item_and_the_verdict(skill_pool: tuple[str, list]) -> None:
    _, cases = skill_pool
    for case in cases:
        other = twin(case)
        assert other.patient != case.patient
        assert other.key is not case.key, case.id
        item = case.deciding_item
        assert item in case.verdict.items
        twin_items = {i.name: i.status for i in other.verdict.items}
        assert twin_items[item.name] is not item.status, case.id
        assert other.deciding_item.name == item.name


def _unit(path: str) -> str:
    """A changed fact, or the attack or cord lesion it belongs to (a whole attack is one lever)."""
    match = re.match(r"\.(attacks|mri\.cord_lesions)\[\d+\]", path)
    return match.group(0) if match else path


def test_twins_differ_only_around_the_lever(skill_pool: tuple[str, list]) -> None:
    """Same age, sex, dates and other attacks: the twin changes the lever and little else."""
    _, cases = skill_pool
    for case in cases:
        mine = _leaves(case.patient.model_dump(mode="json", exclude={"id"}))
        theirs = _leaves(twin(case).patient.model_dump(mode="json", exclude={"id"}))
        changed = {_unit(k) for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k)}
        assert 1 <= len(changed) <= 3, (case.id, sorted(changed))
        assert not changed & {".age", ".sex"}


def test_every_case_is_labelled_synthetic(skill_pool: tuple[str, list]) -> None:
    _, cases = skill_pool
    for case in cases:
        assert case.synthetic and case.patient.synthetic
        assert case.explain().startswith("Synthetic patient")
        assert case.facts[0][0] == "Patient (synthetic)"


def test_draw_is_deterministic_per_seed() -> None:
    for skill in skill_names():
        for seed in (0, 7, 10**12):
            first, second = draw(skill, seed), draw(skill, seed)
            assert signature(first) == signature(second)
            assert first.key is second.key and first.deciding_item == second.deciding_item
    assert len({signature(draw("mogad", seed)) for seed in range(30)}) > 25


def test_pool_is_deterministic_and_seeded() -> None:
    assert [signature(c) for c in pool("ppms", 20, seed=5)] == [signature(c) for c in pool("ppms", 20, seed=5)]
    assert [signature(c) for c in pool("ppms", 20, seed=5)] != [signature(c) for c in pool("ppms", 20, seed=6)]


def test_feedback_names_the_deciding_item_and_the_twin() -> None:
    case = draw("letm", 3)
    wrong = next(status for status in Status if status is not case.key)
    assert case.feedback(case.key).startswith("Right.")
    text = case.feedback(wrong)
    assert text.startswith("Not quite")
    assert case.deciding_item.name in text and case.twin_value in text
    assert twin(case).verdict.outcome in text


def test_thresholds_sit_at_the_taught_boundaries() -> None:
    """The pools include the boundary pairs the book teaches: 2 vs 3 segments, 0.5 vs 0.6, 11 vs 12 months, 1:40 vs 1:100."""
    values = {(c.decision.id, c.lever_value) for skill in SKILLS for c in pool(skill, POOL)}
    for expected in [("letm-ipnd", "2 vertebral segments"), ("letm-ipnd", "3 vertebral segments"),
                     ("optic-share-ipnd", "50% of the nerve's length"), ("optic-share-ipnd", "60% of the nerve's length"),
                     ("ppms-months", "11 months of progression"), ("ppms-months", "12 months of progression"),
                     ("mog-titre", "MOG-IgG 1:40"), ("mog-titre", "MOG-IgG 1:100"),
                     ("area-postrema-ipnd", "no dorsal medulla lesion"), ("mog-aqp4", "AQP4-IgG not tested"),
                     ("optic-dis", "the other lesion: optic nerve"), ("ocb-for-dit", "CSF-specific oligoclonal bands")]:
        assert expected in values


def test_unknown_skill_and_bad_pool_size_are_clear_errors() -> None:
    with pytest.raises(UnknownSkillError, match="allowed: letm"):
        draw("nmosd", 1)
    with pytest.raises(NmoTeachError, match="pool size"):
        pool("letm", -1)


def test_case_patient_round_trips_as_a_record() -> None:
    """A case's patient is an ordinary record: the CLI and the engine read its JSON back."""
    from nmo_teach.criteria import parse_patient

    case = draw("mcdonald-dis-dit", 11)
    again = parse_patient(json.loads(case.patient.model_dump_json()))
    assert evaluate(case.criterion, again).status is case.key


def test_draw_is_the_same_in_another_process() -> None:
    """A seed names the same case on any machine: another interpreter, another hash seed."""
    import os
    import subprocess
    import sys

    code = "from nmo_teach.practice import draw; from nmo_teach.practice.draw import signature; print(signature(draw('mogad', 41)))"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip() == signature(draw("mogad", 41))
