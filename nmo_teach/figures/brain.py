"""The brain schematic: a side view with the ventricles, and the typical lesion sites the record holds.

Why a side view: one outline can hold every site the criteria name. The lateral ventricle's body
and temporal horn carry the MS-typical sites (periventricular lesions, Dawson's fingers, a lesion
by the body of the ventricle, a lesion in the inferior temporal lobe and one by the temporal horn,
which Matthews 2013 and the IPND red flags name separately), the cortex edge carries the
juxtacortical U-fibre lesion, and the third and fourth ventricles with the dorsal medulla carry the
NMOSD-typical periependymal, diencephalic and area postrema sites. Only the sites in the record are
drawn; each is labelled in words, so the picture is read without a legend. Geometry is schematic.
"""

from __future__ import annotations

from functools import lru_cache

from matplotlib.figure import Figure as MplFigure
from matplotlib.lines import Line2D
from matplotlib.patches import Ellipse, Patch, Polygon

from nmo_teach.figures import style
from nmo_teach.figures.alt import brain_alt
from nmo_teach.figures.render import CACHE_SIZE, Figure, to_svg
from nmo_teach.figures.spec import BrainSpec, Site

TITLE = "brain, side view"

# Lateral ventricle: body (frontal horn to trigone) and temporal horn, as centre lines.
VENTRICLE_BODY = [(3.2, 4.55), (3.7, 5.15), (5.0, 5.45), (6.3, 5.25), (6.95, 4.7)]
TEMPORAL_HORN = [(6.95, 4.7), (7.0, 3.9), (6.5, 3.05), (5.3, 2.7)]

# Each site: the lesion shapes (ellipses: centre, width, height, angle) and where its label goes.
_Shape = tuple[tuple[float, float], float, float, float]
SITE_SHAPES: dict[Site, tuple[_Shape, ...]] = {
    Site.PERIVENTRICULAR: (((3.35, 5.15), 0.42, 0.28, 40.0),),
    Site.DAWSON_FINGER: (((4.45, 5.95), 0.75, 0.26, 80.0), ((5.2, 6.02), 0.75, 0.26, 92.0),
                         ((5.95, 5.9), 0.75, 0.26, 104.0)),
    Site.LATERAL_VENTRICLE_BODY: (((6.55, 5.42), 0.5, 0.3, -25.0),),
    Site.JUXTACORTICAL_U_FIBRE: (((2.15, 6.15), 0.45, 0.26, 40.0),),
    Site.CORTICAL: (((8.65, 5.7), 0.4, 0.24, -50.0),),
    Site.INFERIOR_TEMPORAL: (((4.1, 2.05), 0.55, 0.3, 10.0),),
    Site.TEMPORAL_HORN: (((5.6, 2.45), 0.5, 0.28, 20.0),),
    Site.PERIEPENDYMAL_THIRD: (((5.0, 4.0), 0.62, 1.15, 0.0),),
    Site.DIENCEPHALIC: (((4.55, 3.45), 0.5, 0.34, 0.0),),
    Site.PERIEPENDYMAL_FOURTH: (((6.85, 2.05), 0.9, 0.62, 0.0),),
    Site.AREA_POSTREMA: (((6.75, 1.2), 0.34, 0.3, 0.0),),
}
# Label anchor (x, y, alignment) for each site, at the margins of the drawing.
SITE_LABELS: dict[Site, tuple[float, float, str]] = {
    Site.PERIVENTRICULAR: (-0.2, 5.35, "left"),
    Site.DAWSON_FINGER: (3.1, 7.55, "left"),
    Site.LATERAL_VENTRICLE_BODY: (10.6, 6.75, "right"),
    Site.JUXTACORTICAL_U_FIBRE: (-0.2, 6.55, "left"),
    Site.CORTICAL: (10.6, 6.1, "right"),
    Site.INFERIOR_TEMPORAL: (-0.2, 1.55, "left"),
    Site.TEMPORAL_HORN: (-0.2, 0.6, "left"),
    Site.PERIEPENDYMAL_THIRD: (-0.2, 4.15, "left"),
    Site.DIENCEPHALIC: (-0.2, 2.85, "left"),
    Site.PERIEPENDYMAL_FOURTH: (10.6, 2.45, "right"),
    Site.AREA_POSTREMA: (10.6, 0.75, "right"),
}
SHORT_LABELS: dict[Site, str] = {
    Site.PERIVENTRICULAR: "periventricular",
    Site.DAWSON_FINGER: "Dawson's fingers",
    Site.LATERAL_VENTRICLE_BODY: "by body of lateral ventricle",
    Site.JUXTACORTICAL_U_FIBRE: "juxtacortical (U-fibre)",
    Site.CORTICAL: "cortical",
    Site.INFERIOR_TEMPORAL: "inferior temporal lobe",
    Site.TEMPORAL_HORN: "by temporal horn (inferior temporal)",
    Site.PERIEPENDYMAL_THIRD: "periependymal (3rd ventricle)",
    Site.DIENCEPHALIC: "diencephalic",
    Site.PERIEPENDYMAL_FOURTH: "periependymal (4th ventricle)",
    Site.AREA_POSTREMA: "area postrema / dorsal medulla",
}
CHAR_WIDTH = 0.112  # average width of one 6.5 pt character in data units on this figure


