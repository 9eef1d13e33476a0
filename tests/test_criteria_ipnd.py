"""IPND 2015: both arms, every core characteristic, every MRI requirement, unknown vs negative."""

from __future__ import annotations

import pytest

from nmo_teach.criteria import Status, ipnd2015, is_letm
from tests.test_criteria_support import QUALIFIED, UNQUALIFIED, attack, patient

CORE = list(QUALIFIED)
POSITIVE = {"result": "positive", "assay": "cell-based"}


@pytest.mark.parametrize("syndrome", CORE)
def test_each_core_characteristic_alone_meets_the_seropositive_arm(syndrome: str) -> None:
    verdict = ipnd2015(patient(QUALIFIED[syndrome], aqp4_igg=POSITIVE))
    assert verdict.status is Status.MET
    assert verdict.arm == "AQP4-IgG positive"


@pytest.mark.parametrize("syndrome", ["optic-neuritis", "acute-myelitis", "area-postrema", "acute-brainstem"])
def test_seropositive_arm_has_no_mri_requirement(syndrome: str) -> None:
    # A 2-segment myelitis, a short optic-nerve lesion and so on still count with AQP4-IgG.
    assert ipnd2015(patient(UNQUALIFIED[syndrome], aqp4_igg=POSITIVE)).status is Status.MET


@pytest.mark.parametrize("syndrome", ["diencephalic", "cerebral"])
def test_characteristics_5_and_6_need_their_typical_lesion_even_when_seropositive(syndrome: str) -> None:
    verdict = ipnd2015(patient(UNQUALIFIED[syndrome], aqp4_igg=POSITIVE))
    assert verdict.status is Status.NOT_MET
    assert any("core clinical characteristic" in item.name for item in verdict.failed_items)


@pytest.mark.parametrize("syndrome", ["other", "adem", "cerebellar", "cortical-encephalitis"])
def test_non_core_syndromes_do_not_count(syndrome: str) -> None:
    assert ipnd2015(patient(attack(syndrome), aqp4_igg=POSITIVE)).status is Status.NOT_MET


def test_no_attack_is_not_nmosd_even_when_seropositive() -> None:
    verdict = ipnd2015(patient(aqp4_igg=POSITIVE))
    assert verdict.status is Status.NOT_MET
    assert "no attack recorded" in verdict.failed_items[0].reason


@pytest.mark.parametrize("other", [s for s in CORE if s != "optic-neuritis"])
def test_each_core_characteristic_with_qualifying_optic_neuritis_meets_the_seronegative_arm(other: str) -> None:
    verdict = ipnd2015(patient(QUALIFIED["optic-neuritis"], QUALIFIED[other]))
    assert verdict.status is Status.MET
    assert verdict.arm == "AQP4-IgG negative or unknown"


@pytest.mark.parametrize("other", [s for s in CORE if s != "optic-neuritis"])
def test_each_core_characteristic_failing_its_mri_requirement_does_not_count(other: str) -> None:
    verdict = ipnd2015(patient(QUALIFIED["optic-neuritis"], UNQUALIFIED[other]))
    assert verdict.status is Status.NOT_MET
    failed = {item.name for item in verdict.failed_items}
    assert any(name.startswith("1b+1c") for name in failed)


def test_single_letm_is_nmosd_only_when_seropositive() -> None:
    letm = QUALIFIED["acute-myelitis"]
    assert ipnd2015(patient(letm, aqp4_igg=POSITIVE)).status is Status.MET
    assert ipnd2015(patient(letm)).status is Status.NOT_MET


def test_two_attacks_of_the_same_characteristic_are_not_dissemination_in_space() -> None:
    verdict = ipnd2015(patient(QUALIFIED["acute-myelitis"], QUALIFIED["acute-myelitis"]))
    assert verdict.status is Status.NOT_MET
    assert "1 qualifying characteristic" in next(i for i in verdict.items if i.name.startswith("1b+1c")).reason


def test_two_characteristics_without_optic_neuritis_letm_or_aps_fail_requirement_a() -> None:
    verdict = ipnd2015(patient(QUALIFIED["acute-brainstem"], QUALIFIED["diencephalic"]))
    assert verdict.status is Status.NOT_MET
    assert [item.name[:2] for item in verdict.failed_items] == ["1a"]


def test_myelitis_qualifying_only_through_atrophy_counts_but_is_not_letm_for_requirement_a() -> None:
    atrophy = attack("acute-myelitis", {"cord_atrophy_segments": 3}, cord={"segments": 1})
    assert ipnd2015(patient(atrophy, QUALIFIED["acute-brainstem"])).status is Status.NOT_MET
    assert ipnd2015(patient(atrophy, QUALIFIED["area-postrema"])).status is Status.MET


