"""The Matthews 2013 brain-MRI rule for MS against AQP4-antibody-positive NMOSD, as code.

Source: Matthews et al., Neurology 2013 (VERIFIED abstract). MS is favoured when at least one of
three findings is present: (1) a lesion adjacent to the body of the lateral ventricle and in the
inferior temporal lobe; (2) a subcortical U-fibre lesion; (3) a Dawson's-finger-type lesion. In
44 AQP4-positive NMOSD and 50 RRMS patients it separated MS from NMOSD with sensitivity 92%,
specificity 96%, PPV 98% and NPV 86%.

Open question (facts brief §11 item 6): whether criterion 1 means one lesion meeting both
conditions or a lesion at each site. The abstract, read again for this module, states it as one
combined criterion; the full text was not available. The record therefore holds criterion 1 as
one fact (``mri.lateral_ventricle_and_inferior_temporal_lesion``) that the reader of the scan
decides, rather than the code guessing a reading.

"Met" here means "the rule favours MS"; it is a discriminating rule, not a diagnosis.
"""

from __future__ import annotations

from typing import NamedTuple

from nmo_teach.criteria import facts
from nmo_teach.criteria.model import Patient
from nmo_teach.criteria.verdict import Verdict, conclude

CITATION = "matthews2013distinction"
TITLE = "Matthews 2013 brain-MRI rule (MS favoured over AQP4-NMOSD)"


class Performance(NamedTuple):
    """Published accuracy of the rule for MS against AQP4-antibody-positive NMOSD."""

    sensitivity: float
    specificity: float
    ppv: float
    npv: float
    ms_patients: int
    nmosd_patients: int


PERFORMANCE = Performance(sensitivity=0.92, specificity=0.96, ppv=0.98, npv=0.86, ms_patients=50, nmosd_patients=44)


def matthews2013(patient: Patient) -> Verdict:
    """MS favoured if >= 1 of the three brain-MRI findings is present."""
    mri = patient.mri
    rule = facts.item_from(
        "at least 1 of the 3 MS-typical brain findings",
        [
            (facts.finding(mri.lateral_ventricle_and_inferior_temporal_lesion), "mri.lateral_ventricle_and_inferior_temporal_lesion",
             f"lesion adjacent to the body of the lateral ventricle and in the inferior temporal lobe: {facts.shown(mri.lateral_ventricle_and_inferior_temporal_lesion)}"),
            (facts.finding(mri.subcortical_u_fibre_lesion), "mri.subcortical_u_fibre_lesion",
             f"subcortical U-fibre lesion: {facts.shown(mri.subcortical_u_fibre_lesion)}"),
            (facts.finding(mri.dawson_fingers), "mri.dawson_fingers",
             f"Dawson's-finger-type lesion: {facts.shown(mri.dawson_fingers)}"),
        ],
    )
    p = PERFORMANCE
    return conclude(
        "matthews2013", TITLE, CITATION, [rule], [rule],
        notes=(
            f"Published performance (MS vs AQP4-NMOSD, {p.ms_patients} RRMS and {p.nmosd_patients} NMOSD patients): "
            f"sensitivity {p.sensitivity:.0%}, specificity {p.specificity:.0%}, PPV {p.ppv:.0%}, NPV {p.npv:.0%}.",
            "Met means the rule favours MS; not met means it does not, which is not a diagnosis of NMOSD.",
        ),
    )
