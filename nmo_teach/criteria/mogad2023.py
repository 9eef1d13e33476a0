"""MOGAD 2023 proposed criteria (Banwell et al. 2023, International MOGAD Panel), as code.

Source and status: structure A + B + C and the supporting features from Table 3 of a 2023
review "adapted from Banwell et al. 2023" (SECONDARY in the facts brief); the overview is
VERIFIED from the abstract.

* A. A core clinical demyelinating event: optic neuritis, myelitis, ADEM, a cerebral,
  brainstem or cerebellar deficit, or cerebral cortical encephalitis. Area postrema syndrome is
  counted as a brainstem deficit; the diencephalic syndrome is not counted (encoding choices).
* B. MOG-IgG by serum cell-based assay: clear positive (titre >= 1:100) needs nothing more; low
  positive (1:10 to below 1:100), positive without a titre, or serum negative but CSF positive
  need AQP4-IgG seronegativity **and** at least one supporting clinical or MRI feature.
* C. Exclusion of better diagnoses, including MS (the record's ``alternatives_excluded``).
"""

from __future__ import annotations

from nmo_teach.criteria import facts
from nmo_teach.criteria.ipnd2015 import is_letm
from nmo_teach.criteria.model import UNKNOWN, Attack, Patient, Serostatus, Syndrome
from nmo_teach.criteria.verdict import MET, NOT_MET, UNDETERMINED, Item, Status, Verdict, all_of, conclude

CITATION = "banwell2023mogad"
TITLE = "MOGAD 2023 criteria (International MOGAD Panel)"
CLEAR_POSITIVE_TITRE = 100
LOW_POSITIVE_TITRE = 10

CORE_EVENTS: tuple[Syndrome, ...] = (
    Syndrome.OPTIC_NEURITIS,
    Syndrome.ACUTE_MYELITIS,
    Syndrome.ADEM,
    Syndrome.CEREBRAL,
    Syndrome.ACUTE_BRAINSTEM,
    Syndrome.AREA_POSTREMA,
    Syndrome.CEREBELLAR,
    Syndrome.CORTICAL_ENCEPHALITIS,
)
BRAIN_EVENTS = CORE_EVENTS[2:]

Check = tuple[Status, str, str]


def supporting_checks(attack: Attack, index: int) -> list[Check]:
    """The supporting clinical or MRI features that belong to this attack's presentation."""
    path = f"attacks[{index}]"
    mri = attack.mri
    if attack.syndrome is Syndrome.OPTIC_NEURITIS:
        return [
            (facts.finding(attack.bilateral_optic_neuritis), f"{path}.bilateral_optic_neuritis",
             f"simultaneous bilateral optic neuritis: {facts.shown(attack.bilateral_optic_neuritis)}"),
            (facts.more_than(mri.optic_nerve_share, 0.5), f"{path}.mri.optic_nerve_share",
             f"optic-nerve involvement over {facts.shown(mri.optic_nerve_share)} of its length (needs > 0.5)"),
            (facts.finding(attack.optic_disc_oedema), f"{path}.optic_disc_oedema",
             f"optic disc oedema: {facts.shown(attack.optic_disc_oedema)}"),
            (facts.finding(mri.perineural_optic_sheath_enhancement), f"{path}.mri.perineural_optic_sheath_enhancement",
             f"perineural optic-sheath enhancement: {facts.shown(mri.perineural_optic_sheath_enhancement)}"),
        ]
    if attack.syndrome is Syndrome.ACUTE_MYELITIS:
        return [
            (is_letm(mri.cord_lesion_segments), f"{path}.mri.cord_lesion_segments",
             f"LETM: cord lesion over {facts.shown(mri.cord_lesion_segments)} segments (needs >= 3)"),
            (facts.finding(mri.conus_lesion), f"{path}.mri.conus_lesion", f"conus lesion: {facts.shown(mri.conus_lesion)}"),
            (facts.finding(mri.central_cord_lesion), f"{path}.mri.central_cord_lesion",
             f"H-sign or central cord lesion: {facts.shown(mri.central_cord_lesion)}"),
        ]
    if attack.syndrome in BRAIN_EVENTS:
        return [(facts.finding(mri.mogad_brain_feature), f"{path}.mri.mogad_brain_feature",
                 f"MOGAD-supporting brain, brainstem or cerebral MRI feature: {facts.shown(mri.mogad_brain_feature)}")]
    return []


