"""McDonald 2017: every row of the attacks-by-lesions table, DIS, DIT, bands, PPMS."""

from __future__ import annotations

import pytest

from nmo_teach.criteria import Status, load_vignette, mcdonald2017
from tests.test_criteria_support import attack, cord_lesions, patient

ON = attack("optic-neuritis")
MY = attack("acute-myelitis")
DIS = {"lesions": {"periventricular": 2}, "cord_lesions": cord_lesions(1)}
NO_DIS = {"lesions": {"periventricular": 2}}


def regions(spinal_cord: object = 0, **brain: object) -> dict:
    """MRI changes with brain region counts and a number of cord lesions ("unknown": cord not imaged)."""
    if spinal_cord == "unknown":
        return {"lesions": brain, "cord_imaged": "unknown"}
    assert isinstance(spinal_cord, int)
    return {"lesions": brain, "cord_lesions": cord_lesions(spinal_cord)}
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
    ("mri", "expected"),
    [
        (regions(periventricular=1, cortical_juxtacortical=1), Status.MET),
        (regions(3, infratentorial=1), Status.MET),
        (regions(periventricular=9), Status.NOT_MET),
        (regions(periventricular=1, optic_nerve=3), Status.NOT_MET),  # the optic nerve does not count in 2017
        (regions("unknown", periventricular=1), Status.UNDETERMINED),
    ],
)
def test_dissemination_in_space_regions(mri: dict, expected: Status) -> None:
    verdict = mcdonald2017(patient(ON, objective_lesions=1, mri=mri, csf={"ocb": "yes"}))
    assert verdict.status is expected


def test_spinal_cord_region_reads_the_cord_lesion_list_including_asymptomatic_lesions() -> None:
    asymptomatic = {"level": "T9", "segments": 1, "symptomatic": "no"}
    verdict = mcdonald2017(patient(ON, objective_lesions=1, mri={"lesions": {"periventricular": 1}, "cord_lesions": [asymptomatic]},
                                   csf={"ocb": "yes"}))
    assert verdict.status is Status.MET
    assert "spinal cord" in verdict.items[0].reason


def test_optic_nerve_exclusion_is_explained() -> None:
    verdict = mcdonald2017(patient(ON, objective_lesions=1, mri={"lesions": {"periventricular": 1, "optic_nerve": 2}}, csf={"ocb": "yes"}))
    assert "optic-nerve lesions are present but do not count in 2017" in verdict.explain()


def test_dis_with_two_known_regions_ignores_unknown_others() -> None:
    mri = regions(1, periventricular=1, infratentorial="unknown", cortical_juxtacortical="unknown")
    assert status(ON, objective_lesions=1, mri=mri, csf={"ocb": "yes"}) is Status.MET


# --- PPMS --------------------------------------------------------------------------------------

def ppms(months: object = 12, mri: dict | None = None, ocb: str = "no", course: str = "progressive") -> Status:
    return status(course=course, progression_months=months, objective_lesions="unknown",
                  mri=mri or {}, csf={"ocb": ocb})


@pytest.mark.parametrize(
    ("mri", "ocb", "expected"),
    [
        (regions(2, periventricular=1), "no", Status.MET),
        (regions(infratentorial=1), "yes", Status.MET),
        (regions(2), "yes", Status.MET),
        (regions(1, cortical_juxtacortical=1), "no", Status.NOT_MET),  # only 1 of 3
        (regions(), "yes", Status.NOT_MET),
    ],
)
def test_ppms_two_of_three(mri: dict, ocb: str, expected: Status) -> None:
    assert ppms(12, mri, ocb) is expected


def test_ppms_cord_count_reads_the_lesion_list_and_knows_when_it_is_complete() -> None:
    two_listed = {"cord_imaged": "unknown", "cord_lesions": cord_lesions(2)}
    assert ppms(12, two_listed, "yes") is Status.MET
    one_listed_partial_scan = {"lesions": {"periventricular": 1}, "cord_imaged": "unknown", "cord_lesions": cord_lesions(1)}
    verdict = mcdonald2017(patient(course="progressive", progression_months=12, objective_lesions="unknown",
                                   mri=one_listed_partial_scan, csf={"ocb": "no"}))
    assert verdict.status is Status.UNDETERMINED
    assert "mri.cord_lesions" in verdict.undetermined_on


def test_ppms_needs_a_year_of_progression() -> None:
    assert ppms(11, regions(2, periventricular=1)) is Status.NOT_MET
    assert ppms("unknown", regions(2, periventricular=1)) is Status.UNDETERMINED


def test_no_attack_and_relapsing_course_is_not_met() -> None:
    verdict = mcdonald2017(patient(course="relapsing"))
    assert verdict.status is Status.NOT_MET
    assert "no attack recorded" in verdict.explain()


def test_attacks_with_an_unrecorded_course_keep_the_ppms_path_open() -> None:
    """Attacks do not rule out progressive MS (relapses can occur in it), so an unrecorded course
    leaves the pathway undetermined rather than failed, and recording the course decides it."""
    paraclinical = {"mri": regions(2, periventricular=1), "csf": {"ocb": "yes"}}
    unknown = mcdonald2017(patient(ON, objective_lesions=0, course="unknown", progression_months=12, **paraclinical))
    assert unknown.status is Status.UNDETERMINED
    assert "course" in unknown.undetermined_on
    assert status(ON, objective_lesions=0, course="relapsing", **paraclinical) is Status.NOT_MET
    assert status(ON, objective_lesions=0, course="progressive", progression_months=12, **paraclinical) is Status.MET


