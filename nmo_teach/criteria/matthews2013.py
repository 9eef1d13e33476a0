"""The Matthews 2013 brain-MRI rule for MS against AQP4-antibody-positive NMOSD, as code.

Source: Matthews et al., Neurology 2013 (VERIFIED abstract). MS is favoured when at least one of
three findings is present: (1) a lesion adjacent to the body of the lateral ventricle and in the
inferior temporal lobe; (2) a subcortical U-fibre lesion; (3) a Dawson's-finger-type lesion. The
abstract reports sensitivity 92%, specificity 96%, PPV 98% and NPV 86% for MS against NMOSD.

Denominators (content review B1, DERIVED): the cohort was 44 AQP4-positive NMOSD and 50 RRMS
patients, but no 2x2 table with 44 NMOSD patients reproduces all four rounded figures (with 44
and a specificity of 96% the NPV would be at least 91%). Every table that fits has 25-26 NMOSD
patients, close to the 63% of the 44 who had brain lesions. So the figures most likely describe
the patients with brain lesions, and the note printed with each verdict says so: on a normal
brain MRI, "not met" carries no information.

Criterion 1 (open question, facts brief §11 item 6): one lesion meeting both conditions, or a
lesion at each site? The body of the lateral ventricle is not in the temporal lobe, so the rule
reads the two findings the abstract names as separate facts of the record
(``mri.lesion_adjacent_to_lateral_ventricle_body`` and ``mri.inferior_temporal_lobe_lesion``)
and requires both, "a lesion at each site", until the full text settles the reading. The IPND
red flag "lesion adjacent to the lateral ventricle in the inferior temporal lobe" is a different
finding (``mri.periventricular_temporal_horn_lesion``) and is not read here.

"Met" here means "the rule favours MS"; it is a discriminating rule, not a diagnosis.
"""

from __future__ import annotations

from typing import NamedTuple

from nmo_teach.criteria import facts
from nmo_teach.criteria.model import Finding, Patient
from nmo_teach.criteria.verdict import MET, NOT_MET, Status, Verdict, all_of, conclude

CITATION = "matthews2013distinction"
TITLE = "Matthews 2013 brain-MRI rule (MS favoured over AQP4-NMOSD)"


class Performance(NamedTuple):
    """Published accuracy of the rule, and the cohort it was developed in (denominators not given)."""

    sensitivity: float
    specificity: float
    ppv: float
    npv: float
    cohort_ms_patients: int
    cohort_nmosd_patients: int
    nmosd_with_brain_lesions: float


PERFORMANCE = Performance(
    sensitivity=0.92, specificity=0.96, ppv=0.98, npv=0.86,
    cohort_ms_patients=50, cohort_nmosd_patients=44, nmosd_with_brain_lesions=0.63,
)


def criterion_1(patient: Patient) -> tuple[Status, str, str]:
    """A lesion adjacent to the body of the lateral ventricle and a lesion in the inferior temporal lobe."""
    mri = patient.mri
    body = facts.finding(mri.lesion_adjacent_to_lateral_ventricle_body)
    temporal = facts.finding(mri.inferior_temporal_lobe_lesion)
    both = all_of([body, temporal])
    deciding = "mri.lesion_adjacent_to_lateral_ventricle_body" if body is not MET else "mri.inferior_temporal_lobe_lesion"
    return (
        both, deciding,
        "lesion adjacent to the body of the lateral ventricle:"
        f" {facts.shown(mri.lesion_adjacent_to_lateral_ventricle_body)}, and a lesion in the inferior temporal lobe:"
        f" {facts.shown(mri.inferior_temporal_lobe_lesion)} (read as one lesion at each site; to be confirmed)",
    )


def matthews2013(patient: Patient) -> Verdict:
    """MS favoured if >= 1 of the three brain-MRI findings is present."""
    mri = patient.mri
    rule = facts.item_from(
        "at least 1 of the 3 MS-typical brain findings",
        [
            criterion_1(patient),
            (facts.finding(mri.subcortical_u_fibre_lesion), "mri.subcortical_u_fibre_lesion",
             f"subcortical U-fibre lesion: {facts.shown(mri.subcortical_u_fibre_lesion)}"),
            (facts.finding(mri.dawson_fingers), "mri.dawson_fingers",
             f"Dawson's-finger-type lesion: {facts.shown(mri.dawson_fingers)}"),
        ],
    )
    p = PERFORMANCE
    notes = [
        f"Published performance (abstract): sensitivity {p.sensitivity:.0%}, specificity {p.specificity:.0%},"
        f" PPV {p.ppv:.0%}, NPV {p.npv:.0%}. The abstract gives no denominators; the four figures cannot all hold"
        f" for the whole cohort ({p.cohort_ms_patients} RRMS, {p.cohort_nmosd_patients} NMOSD, of whom"
        f" {p.nmosd_with_brain_lesions:.0%} had brain lesions), so they most likely describe patients with brain lesions.",
        "Met means the rule favours MS; not met means it does not, which is not a diagnosis of NMOSD.",
    ]
    if rule.status is NOT_MET and mri.brain_normal_or_nonspecific is Finding.YES:
        notes.append("The brain MRI is normal or nonspecific: the rule cannot classify such a scan, so 'not met' here says nothing.")
    return conclude("matthews2013", TITLE, CITATION, [rule], [rule], notes=notes)


__all__ = ["PERFORMANCE", "Performance", "criterion_1", "matthews2013"]
