"""Upgrading patient records written in the first record shape (format 1) to the current one.

Why: records written for earlier versions of the book (students' files, quiz items, notebooks)
should keep loading. Format 1 held one syndrome per attack (``attacks[i].syndrome``), the cord
lesion of an attack inside that attack (``attacks[i].mri.cord_lesion_segments`` and the axial
findings next to it), a count of cord lesions (``mri.lesions.spinal_cord``), and one fact
(``mri.lateral_ventricle_and_inferior_temporal_lesion``) for both the Matthews 2013 item and a
different IPND red flag. Each is rewritten here into the current shape, and every rewrite that
loses or cannot infer something says so in a note.

A pure function on plain JSON data; validation happens afterwards, on the upgraded record.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

OLD_CORD_FIELDS = {"peripheral_cord_lesion": "peripheral", "central_cord_lesion": "central", "conus_lesion": "conus"}
OLD_BRAIN_FIELD = "lateral_ventricle_and_inferior_temporal_lesion"


def is_format_1(data: Mapping[str, Any]) -> bool:
    """Whether a record uses any field of the first shape."""
    attacks = data.get("attacks")
    mri = data.get("mri")
    if isinstance(attacks, list):
        for attack in attacks:
            if isinstance(attack, Mapping) and (
                "syndrome" in attack
                or (isinstance(attack.get("mri"), Mapping)
                    and {"cord_lesion_segments", *OLD_CORD_FIELDS} & set(attack["mri"]))
            ):
                return True
    if isinstance(mri, Mapping):
        lesions = mri.get("lesions")
        if OLD_BRAIN_FIELD in mri or (isinstance(lesions, Mapping) and "spinal_cord" in lesions):
            return True
    return False


def upgrade(data: Mapping[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The record in the current shape, and one note per change a reader should know about.

    A record already in the current shape comes back unchanged with no notes. Malformed parts
    are left as they are, so that validation reports them in the record's own terms.
    """
    record = copy.deepcopy(dict(data))
    if not is_format_1(record):
        return record, ()
    notes: list[str] = []
    mri = record.get("mri") if isinstance(record.get("mri"), dict) else None
    attacks = record.get("attacks") if isinstance(record.get("attacks"), list) else []
    cord_lesions: list[dict[str, Any]] = []
    attack_without_lesion = False

    for number, attack in enumerate(attacks, start=1):
        if not isinstance(attack, dict):
            continue
        if "syndrome" in attack and "syndromes" not in attack:
            attack["syndromes"] = [attack.pop("syndrome")]
        attack_mri = attack.get("mri")
        if not isinstance(attack_mri, dict):
            continue
        segments = attack_mri.pop("cord_lesion_segments", "unknown")
        axial = {new: attack_mri.pop(old) for old, new in OLD_CORD_FIELDS.items() if old in attack_mri}
        if segments == 0:
            attack_without_lesion = True
            continue
        if segments != "unknown" or any(value == "yes" for value in axial.values()):
            cord_lesions.append({"segments": segments, "attack": number, **axial})

    linked = len(cord_lesions)
    if mri is not None:
        lesions = mri.get("lesions")
        count = lesions.pop("spinal_cord", "unknown") if isinstance(lesions, dict) else "unknown"
        if isinstance(count, int) and not isinstance(count, bool):
            cord_lesions.extend({} for _ in range(max(0, count - linked)))
            mri.setdefault("cord_imaged", "yes")
            if count < linked:
                notes.append(
                    f"mri.lesions.spinal_cord said {count} cord lesion(s) but the attacks name {linked};"
                    " mri.cord_lesions keeps the attacks' lesions"
                )
        elif count != "unknown" and isinstance(lesions, dict):
            lesions["spinal_cord"] = count  # not a count: left for validation to report
        if attack_without_lesion and mri.get("cord_imaged") is None:
            notes.append(
                "an attack had cord_lesion_segments 0 but the number of cord lesions was unknown;"
                " set mri.cord_imaged to 'yes' if the whole cord was imaged"
            )
        if OLD_BRAIN_FIELD in mri:
            old = mri.pop(OLD_BRAIN_FIELD)
            if old == "yes":
                mri.setdefault("lesion_adjacent_to_lateral_ventricle_body", "yes")
                mri.setdefault("inferior_temporal_lobe_lesion", "yes")
            elif old == "no":
                notes.append(
                    f"mri.{OLD_BRAIN_FIELD} 'no' cannot be split: it is now three facts,"
                    " lesion_adjacent_to_lateral_ventricle_body, inferior_temporal_lobe_lesion"
                    " (Matthews 2013) and periventricular_temporal_horn_lesion (IPND red flag); all"
                    " three stay 'unknown' until you set them"
                )
            elif old != "unknown":
                mri["lesion_adjacent_to_lateral_ventricle_body"] = old  # reported by validation
        if cord_lesions:
            mri["cord_lesions"] = [*mri.get("cord_lesions", []), *cord_lesions]
    elif cord_lesions:
        record["mri"] = {"cord_lesions": cord_lesions}
    return record, tuple(notes)


CHANGES = (
    "attacks[i].syndrome became attacks[i].syndromes, a list (one attack may cause several syndromes)",
    "attacks[i].mri.cord_lesion_segments, peripheral_cord_lesion, central_cord_lesion and conus_lesion"
    " moved to mri.cord_lesions[j] (segments, peripheral, central, conus, with attack: i + 1)",
    "mri.lesions.spinal_cord became the length of mri.cord_lesions, with mri.cord_imaged 'yes'",
    f"mri.{OLD_BRAIN_FIELD} became lesion_adjacent_to_lateral_ventricle_body and"
    " inferior_temporal_lobe_lesion (Matthews 2013) and periventricular_temporal_horn_lesion (IPND red flag)",
)

__all__ = ["CHANGES", "is_format_1", "upgrade"]
