"""The drawn figures of a practice patient, from the figures module (cord, optic nerve, brain).

A separate seam so that practice cases depend on one call, ``patient_figures``; the figures
module owns the drawing and the alt text. Pictures are drawn from the same validated record the
engine judged, so a figure can never show a different lesion from the one keyed.

Why a cache: a pool of 200 cases holds only a few dozen different pictures (the figures read a
handful of facts: cord lesions, optic-nerve findings, brain sites), and drawing one takes about
a tenth of a second. The cache key is what the figures module itself reads from the record (its
specs), so two patients share a drawing exactly when the drawing would be the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from nmo_teach.criteria import Patient
from nmo_teach.figures import patient_figures
from nmo_teach.figures.from_patient import brain_spec, cord_spec, optic_specs

_DRAWN: dict[object, tuple[CaseFigure, ...]] = {}
_MAX_CACHED = 1024


@dataclass(frozen=True)
class CaseFigure:
    """One schematic picture: its kind ("cord", "optic-nerve", "brain"), inline SVG and alt text."""

    kind: str
    svg: str
    alt: str


def case_figures(patient: Patient) -> tuple[CaseFigure, ...]:
    """Every figure the figures module draws for this patient (none when it has nothing to draw)."""
    key = (cord_spec(patient), optic_specs(patient), brain_spec(patient))
    if key not in _DRAWN:
        if len(_DRAWN) >= _MAX_CACHED:
            _DRAWN.clear()
        _DRAWN[key] = tuple(CaseFigure(kind=f.kind, svg=f.svg, alt=f.alt) for f in patient_figures(patient))
    return _DRAWN[key]
