"""McDonald 2017: every row of the attacks-by-lesions table, DIS, DIT, bands, PPMS."""

from __future__ import annotations

import pytest

from nmo_teach.criteria import Status, load_vignette, mcdonald2017
from tests.test_criteria_support import attack, patient

ON = attack("optic-neuritis")
MY = attack("acute-myelitis", {"cord_lesion_segments": 1})
DIS = {"lesions": {"periventricular": 2, "spinal_cord": 1}}
NO_DIS = {"lesions": {"periventricular": 2}}
DIT = {"enhancing_and_nonenhancing": "yes"}


def status(*attacks, **changes) -> Status:
    return mcdonald2017(patient(*attacks, **changes)).status


# Row 1: >= 2 attacks, >= 2 objective lesions -> nothing more needed (MRI can be silent)
def test_row_two_attacks_two_lesions() -> None:
    assert status(ON, MY, objective_lesions=2) is Status.MET
    assert status(ON, MY, ON, objective_lesions=5) is Status.MET


# Row 2: >= 2 attacks, 1 lesion plus clear-cut historical evidence -> nothing more needed
def test_row_two_attacks_one_lesion_with_historical_evidence() -> None:
    assert status(ON, MY, objective_lesions=1, historical_evidence="yes") is Status.MET


# Row 3: >= 2 attacks, 1 lesion -> DIS needed
@pytest.mark.parametrize(("mri", "expected"), [(DIS, Status.MET), (NO_DIS, Status.NOT_MET)])
def test_row_two_attacks_one_lesion_needs_dis(mri: dict, expected: Status) -> None:
    verdict = mcdonald2017(patient(ON, MY, objective_lesions=1, historical_evidence="no", mri=mri))
    assert verdict.status is expected
    if expected is Status.NOT_MET:
        row = verdict.items[0]
        assert row.name == "row: >= 2 attacks, 1 objective lesion"
        assert "further attack at a different CNS site" in row.reason


def test_row_two_attacks_one_lesion_unknown_history_and_no_dis_is_undetermined() -> None:
    verdict = mcdonald2017(patient(ON, MY, objective_lesions=1, historical_evidence="unknown", mri=NO_DIS))
    assert verdict.status is Status.UNDETERMINED
    assert "historical_evidence" in verdict.undetermined_on


# Row 4: 1 attack, >= 2 lesions -> DIT needed (MRI or bands)
@pytest.mark.parametrize(
    ("mri", "csf", "expected"),
    [
        ({"enhancing_and_nonenhancing": "yes"}, {"ocb": "no"}, Status.MET),
        ({"new_lesion_on_follow_up": "yes"}, {"ocb": "no"}, Status.MET),
        ({}, {"ocb": "yes"}, Status.MET),
        ({}, {"ocb": "no"}, Status.NOT_MET),
        ({}, {"ocb": "unknown"}, Status.UNDETERMINED),
    ],
)
def test_row_one_attack_two_lesions_needs_dit(mri: dict, csf: dict, expected: Status) -> None:
    assert status(ON, objective_lesions=2, mri=mri, csf=csf) is expected


# Row 5: 1 attack, 1 lesion -> DIS and DIT needed
@pytest.mark.parametrize(
    ("mri", "csf", "expected"),
    [
        ({**DIS, **DIT}, {"ocb": "no"}, Status.MET),
        (DIS, {"ocb": "yes"}, Status.MET),  # bands stand in for DIT
        (DIS, {"ocb": "no"}, Status.NOT_MET),  # DIS without DIT
        ({**NO_DIS, **DIT}, {"ocb": "yes"}, Status.NOT_MET),  # DIT without DIS
    ],
)
def test_row_one_attack_one_lesion_needs_dis_and_dit(mri: dict, csf: dict, expected: Status) -> None:
    assert status(ON, objective_lesions=1, mri=mri, csf=csf) is expected


def test_no_objective_lesion_meets_no_row() -> None:
    verdict = mcdonald2017(patient(ON, MY, objective_lesions=0))
    assert verdict.status is Status.NOT_MET
    assert "no lesion with objective clinical evidence" in verdict.items[0].reason


