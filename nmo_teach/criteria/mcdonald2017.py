"""McDonald 2017 criteria for MS (Thompson et al. 2018), as code.

Source and status: the 2017 revision (VERIFIED abstract) with the attacks-by-lesions table, the
MRI rules for dissemination in space (DIS) and time (DIT), the oligoclonal-band substitution and
the primary progressive MS (PPMS) rule as reproduced in reviews (SECONDARY in the facts brief).
The 2024 revision is deliberately not encoded: its full text has not been read.

Encoding choices, each recorded here and in the book:

* The number of clinical attacks is the number of attacks in the record.
* DIS on MRI: >= 1 T2 lesion in >= 2 of 4 regions (periventricular, cortical/juxtacortical,
  infratentorial, spinal cord). Optic-nerve lesions do not count in 2017.
* DIT on MRI: simultaneous enhancing and non-enhancing lesions, or a new lesion on follow-up.
* CSF-specific oligoclonal bands stand in for DIT (rows with one attack).
* In rows that require "an additional clinical attack" the record cannot show a future attack,
  so the item is decided by MRI and the reason says a further attack would also fulfil it.
* The number of clinical attacks is the number of attacks, whatever number of syndromes each
  caused (``attacks[i].syndromes``).
* The spinal cord region (DIS) and the PPMS cord count read ``mri.cord_lesions``; fewer lesions
  than needed count as absent only when the whole cord was imaged (``mri.cord_imaged``).
* "No better explanation" (content review A1, B4) is derived, never one global flag:
  - not met when AQP4-IgG is positive (AQP4-NMOSD), when MOG-IgG is clearly positive (titre
    >= 1:100) or the MOGAD 2023 antibody and core-event parts hold (MOGAD), or when the record
    says a mimic outside the demyelinating diseases was not excluded (``alternatives_excluded``
    "no"); the first two are the project's inference from the requirement;
  - a clinical judgement the engine does not make (undetermined, with ``judgement`` saying what
    is to be weighed) when the seronegative IPND 2015 arm is met, or any NMOSD-typical finding
    is present without a positive antibody (``nmo_teach.criteria.typical``), or MOG-IgG is
    positive without meeting MOGAD;
  - undetermined on ``alternatives_excluded`` while that is unknown; met otherwise. McDonald does
    not require antibody testing, so an untested antibody does not block "met".
"""

from __future__ import annotations

from nmo_teach.criteria import facts
from nmo_teach.criteria.cord import count_at_least
from nmo_teach.criteria.ipnd2015 import ipnd2015
from nmo_teach.criteria.model import UNKNOWN, Course, Patient, Serostatus
from nmo_teach.criteria.mogad2023 import CLEAR_POSITIVE_TITRE, antibody_and_core_event
from nmo_teach.criteria.typical import nmosd_typical_features
from nmo_teach.criteria.verdict import (
    MET,
    NOT_MET,
    UNDETERMINED,
    Item,
    Status,
    Verdict,
    all_of,
    any_of,
    at_least,
    conclude,
)

CITATION = "thompson2018mcdonald"
TITLE = "McDonald 2017 criteria for MS"
BRAIN_DIS_REGIONS = ("periventricular", "cortical_juxtacortical", "infratentorial")
DIS_REGIONS = (*BRAIN_DIS_REGIONS, "spinal_cord")
PPMS_BRAIN_REGIONS = ("periventricular", "cortical_juxtacortical", "infratentorial")
PPMS_MONTHS = 12
PPMS_CORD_LESIONS = 2


def _words(region: str) -> str:
    return region.replace("_", " ").replace("cortical juxtacortical", "cortical/juxtacortical")


def _region_status(patient: Patient, region: str, minimum: int = 1) -> Status:
    if region == "spinal_cord":
        return count_at_least(patient, minimum)[0]
    return facts.at_least(getattr(patient.mri.lesions, region), minimum)


def _region_path(region: str) -> str:
    return "mri.cord_lesions" if region == "spinal_cord" else f"mri.lesions.{region}"