# --- no better explanation ---------------------------------------------------------------------

def test_positive_aqp4_is_a_better_explanation() -> None:
    verdict = mcdonald2017(patient(ON, MY, objective_lesions=2, aqp4_igg={"result": "positive"}))
    assert verdict.status is Status.NOT_MET
    assert verdict.failed_items[-1].name == "no better explanation"
    assert "NMOSD explains the picture better" in verdict.failed_items[-1].reason


@pytest.mark.parametrize("titre", [100, 1000])
def test_clearly_positive_mog_igg_is_a_better_explanation(titre: int) -> None:
    verdict = mcdonald2017(patient(ON, MY, objective_lesions=2,
                                   mog_igg={"result": "positive", "titre": titre, "assay": "cell-based"}))
    assert verdict.status is Status.NOT_MET
    assert "MOGAD explains the picture better" in verdict.failed_items[-1].reason


def test_mogad_met_through_a_low_titre_is_a_better_explanation() -> None:
    bilateral = attack("optic-neuritis", bilateral_optic_neuritis="yes")
    verdict = mcdonald2017(patient(bilateral, MY, objective_lesions=2,
                                   mog_igg={"result": "positive", "titre": 40, "assay": "cell-based"}))
    assert verdict.status is Status.NOT_MET
    assert "MOGAD 2023 parts A and B hold" in verdict.failed_items[-1].reason


def test_low_positive_mog_without_mogad_is_a_judgement() -> None:
    verdict = mcdonald2017(patient(ON, MY, objective_lesions=2,
                                   mog_igg={"result": "positive", "titre": 40, "assay": "cell-based"}))
    assert verdict.status is Status.UNDETERMINED and verdict.needs_judgement


def judged(*attacks: dict, **changes: object):
    verdict = mcdonald2017(patient(*attacks, objective_lesions=2, **changes))
    return verdict


@pytest.mark.parametrize(
    ("attacks", "changes", "finding"),
    [
        ((ON, attack("acute-myelitis", cord={"segments": 3})), {}, "longitudinally extensive cord lesion"),
        ((ON, MY), {"mri": {"cord_lesions": [{"segments": 6, "symptomatic": "no"}]}}, "longitudinally extensive cord lesion"),
        ((attack("optic-neuritis", {"optic_nerve_share": 0.6}), MY), {}, "more than half its length"),
        ((attack("optic-neuritis", {"optic_chiasm": "yes"}), MY), {}, "reaching the chiasm"),
        ((ON, attack("area-postrema")), {}, "area postrema syndrome"),
        ((ON, MY), {"mri": {"brain_normal_or_nonspecific": "yes"}}, "brain MRI normal or nonspecific after 2 attacks"),
    ],
)
def test_nmosd_typical_feature_without_antibody_makes_no_better_explanation_a_judgement(
        attacks: tuple, changes: dict, finding: str) -> None:
    # Before issue 10 each of these records met McDonald with "every required item holds".
    verdict = judged(*attacks, **changes)
    assert verdict.status is Status.UNDETERMINED
    assert verdict.needs_judgement and verdict.judgement_on == ("no better explanation",)
    assert verdict.undetermined_on == ()
    item = verdict.items[-1]
    assert item.needs_judgement and finding in item.reason
    assert "clinical judgement" in verdict.summary and "clinical judgement" in verdict.outcome
    assert "[judgement] no better explanation" in verdict.explain()


def test_no_typical_feature_and_no_antibody_still_meets_mcdonald() -> None:
    assert judged(ON, MY).status is Status.MET
    assert judged(ON, MY, aqp4_igg={"result": "unknown"}, mog_igg={"result": "unknown"}).status is Status.MET


def test_seronegative_ipnd_met_is_weighed_by_name() -> None:
    verdict = mcdonald2017(load_vignette("seronegative-on-letm"))
    assert verdict.status is Status.UNDETERMINED and verdict.needs_judgement
    assert "IPND 2015 NMOSD criteria met (AQP4-IgG negative or unknown)" in verdict.items[-1].reason


def test_natalizumab_like_history_before_aqp4_testing_is_a_judgement_not_ms() -> None:
    vignette = load_vignette("natalizumab-like-history")
    assert mcdonald2017(vignette).status is Status.NOT_MET
    before_testing = mcdonald2017(vignette.revised({"aqp4_igg.result": "unknown"}))
    assert before_testing.status is Status.UNDETERMINED and before_testing.needs_judgement


def test_one_attack_with_two_syndromes_is_one_attack_for_mcdonald() -> None:
    both = attack(["optic-neuritis", "acute-myelitis"])
    verdict = mcdonald2017(patient(both, objective_lesions=2, mri={"enhancing_and_nonenhancing": "no"}))
    assert verdict.items[0].name == "row: 1 attack, >= 2 objective lesions (needs DIT)"
    assert verdict.status is Status.NOT_MET
    two_attacks = mcdonald2017(patient(ON, MY, objective_lesions=2))
    assert two_attacks.items[0].name == "row: >= 2 attacks, >= 2 objective lesions"


def test_alternatives_not_excluded_fail() -> None:
    assert status(ON, MY, objective_lesions=2, alternatives_excluded="no") is Status.NOT_MET
    unknown = mcdonald2017(patient(ON, MY, objective_lesions=2, alternatives_excluded="unknown"))
    assert unknown.status is Status.UNDETERMINED and not unknown.needs_judgement
    assert unknown.undetermined_on == ("alternatives_excluded",)
