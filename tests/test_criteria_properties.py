"""Property tests: validation and the criteria never raise anything undocumented.

Arbitrary JSON goes into validation: it either yields a Patient or raises PatientRecordError.
Arbitrary valid records go into every criterion, the red flags and the differential: they return
a verdict, never raise. And a decided item does not change when unknown facts are filled in
(except the AQP4-IgG result, which the IPND rule deliberately routes to the seronegative arm),
with one designed exception: the exclusion items ("no better explanation" and its kin) weigh the
findings that are present, so a finding that appears can turn them into a clinical judgement.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from nmo_teach.criteria import CRITERIA, Patient, PatientRecordError, Status, differential, parse_patient, red_flags
from nmo_teach.criteria.model import get_path, set_path
from tests.test_criteria_support import QUIET_ATTACK_MRI, QUIET_RECORD

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10_000) | st.floats(allow_nan=True) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
FIELD_NAMES = sorted(QUIET_RECORD) + ["id", "synthetic", "narrative", "progression_months"]


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=8), json_values, max_size=8))
def test_validation_raises_only_patient_record_error(data: dict[str, Any]) -> None:
    try:
        parse_patient(data)
    except PatientRecordError as error:
        assert error.problems and all(isinstance(line, str) and "\n" not in line for line in error.problems)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_anything_at_all_is_rejected_cleanly(data: Any) -> None:
    try:
        parse_patient(data)
    except PatientRecordError:
        pass


finding = st.sampled_from(["yes", "no", "unknown"])
sero = st.sampled_from(["positive", "negative", "unknown"])
count = st.one_of(st.just("unknown"), st.integers(0, 12))
segments = st.one_of(st.just("unknown"), st.integers(0, 24))
share = st.one_of(st.just("unknown"), st.sampled_from([0, 0.2, 0.5, 0.51, 0.9, 1]))
hours = st.one_of(st.just("unknown"), st.sampled_from([0, 2, 4, 72, 672, 700]))
SYNDROMES = ["optic-neuritis", "acute-myelitis", "area-postrema", "acute-brainstem", "diencephalic", "cerebral",
             "adem", "cerebellar", "cortical-encephalitis", "other"]

attack_mri = st.fixed_dictionaries({
    "cord_atrophy_segments": segments, "optic_nerve_share": share,
    **{name: finding for name in QUIET_ATTACK_MRI if name not in ("cord_atrophy_segments", "optic_nerve_share")},
})
attacks = st.lists(st.fixed_dictionaries({
    "syndromes": st.lists(st.sampled_from(SYNDROMES), min_size=1, max_size=3, unique=True),
    "nadir_hours": hours, "partial_myelitis": finding,
    "bilateral_optic_neuritis": finding, "optic_disc_oedema": finding, "mri": attack_mri,
}), max_size=4)
lesion_length = st.one_of(st.just("unknown"), st.integers(1, 12))
cord_lesions = st.lists(st.fixed_dictionaries({
    "segments": lesion_length, "attack": st.one_of(st.none(), st.integers(1, 2)),
    "peripheral": finding, "central": finding, "conus": finding,
}), max_size=3)
records = st.fixed_dictionaries({
    "aqp4_igg": st.fixed_dictionaries({"result": sero}),
    "mog_igg": st.one_of(
        st.fixed_dictionaries({"result": st.sampled_from(["negative", "unknown"]), "csf_result": sero}),
        st.fixed_dictionaries({"result": st.just("positive"), "titre": st.one_of(st.just("unknown"), st.sampled_from([1, 9, 10, 99, 100, 1000])), "csf_result": sero}),
    ),
    "attacks": attacks,
    "mri": st.fixed_dictionaries({
        "lesions": st.fixed_dictionaries({r: count for r in QUIET_RECORD["mri"]["lesions"]}),
        "cord_lesions": cord_lesions,
        **{name: finding for name in QUIET_RECORD["mri"] if name not in ("lesions", "cord_lesions")},
    }),
    "csf": st.fixed_dictionaries({"ocb": finding}),
    "course": st.sampled_from(["relapsing", "progressive", "monophasic", "unknown"]),
    "objective_lesions": count,
    "historical_evidence": finding,
    "alternatives_excluded": finding,
})


def _valid(data: dict[str, Any]) -> Patient | None:
    try:
        return parse_patient(data)
    except PatientRecordError:
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records)
def test_criteria_never_raise_on_valid_records(data: dict[str, Any]) -> None:
    patient = _valid(data)
    if patient is None:
        return
    for name, criterion in CRITERIA.items():
        verdict = criterion(patient)
        assert verdict.status in tuple(Status)
        assert verdict.items, name
        if verdict.status is Status.UNDETERMINED:
            assert verdict.undetermined_on or verdict.judgement_on, f"{name} is undetermined without saying why"
        else:
            assert verdict.undetermined_on == () and verdict.judgement_on == ()
    red_flags(patient)
    assert differential(patient).text()


def _unknown_paths(node: Any, prefix: str = "") -> list[str]:
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in _unknown_paths(value, f"{prefix}.{key}" if prefix else key)]
    if isinstance(node, list):
        return [p for i, value in enumerate(node) for p in _unknown_paths(value, f"{prefix}[{i}]")]
    return [prefix] if node == "unknown" else []


FILL = {"result": "negative", "csf_result": "negative", "titre": 50, "course": "progressive", "onset": "2020-01-01",
        "level": "C1"}
EXCLUSION_ITEMS = {"no better explanation", "C. exclusion of better diagnoses, including MS", "exclusion of alternative diagnoses"}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records, st.data())
def test_decided_verdicts_do_not_depend_on_unknown_facts(data: dict[str, Any], draw: st.DataObject) -> None:
    patient = _valid(data)
    if patient is None:
        return
    dumped = patient.model_dump(mode="json")
    paths = [p for p in _unknown_paths(dumped) if p != "aqp4_igg.result" and not p.endswith(("age", "sex", "assay", "cell_count"))]
    filled = patient.model_dump(mode="json")
    for path in paths:
        leaf = path.rsplit(".", 1)[-1]
        if leaf in FILL:
            value: Any = draw.draw(st.sampled_from([FILL[leaf], "positive" if leaf.endswith("result") else FILL[leaf]]))
        elif leaf in ("objective_lesions", "progression_months") or leaf in QUIET_RECORD["mri"]["lesions"] or leaf.endswith("segments"):
            value = draw.draw(st.integers(0, 24))
        elif leaf == "optic_nerve_share":
            value = draw.draw(st.sampled_from([0.1, 0.6]))
        elif leaf == "nadir_hours":
            value = draw.draw(st.sampled_from([2, 72, 700]))
        else:
            value = draw.draw(st.sampled_from(["yes", "no"]))
        set_path(filled, path, value)
        assert get_path(filled, path) == value
    try:
        complete = Patient.model_validate(filled)
    except ValidationError:
        return
    for name, criterion in CRITERIA.items():
        before, after = criterion(patient), criterion(complete)
        was = {item.name: item.status for item in before.items}
        now = {item.name: item.status for item in after.items}
        exclusion_same = all(now.get(item) is was.get(item) for item in EXCLUSION_ITEMS)
        if before.status is not Status.UNDETERMINED and exclusion_same:
            assert after.status is before.status, name
        for item, status in was.items():
            if status is not Status.UNDETERMINED and item not in EXCLUSION_ITEMS and item in now:
                assert now[item] is status, (name, item)