def test_one_or_more_attacks_two_characteristics_from_simultaneous_attacks_count() -> None:
    on = attack("optic-neuritis", {"optic_nerve_share": 0.8}, onset="2024-01-01")
    my = attack("acute-myelitis", cord={"segments": 5}, onset="2024-01-01")
    assert ipnd2015(patient(on, my)).status is Status.MET


def test_one_attack_with_two_syndromes_gives_two_characteristics() -> None:
    # Simultaneous optic neuritis and LETM myelitis are ONE attack (McDonald counts 1) but two core
    # characteristics (IPND counts 2). The old record could hold only one syndrome per attack.
    both = attack(["optic-neuritis", "acute-myelitis"], {"optic_nerve_share": 0.8}, cord={"segments": 5})
    record = patient(both)
    assert len(record.attacks) == 1
    verdict = ipnd2015(record)
    assert verdict.status is Status.MET
    assert "2 qualifying characteristic(s)" in next(i for i in verdict.items if i.name.startswith("1b+1c")).reason


def test_one_attack_of_myelitis_with_area_postrema_syndrome() -> None:
    event = attack(["acute-myelitis", "area-postrema"], {"dorsal_medulla_lesion": "yes"}, cord={"segments": 4, "level": "C1"})
    assert ipnd2015(patient(event)).status is Status.MET
    short = attack(["acute-myelitis", "area-postrema"], {"dorsal_medulla_lesion": "yes"}, cord={"segments": 2})
    verdict = ipnd2015(patient(short))
    assert verdict.status is Status.NOT_MET  # the myelitis fails LETM, so only one characteristic qualifies


def test_myelitis_reads_the_cord_lesion_linked_to_its_own_attack() -> None:
    # A long asymptomatic lesion elsewhere does not make this attack's 2-segment myelitis an LETM.
    my = attack("acute-myelitis", cord={"segments": 2})
    other = {"segments": 5, "symptomatic": "no"}
    verdict = ipnd2015(patient(QUALIFIED["optic-neuritis"], my, mri={"cord_lesions": [other]}))
    assert verdict.status is Status.NOT_MET


def test_myelitis_without_a_linked_lesion_is_undetermined_until_the_cord_is_accounted_for() -> None:
    my = attack("acute-myelitis")
    unattributed = {"segments": 5}  # symptomatic status and attack unknown
    verdict = ipnd2015(patient(QUALIFIED["optic-neuritis"], my, mri={"cord_lesions": [unattributed]}))
    assert verdict.status is Status.UNDETERMINED
    assert "mri.cord_lesions" in verdict.undetermined_on
    normal_cord = ipnd2015(patient(QUALIFIED["optic-neuritis"], my))
    assert normal_cord.status is Status.NOT_MET


# --- the MRI requirements one by one --------------------------------------------------------

@pytest.mark.parametrize(
    ("changes", "brain_normal", "expected"),
    [
        ({"optic_nerve_share": 0.51}, "no", Status.MET),
        ({"optic_nerve_share": 0.5}, "no", Status.NOT_MET),  # "more than half"
        ({"optic_chiasm": "yes"}, "no", Status.MET),
        ({}, "yes", Status.MET),  # brain MRI normal or nonspecific
        ({}, "no", Status.NOT_MET),
        ({"optic_nerve_share": "unknown"}, "no", Status.UNDETERMINED),
    ],
)
def test_optic_neuritis_mri_requirement(changes: dict, brain_normal: str, expected: Status) -> None:
    on = attack("optic-neuritis", changes)
    verdict = ipnd2015(patient(on, QUALIFIED["acute-myelitis"], mri={"brain_normal_or_nonspecific": brain_normal}))
    assert verdict.status is expected


@pytest.mark.parametrize(
    ("segments", "atrophy", "expected"),
    [(3, 0, Status.MET), (2, 0, Status.NOT_MET), (10, 0, Status.MET), (0, 3, Status.MET), (2, 2, Status.NOT_MET),
     ("unknown", 0, Status.UNDETERMINED), (2, "unknown", Status.UNDETERMINED)],
)
def test_myelitis_mri_requirement(segments: object, atrophy: object, expected: Status) -> None:
    my = attack("acute-myelitis", {"cord_atrophy_segments": atrophy}, cord={"segments": segments} if segments else None)
    assert ipnd2015(patient(QUALIFIED["optic-neuritis"], my)).status is expected


