"""MOGAD 2023, the Matthews 2013 MRI rule and the red flags."""

from __future__ import annotations

import pytest

from nmo_teach.criteria import (
    MATTHEWS_PERFORMANCE,
    Status,
    load_vignette,
    matthews2013,
    mogad2023,
    red_flags,
    unchecked_red_flags,
)
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
        ("acute-myelitis", {}, {"cord": {"segments": 3}}),
        ("acute-myelitis", {}, {"cord": {"segments": 1, "conus": "yes"}}),
        ("acute-myelitis", {}, {"cord": {"segments": 1, "central": "yes"}}),
        ("adem", {"mogad_brain_feature": "yes"}, {}),
        ("cortical-encephalitis", {"mogad_brain_feature": "yes"}, {}),
        ("acute-brainstem", {"mogad_brain_feature": "yes"}, {}),
    ],
)
def test_each_supporting_feature(syndrome: str, mri: dict, fields: dict) -> None:
    assert mogad2023(patient(attack(syndrome, mri, **fields), mog_igg=mog(titre=20))).status is Status.MET
    assert mogad2023(patient(attack(syndrome), mog_igg=mog(titre=20))).status is Status.NOT_MET


def test_supporting_feature_of_a_second_syndrome_in_the_same_attack_counts() -> None:
    # Optic neuritis without a supporting feature, but the same attack's myelitis is an LETM.
    event = attack(["optic-neuritis", "acute-myelitis"], cord={"segments": 4})
    assert mogad2023(patient(event, mog_igg=mog(titre=20))).status is Status.MET


# --- part C: derived from the other verdicts, not one global flag --------------------------------

def test_aqp4_positive_is_a_better_diagnosis_than_mogad() -> None:
    # Content review B4: the AQP4-positive area postrema vignette was "cannot be decided".
    verdict = mogad2023(load_vignette("seropositive-area-postrema"))
    assert verdict.status is Status.NOT_MET
    exclusion = verdict.items[-1]
    assert exclusion.name == "C. exclusion of better diagnoses, including MS" and exclusion.failed
    assert "AQP4-IgG positive" in exclusion.reason
    double = mogad2023(patient(ON, mog_igg=mog(titre=1000), aqp4_igg={"result": "positive"}))
    assert double.status is Status.NOT_MET


@pytest.mark.parametrize(
    "changes",
    [{"mri": {"dawson_fingers": "yes"}}, {"csf": {"ocb": "yes"}}],
)
def test_ms_typical_findings_leave_part_c_to_judgement(changes: dict) -> None:
    verdict = mogad2023(patient(ON, mog_igg=mog(titre=1000), **changes))
    assert verdict.status is Status.UNDETERMINED
    assert verdict.judgement_on == ("C. exclusion of better diagnoses, including MS",)


def test_part_c_still_reads_the_mimics_flag() -> None:
    assert mogad2023(patient(ON, mog_igg=mog(titre=1000), alternatives_excluded="no")).status is Status.NOT_MET
    unknown = mogad2023(patient(ON, mog_igg=mog(titre=1000), alternatives_excluded="unknown"))
    assert unknown.status is Status.UNDETERMINED and unknown.undetermined_on == ("alternatives_excluded",)


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

@pytest.mark.parametrize("field", ["subcortical_u_fibre_lesion", "dawson_fingers"])
def test_matthews_any_one_finding_favours_ms(field: str) -> None:
    assert matthews2013(patient(mri={field: "yes"})).status is Status.MET
    undetermined = matthews2013(patient(mri={field: "unknown"}))
    assert undetermined.status is Status.UNDETERMINED
    assert undetermined.undetermined_on == (f"mri.{field}",)


BODY, TEMPORAL, HORN = "lesion_adjacent_to_lateral_ventricle_body", "inferior_temporal_lobe_lesion", "periventricular_temporal_horn_lesion"


@pytest.mark.parametrize(
    ("body", "temporal", "expected"),
    [("yes", "yes", Status.MET), ("yes", "no", Status.NOT_MET), ("no", "yes", Status.NOT_MET),
     ("yes", "unknown", Status.UNDETERMINED)],
)
def test_matthews_criterion_1_needs_both_named_findings(body: str, temporal: str, expected: Status) -> None:
    verdict = matthews2013(patient(mri={BODY: body, TEMPORAL: temporal}))
    assert verdict.status is expected
    if expected is Status.UNDETERMINED:
        assert verdict.undetermined_on == (f"mri.{TEMPORAL}",)