def dissemination_in_space(patient: Patient) -> Item:
    """MRI DIS: >= 1 T2 lesion in >= 2 of the 4 regions; the optic nerve does not count."""
    statuses = {region: _region_status(patient, region) for region in DIS_REGIONS}
    status = at_least(2, statuses.values())
    with_lesions = [_words(r) for r, s in statuses.items() if s is MET]
    unknown = [r for r, s in statuses.items() if s is UNDETERMINED]
    reason = f"lesions in {len(with_lesions)} of 4 regions" + (f" ({', '.join(with_lesions)})" if with_lesions else "")
    if unknown:
        reason += "; not reported: " + ", ".join(_words(r) for r in unknown)
    optic = patient.mri.lesions.optic_nerve
    if optic != UNKNOWN and optic > 0:
        reason += "; optic-nerve lesions are present but do not count in 2017"
    return Item(
        name="dissemination in space on MRI (>= 2 of 4 regions)",
        status=status,
        reason=reason,
        facts=tuple(_region_path(r) for r in DIS_REGIONS),
        unknown=tuple(_region_path(r) for r in unknown) if status is UNDETERMINED else (),
    )


def dissemination_in_time(patient: Patient) -> Item:
    """MRI DIT: enhancing and non-enhancing lesions at once, or a new lesion on follow-up."""
    mri = patient.mri
    return facts.item_from(
        "dissemination in time on MRI",
        [
            (facts.finding(mri.enhancing_and_nonenhancing), "mri.enhancing_and_nonenhancing",
             f"enhancing and non-enhancing lesions at once: {facts.shown(mri.enhancing_and_nonenhancing)}"),
            (facts.finding(mri.new_lesion_on_follow_up), "mri.new_lesion_on_follow_up",
             f"new lesion on follow-up MRI: {facts.shown(mri.new_lesion_on_follow_up)}"),
        ],
    )


def oligoclonal_bands(patient: Patient) -> Item:
    return facts.item_from(
        "CSF-specific oligoclonal bands",
        [(facts.finding(patient.csf.ocb), "csf.ocb", f"CSF-specific oligoclonal bands: {facts.shown(patient.csf.ocb)}")],
    )


def _dit_or_ocb(patient: Patient) -> Item:
    dit, ocb = dissemination_in_time(patient), oligoclonal_bands(patient)
    status = any_of([dit.status, ocb.status])
    return Item(
        name="dissemination in time (MRI) or CSF-specific oligoclonal bands in its place",
        status=status,
        reason=f"{dit.reason}; {ocb.reason}",
        facts=dit.facts + ocb.facts,
        unknown=(dit.unknown + ocb.unknown) if status is UNDETERMINED else (),
    )


def _relapsing_row(patient: Patient) -> Item:
    """The attacks-by-lesions table for a patient with at least one attack."""
    attacks = len(patient.attacks)
    lesions = patient.objective_lesions
    facts_seen = ("attacks", "objective_lesions")
    if lesions == UNKNOWN:
        if attacks == 1 and _dit_or_ocb(patient).status is NOT_MET:
            return Item(name="attacks-by-lesions table", status=NOT_MET,
                        reason="1 attack, lesions with objective evidence unknown, and neither DIT nor CSF-specific bands: no row can be met",
                        facts=facts_seen + _dit_or_ocb(patient).facts)
        return Item(name="attacks-by-lesions table", status=UNDETERMINED,
                    reason=f"{attacks} attack(s); the number of lesions with objective clinical evidence is unknown",
                    facts=facts_seen, unknown=("objective_lesions",))
    assert not isinstance(lesions, str)
    if lesions == 0:
        return Item(name="attacks-by-lesions table", status=NOT_MET,
                    reason=f"{attacks} attack(s) but no lesion with objective clinical evidence; every row needs at least 1",
                    facts=facts_seen)
    if attacks >= 2 and lesions >= 2:
        return Item(name="row: >= 2 attacks, >= 2 objective lesions", status=MET,
                    reason=f"{attacks} attacks and {lesions} lesions with objective evidence; no additional data needed",
                    facts=facts_seen)
    if attacks >= 2:
        historical = facts.finding(patient.historical_evidence)
        dis = dissemination_in_space(patient)
        status = any_of([historical, dis.status])
        if historical is MET:
            reason = "1 objective lesion plus clear-cut historical evidence of a previous attack in a distinct location; no additional data needed"
        elif dis.status is MET:
            reason = f"1 objective lesion; DIS shown on MRI ({dis.reason})"
        else:
            reason = (f"1 objective lesion; clear-cut historical evidence: {facts.shown(patient.historical_evidence)};"
                      f" DIS on MRI: {dis.status.words} ({dis.reason}); a further attack at a different CNS site would also fulfil DIS")
        unknown = ((("historical_evidence",) if historical is UNDETERMINED else ()) + dis.unknown) if status is UNDETERMINED else ()
        return Item(name="row: >= 2 attacks, 1 objective lesion", status=status, reason=reason,
                    facts=facts_seen + ("historical_evidence",) + dis.facts, unknown=unknown)
    time = _dit_or_ocb(patient)
    if lesions >= 2:
        return Item(name="row: 1 attack, >= 2 objective lesions (needs DIT)", status=time.status,
                    reason=time.reason + ("" if time.status is MET else "; a second attack would also fulfil DIT"),
                    facts=facts_seen + time.facts, unknown=time.unknown)
    space = dissemination_in_space(patient)
    status = all_of([space.status, time.status])
    unknown = tuple(dict.fromkeys(
        (space.unknown if space.status is UNDETERMINED else ()) + (time.unknown if time.status is UNDETERMINED else ())
    )) if status is UNDETERMINED else ()
    return Item(name="row: 1 attack, 1 objective lesion (needs DIS and DIT)", status=status,
                reason=f"DIS: {space.status.words} ({space.reason}); DIT or bands: {time.status.words} ({time.reason})",
                facts=facts_seen + space.facts + time.facts, unknown=unknown)


