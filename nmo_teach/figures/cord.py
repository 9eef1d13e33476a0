"""The sagittal cord schematic: vertebral levels down the side, each cord lesion over its segments.

Why this picture: whether a myelitis lesion spans 2 or 3 contiguous vertebral segments changes
the IPND verdict for a seronegative patient and is a red flag either way. Counting vertebral
bodies beside a drawn lesion is the skill, so every level is labelled and each lesion carries a
bracket with its segment count and whether it reaches the longitudinally extensive threshold.
"""

from __future__ import annotations

from functools import lru_cache

from matplotlib.figure import Figure as MplFigure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyBboxPatch, Polygon, Rectangle

from nmo_teach.criteria.ipnd2015 import LETM_SEGMENTS
from nmo_teach.figures import style
from nmo_teach.figures.alt import cord_alt
from nmo_teach.figures.render import CACHE_SIZE, Figure, to_svg
from nmo_teach.figures.spec import LEVELS, CordSpec, cord_layout, level_index

TITLE = "sagittal spinal cord"
CONUS_LEVEL = "L1"  # the cord ends near L1-L2; below it the column is drawn without cord
ROW_INCHES = 0.2


def levels_shown(spec: CordSpec) -> int:
    """How many levels the column shows: C1 to L1, or further when a lesion reaches lower."""
    lowest = max((placed.last for placed in cord_layout(spec)), default=0)
    return min(len(LEVELS), max(level_index(CONUS_LEVEL), lowest + 1) + 1)


def draw_cord(spec: CordSpec) -> MplFigure:
    rows = levels_shown(spec)
    head, foot = 0.42, 0.3
    height = rows * ROW_INCHES + head + foot
    figure = MplFigure(figsize=(2.9, height))
    axes = style.bare_axes(figure, (0.0, foot / height, 1.0, rows * ROW_INCHES / height))
    axes.set_xlim(-0.75, 4.2)
    axes.set_ylim(rows - 0.5, -0.5)  # level 0 (C1) at the top
    conus = level_index(CONUS_LEVEL)

    for index in range(rows):
        axes.add_patch(Rectangle((0.0, index - 0.38), 1.0, 0.76, facecolor=style.BONE, edgecolor=style.BONE_EDGE, linewidth=0.6,
                                 clip_on=False, gid=f"nmo:vertebra:{LEVELS[index]}"))
        axes.text(-0.12, index, LEVELS[index], ha="right", va="center", fontsize=6.5, color=style.INK,
                  gid=f"nmo:level-label:{LEVELS[index]}")
    cord_bottom = min(conus + 0.2, rows - 0.5)
    axes.add_patch(Polygon([(1.3, -0.5), (1.75, -0.5), (1.75, cord_bottom - 0.6), (1.525, cord_bottom),
                            (1.3, cord_bottom - 0.6)], closed=True, facecolor=style.CORD,
                           edgecolor=style.OUTLINE, linewidth=0.6, clip_on=False, gid="nmo:cord"))
    axes.text(0.5, -0.62, "vertebrae", ha="center", va="bottom", fontsize=6, color=style.MUTED)
    axes.text(1.525, -0.62, "cord", ha="center", va="bottom", fontsize=6, color=style.MUTED)

    for number, placed in enumerate(cord_layout(spec), start=1):
        top, bottom = placed.first - 0.47, placed.last + 0.47
        axes.add_patch(FancyBboxPatch((1.22, top), 0.61, bottom - top, boxstyle="round,pad=0,rounding_size=0.25",
                                      facecolor=style.LESION, edgecolor=style.LESION_EDGE, linewidth=0.8,
                                      clip_on=False, gid=f"nmo:cord-lesion:{number}"))
        axes.add_line(Line2D([1.95, 2.05, 2.05, 1.95], [top, top, bottom, bottom], color=style.INK,
                             linewidth=0.7, clip_on=False))
        lesion = placed.lesion
        count = f"{lesion.segments} segment" + ("" if lesion.segments == 1 else "s")
        verdict = f"LETM (≥{LETM_SEGMENTS})" if lesion.longitudinally_extensive else f"short (<{LETM_SEGMENTS})"
        lines = [count, verdict] + ([] if lesion.level_known else ["level not", "recorded"])
        axes.text(2.15, (top + bottom) / 2, "\n".join(lines), ha="left", va="center", fontsize=6.5,
                  color=style.INK, linespacing=1.15, gid=f"nmo:cord-lesion-label:{number}")
    style.stamp(figure, TITLE, spec.synthetic)
    return figure


@lru_cache(maxsize=CACHE_SIZE)
def cord_figure(spec: CordSpec) -> Figure:
    """The sagittal cord schematic with its alt text."""
    alt = cord_alt(spec)
    return Figure(kind="cord", title=f"Schematic {TITLE}", alt=alt, svg=to_svg(draw_cord(spec), f"Schematic {TITLE}", alt),
                  draw=lambda: draw_cord(spec))