def _anatomy() -> list[Patch]:
    """Outline of cerebrum, cerebellum and brainstem, back to front so that later shapes sit on top."""
    cerebrum = Ellipse((5.0, 4.45), 8.6, 5.6, facecolor="#f7f7f7", edgecolor=style.OUTLINE, linewidth=0.9)
    cerebellum = Ellipse((8.1, 1.75), 2.4, 1.55, facecolor="#efefef", edgecolor=style.OUTLINE, linewidth=0.8)
    brainstem = Polygon([(5.95, 3.2), (7.0, 3.2), (7.15, 2.6), (7.0, 1.6), (6.9, 0.2), (6.25, 0.2), (6.15, 1.6),
                         (5.85, 2.6)], closed=True, facecolor="#e6e6e6", edgecolor=style.OUTLINE, linewidth=0.8)
    third = Ellipse((5.0, 4.0), 0.3, 0.9, facecolor=style.CSF, edgecolor=style.OUTLINE, linewidth=0.5)
    fourth = Polygon([(6.6, 2.45), (7.15, 2.05), (6.6, 1.6)], closed=True, facecolor=style.CSF,
                     edgecolor=style.OUTLINE, linewidth=0.5)
    return [cerebrum, cerebellum, brainstem, third, fourth]


def draw_brain(spec: BrainSpec) -> MplFigure:
    figure = MplFigure(figsize=(4.8, 4.1))
    axes = style.bare_axes(figure, (0.0, 0.05, 1.0, 0.87))
    axes.set_xlim(-0.3, 10.7)
    axes.set_ylim(-0.25, 7.9)  # equal scales on this 4.8 x 3.57 inch box: ellipses keep their shape

    parts = _anatomy()
    for part in parts[:3]:
        part.set_clip_on(False)
        axes.add_patch(part)
    for line in (VENTRICLE_BODY, TEMPORAL_HORN):
        xs, ys = zip(*line, strict=True)
        axes.add_line(Line2D(xs, ys, color=style.CSF, linewidth=7, solid_capstyle="round", clip_on=False,
                             gid="nmo:ventricle"))
    lesion_style = {"facecolor": style.LESION, "edgecolor": style.LESION_EDGE, "linewidth": 0.7, "clip_on": False}
    # Rims around a ventricle go under the ventricle; all other lesions on top of everything.
    for site in (Site.PERIEPENDYMAL_THIRD, Site.PERIEPENDYMAL_FOURTH):
        if site in spec.sites:
            for centre, width, height, angle in SITE_SHAPES[site]:
                axes.add_patch(Ellipse(centre, width, height, angle=angle, gid=f"nmo:brain-lesion:{site.name}",
                                       **lesion_style))
    for part in parts[3:]:
        part.set_clip_on(False)
        axes.add_patch(part)
    for site in spec.sites:
        if site in (Site.PERIEPENDYMAL_THIRD, Site.PERIEPENDYMAL_FOURTH):
            continue
        for centre, width, height, angle in SITE_SHAPES[site]:
            axes.add_patch(Ellipse(centre, width, height, angle=angle, gid=f"nmo:brain-lesion:{site.name}",
                                   **lesion_style))
    for site in spec.sites:
        x, y, align = SITE_LABELS[site]
        (cx, cy), _, _, _ = SITE_SHAPES[site][0]
        reach = CHAR_WIDTH * len(SHORT_LABELS[site]) + 0.1  # the leader starts where the words end
        axes.add_line(Line2D([x + reach if align == "left" else x - reach, cx], [y, cy], color=style.MUTED,
                             linewidth=0.5, clip_on=False))
        axes.text(x, y, SHORT_LABELS[site], ha=align, va="center", fontsize=6.5, color=style.INK,
                  gid=f"nmo:site-label:{site.name}",
                  bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6})
    axes.text(1.3, 3.55, "front", ha="center", va="center", fontsize=6, color=style.MUTED)
    axes.text(8.9, 3.55, "back", ha="center", va="center", fontsize=6, color=style.MUTED)
    if not spec.sites:
        words = "normal or nonspecific brain MRI" if spec.normal else "no typical lesion site recorded"
        axes.text(5.0, 7.5, words, ha="center", va="bottom", fontsize=7, color=style.INK, gid="nmo:no-site")
    style.stamp(figure, TITLE, spec.synthetic)
    return figure


@lru_cache(maxsize=CACHE_SIZE)
def brain_figure(spec: BrainSpec) -> Figure:
    """The brain schematic with its alt text."""
    alt = brain_alt(spec)
    return Figure(kind="brain", title=f"Schematic {TITLE}", alt=alt,
                  svg=to_svg(draw_brain(spec), f"Schematic {TITLE}", alt), draw=lambda: draw_brain(spec))