def _ppms(patient: Patient) -> list[Item]:
    """Primary progressive MS: 1 year of progression plus 2 of 3 paraclinical findings."""
    months = patient.progression_months
    progression = facts.item_from(
        f"PPMS: >= {PPMS_MONTHS} months of disability progression independent of relapses",
        [(facts.at_least(months, PPMS_MONTHS), "progression_months", f"progression for {facts.shown(months)} months")],
    )
    brain = facts.item_from(
        "PPMS finding: >= 1 T2 lesion in a periventricular, cortical/juxtacortical or infratentorial region",
        [(_region_status(patient, r), f"mri.lesions.{r}", f"{_words(r)} lesions: {facts.shown(getattr(patient.mri.lesions, r))}")
         for r in PPMS_BRAIN_REGIONS],
    )
    cord_status, cord_reason = count_at_least(patient, PPMS_CORD_LESIONS)
    cord = facts.item_from(
        f"PPMS finding: >= {PPMS_CORD_LESIONS} T2 lesions in the spinal cord",
        [(cord_status, "mri.cord_lesions", cord_reason)],
    )
    bands = oligoclonal_bands(patient)
    findings = [brain, cord, bands]
    two = at_least(2, [item.status for item in findings])
    two_item = Item(
        name="PPMS: 2 of the 3 paraclinical findings",
        status=two,
        reason=f"{sum(item.held for item in findings)} of 3 hold",
        facts=tuple(f for item in findings for f in item.facts),
        unknown=tuple(f for item in findings for f in item.unknown) if two is UNDETERMINED else (),
    )
    return [progression, brain, cord, bands, two_item]


