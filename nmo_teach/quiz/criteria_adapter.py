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


def _facts(data: Any, path: str = "") -> list[tuple[str, str]]:
    """The recorded (non-default, so not 'unknown') facts as ('attacks 1 syndrome', value) pairs."""
    if isinstance(data, dict):
        pairs: list[tuple[str, str]] = []
        for key, value in data.items():
            if path == "" and key in _HIDDEN:
                continue
            name = key.replace("_", " ")
            pairs.extend(_facts(value, f"{path}: {name}" if path else name))
        return pairs
    if isinstance(data, list):
        return [pair for n, item in enumerate(data, start=1) for pair in _facts(item, f"{path} {n}")]
    return [(path, str(data))]
