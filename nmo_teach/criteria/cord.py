"""Readers of the spinal cord lesion list, shared by every rule that asks about cord lesions.

Why one module: the IPND LETM requirement, the MOGAD supporting features, the McDonald DIS
region and PPMS count, the short-lesion and peripheral-lesion red flags and the differential all
read ``mri.cord_lesions``. Reading it in one place keeps "unknown" handled the same way
everywhere: a lesion list is complete only when ``mri.cord_imaged`` is "yes".
"""

from __future__ import annotations

from nmo_teach.criteria import facts
from nmo_teach.criteria.model import UNKNOWN, CordLesion, Finding, Patient
from nmo_teach.criteria.verdict import MET, NOT_MET, UNDETERMINED, Status

LETM_SEGMENTS = 3  # IPND 2015: an intramedullary lesion over >= 3 contiguous vertebral segments

Check = tuple[Status, str, str]


def is_letm(segments: int | str) -> Status:
    """Longitudinally extensive transverse myelitis lesion: >= 3 contiguous vertebral segments."""
    return facts.at_least(segments, LETM_SEGMENTS)


def lesion_path(patient: Patient, lesion: CordLesion) -> str:
    """The record path of a cord lesion (``mri.cord_lesions[0]``)."""
    return f"mri.cord_lesions[{patient.mri.cord_lesions.index(lesion)}]"


def describe(lesion: CordLesion) -> str:
    """A cord lesion as the explanation prints it: "4 vertebral segments from C3"."""
    if lesion.segments == UNKNOWN:
        length = "unknown length"
    else:
        length = f"{lesion.segments} vertebral segment" + ("" if lesion.segments == 1 else "s")
    return length + (f" from {lesion.level}" if lesion.level != UNKNOWN else "")


def count_at_least(patient: Patient, needed: int) -> tuple[Status, str]:
    """Whether the record shows >= ``needed`` cord lesions, and a reason.

    Listed lesions count for sure; fewer listed is "not met" only when the whole cord was imaged.
    """
    listed = len(patient.mri.cord_lesions)
    imaged = patient.mri.cord_imaged
    if listed >= needed:
        return MET, f"{listed} cord lesion(s) listed"
    if imaged is Finding.YES:
        return NOT_MET, f"{listed} cord lesion(s) on a full cord MRI"
    return UNDETERMINED, f"{listed} cord lesion(s) listed; whole cord imaged: {imaged.value}"


def attack_lesion_check(patient: Patient, index: int, test: str, threshold: int = LETM_SEGMENTS) -> Check:
    """Whether the attack ``attacks[index]`` has a cord lesion of >= ``threshold`` segments.

    Reads the lesions linked to the attack. With none linked, the answer is "not met" only if
    the whole cord was imaged and every listed lesion is linked elsewhere or asymptomatic (the
    attack then left no cord lesion); otherwise it is unknown which lesion the attack caused.
    """
    linked = patient.cord_lesions_of(index)
    where = f"attacks[{index}]"
    if linked:
        statuses = [facts.at_least(lesion.segments, threshold) for lesion in linked]
        shown = ", ".join(describe(lesion) for lesion in linked)
        status = MET if MET in statuses else (UNDETERMINED if UNDETERMINED in statuses else NOT_MET)
        deciding = next(lesion for lesion, s in zip(linked, statuses) if s is status)
        return status, lesion_path(patient, deciding) + ".segments", f"{test}: cord lesion of attack {index + 1} over {shown} (needs >= {threshold})"
    return _without_linked_lesion(patient, index, test)


def _without_linked_lesion(patient: Patient, index: int, test: str) -> Check:
    """An attack with no linked cord lesion: none (full cord imaged, every lesion accounted for) or unknown."""
    unattributed = [
        lesion for lesion in patient.mri.cord_lesions if lesion.attack is None and lesion.symptomatic is not Finding.NO
    ]
    if patient.mri.cord_imaged is Finding.YES and not unattributed:
        return NOT_MET, "mri.cord_lesions", f"{test}: the cord MRI shows no lesion from attack {index + 1}"
    return UNDETERMINED, "mri.cord_lesions", f"{test}: which cord lesion attack {index + 1} caused is not recorded"


def attack_axial_check(patient: Patient, index: int, field: str, words: str) -> Check:
    """Whether a cord lesion of the attack has an axial finding (``central``, ``conus``...)."""
    linked = patient.cord_lesions_of(index)
    if not linked:
        return _without_linked_lesion(patient, index, words)
    values = [getattr(lesion, field) for lesion in linked]
    status = facts.finding(Finding.YES if Finding.YES in values else (Finding.UNKNOWN if Finding.UNKNOWN in values else Finding.NO))
    wanted = {MET: Finding.YES, UNDETERMINED: Finding.UNKNOWN, NOT_MET: Finding.NO}[status]
    deciding = next(lesion for lesion, v in zip(linked, values) if v is wanted)
    return status, f"{lesion_path(patient, deciding)}.{field}", f"{words}: {', '.join(v.value for v in values)}"


__all__ = ["LETM_SEGMENTS", "attack_axial_check", "attack_lesion_check", "count_at_least", "describe", "is_letm"]