def test_ipnd_temporal_horn_finding_is_not_the_matthews_item() -> None:
    # Content review B2: one field used to raise both. The IPND red flag now has its own finding.
    horn = patient(mri={HORN: "yes"})
    assert matthews2013(horn).status is Status.NOT_MET
    assert [flag.key for flag in red_flags(horn)] == ["ventricle-temporal"]
    matthews = patient(mri={BODY: "yes", TEMPORAL: "yes"})
    assert matthews2013(matthews).status is Status.MET
    assert red_flags(matthews) == ()


def test_matthews_none_of_the_three() -> None:
    verdict = matthews2013(patient())
    assert verdict.status is Status.NOT_MET
    assert "92%" in " ".join(verdict.notes) and "96%" in " ".join(verdict.notes)


def test_matthews_note_does_not_give_the_cohort_as_the_denominator_and_warns_on_a_normal_scan() -> None:
    # Content review B1: the figures cannot hold for all 50 MS and 44 NMOSD patients.
    notes = " ".join(matthews2013(patient()).notes)
    assert "50 RRMS and 44 NMOSD patients)" not in notes
    assert "no denominators" in notes and "brain lesions" in notes
    normal = " ".join(matthews2013(patient(mri={"brain_normal_or_nonspecific": "yes"})).notes)
    assert "says nothing" in normal and "says nothing" not in notes


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
    "ventricle-temporal": ({}, {"mri": {"periventricular_temporal_horn_lesion": "yes"}}),
    "u-fibre": ({}, {"mri": {"subcortical_u_fibre_lesion": "yes"}}),
    "cortical-lesion": ({}, {"mri": {"cortical_lesion": "yes"}}),
    "diffuse-cord-signal": ({}, {"mri": {"diffuse_cord_signal": "yes"}}),
    "short-cord-lesion": ({"cord": {"segments": 2}}, {}),
    "peripheral-cord-lesion": ({"cord": {"segments": 4, "peripheral": "yes"}}, {}),
    "double-positive": ({}, {"aqp4_igg": {"result": "positive"}, "mog_igg": {"result": "positive", "csf_result": "unknown"}}),
}


def test_every_red_flag_has_a_raising_case() -> None:
    assert set(RAISERS) == set(RED_FLAG_KEYS)


@pytest.mark.parametrize("key", sorted(RAISERS))
def test_red_flag_raised_with_its_finding(key: str) -> None:
    attack_changes, record_changes = RAISERS[key]
    fields = {"cord": {"segments": 4}, **attack_changes}
    flags = red_flags(patient(attack("acute-myelitis", **fields), **record_changes))
    assert [flag.key for flag in flags] == [key]
    assert flags[0].finding and flags[0].fact and flags[0].citation == "jarius2023nemos"


def test_quiet_record_raises_no_flag_and_has_nothing_unchecked() -> None:
    quiet = patient(attack("acute-myelitis", cord={"segments": 4}))
    assert red_flags(quiet) == ()
    assert unchecked_red_flags(quiet) == ()


def test_cord_flags_read_asymptomatic_and_progressive_course_lesions() -> None:
    # Before issue 10 only an attack's own lesion could raise the short-lesion flag, so a
    # progressive course with short cord lesions raised none.
    silent = patient(attack("acute-myelitis", cord={"segments": 4}), mri={"cord_lesions": [{"segments": 1, "symptomatic": "no"}]})
    assert [flag.fact for flag in red_flags(silent)] == ["mri.cord_lesions[1].segments"]
    ppms = {flag.key for flag in red_flags(load_vignette("primary-progressive-ms"))}
    assert {"short-cord-lesion", "peripheral-cord-lesion"} <= ppms


def test_cord_flags_unchecked_when_the_cord_was_not_imaged() -> None:
    unknown = patient(attack("optic-neuritis"), mri={"cord_imaged": "unknown"})
    keys = {check.key: check.unknown for check in unchecked_red_flags(unknown)}
    assert keys["short-cord-lesion"] == ("mri.cord_imaged",)


def test_thresholds_are_strict() -> None:
    exactly_four_hours = patient(attack("acute-myelitis", cord={"segments": 4}, nadir_hours=4))
    exactly_four_weeks = patient(attack("acute-myelitis", cord={"segments": 4}, nadir_hours=24 * 28))
    assert red_flags(exactly_four_hours) == red_flags(exactly_four_weeks) == ()


def test_unknown_facts_leave_flags_unchecked_not_absent() -> None:
    unknown = patient(attack("acute-myelitis", cord={"segments": 4}, nadir_hours="unknown"), csf={"ocb": "unknown"})
    keys = {check.key for check in unchecked_red_flags(unknown)}
    assert {"nadir-under-4-hours", "worsening-over-4-weeks", "csf-oligoclonal-bands"} <= keys
