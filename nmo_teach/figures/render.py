"""A drawn matplotlib figure as a small, accessible, inline-safe SVG (and PNG on request).

Why post-process matplotlib's SVG: its output carries metadata, a long font list on every label,
an id on every group and six-decimal coordinates. In a web page those cost bytes on every visit,
and two copies of the same picture on one page (a vignette shown in the text and again in a quiz)
would repeat ids, which breaks accessibility checks. So the SVG is reduced to what draws the
picture, named for assistive technology (``role="img"``, ``aria-label``, ``<title>``),
and the shapes the tests look for keep a ``class`` (set through matplotlib's ``gid``).
"""

from __future__ import annotations

import html
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import matplotlib as mpl

if TYPE_CHECKING:
    from matplotlib.figure import Figure as MplFigure

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)

# Settings for every schematic: text stays text (no embedded glyphs), ids are reproducible.
RC: dict[str, Any] = {
    "svg.fonttype": "none",
    "svg.hashsalt": "nmo-teach",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 8,
    "path.simplify": True,
}
# An inline SVG's <style> applies to the whole page, so every rule is scoped to the schematic.
SCOPE = "svg.nmo-schematic"
BASE_CSS = (f"{SCOPE} *{{stroke-linejoin:round;stroke-linecap:butt}}"
            f"{SCOPE} text{{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;fill:#1a1a1a}}")
SCREEN_PX_PER_PT = 1.6  # CSS draws 1 pt as 1.33 px; labels of 6.5 pt need a little more on screen
# Drawn figures are cached by spec (specs are frozen, figures immutable): a pool of practice cases
# or a quiz page repeats a few dozen distinct pictures many times, and one drawing costs ~0.1 s.
CACHE_SIZE = 256
# gid prefix marking a shape the reader (and the tests) should be able to find: "nmo:<class>[:<name>]".
MARK = "nmo:"
_NUMBER = re.compile(r"-?\d+\.\d+")
_FONT_FAMILY = re.compile(r"font-family:[^;]*;?\s*")


def _round(text: str) -> str:
    """Coordinates to one decimal (a tenth of a point is far below what a screen shows)."""

    def short(match: re.Match[str]) -> str:
        value = f"{float(match.group()):.1f}".rstrip("0").rstrip(".")
        return "0" if value in ("-0", "") else value

    return " ".join(_NUMBER.sub(short, text).split())


