"""Record fragments for synthetic practice patients: the only module that knows the record layout.

Why a module of its own: the decision points (``decisions.py``) say *what* a patient has in
clinical words (an optic neuritis with a lesion over 60% of the nerve, a myelitis over three
segments); these functions say *how* the criteria engine's record spells it. When the record
model changes, this is the file to change.

Every function returns plain dicts (JSON-shaped); :func:`make_patient` links each myelitis to its
cord lesion and validates the whole record with the engine's own parser, so a fragment that
drifts from the model fails loudly. No function here draws a different number of random values
depending on a lever's side, so the twins of a decision point share every other draw.
"""

from __future__ import annotations

from datetime import date, timedelta
from random import Random
from typing import Any

from nmo_teach.criteria import Patient, parse_patient

Record = dict[str, Any]

SEXES = ("female", "male")
ASSAYS = ("cell-based", "flow-cytometry")
BRAIN_REGIONS = ("periventricular", "cortical_juxtacortical", "infratentorial")
DIS_REGIONS = (*BRAIN_REGIONS, "spinal_cord")
# Where the short, silent cord lesions of an MS-like record sit: fixed, so that a record with one
# more of them draws no extra random numbers.
SILENT_CORD_LEVELS = ("C2", "C5", "T2", "T5", "T8")
MYELITIS_START_LEVELS = ("C2", "C4", "T3")  # few, so a pool needs few distinct drawings
_CORD = "_cord_lesion"  # an attack's own cord lesion, until make_patient links it by number


def yes_no(value: bool) -> str:
    """A finding as the record spells it."""
    return "yes" if value else "no"


def attack(syndrome: str, rng: Random, *, mri: Record | None = None, **clinical: Any) -> Record:
    """One attack with a typical subacute course (worst after 1 to 14 days)."""
    return {"syndromes": [syndrome], "nadir_hours": 24 * rng.randint(1, 14), **clinical, "mri": mri or {}}


def optic_neuritis(rng: Random, *, share: float, chiasm: bool = False, bilateral: bool = False,
                   disc_oedema: bool = False, sheath: bool = False) -> Record:
    """Optic neuritis; ``share`` is the part of the nerve's length with a lesion."""
    return attack("optic-neuritis", rng, mri={
        "optic_nerve_share": share, "optic_chiasm": yes_no(chiasm),
        "perineural_optic_sheath_enhancement": yes_no(sheath)},
        bilateral_optic_neuritis=yes_no(bilateral), optic_disc_oedema=yes_no(disc_oedema))


def myelitis(rng: Random, *, segments: int, conus: bool = False, central: bool = False) -> Record:
    """Acute myelitis with its cord lesion over ``segments`` contiguous vertebral segments."""
    record = attack("acute-myelitis", rng, mri={"cord_atrophy_segments": 0})
    record[_CORD] = {"level": rng.choice(MYELITIS_START_LEVELS), "segments": segments,
                     "conus": yes_no(conus), "central": yes_no(central)}
    return record


def with_cord(attack_record: Record, **changes: Any) -> Record:
    """A copy of a myelitis with some findings of its cord lesion changed."""
    return {**attack_record, _CORD: {**attack_record[_CORD], **changes}}


def with_mri(attack_record: Record, **changes: Any) -> Record:
    """A copy of an attack with some of its MRI findings changed."""
    return {**attack_record, "mri": {**attack_record["mri"], **changes}}


def simultaneous(first: Record, second: Record) -> Record:
    """One attack that caused both syndromes at once (such as optic neuritis with myelitis)."""
    return {**second, **first, "syndromes": [*first["syndromes"], *second["syndromes"]],
            "mri": {**second["mri"], **first["mri"]}}


def area_postrema(rng: Random, *, dorsal_medulla: bool) -> Record:
    """Area postrema syndrome (intractable hiccups or vomiting), with or without its medulla lesion."""
    return attack("area-postrema", rng, mri={"dorsal_medulla_lesion": yes_no(dorsal_medulla)})


def brainstem(rng: Random, *, mogad_feature: bool) -> Record:
    """An acute brainstem syndrome, with or without a MOGAD-supporting brainstem MRI feature."""
    return attack("acute-brainstem", rng, mri={"mogad_brain_feature": yes_no(mogad_feature),
                                                "periependymal_brainstem_lesion": "no"})


def dated(rng: Random, attacks: list[Record]) -> list[Record]:
    """The attacks in order: the first in 2015-2022, each later one 2 to 30 months after the last."""
    out: list[Record] = []
    when = date(2015, 1, 1) + timedelta(days=rng.randrange(8 * 365))
    for number, item in enumerate(attacks):
        if number:
            when += timedelta(days=rng.randrange(60, 900))
        out.append({**item, "onset": when.isoformat()})
    return out


def region_words(region: str) -> str:
    """A lesion region as a reader writes it."""
    return {"cortical_juxtacortical": "cortical/juxtacortical", "spinal_cord": "spinal cord",
            "optic_nerve": "optic nerve"}.get(region, region)


def lesion_mri(counts: dict[str, int]) -> Record:
    """Brain MRI lesion counts by region, and silent one-segment cord lesions for ``spinal_cord``.

    Regions not named have no lesion; the whole cord counts as imaged, so the list is complete.
    """
    brain = {region: counts.get(region, 0) for region in (*BRAIN_REGIONS, "optic_nerve")}
    cord = [{"level": level, "segments": 1, "symptomatic": "no"}
            for level in SILENT_CORD_LEVELS[:counts.get("spinal_cord", 0)]]
    return {"lesions": brain, "cord_imaged": "yes", "cord_lesions": cord}


def person(rng: Random, low: int = 16, high: int = 65) -> Record:
    """Age and sex of a synthetic patient."""
    return {"age": rng.randint(low, high), "sex": rng.choice(SEXES)}


def aqp4(result: str, rng: Random) -> Record:
    """An AQP4-IgG result; a tested result names its cell-based method, an untested one none."""
    assay = rng.choice(ASSAYS)
    return {"result": "unknown"} if result == "unknown" else {"result": result, "assay": assay}


def mog(titre: int | None) -> Record:
    """MOG-IgG by cell-based assay: positive at ``titre`` (reciprocal), or negative when None."""
    if titre is None:
        return {"result": "negative", "assay": "cell-based"}
    return {"result": "positive", "titre": titre, "assay": "cell-based"}


def _link_cord_lesions(record: Record) -> Record:
    """Move each myelitis's own cord lesion into ``mri.cord_lesions``, numbered by its attack."""
    attacks, linked = [], []
    for number, item in enumerate(record.get("attacks", []), start=1):
        item = dict(item)
        lesion = item.pop(_CORD, None)
        if lesion is not None:
            linked.append({**lesion, "attack": number})
        attacks.append(item)
    if not linked:
        return record
    mri = dict(record.get("mri", {}))
    mri["cord_lesions"] = [*linked, *mri.get("cord_lesions", [])]
    mri.setdefault("cord_imaged", "yes")
    return {**record, "attacks": attacks, "mri": mri}


def make_patient(record_id: str, record: Record) -> Patient:
    """Validate a synthetic record with the engine's parser; marks it synthetic, mimics excluded."""
    full = {"id": record_id, "synthetic": True, "alternatives_excluded": "yes", **_link_cord_lesions(record)}
    return parse_patient(full, f"practice case {record_id}")
