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
* C. Exclusion of better diagnoses, including MS. Derived, not one global flag (issue 10): not
  met when the record's ``alternatives_excluded`` is "no" (a mimic outside the demyelinating
  diseases) or when AQP4-IgG is positive (AQP4-NMOSD is the better diagnosis; the project's
  inference, and the IPND 2015 seropositive arm); left to clinical judgement when MS-typical
  findings are present (the Matthews 2013 brain-MRI rule favours MS, or CSF-specific oligoclonal
  bands); met otherwise, once ``alternatives_excluded`` is "yes".
* A, the supporting features and part C read every syndrome of every attack
  (``attacks[i].syndromes``); myelitis features read the cord lesions linked to the attack.
"""

from __future__ import annotations

from nmo_teach.criteria import facts
from nmo_teach.criteria.cord import attack_axial_check, attack_lesion_check
from nmo_teach.criteria.matthews2013 import matthews2013
from nmo_teach.criteria.model import UNKNOWN, Finding, Patient, Serostatus, Syndrome
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


def supporting_checks(patient: Patient, index: int, syndrome: Syndrome) -> list[Check]:
    """The supporting clinical or MRI features that belong to one syndrome of an attack."""
    attack = patient.attacks[index]
    path = f"attacks[{index}]"
    mri = attack.mri
    if syndrome is Syndrome.OPTIC_NEURITIS:
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
    if syndrome is Syndrome.ACUTE_MYELITIS:
        return [
            attack_lesion_check(patient, index, "LETM"),
            attack_axial_check(patient, index, "conus", "conus lesion"),
            attack_axial_check(patient, index, "central", "H-sign or central cord lesion"),
        ]
    if syndrome in BRAIN_EVENTS:
        return [(facts.finding(mri.mogad_brain_feature), f"{path}.mri.mogad_brain_feature",
                 f"MOGAD-supporting brain, brainstem or cerebral MRI feature: {facts.shown(mri.mogad_brain_feature)}")]
    return []


def _core_event(patient: Patient) -> Item:
    events = [f"attack {i + 1} ({s.words})" for i, a in enumerate(patient.attacks) for s in a.syndromes if s in CORE_EVENTS]
    return Item(
        name="A. core clinical demyelinating event",
        status=MET if events else NOT_MET,
        reason=("present: " + ", ".join(events)) if events else (
            "no attack recorded" if not patient.attacks else "no attack is optic neuritis, myelitis, ADEM, or a cerebral, brainstem or cerebellar event"),
        facts=tuple(f"attacks[{i}].syndromes" for i in range(len(patient.attacks))) or ("attacks",),
    )


def _supporting(patient: Patient) -> Item:
    checks = [check for i, a in enumerate(patient.attacks) for s in a.syndromes if s in CORE_EVENTS
              for check in supporting_checks(patient, i, s)]
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


def antibody_and_core_event(patient: Patient) -> Status:
    """Parts A and B together: what the other criteria read to ask whether MOGAD explains it better."""
    return all_of([_core_event(patient).status, _antibody(patient)[0].status])


def _exclusion(patient: Patient) -> Item:
    """C. Exclusion of better diagnoses, including MS, derived from the record and the other rules."""
    name = "C. exclusion of better diagnoses, including MS"
    mimics = facts.finding(patient.alternatives_excluded)
    mimic_reason = f"mimics outside the demyelinating diseases excluded: {facts.shown(patient.alternatives_excluded)}"
    if mimics is NOT_MET:
        return Item(name=name, status=NOT_MET, reason=mimic_reason, facts=("alternatives_excluded",))
    if patient.aqp4_igg.result is Serostatus.POSITIVE:
        return Item(name=name, status=NOT_MET,
                    reason="AQP4-IgG positive: AQP4-IgG-positive NMOSD (IPND 2015, seropositive arm) is the better"
                           " diagnosis (the project's inference)",
                    facts=("aqp4_igg.result",))
    ms_typical = []
    if matthews2013(patient).status is MET:
        ms_typical.append("MS-typical brain lesions (the Matthews 2013 rule favours MS)")
    if patient.csf.ocb is Finding.YES:
        ms_typical.append("CSF-specific oligoclonal bands")
    checked = ("alternatives_excluded", "aqp4_igg.result", "mri.dawson_fingers", "mri.subcortical_u_fibre_lesion", "csf.ocb")
    if ms_typical:
        return Item(name=name, status=UNDETERMINED, reason=mimic_reason + "; present: " + ", ".join(ms_typical),
                    facts=checked, unknown=("alternatives_excluded",) if mimics is UNDETERMINED else (),
                    judgement="whether MS explains the picture better than MOGAD is a clinical judgement")
    return Item(name=name, status=mimics, reason=mimic_reason + "; AQP4-IgG not positive; no MS-typical brain lesions"
                " or CSF-specific bands recorded", facts=checked,
                unknown=("alternatives_excluded",) if mimics is UNDETERMINED else ())


def mogad2023(patient: Patient) -> Verdict:
    """Apply the 2023 MOGAD criteria: A core event, B MOG-IgG, C no better diagnosis."""
    core = _core_event(patient)
    antibody, conditional = _antibody(patient)
    exclusion = _exclusion(patient)
    return conclude("mogad2023", TITLE, CITATION, [core, *conditional, antibody, exclusion], [core, antibody, exclusion])


__all__ = ["CLEAR_POSITIVE_TITRE", "antibody_and_core_event", "mogad2023", "supporting_checks"]
