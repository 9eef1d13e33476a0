"""MOGAD 2023, the Matthews 2013 MRI rule and the red flags."""

from __future__ import annotations

import pytest

from nmo_teach.criteria import MATTHEWS_PERFORMANCE, Status, matthews2013, mogad2023, red_flags, unchecked_red_flags
from nmo_teach.criteria.red_flags import RED_FLAG_KEYS
from tests.test_criteria_support import attack, patient

ON = attack("optic-neuritis")
ON_BILATERAL = attack("optic-neuritis", bilateral_optic_neuritis="yes")


def mog(result: str = "positive", titre: object = "unknown", csf: str = "unknown") -> dict:
    return {"result": result, "titre": titre, "assay": "cell-based", "csf_result": csf} if result == "positive" else {
        "result": result, "assay": "cell-based", "csf_result": csf}


@pytest.mark.parametrize("titre", [100, 1000])
def test_clear_positive_needs_no_supporting_feature(titre: int) -> None:
    verdict = mogad2023(patient(ON, mog_igg=mog(titre=titre), aqp4_igg={"result": "unknown"}))
    assert verdict.status is Status.MET


@pytest.mark.parametrize(
    ("attack_", "aqp4", "expected"),
    [
        (ON_BILATERAL, "negative", Status.MET),
        (ON, "negative", Status.NOT_MET),  # no supporting feature
        (ON_BILATERAL, "unknown", Status.UNDETERMINED),  # AQP4 must be known negative
        (ON_BILATERAL, "positive", Status.NOT_MET),
    ],
)
def test_low_positive_needs_aqp4_negative_and_a_supporting_feature(attack_: dict, aqp4: str, expected: Status) -> None:
    verdict = mogad2023(patient(attack_, mog_igg=mog(titre=99), aqp4_igg={"result": aqp4}))
    assert verdict.status is expected
    if expected is Status.UNDETERMINED:
        assert verdict.undetermined_on == ("aqp4_igg.result",)


def test_positive_without_titre_is_treated_like_low_positive() -> None:
    assert mogad2023(patient(ON_BILATERAL, mog_igg=mog())).status is Status.MET
    assert mogad2023(patient(ON, mog_igg=mog())).status is Status.NOT_MET


def test_titre_below_1_in_10_is_not_positive() -> None:
    verdict = mogad2023(patient(ON_BILATERAL, mog_igg=mog(titre=5)))
    assert verdict.status is Status.NOT_MET
    assert "below the low-positive threshold" in verdict.explain()


@pytest.mark.parametrize(("csf", "expected"), [("positive", Status.MET), ("negative", Status.NOT_MET), ("unknown", Status.UNDETERMINED)])
def test_serum_negative_csf_positive_path(csf: str, expected: Status) -> None:
    assert mogad2023(patient(ON_BILATERAL, mog_igg=mog("negative", csf=csf))).status is expected


@pytest.mark.parametrize(
    ("syndrome", "mri", "fields"),
    [
        ("optic-neuritis", {"optic_nerve_share": 0.6}, {}),
        ("optic-neuritis", {"perineural_optic_sheath_enhancement": "yes"}, {}),
        ("optic-neuritis", {}, {"optic_disc_oedema": "yes"}),
        ("acute-myelitis", {"cord_lesion_segments": 3}, {}),
        ("acute-myelitis", {"conus_lesion": "yes"}, {}),
        ("acute-myelitis", {"central_cord_lesion": "yes"}, {}),
        ("adem", {"mogad_brain_feature": "yes"}, {}),
        ("cortical-encephalitis", {"mogad_brain_feature": "yes"}, {}),
        ("acute-brainstem", {"mogad_brain_feature": "yes"}, {}),
    ],
)
def test_each_supporting_feature(syndrome: str, mri: dict, fields: dict) -> None:
    assert mogad2023(patient(attack(syndrome, mri, **fields), mog_igg=mog(titre=20))).status is Status.MET
    assert mogad2023(patient(attack(syndrome), mog_igg=mog(titre=20))).status is Status.NOT_MET


@pytest.mark.parametrize("syndrome", ["other", "diencephalic"])
def test_no_core_demyelinating_event(syndrome: str) -> None:
    verdict = mogad2023(patient(attack(syndrome), mog_igg=mog(titre=1000)))
    assert verdict.status is Status.NOT_MET
    assert verdict.failed_items[0].name == "A. core clinical demyelinating event"


