"""Reading facts back out of a schematic's SVG, for the figure tests.

The tests parse the drawn shapes (not the spec they came from): where the lesion's top and bottom
edges fall against the drawn vertebrae, how long the optic lesion is against the drawn ruler.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

NS = {"svg": "http://www.w3.org/2000/svg"}
_NUMBERS = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    @property
    def middle_y(self) -> float:
        return (self.top + self.bottom) / 2


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def path_box(d: str) -> Box:
    """Bounding box of a path's points (control points included: the shapes here are convex)."""
    values = [float(v) for v in _NUMBERS.findall(d)]
    xs, ys = values[0::2], values[1::2]
    return Box(min(xs), min(ys), max(xs), max(ys))


def groups(root: ET.Element, kind: str) -> list[ET.Element]:
    return [g for g in root.iter(f"{{{NS['svg']}}}g") if g.get("class") == kind]


def boxes(root: ET.Element, kind: str) -> dict[str, Box]:
    """Bounding box of the path in each group of class ``kind``, keyed by its data-name."""
    found = {}
    for group in groups(root, kind):
        path = group.find("svg:path", NS)
        assert path is not None, f"group {kind} {group.get('data-name')} has no path"
        found[group.get("data-name", "")] = path_box(path.get("d", ""))
    return found


def texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{{{NS['svg']}}}text")]


def covered_levels(root: ET.Element, lesion: Box) -> list[str]:
    """Vertebral levels whose drawn body's middle lies between the lesion's top and bottom edges."""
    vertebrae = sorted(boxes(root, "vertebra").items(), key=lambda item: item[1].top)
    return [name for name, box in vertebrae if lesion.top < box.middle_y < lesion.bottom]
