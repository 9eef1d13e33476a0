"""Schematic pictures of a patient's findings, drawn from the record, each with its alt text.

Why: the book teaches MRI findings (a cord lesion over 2 or 3 vertebral segments, an optic-nerve
lesion over more or less than half the nerve, the brain sites that favour MS or NMOSD) that a
student otherwise has to imagine. These figures draw exactly what a record holds, label
themselves "Schematic" (and "Synthetic patient" where it applies) and carry alt text written
from the same facts. No image is copied from anywhere: matplotlib draws every shape.

API
---
``patient_figures(patient) -> tuple[Figure, ...]``  cord, optic-nerve and brain figures the record
                                                    has facts for (possibly none).
``patient_figures_html(patient) -> str``            the same as one HTML block ("" when none).
``figures_html(figures) -> str``                    any figures side by side, as HTML.
``Figure``                                          ``.kind``, ``.alt``, ``.svg`` (inline-safe,
                                                    ``role="img"`` + ``aria-label``), ``.html()``,
                                                    ``.png()``; displays itself in Jupyter.
``cord_figure``, ``optic_figure``, ``brain_figure`` draw from the specs in ``figures.spec``
                                                    without a patient record.

A teaching aid, not a clinical decision tool.
"""

from __future__ import annotations

from nmo_teach.criteria.model import Patient
from nmo_teach.figures.brain import brain_figure
from nmo_teach.figures.cord import cord_figure
from nmo_teach.figures.from_patient import brain_spec, cord_spec, optic_specs
from nmo_teach.figures.optic import optic_figure
from nmo_teach.figures.render import Figure, figures_html
from nmo_teach.figures.spec import BrainSpec, CordLesionSpec, CordSpec, OpticSpec, Site

__all__ = [
    "BrainSpec", "CordLesionSpec", "CordSpec", "Figure", "OpticSpec", "Site", "brain_figure",
    "cord_figure", "figures_html", "optic_figure", "patient_figures", "patient_figures_html",
]


def patient_figures(patient: Patient) -> tuple[Figure, ...]:
    """The schematics a record has facts for: cord, then each optic nerve, then brain."""
    figures: list[Figure] = []
    if (cord := cord_spec(patient)) is not None:
        figures.append(cord_figure(cord))
    figures.extend(optic_figure(spec) for spec in optic_specs(patient))
    if (brain := brain_spec(patient)) is not None:
        figures.append(brain_figure(brain))
    return tuple(figures)


def patient_figures_html(patient: Patient) -> str:
    """All of a patient's schematics side by side, as HTML for a page or a quiz ("" when none)."""
    return figures_html(patient_figures(patient))
