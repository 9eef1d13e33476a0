"""A practice patient as a reader sees it: short labelled facts, grouped the way notes are.

Why generic: the facts are read back from the validated record, not from the generator's
intentions, so what the student reads is exactly what the engine judged. Fields the record
leaves at "unknown" are not listed (the page says that unlisted facts are unknown). New record
fields still appear, under their field name, until they get a nicer label here.
"""

from __future__ import annotations

from typing import Any

from nmo_teach.criteria import Patient, Syndrome

Section = tuple[str, tuple[str, ...]]

_HIDDEN = {"id", "synthetic", "narrative"}
_LABELS = {
    "aqp4_igg": "AQP4-IgG", "mog_igg": "MOG-IgG", "csf": "CSF", "ocb": "CSF-specific oligoclonal bands",
    "cell_count": "white cells per µL", "cord_lesion_segments": "cord lesion length",
    "cord_atrophy_segments": "focal cord atrophy", "optic_nerve_share": "optic-nerve lesion length",
    "optic_chiasm": "lesion reaching the optic chiasm", "perineural_optic_sheath_enhancement":
    "perineural optic-sheath enhancement", "dorsal_medulla_lesion": "dorsal medulla (area postrema) lesion",
    "periependymal_brainstem_lesion": "periependymal brainstem lesion", "mogad_brain_feature":
    "ill-defined T2 brain or brainstem lesion (MOGAD-type)", "nadir_hours": "worst after",
    "bilateral_optic_neuritis": "both eyes at once", "optic_disc_oedema": "optic disc oedema",
    "conus_lesion": "conus lesion", "central_cord_lesion": "central cord lesion (H-sign)",
    "brain_normal_or_nonspecific": "brain MRI normal or only nonspecific white-matter lesions",
    "enhancing_and_nonenhancing": "enhancing and non-enhancing lesions on one scan",
    "new_lesion_on_follow_up": "new lesion on follow-up MRI", "objective_lesions":
    "lesions with objective clinical evidence", "progression_months": "disability progression",
    "alternatives_excluded": "mimics outside demyelinating disease (infection, tumour, sarcoidosis, vascular) excluded", "cortical_juxtacortical": "cortical/juxtacortical",
    "spinal_cord": "spinal cord", "optic_nerve": "optic nerve", "csf_result": "CSF result",
    "cord_imaged": "whole cord imaged", "central": "central (H-sign)", "symptomatic": "caused symptoms",
}


def _label(name: str) -> str:
    return _LABELS.get(name, name.replace("_", " "))


def _value(name: str, value: Any) -> str:
    if name.endswith("segments"):
        return f"{value} vertebral segment{'s' if value != 1 else ''}" if value else "none"
    if name.endswith("_share"):
        return f"{value:.0%} of the nerve's length"
    if name == "nadir_hours":
        return f"{value / 24:g} days" if value >= 48 else f"{value:g} hours"
    if name == "titre":
        return f"1:{value}"
    if name == "progression_months":
        return f"{value} months"
    return str(value)


def _cord_lesion(lesion: dict[str, Any]) -> str:
    length = _value("segments", lesion.pop("segments", "unknown")) if "segments" in lesion else "length unknown"
    start = f" from {lesion.pop('level')}" if "level" in lesion else ""
    caused = f", caused attack {lesion.pop('attack')}" if "attack" in lesion else ""
    if caused:
        lesion.pop("symptomatic", None)
    rest = "".join(f"; {_label(k)}: {v}" for k, v in lesion.items())
    return f"cord lesion{start} over {length}{caused}{rest}"


def _lines(data: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for name, value in data.items():
        if name == "cord_lesions":
            out.extend(_cord_lesion(dict(lesion)) for lesion in value)
        elif isinstance(value, list):
            out.append(f"{_label(name)}: {', '.join(map(str, value))}")
        elif isinstance(value, dict):
            inner = _lines(value)
            if name == "lesions":
                out.append("T2 lesions by region: " + "; ".join(inner))
            else:
                out.extend(inner)
        else:
            out.append(f"{_label(name)}: {_value(name, value)}")
    return out


def _antibody(name: str, data: dict[str, Any]) -> str:
    parts = [data.get("result", "unknown")]
    if "titre" in data:
        parts.append(f"titre 1:{data['titre']}")
    if "assay" in data:
        parts.append(f"{data['assay']} assay")
    if "csf_result" in data:
        parts.append(f"CSF {data['csf_result']}")
    return f"{_label(name)}: " + ", ".join(parts)


def describe(patient: Patient) -> tuple[Section, ...]:
    """The patient's recorded facts as (heading, lines) sections, unknown facts left out."""
    data = patient.model_dump(mode="json", exclude_defaults=True)
    person = [f"{_label(k)}: {_value(k, v)}" for k, v in data.items()
              if k not in _HIDDEN and not isinstance(v, (dict, list))]
    sections: list[Section] = [("Patient (synthetic)", tuple(person))]
    tests = [_antibody(k, data[k]) for k in ("aqp4_igg", "mog_igg") if k in data]
    for key in ("aqp4_igg", "mog_igg"):
        if key not in data:
            tests.append(f"{_label(key)}: not tested")
    if "csf" in data:
        tests.extend(_lines(data["csf"]))
    sections.append(("Tests", tuple(tests)))
    for number, attack in enumerate(data.get("attacks", []), start=1):
        syndrome = " + ".join(Syndrome(name).words for name in attack.pop("syndromes"))
        when = attack.pop("onset", None)
        mri = attack.pop("mri", {})
        lines = _lines(attack) + [f"MRI: {line}" for line in _lines(mri)]
        sections.append((f"Attack {number}: {syndrome}" + (f" ({when})" if when else ""), tuple(lines)))
    if "mri" in data:
        sections.append(("Brain and cord MRI", tuple(_lines(data["mri"]))))
    return tuple(sections)