def _tag(element: ET.Element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def _clean(element: ET.Element) -> None:
    """Strip ids, styles that repeat the default font, and over-precise numbers, in place."""
    mark = element.attrib.pop("id", "")
    if mark.startswith(MARK):
        kind, _, name = mark.removeprefix(MARK).partition(":")
        element.set("class", kind)
        if name:
            element.set("data-name", name)
    for attribute in ("d", "x", "y", "points", "transform"):
        if attribute in element.attrib:
            element.set(attribute, _round(element.attrib[attribute]))
    if element.get("transform", "").startswith("rotate(-0 "):
        del element.attrib["transform"]
    if "style" in element.attrib:
        style = _FONT_FAMILY.sub("", element.attrib["style"]).strip().rstrip(";")
        style = _round(style)
        if style:
            element.set("style", style)
        else:
            del element.attrib["style"]
    for child in element:
        _clean(child)


def _flatten(element: ET.Element) -> None:
    """Lift the children of attribute-less groups into their parent (matplotlib nests deeply)."""
    index = 0
    while index < len(element):
        child = element[index]
        _flatten(child)
        if _tag(child) == "g" and not child.attrib:
            element.remove(child)
            for offset, grandchild in enumerate(list(child)):
                element.insert(index + offset, grandchild)
            index += len(child)
        else:
            index += 1


def _lift_styles(root: ET.Element) -> str:
    """CSS rules for shape classes whose paths all share one style; the repeated styles are dropped.

    The twenty-odd vertebrae of the cord figure share one look; saying it once saves most of the
    picture's bytes.
    """
    styles: dict[str, set[str]] = {}
    members: dict[str, list[ET.Element]] = {}
    for group in root.iter(f"{{{SVG_NS}}}g"):
        kind = group.get("class")
        if not kind:
            continue
        for child in group:
            if _tag(child) in ("path", "text"):
                key = f"{kind} {_tag(child)}"
                styles.setdefault(key, set()).add(child.get("style", ""))
                members.setdefault(key, []).append(child)
    rules = []
    for key, found in sorted(styles.items()):
        if len(found) == 1 and len(members[key]) > 1 and (style := found.pop()):
            rules.append(f"{SCOPE} .{key}{{{style.replace(' ', '')}}}")
            for member in members[key]:
                del member.attrib["style"]
    return "".join(rules)


def _check_self_contained(root: ET.Element) -> None:
    for element in root.iter():
        for name, value in element.attrib.items():
            if "url(#" in value or (name.endswith("href") and value.startswith("#")):
                raise ValueError(f"schematic SVG refers to an id ({name}={value!r}); draw without clipping or markers")


def to_svg(figure: MplFigure, title: str, alt: str) -> str:
    """The figure as an SVG document string with no ids, named by ``title`` and described by ``alt``."""
    buffer = io.StringIO()
    with mpl.rc_context(RC):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    root = ET.fromstring(buffer.getvalue())
    for element in list(root):
        if _tag(element) in ("metadata", "defs"):
            root.remove(element)
    _check_self_contained(root)
    _clean(root)
    _flatten(root)
    lifted = _lift_styles(root)
    width, height = root.attrib.pop("width"), root.attrib.pop("height")
    root.set("role", "img")
    root.set("aria-label", alt)
    root.set("class", "nmo-schematic")
    root.set("style", f"max-width:100%;height:auto;width:{_display_width(width)};aspect-ratio:{_aspect(width, height)}")
    root.attrib.pop("version", None)
    defs = ET.Element(f"{{{SVG_NS}}}style")
    defs.text = BASE_CSS + lifted
    title_element = ET.Element(f"{{{SVG_NS}}}title")
    title_element.text = title
    for position, element in enumerate((title_element, defs)):
        root.insert(position, element)
    ET.indent(root, space="")
    return ET.tostring(root, encoding="unicode").replace("\n", "")


def _display_width(width: str) -> str:
    """Shown a fifth larger than print size: the small labels stay legible on a screen."""
    return f"{round(float(width.removesuffix('pt')) * SCREEN_PX_PER_PT)}px"


def _aspect(width: str, height: str) -> str:
    return f"{float(width.removesuffix('pt'))} / {float(height.removesuffix('pt'))}"


def to_png(figure: MplFigure, dpi: int = 150) -> bytes:
    buffer = io.BytesIO()
    with mpl.rc_context(RC):
        figure.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return buffer.getvalue()


@dataclass(frozen=True)
class Figure:
    """One drawn schematic: its kind, its SVG and the alt text written from the same facts.

    In Jupyter (and so in the book, through myst-nb) it displays as inline SVG with its caption;
    ``png()`` redraws it as a raster image where a notebook or export wants one.
    """

    kind: str  # "cord", "optic-nerve" or "brain"
    title: str
    alt: str
    svg: str
    draw: Callable[[], MplFigure] = field(repr=False, compare=False)

    def html(self, caption: bool = True) -> str:
        """A ``<figure>`` holding the inline SVG and, with ``caption``, the alt text as its caption.

        The white panel keeps the dark-on-light drawing readable in the site's dark mode.
        """
        text = f'<figcaption style="color:#1a1a1a">{html.escape(self.alt)}</figcaption>' if caption else ""
        return (f'<figure class="nmo-figure nmo-figure-{self.kind}" style="background:#fff;color:#1a1a1a;'
                f'padding:.4em;border-radius:4px;max-width:{_max_width(self.kind)}">{self.svg}{text}</figure>')

    def png(self, dpi: int = 150) -> bytes:
        return to_png(self.draw(), dpi)

    def _repr_html_(self) -> str:
        return self.html()


def _max_width(kind: str) -> str:
    return {"cord": "22em", "optic-nerve": "36em", "brain": "40em"}.get(kind, "36em")


def figures_html(figures: Sequence[Figure]) -> str:
    """Several figures side by side (wrapping on a phone), or "" when there are none."""
    if not figures:
        return ""
    inner = "".join(figure.html() for figure in figures)
    return f'<div class="nmo-figures" style="display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start">{inner}</div>'
