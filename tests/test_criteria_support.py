"""Builders for criteria tests: a fully known, unremarkable record that each test changes a little.

Starting from a record where every fact is known (and negative) means a test that changes one
fact isolates the rule it is about; tests about "unknown" then set that one fact to "unknown".
"""

from __future__ import annotations

import copy
from typing import Any

from nmo_teach.criteria import Patient, parse_patient

QUIET_ATTACK_MRI: dict[str, Any] = {
    "cord_lesion_segments": 0,
    "cord_atrophy_segments": 0,
    "peripheral_cord_lesion": "no",
    "central_cord_lesion": "no",
    "conus_lesion": "no",
    "optic_nerve_share": 0,
    "optic_chiasm": "no",
    "perineural_optic_sheath_enhancement": "no",
    "dorsal_medulla_lesion": "no",
    "periependymal_brainstem_lesion": "no",
    "nmosd_diencephalic_lesion": "no",
    "nmosd_brain_lesion": "no",
    "mogad_brain_feature": "no",
}

QUIET_RECORD: dict[str, Any] = {
    "age": 40,
    "sex": "female",
    "aqp4_igg": {"result": "negative", "assay": "cell-based"},
    "mog_igg": {"result": "negative", "assay": "cell-based", "csf_result": "negative"},
    "attacks": [],
    "mri": {
        "lesions": {"periventricular": 0, "cortical_juxtacortical": 0, "infratentorial": 0, "spinal_cord": 0, "optic_nerve": 0},
        "enhancing_and_nonenhancing": "no",
        "new_lesion_on_follow_up": "no",
        "dawson_fingers": "no",
        "lateral_ventricle_and_inferior_temporal_lesion": "no",
        "subcortical_u_fibre_lesion": "no",
        "cortical_lesion": "no",
        "brain_normal_or_nonspecific": "no",
        "diffuse_cord_signal": "no",
    },
    "csf": {"ocb": "no", "cell_count": 2},
    "course": "relapsing",
    "objective_lesions": 1,
    "historical_evidence": "no",
    "alternatives_excluded": "yes",
}


def attack(syndrome: str, mri: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    """An attack whose MRI findings are all known and unremarkable unless given."""
    base = {
        "syndrome": syndrome,
        "nadir_hours": 72,
        "partial_myelitis": "no",
        "bilateral_optic_neuritis": "no",
        "optic_disc_oedema": "no",
        "mri": {**QUIET_ATTACK_MRI, **(mri or {})},
    }
    base.update(fields)
    return base


def record(*attacks: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """The quiet record with attacks and top-level changes; nested dicts are merged one level."""
    data = copy.deepcopy(QUIET_RECORD)
    data["attacks"] = list(attacks)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            merged = {**data[key], **value}
            if key == "mri" and "lesions" in value:
                merged["lesions"] = {**QUIET_RECORD["mri"]["lesions"], **value["lesions"]}
            data[key] = merged
        else:
            data[key] = value
    return data


def patient(*attacks: dict[str, Any], **changes: Any) -> Patient:
    return parse_patient(record(*attacks, **changes))


# Attacks that meet their seronegative MRI requirement
QUALIFIED: dict[str, dict[str, Any]] = {
    "optic-neuritis": attack("optic-neuritis", {"optic_nerve_share": 0.6}),
    "acute-myelitis": attack("acute-myelitis", {"cord_lesion_segments": 4}),
    "area-postrema": attack("area-postrema", {"dorsal_medulla_lesion": "yes"}),
    "acute-brainstem": attack("acute-brainstem", {"periependymal_brainstem_lesion": "yes"}),
    "diencephalic": attack("diencephalic", {"nmosd_diencephalic_lesion": "yes"}),
    "cerebral": attack("cerebral", {"nmosd_brain_lesion": "yes"}),
}
# The same attacks failing their MRI requirement (or, for 5 and 6, their defining lesion)
UNQUALIFIED: dict[str, dict[str, Any]] = {
    "optic-neuritis": attack("optic-neuritis", {"optic_nerve_share": 0.3}),
    "acute-myelitis": attack("acute-myelitis", {"cord_lesion_segments": 2}),
    "area-postrema": attack("area-postrema", {"dorsal_medulla_lesion": "no"}),
    "acute-brainstem": attack("acute-brainstem", {"periependymal_brainstem_lesion": "no"}),
    "diencephalic": attack("diencephalic", {"nmosd_diencephalic_lesion": "no"}),
    "cerebral": attack("cerebral", {"nmosd_brain_lesion": "no"}),
}