def _better_explanation(patient: Patient) -> Item:
    """"No better explanation", derived from the antibodies, the other criteria and the typical features."""
    name = "no better explanation"
    mimics = facts.finding(patient.alternatives_excluded)
    mimic_reason = f"mimics outside the demyelinating diseases excluded: {facts.shown(patient.alternatives_excluded)}"
    mog = patient.mog_igg
    better: list[tuple[str, tuple[str, ...]]] = []
    if patient.aqp4_igg.result is Serostatus.POSITIVE:
        better.append(("AQP4-IgG positive: AQP4-NMOSD explains the picture better", ("aqp4_igg.result",)))
    if mog.result is Serostatus.POSITIVE and mog.titre != UNKNOWN and mog.titre >= CLEAR_POSITIVE_TITRE:
        better.append((f"MOG-IgG clearly positive (1:{mog.titre}): MOGAD explains the picture better",
                       ("mog_igg.result", "mog_igg.titre")))
    elif antibody_and_core_event(patient) is MET:
        better.append(("MOG-IgG positive and MOGAD 2023 parts A and B hold: MOGAD explains the picture better",
                       ("mog_igg.result", "mog_igg.titre", "aqp4_igg.result")))
    if mimics is NOT_MET:
        better.append((mimic_reason, ("alternatives_excluded",)))
    if better:
        return Item(name=name, status=NOT_MET,
                    reason="; ".join(text for text, _ in better) + " (the project's inference from the requirement)",
                    facts=tuple(dict.fromkeys(p for _, paths in better for p in paths)))
    weigh: list[str] = []
    ipnd = ipnd2015(patient)
    if ipnd.status is MET:
        weigh.append(f"IPND 2015 NMOSD criteria met ({ipnd.arm})")
    weigh.extend(feature.finding for feature in nmosd_typical_features(patient))
    if mog.result is Serostatus.POSITIVE:
        weigh.append("MOG-IgG positive below a clear positive, without MOGAD met")
    unknown = ("alternatives_excluded",) if mimics is UNDETERMINED else ()
    checked = ("alternatives_excluded", "aqp4_igg.result", "mog_igg.result", "mog_igg.titre")
    if weigh:
        antibody = "AQP4-IgG " + patient.aqp4_igg.result.value
        return Item(
            name=name, status=UNDETERMINED,
            reason=f"{mimic_reason}; {antibody}; NMOSD-typical (MS-atypical) findings: " + "; ".join(weigh),
            facts=checked, unknown=unknown,
            judgement="whether NMOSD (or MOGAD) explains these findings better than MS is a clinical judgement;"
                      " the criteria apply to a typical clinically isolated syndrome",
        )
    return Item(name=name, status=mimics,
                reason=f"{mimic_reason}; no positive AQP4-IgG or MOG-IgG, IPND 2015 not met, no NMOSD-typical finding recorded",
                facts=checked, unknown=unknown)


def mcdonald2017(patient: Patient) -> Verdict:
    """Apply McDonald 2017: the attacks-by-lesions table, or the PPMS rule, and no better explanation."""
    trace: list[Item] = []
    paths: list[Item] = []
    if patient.attacks:
        row = _relapsing_row(patient)
        trace.append(row)
        paths.append(row)
    # An unrecorded course keeps the PPMS path open even after attacks: progressive MS may carry
    # relapses (Lublin 2013), so only a recorded relapsing or monophasic course closes it.
    if patient.course in (Course.PROGRESSIVE, Course.UNKNOWN):
        ppms = _ppms(patient)
        trace.extend(ppms)
        ppms_status = all_of([ppms[0].status, ppms[-1].status])
        if patient.course is Course.UNKNOWN and ppms_status is not NOT_MET:
            ppms_status = UNDETERMINED
        ppms_unknown = ppms[0].unknown + ppms[-1].unknown + (("course",) if patient.course is Course.UNKNOWN else ())
        paths.append(Item(
            name="primary progressive MS",
            status=ppms_status,
            reason=f"progression: {ppms[0].status.words}; 2 of 3 findings: {ppms[-1].status.words}"
                   + ("; course not recorded" if patient.course is Course.UNKNOWN else ""),
            facts=ppms[0].facts + ppms[-1].facts + ("course",),
            unknown=ppms_unknown if ppms_status is UNDETERMINED else (),
        ))
        trace.append(paths[-1])
    pathway_status = any_of(item.status for item in paths) if paths else NOT_MET
    pathway = Item(
        name="a diagnostic pathway is fulfilled (attack-onset table or PPMS)",
        status=pathway_status,
        reason=("; ".join(f"{item.name}: {item.status.words}" for item in paths)
                if paths else f"no attack recorded and the course is {patient.course.value}, not progressive"),
        facts=tuple(f for item in paths for f in item.facts) or ("attacks", "course"),
        unknown=tuple(dict.fromkeys(f for item in paths for f in item.unknown)) if pathway_status is UNDETERMINED else (),
    )
    trace.append(pathway)
    better = _better_explanation(patient)
    trace.append(better)
    return conclude(
        "mcdonald2017", TITLE, CITATION, trace, [pathway, better],
        notes=("The criteria are meant for a typical clinically isolated syndrome; the 2024 revision is not encoded.",),
    )
