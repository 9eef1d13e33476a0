"""Red flags: findings atypical for NMOSD, from the IPND 2015 table as reproduced by NEMOS 2023.

Source: Box 4 of Jarius et al. 2023 (NEMOS), "modified from Wingerchuk et al. 2015", cross-checked
against Table 4 of Lana-Peixoto & Talim 2019 (SECONDARY in the facts brief). Only rows tagged
SECONDARY or VERIFIED are encoded. Left out on purpose, because the brief marks them UNVERIFIED:
the comorbidity flags (sarcoidosis, cancer, chronic infection) and the ">3 months" threshold for
persistent enhancement. One NEMOS 2023 addition, not in the 2015 original, is encoded and labelled
as such: double positivity for AQP4-IgG and MOG-IgG.

A red flag does not exclude NMOSD; it asks the clinician to look again. Each raised flag carries
the finding (and the record field) that raised it. The cord flags read every lesion in
``mri.cord_lesions``, symptomatic or not; the temporal-lobe flag reads its own finding
(``mri.periventricular_temporal_horn_lesion``), not the Matthews 2013 item.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from nmo_teach.criteria.cord import LETM_SEGMENTS, describe
from nmo_teach.criteria.model import UNKNOWN, Course, Finding, Patient, Serostatus, Syndrome

CITATION = "jarius2023nemos"
NADIR_TOO_FAST_HOURS = 4
NADIR_TOO_SLOW_HOURS = 4 * 7 * 24  # "more than 4 weeks" of continuous worsening


class RedFlag(BaseModel):
    """One raised red flag: what it is, the finding that raised it, and what to consider."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    flag: str
    finding: str
    fact: str
    consider: str
    citation: str = CITATION


class RedFlagCheck(BaseModel):
    """A red flag that could not be checked because its facts are unknown."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    flag: str
    unknown: tuple[str, ...]


class _Raised(NamedTuple):
    """What a rule reports when it fires; the registry adds the rule's key and flag text."""

    finding: str
    fact: str
    consider: str


Rule = Callable[[Patient], Iterator[_Raised]]
_RULES: list[tuple[str, str, Callable[[Patient], tuple[str, ...]], Rule]] = []


def _rule(key: str, flag: str, unknown: Callable[[Patient], tuple[str, ...]]) -> Callable[[Rule], Rule]:
    def register(function: Rule) -> Rule:
        _RULES.append((key, flag, unknown, function))
        return function
    return register


def _unknown_if(path: str, value: object) -> tuple[str, ...]:
    return (path,) if value in (UNKNOWN, Finding.UNKNOWN, Course.UNKNOWN, Serostatus.UNKNOWN) else ()


def _attack_facts(patient: Patient, field: str, syndromes: tuple[Syndrome, ...] | None = None) -> tuple[str, ...]:
    out = []
    for index, attack in enumerate(patient.attacks):
        if syndromes and not set(attack.syndromes) & set(syndromes):
            continue
        holder = attack.mri if field.startswith("mri.") else attack
        if getattr(holder, field.removeprefix("mri.")) in (UNKNOWN, Finding.UNKNOWN):
            out.append(f"attacks[{index}].{field}")
    return tuple(out)


def _mri_flag(key: str, flag: str, field: str) -> None:
    @_rule(key, flag, lambda p: _unknown_if(f"mri.{field}", getattr(p.mri, field)))
    def check(patient: Patient) -> Iterator[_Raised]:
        if getattr(patient.mri, field) is Finding.YES:
            yield _Raised(finding=f"{field.replace('_', ' ')}: yes", fact=f"mri.{field}", consider="MS")


@_rule("progressive-course", "Progressive overall course (worsening unrelated to attacks)",
       lambda p: _unknown_if("course", p.course))
def _progressive(patient: Patient) -> Iterator[_Raised]:
    if patient.course is Course.PROGRESSIVE:
        yield _Raised(finding="course: progressive", fact="course", consider="MS")


@_rule("nadir-under-4-hours", "Time to attack nadir under 4 hours", lambda p: _attack_facts(p, "nadir_hours"))
def _fast(patient: Patient) -> Iterator[_Raised]:
    for index, attack in enumerate(patient.attacks):
        if attack.nadir_hours != UNKNOWN and attack.nadir_hours < NADIR_TOO_FAST_HOURS:
            yield _Raised(finding=f"attack {index + 1} reached its nadir after {attack.nadir_hours} h",
                          fact=f"attacks[{index}].nadir_hours", consider="cord ischaemia or infarction")


@_rule("worsening-over-4-weeks", "Continuous worsening for more than 4 weeks from attack onset",
       lambda p: _attack_facts(p, "nadir_hours"))
def _slow(patient: Patient) -> Iterator[_Raised]:
    for index, attack in enumerate(patient.attacks):
        if attack.nadir_hours != UNKNOWN and attack.nadir_hours > NADIR_TOO_SLOW_HOURS:
            yield _Raised(finding=f"attack {index + 1} worsened for {attack.nadir_hours} h ({attack.nadir_hours / 24 / 7:.1f} weeks)",
                          fact=f"attacks[{index}].nadir_hours", consider="sarcoidosis or neoplasm")


