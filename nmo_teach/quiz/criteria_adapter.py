"""The one seam between quizzes and the criteria engine (``nmo_teach.criteria``).

A classify question shows a synthetic patient and asks for a verdict; the engine computes the
verdict and its reasons. Keeping the engine's API behind this adapter means a change there is
one edit here, not one in every renderer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from nmo_teach import criteria

_HIDDEN = {"id", "synthetic"}
# Record keys whose plain spelling a clinician would not write ("aqp4 igg"), as they read in print.
_CLINICAL_SPELLING = {
    "aqp4 igg": "AQP4-IgG", "mog igg": "MOG-IgG", "mri": "MRI", "csf": "CSF",
    "ocb": "oligoclonal bands", "u fibre": "U-fibre", "nonenhancing": "non-enhancing",
    "dawson fingers": "Dawson's fingers", "alternatives excluded": "mimics outside the demyelinating diseases excluded",
}


@dataclass(frozen=True)
class Classification:
    """A verdict reduced to what a quiz shows: the status, its reasons, the patient's facts."""

    status: str
    explanation: tuple[str, ...]
    summary: tuple[tuple[str, str], ...]


def classify(criterion: str, patient: Mapping[str, Any]) -> Classification:
    """Run ``criterion`` on a record or ``{"vignette": id}``; NmoTeachError on a bad record."""
    record = criteria.resolve_patient(patient)
    verdict = criteria.evaluate(criterion, record)
    return Classification(
        status=verdict.status.value,
        explanation=(verdict.summary, *(item.line() for item in verdict.items)),
        summary=tuple(_facts(record.model_dump(mode="json", exclude_defaults=True))),
    )


def patient_figures_html(patient: Mapping[str, Any]) -> str:
    """The schematics of a record or ``{"vignette": id}`` as inline HTML ("" when nothing is drawable).

    Drawn when a page is rendered, not when a bank loads, so checking answers never loads matplotlib.
    """
    from nmo_teach.figures import patient_figures_html as draw

    return draw(criteria.resolve_patient(patient))


def _facts(data: Any, path: str = "") -> list[tuple[str, str]]:
    """The recorded (non-default, so not 'unknown') facts as ('Attack 1 – syndrome', value) pairs."""
    if isinstance(data, dict):
        pairs: list[tuple[str, str]] = []
        for key, value in data.items():
            if path == "" and key in _HIDDEN:
                continue
            name = _spell(key.replace("_", " "))
            pairs.extend(_facts(value, f"{path} – {name}" if path else name[:1].upper() + name[1:]))
        return pairs
    if isinstance(data, list):
        if all(not isinstance(item, (dict, list)) for item in data):  # "syndromes": one line, in order
            return [(path, ", ".join(str(item) for item in data))] if data else []
        item_name = path.removesuffix("s")  # "Attacks" lists "Attack 1", "Attack 2", ...
        return [pair for n, item in enumerate(data, start=1) for pair in _facts(item, f"{item_name} {n}")]
    return [(path, str(data))]


def _spell(name: str) -> str:
    for plain, printed in _CLINICAL_SPELLING.items():
        name = name.replace(plain, printed)
    return name