@pytest.mark.parametrize(
    ("syndrome", "field"),
    [("area-postrema", "dorsal_medulla_lesion"), ("acute-brainstem", "periependymal_brainstem_lesion"),
     ("diencephalic", "nmosd_diencephalic_lesion"), ("cerebral", "nmosd_brain_lesion")],
)
@pytest.mark.parametrize(("value", "expected"), [("yes", Status.MET), ("no", Status.NOT_MET), ("unknown", Status.UNDETERMINED)])
def test_lesion_requirements(syndrome: str, field: str, value: str, expected: Status) -> None:
    assert ipnd2015(patient(QUALIFIED["optic-neuritis"], attack(syndrome, {field: value}))).status is expected


def test_is_letm_threshold() -> None:
    assert [is_letm(n) for n in (0, 2, 3, 4)] == [Status.NOT_MET, Status.NOT_MET, Status.MET, Status.MET]
    assert is_letm("unknown") is Status.UNDETERMINED


# --- unknown is not negative -----------------------------------------------------------------

def test_unknown_aqp4_follows_the_seronegative_rule_but_says_so() -> None:
    letm = QUALIFIED["acute-myelitis"]
    negative = ipnd2015(patient(letm))
    unknown = ipnd2015(patient(letm, aqp4_igg={"result": "unknown"}))
    assert negative.status is unknown.status is Status.NOT_MET
    reasons = {i.name: i.reason for i in unknown.items}
    assert "unknown" in reasons["2. AQP4-IgG negative, testing unavailable, or status unknown"]
    assert "negative" == {i.name: i.reason for i in negative.items}["2. AQP4-IgG negative, testing unavailable, or status unknown"].split()[-1]


def test_unknown_mri_fact_gives_undetermined_and_names_it() -> None:
    my = attack("acute-myelitis", {"cord_atrophy_segments": "unknown"}, cord={"segments": "unknown"})
    verdict = ipnd2015(patient(QUALIFIED["optic-neuritis"], my))
    assert verdict.status is Status.UNDETERMINED
    assert set(verdict.undetermined_on) == {"mri.cord_lesions[0].segments", "attacks[1].mri.cord_atrophy_segments"}
    negative = ipnd2015(patient(QUALIFIED["optic-neuritis"], attack("acute-myelitis")))
    assert negative.status is Status.NOT_MET


@pytest.mark.parametrize(("value", "expected"), [("yes", Status.MET), ("no", Status.NOT_MET), ("unknown", Status.UNDETERMINED)])
def test_exclusion_of_alternatives(value: str, expected: Status) -> None:
    verdict = ipnd2015(patient(QUALIFIED["acute-myelitis"], aqp4_igg=POSITIVE, alternatives_excluded=value))
    assert verdict.status is expected
    if expected is Status.UNDETERMINED:
        assert verdict.undetermined_on == ("alternatives_excluded",)


def test_explanation_names_the_failed_items_and_why() -> None:
    verdict = ipnd2015(patient(QUALIFIED["optic-neuritis"], UNQUALIFIED["acute-myelitis"]))
    text = verdict.explain()
    assert "[failed] attack 2 (acute myelitis): MRI requirement" in text
    assert "2 vertebral segments" in text
    assert verdict.citation == "wingerchuk2015ipnd"


def test_non_cell_based_positive_result_gets_a_note() -> None:
    verdict = ipnd2015(patient(QUALIFIED["acute-myelitis"], aqp4_igg={"result": "positive", "assay": "elisa"}))
    assert verdict.status is Status.MET
    assert any("cell-based" in note for note in verdict.notes)


def test_mogad_antibody_in_the_seronegative_arm_leaves_the_exclusion_to_judgement() -> None:
    # Before issue 10 the exclusion item read only alternatives_excluded, so a MOG-IgG 1:1000
    # patient met seronegative NMOSD with no word about MOGAD.
    mog = {"result": "positive", "titre": 1000, "assay": "cell-based"}
    verdict = ipnd2015(patient(QUALIFIED["optic-neuritis"], QUALIFIED["acute-myelitis"], mog_igg=mog))
    assert verdict.status is Status.UNDETERMINED
    assert verdict.judgement_on == ("exclusion of alternative diagnoses",)
    assert "MOGAD" in verdict.items[-1].judgement
    seropositive = ipnd2015(patient(QUALIFIED["acute-myelitis"], aqp4_igg=POSITIVE, mog_igg=mog))
    assert seropositive.status is Status.MET  # double positivity is a red flag, not an exclusion
