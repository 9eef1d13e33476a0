"""Shared look of the schematics: colours, the "Schematic" and "Synthetic patient" stamps.

Why one place: every figure must say visibly that it is a schematic (and, for an invented
patient, that the patient is synthetic), and a student should learn one colour for "lesion".
Colours are from the Okabe-Ito palette so the lesion stands out with any colour vision.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure as MplFigure

LESION = "#E69F00"  # orange: T2 lesion
LESION_EDGE = "#7a4f00"
CORD = "#c9c9c9"
BONE = "#ececec"
BONE_EDGE = "#9a9a9a"
CSF = "#9ecae1"
OUTLINE = "#555555"
INK = "#1a1a1a"
MUTED = "#4d4d4d"  # small print: still 7:1 on white


def stamp(figure: MplFigure, title: str, synthetic: bool) -> None:
    """Title top left with the word "Schematic"; "Synthetic patient" bottom left when it applies."""
    figure.text(0.03, 0.985, f"Schematic: {title}", ha="left", va="top", fontsize=8.5, weight="bold",
                color=INK, gid="nmo:stamp:schematic")
    if synthetic:
        figure.text(0.03, 0.012, "Synthetic patient", ha="left", va="bottom", fontsize=7.5, style="italic",
                    color=MUTED, gid="nmo:stamp:synthetic")


def bare_axes(figure: MplFigure, rect: tuple[float, float, float, float]) -> Axes:
    """An axes with no frame, ticks or background: the schematics draw in data units."""
    axes = figure.add_axes(rect)
    axes.set_axis_off()
    axes.patch.set_visible(False)
    return axes
