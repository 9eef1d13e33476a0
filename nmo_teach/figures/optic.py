"""The optic-nerve schematic: globe to chiasm, the lesion's share of the length, the chiasm.

Why this picture: the IPND MRI requirement for optic neuritis without AQP4-IgG is a lesion over
more than half the nerve length or one involving the chiasm. A ruler under the nerve marks half
its length, so the student sees at once which side of the line the lesion falls. Where along the
nerve the lesion lies is not in the record: it is drawn centred, or reaching the chiasm when the
chiasm is involved, and the picture says the position is schematic.
"""

from __future__ import annotations

from functools import lru_cache

from matplotlib.figure import Figure as MplFigure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyBboxPatch, Polygon

from nmo_teach.figures import style
from nmo_teach.figures.alt import optic_alt
from nmo_teach.figures.render import CACHE_SIZE, Figure, to_svg
from nmo_teach.figures.spec import OpticSpec

TITLE = "optic nerve, globe to chiasm"
NERVE_START, NERVE_END = 1.0, 10.0  # data units along the nerve
NERVE_HALF_WIDTH = 0.28


def lesion_span(spec: OpticSpec) -> tuple[float, float] | None:
    """Start and end of the drawn lesion along the nerve, or None when there is nothing to draw."""
    if not spec.share:
        return None
    length = (NERVE_END - NERVE_START) * spec.share
    if spec.chiasm:
        return NERVE_END - length, NERVE_END
    middle = (NERVE_START + NERVE_END) / 2
    return middle - length / 2, middle + length / 2


def draw_optic(spec: OpticSpec) -> MplFigure:
    figure = MplFigure(figsize=(4.6, 1.75))
    axes = style.bare_axes(figure, (0.02, 0.1, 0.96, 0.72))
    axes.set_xlim(-1.2, 12.4)
    axes.set_ylim(-2.05, 1.83)  # 13.6 x 3.88 units on a 4.42 x 1.26 inch box: equal scales, a round globe

    axes.add_patch(Circle((0.0, 0.0), 0.95, facecolor="#f4f4f4", edgecolor=style.OUTLINE, linewidth=0.8,
                          clip_on=False, gid="nmo:globe"))
    axes.text(0.0, 0.0, "globe", ha="center", va="center", fontsize=6.5, color=style.INK)
    axes.add_patch(FancyBboxPatch((NERVE_START - 0.1, -NERVE_HALF_WIDTH), NERVE_END - NERVE_START + 0.1,
                                  2 * NERVE_HALF_WIDTH, boxstyle="square,pad=0", facecolor=style.CORD,
                                  edgecolor=style.OUTLINE, linewidth=0.6, clip_on=False, gid="nmo:nerve"))
    # The chiasm as an X: this nerve in from the left, the other nerve's stub, the two optic tracts.
    chiasm = [(NERVE_END, -NERVE_HALF_WIDTH), (NERVE_END, NERVE_HALF_WIDTH), (10.55, 0.3), (10.15, 0.95),
              (10.55, 1.1), (10.95, 0.45), (11.35, 1.1), (11.75, 0.95), (11.3, 0.2), (11.3, -0.2), (11.75, -0.95),
              (11.35, -1.1), (10.85, -0.3)]
    chiasm_colour = style.LESION if spec.chiasm else style.CORD
    chiasm_edge = style.LESION_EDGE if spec.chiasm else style.OUTLINE
    axes.add_patch(Polygon(chiasm, closed=True, facecolor=chiasm_colour, edgecolor=chiasm_edge, linewidth=0.7,
                           clip_on=False, gid="nmo:chiasm-lesion" if spec.chiasm else "nmo:chiasm"))
    chiasm_words = {True: "chiasm: involved", False: "chiasm: spared", None: "chiasm: not recorded"}[spec.chiasm]
    axes.text(12.3, 1.3, chiasm_words, ha="right", va="bottom", fontsize=6.5, color=style.INK, gid="nmo:chiasm-label")

    span = lesion_span(spec)
    if span is not None:
        start, end = span
        axes.add_patch(FancyBboxPatch((start, -NERVE_HALF_WIDTH - 0.06), end - start, 2 * NERVE_HALF_WIDTH + 0.12,
                                      boxstyle="round,pad=0,rounding_size=0.2", facecolor=style.LESION,
                                      edgecolor=style.LESION_EDGE, linewidth=0.8, clip_on=False,
                                      gid="nmo:optic-lesion"))
    if spec.share is not None:
        half = "more than half" if spec.long_lesion else "half or less"
        words = f"lesion: {round(100 * spec.share)}% of the length ({half})" if spec.share else "no nerve lesion"
    else:
        words = "lesion length not recorded"
    axes.text((NERVE_START + NERVE_END) / 2, 0.55, words, ha="center", va="bottom", fontsize=7, color=style.INK,
              gid="nmo:optic-lesion-label")

    # The ruler: the whole nerve length with the half-way mark the criteria use.
    y = -1.05
    axes.add_line(Line2D([NERVE_START, NERVE_END], [y, y], color=style.INK, linewidth=0.7, clip_on=False,
                         gid="nmo:ruler"))
    middle = (NERVE_START + NERVE_END) / 2
    for x, label in ((NERVE_START, "0"), (middle, "half"), (NERVE_END, "whole")):
        axes.add_line(Line2D([x, x], [y - 0.15, y + 0.15], color=style.INK, linewidth=0.7, clip_on=False))
        axes.text(x, y - 0.25, label, ha="center", va="top", fontsize=6.5, color=style.INK)
    axes.add_line(Line2D([middle, middle], [y + 0.15, 0.5], color=style.MUTED, linewidth=0.6,
                         linestyle=(0, (2, 2)), clip_on=False, gid="nmo:half-mark"))
    if spec.note:
        axes.text(-1.1, 1.6, spec.note, ha="left", va="top", fontsize=6.5, color=style.MUTED)
    figure.text(0.97, 0.012, "position along the nerve: schematic", ha="right", va="bottom", fontsize=6,
                color=style.MUTED)
    style.stamp(figure, TITLE, spec.synthetic)
    return figure


@lru_cache(maxsize=CACHE_SIZE)
def optic_figure(spec: OpticSpec) -> Figure:
    """The optic-nerve schematic with its alt text."""
    alt = optic_alt(spec)
    return Figure(kind="optic-nerve", title=f"Schematic {TITLE}", alt=alt,
                  svg=to_svg(draw_optic(spec), f"Schematic {TITLE}", alt), draw=lambda: draw_optic(spec))
