"""Alt text for each schematic, written from the same spec the picture is drawn from.

Why from the spec and not by hand: a reader who cannot see the picture must get the same facts
(how many lesions, from which level to which, how many segments, what share of the optic nerve),
and a hand-written sentence would drift from the drawing the first time a record changes.
"""

from __future__ import annotations

from nmo_teach.criteria.ipnd2015 import LETM_SEGMENTS
from nmo_teach.figures.spec import BrainSpec, CordLesionSpec, CordSpec, OpticSpec

_COUNT_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def count_words(n: int) -> str:
    return _COUNT_WORDS[n] if 0 <= n < len(_COUNT_WORDS) else str(n)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _synthetic(synthetic: bool) -> str:
    return " Synthetic patient." if synthetic else ""


def cord_lesion_words(lesion: CordLesionSpec) -> str:
    """'from C3 to C6, 4 vertebral segments (longitudinally extensive; attack 2)'."""
    kind = "longitudinally extensive" if lesion.longitudinally_extensive else f"short, under {LETM_SEGMENTS}"
    detail = f"{kind}; {lesion.note}" if lesion.note else kind
    length = _plural(lesion.segments, "vertebral segment")
    if not lesion.level_known:
        return f"over {length} at a level not recorded ({detail})"
    where = f"at {lesion.start_level}" if lesion.segments == 1 else f"from {lesion.start_level} to {lesion.end_level}"
    return f"{where}, {length} ({detail})"


def cord_alt(spec: CordSpec) -> str:
    """'Schematic sagittal cord: one lesion from C3 to C6, 4 vertebral segments (longitudinally extensive).'"""
    n = len(spec.lesions)
    lesions = "; ".join(cord_lesion_words(lesion) for lesion in spec.lesions)
    noun = "lesion" if n == 1 else "lesions"
    return f"Schematic sagittal cord: {count_words(n)} {noun} {lesions}.{_synthetic(spec.synthetic)}"


def optic_words(spec: OpticSpec) -> str:
    """'lesion over 60% of the nerve length (more than half); chiasm involved'."""
    if spec.share is None:
        length = "lesion length not recorded"
    elif spec.share == 0:
        length = "no optic-nerve lesion"
    else:
        half = "more than half" if spec.long_lesion else "half or less"
        length = f"lesion over {round(100 * spec.share)}% of the nerve length ({half})"
    chiasm = {True: "chiasm involved", False: "chiasm spared", None: "chiasm not recorded"}[spec.chiasm]
    words = f"{length}; {chiasm}"
    return f"{words}; {spec.note}" if spec.note else words


def optic_alt(spec: OpticSpec) -> str:
    """'Schematic optic nerve from globe to chiasm: lesion over 60% of the nerve length (more than half); chiasm spared.'"""
    return f"Schematic optic nerve from globe to chiasm: {optic_words(spec)}.{_synthetic(spec.synthetic)}"


def brain_alt(spec: BrainSpec) -> str:
    """'Schematic brain, side view: periventricular lesions, ... .'"""
    if spec.sites:
        shown = ", ".join(site.words for site in spec.sites)
    elif spec.normal:
        shown = "brain MRI normal or nonspecific, no typical lesion site"
    else:
        shown = "no typical lesion site recorded"
    return f"Schematic brain, side view: {shown}.{_synthetic(spec.synthetic)}"