def test_mog_unknown_is_undetermined() -> None:
    verdict = mogad2023(patient(ON, mog_igg={"result": "unknown"}))
    assert verdict.status is Status.UNDETERMINED
    assert verdict.undetermined_on == ("mog_igg.result",)


# --- Matthews 2013 -------------------------------------------------------------------------------

@pytest.mark.parametrize("field", ["lateral_ventricle_and_inferior_temporal_lesion", "subcortical_u_fibre_lesion", "dawson_fingers"])
def test_matthews_any_one_finding_favours_ms(field: str) -> None:
    assert matthews2013(patient(mri={field: "yes"})).status is Status.MET
    undetermined = matthews2013(patient(mri={field: "unknown"}))
    assert undetermined.status is Status.UNDETERMINED
    assert undetermined.undetermined_on == (f"mri.{field}",)


def test_matthews_none_of_the_three() -> None:
    verdict = matthews2013(patient())
    assert verdict.status is Status.NOT_MET
    assert "92%" in " ".join(verdict.notes) and "96%" in " ".join(verdict.notes)


def test_matthews_published_performance() -> None:
    assert (MATTHEWS_PERFORMANCE.sensitivity, MATTHEWS_PERFORMANCE.specificity) == (0.92, 0.96)
    assert (MATTHEWS_PERFORMANCE.ppv, MATTHEWS_PERFORMANCE.npv) == (0.98, 0.86)


# --- red flags -----------------------------------------------------------------------------------

RAISERS = {
    "progressive-course": ({}, {"course": "progressive"}),
    "nadir-under-4-hours": ({"nadir_hours": 3.5}, {}),
    "worsening-over-4-weeks": ({"nadir_hours": 24 * 29}, {}),
    "partial-myelitis": ({"partial_myelitis": "yes"}, {}),
    "csf-oligoclonal-bands": ({}, {"csf": {"ocb": "yes"}}),
    "dawson-fingers": ({}, {"mri": {"dawson_fingers": "yes"}}),
    "ventricle-temporal": ({}, {"mri": {"lateral_ventricle_and_inferior_temporal_lesion": "yes"}}),
    "u-fibre": ({}, {"mri": {"subcortical_u_fibre_lesion": "yes"}}),
    "cortical-lesion": ({}, {"mri": {"cortical_lesion": "yes"}}),
    "diffuse-cord-signal": ({}, {"mri": {"diffuse_cord_signal": "yes"}}),
    "short-cord-lesion": ({"mri": {"cord_lesion_segments": 2}}, {}),
    "peripheral-cord-lesion": ({"mri": {"peripheral_cord_lesion": "yes"}}, {}),
    "double-positive": ({}, {"aqp4_igg": {"result": "positive"}, "mog_igg": {"result": "positive", "csf_result": "unknown"}}),
}


def test_every_red_flag_has_a_raising_case() -> None:
    assert set(RAISERS) == set(RED_FLAG_KEYS)


@pytest.mark.parametrize("key", sorted(RAISERS))
def test_red_flag_raised_with_its_finding(key: str) -> None:
    attack_changes, record_changes = RAISERS[key]
    mri = attack_changes.get("mri")
    fields = {k: v for k, v in attack_changes.items() if k != "mri"}
    flags = red_flags(patient(attack("acute-myelitis", mri, **fields), **record_changes))
    assert [flag.key for flag in flags] == [key]
    assert flags[0].finding and flags[0].fact and flags[0].citation == "jarius2023nemos"


def test_quiet_record_raises_no_flag_and_has_nothing_unchecked() -> None:
    quiet = patient(attack("acute-myelitis", {"cord_lesion_segments": 4}))
    assert red_flags(quiet) == ()
    assert unchecked_red_flags(quiet) == ()


def test_thresholds_are_strict() -> None:
    exactly_four_hours = patient(attack("acute-myelitis", {"cord_lesion_segments": 4}, nadir_hours=4))
    exactly_four_weeks = patient(attack("acute-myelitis", {"cord_lesion_segments": 4}, nadir_hours=24 * 28))
    assert red_flags(exactly_four_hours) == red_flags(exactly_four_weeks) == ()


def test_unknown_facts_leave_flags_unchecked_not_absent() -> None:
    unknown = patient(attack("acute-myelitis", {"cord_lesion_segments": 4}, nadir_hours="unknown"), csf={"ocb": "unknown"})
    keys = {check.key for check in unchecked_red_flags(unknown)}
    assert {"nadir-under-4-hours", "worsening-over-4-weeks", "csf-oligoclonal-bands"} <= keys