def _core_event(patient: Patient) -> Item:
    events = [f"attack {i + 1} ({a.syndrome.words})" for i, a in enumerate(patient.attacks) if a.syndrome in CORE_EVENTS]
    return Item(
        name="A. core clinical demyelinating event",
        status=MET if events else NOT_MET,
        reason=("present: " + ", ".join(events)) if events else (
            "no attack recorded" if not patient.attacks else "no attack is optic neuritis, myelitis, ADEM, or a cerebral, brainstem or cerebellar event"),
        facts=tuple(f"attacks[{i}].syndrome" for i in range(len(patient.attacks))) or ("attacks",),
    )


def _supporting(patient: Patient) -> Item:
    checks = [check for i, a in enumerate(patient.attacks) if a.syndrome in CORE_EVENTS for check in supporting_checks(a, i)]
    item = facts.item_from("at least 1 supporting clinical or MRI feature", checks)
    if not checks:
        return item.model_copy(update={"status": NOT_MET, "reason": "no core event whose supporting features could be checked"})
    return item


def _antibody(patient: Patient) -> tuple[Item, list[Item]]:
    mog = patient.mog_igg
    aqp4 = facts.item_from(
        "AQP4-IgG seronegative",
        [(facts.serostatus(patient.aqp4_igg.result, Serostatus.NEGATIVE), "aqp4_igg.result",
          f"AQP4-IgG {patient.aqp4_igg.result.value}")],
    )
    supporting = _supporting(patient)
    conditional = [aqp4, supporting]

    def needs_support(kind: str, extra: tuple[Status, ...] = (), extra_unknown: tuple[str, ...] = ()) -> Item:
        status = all_of([*extra, aqp4.status, supporting.status])
        unknown = (extra_unknown + aqp4.unknown + supporting.unknown) if status is UNDETERMINED else ()
        return Item(
            name="B. MOG-IgG positive",
            status=status,
            reason=f"{kind}: needs AQP4-IgG negative ({aqp4.status.words}) and a supporting feature ({supporting.status.words})",
            facts=("mog_igg.result", "mog_igg.titre", "mog_igg.csf_result", *aqp4.facts, *supporting.facts),
            unknown=tuple(dict.fromkeys(unknown)),
        )

    if mog.result is Serostatus.POSITIVE:
        if mog.titre == UNKNOWN:
            return needs_support("serum positive without a reported titre"), conditional
        assert not isinstance(mog.titre, str)
        if mog.titre >= CLEAR_POSITIVE_TITRE:
            return Item(name="B. MOG-IgG positive", status=MET,
                        reason=f"clear positive, titre 1:{mog.titre} (>= 1:{CLEAR_POSITIVE_TITRE}); no supporting feature needed",
                        facts=("mog_igg.result", "mog_igg.titre")), []
        if mog.titre >= LOW_POSITIVE_TITRE:
            return needs_support(f"low positive, titre 1:{mog.titre}"), conditional
        return Item(name="B. MOG-IgG positive", status=NOT_MET,
                    reason=f"titre 1:{mog.titre} is below the low-positive threshold of 1:{LOW_POSITIVE_TITRE}",
                    facts=("mog_igg.result", "mog_igg.titre")), []
    if mog.result is Serostatus.NEGATIVE:
        csf = facts.serostatus(mog.csf_result, Serostatus.POSITIVE)
        if csf is NOT_MET:
            return Item(name="B. MOG-IgG positive", status=NOT_MET, reason="serum and CSF MOG-IgG negative",
                        facts=("mog_igg.result", "mog_igg.csf_result")), []
        label = "serum negative, CSF positive" if csf is MET else "serum negative, CSF MOG-IgG not tested"
        return needs_support(label, (csf,), ("mog_igg.csf_result",) if csf is UNDETERMINED else ()), conditional
    return Item(name="B. MOG-IgG positive", status=UNDETERMINED, reason="MOG-IgG not tested or result unknown",
                facts=("mog_igg.result",), unknown=("mog_igg.result",)), []


def mogad2023(patient: Patient) -> Verdict:
    """Apply the 2023 MOGAD criteria: A core event, B MOG-IgG, C no better diagnosis."""
    core = _core_event(patient)
    antibody, conditional = _antibody(patient)
    exclusion = facts.item_from(
        "C. exclusion of better diagnoses, including MS",
        [(facts.finding(patient.alternatives_excluded), "alternatives_excluded",
          f"better diagnoses excluded: {facts.shown(patient.alternatives_excluded)}")],
    )
    return conclude("mogad2023", TITLE, CITATION, [core, *conditional, antibody, exclusion], [core, antibody, exclusion])


__all__ = ["mogad2023", "supporting_checks"]
