"""Read a patient record into figure specs: the only module that knows the record's fields.

Why here and nowhere else: the record is still growing (several syndromes per attack, cord lesions
of their own, split brain findings). Keeping the mapping in one place means a change to the record
is one edit here, while the drawings and alt texts, which read only specs, stay as they are.
Only facts the record holds are drawn: a length that is "unknown" draws nothing, and a figure with
nothing to show is left out.
"""

from __future__ import annotations

from nmo_teach.criteria.model import UNKNOWN, CordLesion, Finding, Patient, Syndrome
from nmo_teach.figures.spec import BrainSpec, CordLesionSpec, CordSpec, OpticSpec, Site


def _cord_note(lesion: CordLesion) -> str:
    if lesion.attack is not None:
        return f"attack {lesion.attack}"
    if lesion.symptomatic is Finding.NO:
        return "asymptomatic"
    return ""


def cord_spec(patient: Patient) -> CordSpec | None:
    """Every cord lesion of known length in ``mri.cord_lesions``, at its level when the record gives it."""
    lesions = tuple(
        CordLesionSpec(segments=lesion.segments, start_level=None if lesion.level == UNKNOWN else lesion.level,
                       note=_cord_note(lesion))
        for lesion in patient.mri.cord_lesions
        if lesion.segments != UNKNOWN
    )
    return CordSpec(lesions=lesions, synthetic=patient.synthetic) if lesions else None


def optic_specs(patient: Patient) -> tuple[OpticSpec, ...]:
    """One optic-nerve figure per optic-neuritis attack whose MRI gives the share or the chiasm."""
    specs = []
    for number, attack in enumerate(patient.attacks, start=1):
        share, chiasm = attack.mri.optic_nerve_share, attack.mri.optic_chiasm
        if not attack.has(Syndrome.OPTIC_NEURITIS) or (share == UNKNOWN and chiasm is Finding.UNKNOWN):
            continue
        bilateral = ", bilateral" if attack.bilateral_optic_neuritis is Finding.YES else ""
        specs.append(OpticSpec(
            share=None if share == UNKNOWN else float(share),
            chiasm=None if chiasm is Finding.UNKNOWN else chiasm is Finding.YES,
            note=f"attack {number}{bilateral}",
            synthetic=patient.synthetic,
        ))
    return tuple(specs)


# Whole-brain findings ("yes" in ``patient.mri``) and the site each is drawn at.
_BRAIN_FINDINGS: dict[str, Site] = {
    "dawson_fingers": Site.DAWSON_FINGER,
    "lesion_adjacent_to_lateral_ventricle_body": Site.LATERAL_VENTRICLE_BODY,
    "inferior_temporal_lobe_lesion": Site.INFERIOR_TEMPORAL,
    "periventricular_temporal_horn_lesion": Site.TEMPORAL_HORN,
    "subcortical_u_fibre_lesion": Site.JUXTACORTICAL_U_FIBRE,
    "cortical_lesion": Site.CORTICAL,
}
# Findings of an attack's MRI ("yes" in any ``attacks[i].mri``) and their site.
_ATTACK_FINDINGS: dict[str, Site] = {
    "periependymal_brainstem_lesion": Site.PERIEPENDYMAL_FOURTH,
    "dorsal_medulla_lesion": Site.AREA_POSTREMA,
    "nmosd_diencephalic_lesion": Site.DIENCEPHALIC,
}


def brain_sites(patient: Patient) -> tuple[Site, ...]:
    """The typical lesion sites the record says are present ("yes", or a periventricular count above 0)."""
    mri = patient.mri
    found = {site for name, site in _BRAIN_FINDINGS.items() if getattr(mri, name) is Finding.YES}
    found |= {site for attack in patient.attacks for name, site in _ATTACK_FINDINGS.items()
              if getattr(attack.mri, name) is Finding.YES}
    periventricular = mri.lesions.periventricular
    if periventricular != UNKNOWN and periventricular > 0:
        found.add(Site.PERIVENTRICULAR)
    return tuple(site for site in Site if site in found)


def brain_spec(patient: Patient) -> BrainSpec | None:
    """The brain figure when the record names a site or calls the brain MRI normal; else None."""
    sites = brain_sites(patient)
    normal = patient.mri.brain_normal_or_nonspecific is Finding.YES
    if not sites and not normal:
        return None
    return BrainSpec(sites=sites, normal=normal, synthetic=patient.synthetic)
