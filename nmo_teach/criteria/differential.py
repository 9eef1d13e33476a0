"""The differential report: every criterion and red flag on one patient, and the next best test.

Why: students meet patients, not criteria. This module runs every criterion on one record, lists
what fits MS and what fits NMOSD or MOGAD, the red flags with the findings that raised them, and
ranks the missing tests by how many verdicts their result would change. Ranking works by
trying each plausible outcome of a test on a copy of the record and re-running the criteria, so
it can never disagree with the criteria themselves.

A teaching aid, not a clinical decision tool.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, ValidationError

from nmo_teach.criteria.model import UNKNOWN, Finding, Patient, Serostatus, Syndrome, get_path, set_path
from nmo_teach.criteria.red_flags import RedFlag, RedFlagCheck, red_flags, unchecked_red_flags
from nmo_teach.criteria.registry import CRITERIA, DISCLAIMER, SHORT_NAMES
from nmo_teach.criteria.typical import nmosd_typical_features
from nmo_teach.criteria.verdict import MET, UNDETERMINED, Status, Verdict

Outcome = dict[str, Any]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TestSuggestion(_Frozen):
    """A missing test, the criteria its result would change, and the verdicts under each outcome."""

    __test__ = False  # not a pytest class

    test: str
    changes: tuple[str, ...]
    outcomes: dict[str, dict[str, Status]]

    def line(self) -> str:
        per = "; ".join(
            f"if {label}: " + ", ".join(f"{SHORT_NAMES[c].split(' (')[0]} {s.words}" for c, s in verdicts.items() if c in self.changes)
            for label, verdicts in self.outcomes.items()
        )
        return f"{self.test} would change {len(self.changes)} verdict(s) ({per})"


class Differential(_Frozen):
    """Everything the engine says about one patient."""

    patient_id: str
    synthetic: bool
    narrative: str | None
    verdicts: dict[str, Verdict]
    red_flags: tuple[RedFlag, ...]
    unchecked_red_flags: tuple[RedFlagCheck, ...]
    fits_ms: tuple[str, ...]
    fits_nmosd_or_mogad: tuple[str, ...]
    judgements: tuple[str, ...]
    suggestions: tuple[TestSuggestion, ...]
    disclaimer: str = DISCLAIMER

    @property
    def most_decisive_test(self) -> str | None:
        return self.suggestions[0].test if self.suggestions else None

    def text(self) -> str:
        """The report as plain text, for the terminal and the book."""
        label = f"{self.patient_id} (synthetic composite)" if self.synthetic else self.patient_id
        lines = [f"Differential for {label}"]
        if self.narrative:
            lines.append(f"  {self.narrative}")
        lines.append(f"  {self.disclaimer}")
        lines.append("")
        lines.append("Criteria:")
        for name, verdict in self.verdicts.items():
            arm = f" [{verdict.arm}]" if verdict.arm else ""
            lines.append(f"  - {SHORT_NAMES[name]}: {verdict.outcome}{arm}. {verdict.summary}")
        lines.append("What fits MS:")
        lines.extend(f"  - {text}" for text in self.fits_ms or ("nothing recorded",))
        lines.append("What fits NMOSD or MOGAD:")
        lines.extend(f"  - {text}" for text in self.fits_nmosd_or_mogad or ("nothing recorded",))
        if self.judgements:
            lines.append("Left to clinical judgement (the engine does not decide these):")
            lines.extend(f"  - {text}" for text in self.judgements)
        lines.append("Red flags (findings atypical for NMOSD):")
        lines.extend(f"  - {flag.flag}: {flag.finding} -> consider {flag.consider}" for flag in self.red_flags or ())
        if not self.red_flags:
            lines.append("  - none raised")
        if self.unchecked_red_flags:
            lines.append("  Not checkable (unknown facts): " + ", ".join(check.key for check in self.unchecked_red_flags))
        lines.append("Missing tests, most decisive first:")
        if self.suggestions:
            lines.extend(f"  {i}. {s.line()}" for i, s in enumerate(self.suggestions, 1))
        else:
            lines.append("  - no single missing test would change a verdict")
        return "\n".join(lines)


# --- what fits which disease -------------------------------------------------------------------

def _fits(patient: Patient, verdicts: dict[str, Verdict], flags: tuple[RedFlag, ...]) -> tuple[list[str], list[str]]:
    ms: list[str] = []
    nmo: list[str] = []
    mcd, matthews, ipnd, mogad = (verdicts[k] for k in ("mcdonald2017", "matthews2013", "ipnd2015", "mogad2023"))
    if mcd.status is MET:
        ms.append("McDonald 2017 criteria met")
    elif mcd.needs_judgement and not mcd.undetermined_on:
        ms.append("McDonald 2017 pathway fulfilled, but 'no better explanation' is left to clinical judgement")
    elif mcd.status is UNDETERMINED:
        ms.append("McDonald 2017 criteria possible but not yet decidable")
    if matthews.status is MET:
        ms.append("brain MRI pattern favours MS (Matthews 2013 rule)")
    ms.extend(f"red flag against NMOSD: {flag.flag[:1].lower()}{flag.flag[1:]}" for flag in flags if flag.consider == "MS")
    if ipnd.status is MET:
        nmo.append(f"IPND 2015 NMOSD criteria met ({ipnd.arm})")
    elif ipnd.needs_judgement and not ipnd.undetermined_on:
        nmo.append(f"IPND 2015 requirements fulfilled ({ipnd.arm}), but the exclusion of alternatives is left to clinical judgement")
    elif ipnd.status is UNDETERMINED:
        nmo.append("IPND 2015 NMOSD criteria possible but not yet decidable")
    if mogad.status is MET:
        nmo.append("MOGAD 2023 criteria met")
    elif mogad.status is UNDETERMINED and patient.mog_igg.result is not Serostatus.UNKNOWN:
        nmo.append("MOGAD 2023 criteria possible but not yet decidable")
    if patient.aqp4_igg.result is Serostatus.POSITIVE:
        nmo.append("AQP4-IgG positive")
    if patient.mog_igg.result is Serostatus.POSITIVE:
        nmo.append("MOG-IgG positive")
    nmo.extend(feature.finding for feature in nmosd_typical_features(patient))
    return ms, nmo


def _judgements(verdicts: dict[str, Verdict]) -> list[str]:
    """One line per verdict whose undetermined status is (also) a clinical judgement."""
    out = []
    for name, verdict in verdicts.items():
        for item in verdict.items:
            if item.needs_judgement and item.name in verdict.judgement_on:
                out.append(f"{SHORT_NAMES[name]}, {item.name}: {item.judgement}. Weigh: {item.reason}.")
    return out


# --- missing tests -------------------------------------------------------------------------------

def _attack_paths(patient: Patient, syndromes: tuple[Syndrome, ...], field: str) -> list[str]:
    return [f"attacks[{i}].{field}" for i, a in enumerate(patient.attacks) if set(a.syndromes) & set(syndromes)]


class Replace(NamedTuple):
    """An outcome value written even where the record already has one (a whole list, for example)."""

    value: Any


TestOutcomes = Callable[[Patient], dict[str, Outcome]]
_BRAIN_FINDINGS = ("dawson_fingers", "subcortical_u_fibre_lesion", "lesion_adjacent_to_lateral_ventricle_body",
                   "inferior_temporal_lobe_lesion", "enhancing_and_nonenhancing")


def _brain_mri(_: Patient) -> dict[str, Outcome]:
    regions = ("periventricular", "cortical_juxtacortical", "infratentorial")
    typical = {f"mri.lesions.{r}": n for r, n in zip(regions, (3, 1, 1))}
    typical |= {f"mri.{f}": "yes" for f in _BRAIN_FINDINGS}
    typical["mri.brain_normal_or_nonspecific"] = "no"
    normal = {f"mri.lesions.{r}": 0 for r in regions}
    normal |= {f"mri.{f}": "no" for f in (*_BRAIN_FINDINGS, "periventricular_temporal_horn_lesion", "cortical_lesion")}
    normal["mri.brain_normal_or_nonspecific"] = "yes"
    return {"MS-typical lesions": typical, "normal": normal}


def _cord_mri(patient: Patient) -> dict[str, Outcome]:
    """Whole-cord MRI: lesions of unknown length, and the myelitis attacks without a lesion, get one."""
    lesions = [lesion.model_dump(mode="json") for lesion in patient.mri.cord_lesions]
    open_lengths = any(lesion["segments"] == UNKNOWN for lesion in lesions)
    if patient.mri.cord_imaged is Finding.YES and not open_lengths:
        return {}
    unlinked_myelitis = [i + 1 for i, a in enumerate(patient.attacks)
                         if a.has(Syndrome.ACUTE_MYELITIS) and not patient.cord_lesions_of(i)]

    def found(length: int, at_least: int) -> Outcome:
        listed = [{**lesion, "segments": length if lesion["segments"] == UNKNOWN else lesion["segments"]} for lesion in lesions]
        listed += [{"segments": length, "attack": number} for number in unlinked_myelitis]
        listed += [{"segments": length, "symptomatic": "no"} for _ in range(at_least - len(listed))]
        return {"mri.cord_imaged": "yes", "mri.cord_lesions": Replace(listed)}

    outcomes = {"a lesion over 4 segments": found(4, 1), "short lesions": found(1, 2)}
    if not lesions:
        outcomes["no cord lesion"] = {"mri.cord_imaged": "yes", "mri.cord_lesions": Replace([])}
    return outcomes


def _orbit_mri(patient: Patient) -> dict[str, Outcome]:
    share = _attack_paths(patient, (Syndrome.OPTIC_NEURITIS,), "mri.optic_nerve_share")
    chiasm = _attack_paths(patient, (Syndrome.OPTIC_NEURITIS,), "mri.optic_chiasm")
    return {
        "a long lesion": {**{p: 0.6 for p in share}, **{p: "no" for p in chiasm}},
        "a short lesion": {**{p: 0.2 for p in share}, **{p: "no" for p in chiasm}},
    }


TESTS: tuple[tuple[str, TestOutcomes], ...] = (
    ("serum AQP4-IgG by cell-based assay", lambda p: {
        "positive": {"aqp4_igg.result": "positive"}, "negative": {"aqp4_igg.result": "negative"}}),
    ("serum MOG-IgG by cell-based assay, with titre", lambda p: {
        "clear positive (1:1000)": {"mog_igg.result": "positive", "mog_igg.titre": 1000},
        "low positive (1:40)": {"mog_igg.result": "positive", "mog_igg.titre": 40},
        "negative": {"mog_igg.result": "negative"}}),
    ("CSF MOG-IgG", lambda p: {"positive": {"mog_igg.csf_result": "positive"}, "negative": {"mog_igg.csf_result": "negative"}}),
    ("CSF oligoclonal bands (paired with serum)", lambda p: {"present": {"csf.ocb": "yes"}, "absent": {"csf.ocb": "no"}}),
    ("brain MRI with gadolinium", _brain_mri),
    ("spinal cord MRI", _cord_mri),
    ("orbital MRI of the optic nerves", _orbit_mri),
    ("follow-up MRI", lambda p: {"a new lesion": {"mri.new_lesion_on_follow_up": "yes"}, "no new lesion": {"mri.new_lesion_on_follow_up": "no"}}),
    ("brainstem MRI for the attack", lambda p: {
        "lesion found": {**{x: "yes" for x in _attack_paths(p, (Syndrome.AREA_POSTREMA,), "mri.dorsal_medulla_lesion")},
                         **{x: "yes" for x in _attack_paths(p, (Syndrome.ACUTE_BRAINSTEM,), "mri.periependymal_brainstem_lesion")}},
        "no lesion": {**{x: "no" for x in _attack_paths(p, (Syndrome.AREA_POSTREMA,), "mri.dorsal_medulla_lesion")},
                      **{x: "no" for x in _attack_paths(p, (Syndrome.ACUTE_BRAINSTEM,), "mri.periependymal_brainstem_lesion")}}}),
)


def _statuses(patient: Patient) -> dict[str, Status]:
    return {name: function(patient).status for name, function in CRITERIA.items()}


def _apply(base: dict[str, Any], outcome: Outcome) -> Patient | None:
    """The record with the outcome written into its unknown fields; None if nothing was unknown
    or the outcome contradicts what the record already says."""
    data = copy.deepcopy(base)
    changed = False
    for path, value in outcome.items():
        if isinstance(value, Replace):
            if get_path(data, path) != value.value:
                set_path(data, path, value.value)
                changed = True
        elif get_path(data, path) == UNKNOWN:
            set_path(data, path, value)
            changed = True
    if not changed:
        return None
    try:
        return Patient.model_validate(data)
    except ValidationError:
        return None


def suggest_tests(patient: Patient) -> tuple[TestSuggestion, ...]:
    """Missing tests ranked by how many criteria verdicts their result would change."""
    base = patient.model_dump(mode="json")
    current = _statuses(patient)
    suggestions: list[tuple[int, int, TestSuggestion]] = []
    for order, (test, outcomes_of) in enumerate(TESTS):
        outcomes: dict[str, dict[str, Status]] = {}
        for label, outcome in outcomes_of(patient).items():
            if not outcome:
                continue
            variant = _apply(base, outcome)
            if variant is not None:
                outcomes[label] = _statuses(variant)
        if not outcomes:
            continue
        changes = []
        for name in CRITERIA:
            seen = {verdicts[name] for verdicts in outcomes.values()}
            resolves = current[name] is UNDETERMINED and UNDETERMINED not in seen and len(outcomes) > 1
            if len(seen) > 1 or resolves:
                changes.append(name)
        if changes:
            suggestion = TestSuggestion(test=test, changes=tuple(changes), outcomes=outcomes)
            suggestions.append((-len(changes), order, suggestion))
    return tuple(s for _, _, s in sorted(suggestions, key=lambda t: (t[0], t[1])))


def differential(patient: Patient) -> Differential:
    """Run every criterion and the red flags; say what fits which disease and what to test next."""
    verdicts = {name: function(patient) for name, function in CRITERIA.items()}
    flags = red_flags(patient)
    ms, nmo = _fits(patient, verdicts, flags)
    return Differential(
        patient_id=patient.label,
        synthetic=patient.synthetic,
        narrative=patient.narrative,
        verdicts=verdicts,
        red_flags=flags,
        unchecked_red_flags=unchecked_red_flags(patient),
        fits_ms=tuple(ms),
        fits_nmosd_or_mogad=tuple(nmo),
        judgements=tuple(_judgements(verdicts)),
        suggestions=suggest_tests(patient),
    )


__all__ = ["Differential", "TestSuggestion", "differential", "suggest_tests"]