@_rule("partial-myelitis", "Partial transverse myelitis, especially without an LETM lesion",
       lambda p: _attack_facts(p, "partial_myelitis", (Syndrome.ACUTE_MYELITIS,)))
def _partial(patient: Patient) -> Iterator[_Raised]:
    for index, attack in enumerate(patient.attacks):
        if attack.has(Syndrome.ACUTE_MYELITIS) and attack.partial_myelitis is Finding.YES:
            lengths = [lesion.segments for lesion in patient.cord_lesions_of(index)]
            letm = ""
            if lengths and UNKNOWN not in lengths:
                letm = " with an LETM lesion" if max(lengths) >= LETM_SEGMENTS else " without an LETM lesion"
            yield _Raised(finding=f"attack {index + 1}: partial myelitis{letm}", fact=f"attacks[{index}].partial_myelitis", consider="MS")


@_rule("csf-oligoclonal-bands", "CSF-restricted oligoclonal bands", lambda p: _unknown_if("csf.ocb", p.csf.ocb))
def _ocb(patient: Patient) -> Iterator[_Raised]:
    if patient.csf.ocb is Finding.YES:
        yield _Raised(finding="CSF-specific oligoclonal bands: yes (NEMOS: in at most 20% of NMO, more than 90% of MS)",
                      fact="csf.ocb", consider="MS")


_mri_flag("dawson-fingers", "Brain lesions perpendicular to a lateral ventricular surface (Dawson's fingers)", "dawson_fingers")
_mri_flag("ventricle-temporal", "Brain lesion adjacent to the lateral ventricle in the inferior temporal lobe",
          "periventricular_temporal_horn_lesion")
_mri_flag("u-fibre", "Juxtacortical lesion involving subcortical U-fibres", "subcortical_u_fibre_lesion")
_mri_flag("cortical-lesion", "Cortical lesion", "cortical_lesion")
_mri_flag("diffuse-cord-signal", "Diffuse, indistinct T2 signal change in the cord", "diffuse_cord_signal")


def _cord_unknown(field: str) -> Callable[[Patient], tuple[str, ...]]:
    """The cord facts that keep a cord flag from being ruled out."""
    def unknown(patient: Patient) -> tuple[str, ...]:
        lesions = patient.mri.cord_lesions
        paths = tuple(f"mri.cord_lesions[{i}].{field}" for i, lesion in enumerate(lesions)
                      if getattr(lesion, field) in (UNKNOWN, Finding.UNKNOWN))
        if not lesions and patient.mri.cord_imaged is not Finding.YES:
            paths += ("mri.cord_imaged",)
        return paths
    return unknown


@_rule("short-cord-lesion", "Cord lesion shorter than 3 complete vertebral segments on sagittal T2", _cord_unknown("segments"))
def _short(patient: Patient) -> Iterator[_Raised]:
    for index, lesion in enumerate(patient.mri.cord_lesions):
        if lesion.segments != UNKNOWN and lesion.segments < LETM_SEGMENTS:
            yield _Raised(finding=f"cord lesion {index + 1} over {describe(lesion)}"
                          + (f" (attack {lesion.attack})" if lesion.attack else ""),
                          fact=f"mri.cord_lesions[{index}].segments", consider="MS")


@_rule("peripheral-cord-lesion", "Cord lesion predominantly (>70%) in the peripheral cord on axial T2", _cord_unknown("peripheral"))
def _peripheral(patient: Patient) -> Iterator[_Raised]:
    for index, lesion in enumerate(patient.mri.cord_lesions):
        if lesion.peripheral is Finding.YES:
            yield _Raised(finding=f"cord lesion {index + 1} ({describe(lesion)}) is peripheral",
                          fact=f"mri.cord_lesions[{index}].peripheral", consider="MS")


@_rule("double-positive", "AQP4-IgG and MOG-IgG both positive (NEMOS 2023 addition, not in the 2015 table)",
       lambda p: tuple(path for path, v in (("aqp4_igg.result", p.aqp4_igg.result), ("mog_igg.result", p.mog_igg.result))
                       if v is Serostatus.UNKNOWN))
def _double(patient: Patient) -> Iterator[_Raised]:
    if patient.aqp4_igg.result is Serostatus.POSITIVE and patient.mog_igg.result is Serostatus.POSITIVE:
        yield _Raised(finding="AQP4-IgG positive and MOG-IgG positive", fact="aqp4_igg.result, mog_igg.result",
                      consider="an atypical result: retest")


def red_flags(patient: Patient) -> tuple[RedFlag, ...]:
    """Every red flag the record raises, each with the finding that raised it."""
    return tuple(
        RedFlag(key=key, flag=flag, **raised._asdict())
        for key, flag, _, rule in _RULES
        for raised in rule(patient)
    )


def unchecked_red_flags(patient: Patient) -> tuple[RedFlagCheck, ...]:
    """Red flags not raised that could not be ruled out because their facts are unknown."""
    raised = {flag.key for flag in red_flags(patient)}
    out = []
    for key, flag, unknown, _ in _RULES:
        missing = unknown(patient)
        if missing and key not in raised:
            out.append(RedFlagCheck(key=key, flag=flag, unknown=missing))
    return tuple(out)


RED_FLAG_KEYS: tuple[str, ...] = tuple(key for key, _, _, _ in _RULES)