def test_unknown_objective_lesions_is_undetermined_not_negative() -> None:
    verdict = mcdonald2017(patient(ON, MY, objective_lesions="unknown"))
    assert verdict.status is Status.UNDETERMINED
    assert verdict.undetermined_on == ("objective_lesions",)


@pytest.mark.parametrize(
    ("lesions", "expected"),
    [
        ({"periventricular": 1, "cortical_juxtacortical": 1}, Status.MET),
        ({"infratentorial": 1, "spinal_cord": 3}, Status.MET),
        ({"periventricular": 9}, Status.NOT_MET),
        ({"periventricular": 1, "optic_nerve": 3}, Status.NOT_MET),  # the optic nerve does not count in 2017
        ({"periventricular": 1, "spinal_cord": "unknown"}, Status.UNDETERMINED),
    ],
)
def test_dissemination_in_space_regions(lesions: dict, expected: Status) -> None:
    verdict = mcdonald2017(patient(ON, objective_lesions=1, mri={"lesions": lesions}, csf={"ocb": "yes"}))
    assert verdict.status is expected


def test_optic_nerve_exclusion_is_explained() -> None:
    verdict = mcdonald2017(patient(ON, objective_lesions=1, mri={"lesions": {"periventricular": 1, "optic_nerve": 2}}, csf={"ocb": "yes"}))
    assert "optic-nerve lesions are present but do not count in 2017" in verdict.explain()


def test_dis_with_two_known_regions_ignores_unknown_others() -> None:
    lesions = {"periventricular": 1, "spinal_cord": 1, "infratentorial": "unknown", "cortical_juxtacortical": "unknown"}
    assert status(ON, objective_lesions=1, mri={"lesions": lesions}, csf={"ocb": "yes"}) is Status.MET


# --- PPMS --------------------------------------------------------------------------------------

def ppms(months: object = 12, lesions: dict | None = None, ocb: str = "no", course: str = "progressive") -> Status:
    return status(course=course, progression_months=months, objective_lesions="unknown",
                  mri={"lesions": lesions or {}}, csf={"ocb": ocb})


@pytest.mark.parametrize(
    ("lesions", "ocb", "expected"),
    [
        ({"periventricular": 1, "spinal_cord": 2}, "no", Status.MET),
        ({"infratentorial": 1}, "yes", Status.MET),
        ({"spinal_cord": 2}, "yes", Status.MET),
        ({"spinal_cord": 1, "cortical_juxtacortical": 1}, "no", Status.NOT_MET),  # only 1 of 3
        ({}, "yes", Status.NOT_MET),
    ],
)
def test_ppms_two_of_three(lesions: dict, ocb: str, expected: Status) -> None:
    assert ppms(12, lesions, ocb) is expected


def test_ppms_needs_a_year_of_progression() -> None:
    assert ppms(11, {"periventricular": 1, "spinal_cord": 2}) is Status.NOT_MET
    assert ppms("unknown", {"periventricular": 1, "spinal_cord": 2}) is Status.UNDETERMINED


def test_no_attack_and_relapsing_course_is_not_met() -> None:
    verdict = mcdonald2017(patient(course="relapsing"))
    assert verdict.status is Status.NOT_MET
    assert "no attack recorded" in verdict.explain()


# --- no better explanation ---------------------------------------------------------------------

def test_positive_aqp4_is_a_better_explanation() -> None:
    verdict = mcdonald2017(patient(ON, MY, objective_lesions=2, aqp4_igg={"result": "positive"}))
    assert verdict.status is Status.NOT_MET
    assert verdict.failed_items[-1].name == "no better explanation"
    assert "NMOSD explains the picture better" in verdict.failed_items[-1].reason


def test_natalizumab_like_history_met_mcdonald_before_aqp4_testing() -> None:
    vignette = load_vignette("natalizumab-like-history")
    assert mcdonald2017(vignette).status is Status.NOT_MET
    before_testing = vignette.revised({"aqp4_igg.result": "unknown"})
    assert mcdonald2017(before_testing).status is Status.MET


def test_alternatives_not_excluded_fail() -> None:
    assert status(ON, MY, objective_lesions=2, alternatives_excluded="no") is Status.NOT_MET
    assert status(ON, MY, objective_lesions=2, alternatives_excluded="unknown") is Status.UNDETERMINED
