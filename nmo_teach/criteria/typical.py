"""Findings atypical for MS: the NMOSD-typical features the McDonald "no better explanation" weighs.

Why: the IPND red flags list what is atypical for NMOSD; nothing listed what is atypical for MS,
so a seronegative patient with two long cord lesions and a normal brain MRI was reported as
meeting McDonald 2017 with "every required item holds" (content review A1). This list is the
mirror image. Each feature names the record fact that shows it and the source that calls it
NMOSD-typical:

* a cord lesion over >= 3 contiguous vertebral segments (LETM), a long optic-nerve lesion (more
  than half its length) or one reaching the chiasm, a dorsal medulla / area postrema lesion or
  area postrema syndrome, periependymal brainstem, diencephalic and NMOSD-typical brain lesions:
  NMOSD-typical MRI patterns (J Neuroophthalmol 2016 Table 2; KJR 2023 Table 4; SECONDARY);
* a normal or nonspecific brain MRI after two or more attacks: the McDonald table footnote asks
  the clinician to "be cautious and consider alternatives" when tests come back negative
  (Clin Med 2020 Table 2; SECONDARY).

Only findings recorded as present count: an unknown finding is not a feature, and an absent one
is not evidence for MS. A pure function of the record.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from nmo_teach.criteria.cord import LETM_SEGMENTS, describe
from nmo_teach.criteria.model import UNKNOWN, Finding, Patient, Syndrome

OPTIC_NERVE_SHARE = 0.5
MRI_PATTERNS = "jneuroophthalmol2016nmosd"
FOOTNOTE = "clinmed2020mcdonald"


class TypicalFeature(BaseModel):
    """One NMOSD-typical (MS-atypical) finding, the fact that shows it, and its source."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    finding: str
    fact: str
    citation: str


def nmosd_typical_features(patient: Patient) -> tuple[TypicalFeature, ...]:
    """Every NMOSD-typical finding recorded as present, in record order."""
    out: list[TypicalFeature] = []

    def add(finding: str, fact: str, citation: str = MRI_PATTERNS) -> None:
        out.append(TypicalFeature(finding=finding, fact=fact, citation=citation))

    for index, lesion in enumerate(patient.mri.cord_lesions):
        if lesion.segments != UNKNOWN and lesion.segments >= LETM_SEGMENTS:
            add(f"longitudinally extensive cord lesion ({describe(lesion)})", f"mri.cord_lesions[{index}].segments")
    for index, attack in enumerate(patient.attacks):
        path, mri = f"attacks[{index}]", attack.mri
        if attack.has(Syndrome.OPTIC_NEURITIS):
            if mri.optic_nerve_share != UNKNOWN and mri.optic_nerve_share > OPTIC_NERVE_SHARE:
                add(f"attack {index + 1}: optic-nerve lesion over more than half its length ({mri.optic_nerve_share})",
                    f"{path}.mri.optic_nerve_share")
            if mri.optic_chiasm is Finding.YES:
                add(f"attack {index + 1}: optic-nerve lesion reaching the chiasm", f"{path}.mri.optic_chiasm")
        if attack.has(Syndrome.AREA_POSTREMA):
            add(f"attack {index + 1}: area postrema syndrome", f"{path}.syndromes")
        for field, words in (
            ("dorsal_medulla_lesion", "dorsal medulla / area postrema lesion"),
            ("periependymal_brainstem_lesion", "periependymal brainstem lesion"),
            ("nmosd_diencephalic_lesion", "NMOSD-typical diencephalic lesion"),
            ("nmosd_brain_lesion", "NMOSD-typical brain lesion"),
        ):
            if getattr(mri, field) is Finding.YES:
                add(f"attack {index + 1}: {words}", f"{path}.mri.{field}")
    if len(patient.attacks) >= 2 and patient.mri.brain_normal_or_nonspecific is Finding.YES:
        add(f"brain MRI normal or nonspecific after {len(patient.attacks)} attacks", "mri.brain_normal_or_nonspecific", FOOTNOTE)
    return tuple(out)


__all__ = ["TypicalFeature", "nmosd_typical_features"]
