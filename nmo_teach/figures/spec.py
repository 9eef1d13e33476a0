"""What a figure shows, as plain data: the seam between the patient record and the drawing.

Why a layer of its own: the drawing code and the alt text must say the same thing, and both must
survive changes to the patient record. So the record is read in one place (``from_patient``) into
these small frozen specs, and everything else (``alt`` and the drawing modules ``cord``, ``optic``,
``brain``) reads only them.
A spec holds facts, not geometry: vertebral levels and segment counts, the share of the optic
nerve, the named brain sites.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from nmo_teach.criteria.ipnd2015 import LETM_SEGMENTS, OPTIC_NERVE_SHARE
from nmo_teach.criteria.model import VERTEBRAL_LEVELS

# The vertebral levels the schematic column can show, top to bottom (the record's own list). The
# cord itself ends near L1-L2; the column carries on so that any recorded length can be laid out.
LEVELS: tuple[str, ...] = VERTEBRAL_LEVELS
# Where a lesion whose level the record does not hold is drawn (flagged as such in text and picture).
DEFAULT_START = "C4"


class FigureSpecError(ValueError):
    """A spec that cannot be drawn (a level that does not exist, a share outside 0 to 1)."""


def level_index(level: str) -> int:
    """0-based position of a vertebral level (C1 = 0) in ``LEVELS``."""
    try:
        return LEVELS.index(level)
    except ValueError:
        raise FigureSpecError(f"level: got {level!r}; allowed: C1-C7, T1-T12, L1-L5") from None


@dataclass(frozen=True)
class CordLesionSpec:
    """One cord lesion: its first (highest) vertebral level and its length in vertebral segments.

    ``start_level`` is None when the record gives the length but not the level; the lesion is then
    drawn from ``DEFAULT_START`` or below (see ``cord_layout``) and marked "level not recorded".
    """

    segments: int
    start_level: str | None = None
    note: str = ""  # what the lesion belongs to, e.g. "attack 2" or "asymptomatic"

    def __post_init__(self) -> None:
        if isinstance(self.segments, bool) or not isinstance(self.segments, int) or self.segments < 1:
            raise FigureSpecError(f"segments: got {self.segments!r}; allowed: a whole number of 1 or more")
        if self.start_level is not None:
            level_index(self.start_level)

    @property
    def level_known(self) -> bool:
        return self.start_level is not None

    @property
    def first(self) -> int:
        """Index of the first level the lesion covers."""
        return level_index(self.start_level or DEFAULT_START)

    @property
    def last(self) -> int:
        """Index of the last level covered, clipped to the column (a lesion cannot leave the spine)."""
        return min(self.first + self.segments - 1, len(LEVELS) - 1)

    @property
    def end_level(self) -> str:
        return LEVELS[self.last]

    @property
    def longitudinally_extensive(self) -> bool:
        """LETM: at least ``LETM_SEGMENTS`` contiguous vertebral segments (the IPND threshold)."""
        return self.segments >= LETM_SEGMENTS


@dataclass(frozen=True)
class CordSpec:
    """The sagittal cord figure: every cord lesion the record holds with a known length."""

    lesions: tuple[CordLesionSpec, ...]
    synthetic: bool = False


@dataclass(frozen=True)
class OpticSpec:
    """The optic-nerve figure: the lesion's share of the nerve length and whether the chiasm is involved.

    ``share`` is None when the record does not give it (only the chiasm is then drawn as known).
    ``chiasm`` is True / False / None (unknown).
    """

    share: float | None
    chiasm: bool | None
    note: str = ""
    synthetic: bool = False

    def __post_init__(self) -> None:
        if self.share is not None and (isinstance(self.share, bool) or not 0 <= self.share <= 1):
            raise FigureSpecError(f"share: got {self.share!r}; allowed: a fraction from 0 to 1")

    @property
    def long_lesion(self) -> bool | None:
        """More than half the nerve length (the IPND optic-neuritis MRI requirement)."""
        return None if self.share is None else self.share > OPTIC_NERVE_SHARE


class Site(StrEnum):
    """The brain lesion sites the schematic can show; the value is the label printed next to it."""

    PERIVENTRICULAR = "periventricular"
    DAWSON_FINGER = "Dawson's finger"
    LATERAL_VENTRICLE_BODY = "adjacent to body of lateral ventricle"
    JUXTACORTICAL_U_FIBRE = "juxtacortical (U-fibre)"
    INFERIOR_TEMPORAL = "inferior temporal lobe"
    TEMPORAL_HORN = "adjacent to lateral ventricle in inferior temporal lobe"
    PERIEPENDYMAL_THIRD = "periependymal, third ventricle"
    DIENCEPHALIC = "diencephalic (thalamus/hypothalamus)"
    PERIEPENDYMAL_FOURTH = "periependymal, fourth ventricle"
    AREA_POSTREMA = "area postrema / dorsal medulla"
    CORTICAL = "cortical"

    @property
    def words(self) -> str:
        return SITE_WORDS.get(self, self.value)


SITE_WORDS: dict[Site, str] = {
    Site.PERIVENTRICULAR: "periventricular lesions",
    Site.DAWSON_FINGER: "Dawson's finger lesions perpendicular to the lateral ventricle",
    Site.LATERAL_VENTRICLE_BODY: "a lesion adjacent to the body of the lateral ventricle",
    Site.JUXTACORTICAL_U_FIBRE: "a juxtacortical lesion involving U-fibres",
    Site.INFERIOR_TEMPORAL: "a lesion in the inferior temporal lobe",
    Site.TEMPORAL_HORN: "a lesion adjacent to the lateral ventricle (temporal horn) in the inferior temporal lobe",
    Site.PERIEPENDYMAL_THIRD: "a periependymal lesion around the third ventricle",
    Site.DIENCEPHALIC: "a diencephalic lesion",
    Site.PERIEPENDYMAL_FOURTH: "a periependymal lesion around the fourth ventricle",
    Site.AREA_POSTREMA: "an area postrema / dorsal medulla lesion",
    Site.CORTICAL: "a cortical lesion",
}


@dataclass(frozen=True)
class BrainSpec:
    """The brain figure: the typical lesion sites the record holds (in ``Site`` order).

    ``normal`` says the record calls the brain MRI normal or nonspecific; the outline is then drawn
    with no site, and the text says so.
    """

    sites: tuple[Site, ...]
    normal: bool = False
    synthetic: bool = False

    def __post_init__(self) -> None:
        ordered = tuple(site for site in Site if site in self.sites)
        object.__setattr__(self, "sites", ordered)


@dataclass(frozen=True)
class PlacedLesion:
    """A cord lesion with the level indices it is drawn over (first and last, inclusive)."""

    lesion: CordLesionSpec
    first: int
    last: int


def cord_layout(spec: CordSpec) -> tuple[PlacedLesion, ...]:
    """Where each lesion goes: at its level if known; lesions of unknown level one under another.

    Unknown-level lesions start at ``DEFAULT_START`` or lower, with a free segment between them
    and any other lesion, so that no lesion hides another.
    """
    last_index = len(LEVELS) - 1
    occupied = {i for lesion in spec.lesions if lesion.level_known for i in range(lesion.first, lesion.last + 1)}
    placed: list[PlacedLesion] = []
    next_free = level_index(DEFAULT_START)
    for lesion in spec.lesions:
        if lesion.level_known:
            placed.append(PlacedLesion(lesion, lesion.first, lesion.last))
            continue
        first = next_free
        while first < last_index and occupied & set(range(first - 1, first + lesion.segments + 1)):
            first += 1
        last = min(first + lesion.segments - 1, last_index)
        occupied.update(range(first, last + 1))
        next_free = last + 2
        placed.append(PlacedLesion(lesion, first, last))
    return tuple(placed)
