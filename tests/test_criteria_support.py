"""Builders for criteria tests: a fully known, unremarkable record that each test changes a little.

Starting from a record where every fact is known (and negative) means a test that changes one
fact isolates the rule it is about; tests about "unknown" then set that one fact to "unknown".
"""

from __future__ import annotations

import copy
from typing import Any

from nmo_teach.criteria import Patient, parse_patient

QUIET_ATTACK_MRI: dict[str, Any] = {
    "cord_atrophy_segments": 0,
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
        "lesions": {"periventricular": 0, "cortical_juxtacortical": 0, "infratentorial": 0, "optic_nerve": 0},
        "cord_imaged": "yes",
        "cord_lesions": [],
        "enhancing_and_nonenhancing": "no",
        "new_lesion_on_follow_up": "no",
        "dawson_fingers": "no",
        "lesion_adjacent_to_lateral_ventricle_body": "no",
        "inferior_temporal_lobe_lesion": "no",
        "periventricular_temporal_horn_lesion": "no",
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


QUIET_CORD_LESION: dict[str, Any] = {"peripheral": "no", "central": "no", "conus": "no"}
CORD = "_cord"  # an attack's own cord lesion, moved into mri.cord_lesions by record()


def attack(syndromes: str | list[str], mri: dict[str, Any] | None = None, cord: dict[str, Any] | None = None,
           **fields: Any) -> dict[str, Any]:
    """An attack whose MRI findings are all known and unremarkable unless given.

    ``syndromes`` is one syndrome or a list (one event with several syndromes); ``cord`` is the
    cord lesion this attack caused (``{"segments": 4}``), linked to it by ``record()``.
    """
    base = {
        "syndromes": [syndromes] if isinstance(syndromes, str) else list(syndromes),
        "nadir_hours": 72,
        "partial_myelitis": "no",
        "bilateral_optic_neuritis": "no",
        "optic_disc_oedema": "no",
        "mri": {**QUIET_ATTACK_MRI, **(mri or {})},
    }
    base.update(fields)
    if cord is not None:
        base[CORD] = {**QUIET_CORD_LESION, **cord}
    return base


def cord_lesions(count: int, segments: int = 1) -> list[dict[str, Any]]:
    """``count`` unremarkable cord lesions not linked to any attack."""
    return [{**QUIET_CORD_LESION, "segments": segments, "symptomatic": "no"} for _ in range(count)]


def record(*attacks: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """The quiet record with attacks and top-level changes; nested dicts are merged one level.

    Each attack's own cord lesion (``attack(..., cord=...)``) comes first in ``mri.cord_lesions``,
    linked by attack number, then any lesions given in ``mri``.
    """
    data = copy.deepcopy(QUIET_RECORD)
    linked = []
    data["attacks"] = []
    for number, given in enumerate(attacks, start=1):
        given = dict(given)
        lesion = given.pop(CORD, None)
        if lesion is not None:
            linked.append({**lesion, "attack": number})
        data["attacks"].append(given)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            merged = {**data[key], **value}
            if key == "mri" and "lesions" in value:
                merged["lesions"] = {**QUIET_RECORD["mri"]["lesions"], **value["lesions"]}
            data[key] = merged
        else:
            data[key] = value
    data["mri"]["cord_lesions"] = linked + list(data["mri"].get("cord_lesions", []))
    return data


def patient(*attacks: dict[str, Any], **changes: Any) -> Patient:
    return parse_patient(record(*attacks, **changes))


# Attacks that meet their seronegative MRI requirement
QUALIFIED: dict[str, dict[str, Any]] = {
    "optic-neuritis": attack("optic-neuritis", {"optic_nerve_share": 0.6}),
    "acute-myelitis": attack("acute-myelitis", cord={"segments": 4}),
    "area-postrema": attack("area-postrema", {"dorsal_medulla_lesion": "yes"}),
    "acute-brainstem": attack("acute-brainstem", {"periependymal_brainstem_lesion": "yes"}),
    "diencephalic": attack("diencephalic", {"nmosd_diencephalic_lesion": "yes"}),
    "cerebral": attack("cerebral", {"nmosd_brain_lesion": "yes"}),
}
# The same attacks failing their MRI requirement (or, for 5 and 6, their defining lesion)
UNQUALIFIED: dict[str, dict[str, Any]] = {
    "optic-neuritis": attack("optic-neuritis", {"optic_nerve_share": 0.3}),
    "acute-myelitis": attack("acute-myelitis", cord={"segments": 2}),
    "area-postrema": attack("area-postrema", {"dorsal_medulla_lesion": "no"}),
    "acute-brainstem": attack("acute-brainstem", {"periependymal_brainstem_lesion": "no"}),
    "diencephalic": attack("diencephalic", {"nmosd_diencephalic_lesion": "no"}),
    "cerebral": attack("cerebral", {"nmosd_brain_lesion": "no"}),
}
