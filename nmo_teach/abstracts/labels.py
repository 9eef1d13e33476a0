"""Heading -> NLM category, through NLM's label list, with a documented fallback.

The list (``data/nlm/nlm-structured-abstract-labels.txt``, NLM release of 6 Nov 2013) is NLM's
own mapping, so it is tried first. Labels it lacks get the project's keyword rule, described in
``data/nlm/README.md``; the caller is told which of the two decided.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from nmo_teach.abstracts.errors import AbstractError
from nmo_teach.abstracts.model import CategorySource, NlmCategory
from nmo_teach.paths import data_dir
from nmo_teach.validation import MAX_CSV_BYTES, read_text, require_text, shown_value

LABEL_FILE = Path("nlm") / "nlm-structured-abstract-labels.txt"

# Registration and funding notes close many abstracts; NLM files them under BACKGROUND
# ("regist" also reads "Register" and a misspelt "REGISTRACTION"; "ClinicalTrials.gov identifier" is one too).
_TRAILER_STEMS = ("regist", "identifier", "clinicaltrials", "funding", "sponsor")
# First matching word decides; stems match singular and plural forms.
_KEYWORDS: tuple[tuple[NlmCategory, tuple[str, ...]], ...] = (
    (NlmCategory.BACKGROUND, ("background", "introduction", "context", "rationale", *_TRAILER_STEMS)),
    (
        NlmCategory.OBJECTIVE,
        ("aim", "objective", "purpose", "goal", "question", "hypothes", "importance"),
    ),
    (
        NlmCategory.METHODS,
        (
            "method", "design", "setting", "patient", "participant", "subject", "population",
            "intervention", "exposure", "measure", "material", "procedure", "sample", "source",
            "outcome",
        ),
    ),
    (NlmCategory.RESULTS, ("result", "finding")),
    (
        NlmCategory.CONCLUSIONS,
        (
            "conclusion", "interpretation", "discussion", "implication", "relevance",
            "significance", "lesson", "meaning",
        ),
    ),
)


def normalise_label(label: str) -> str:
    """The form used for lookup: trimmed, no trailing colon or stop, single spaces, no spaces around a
    slash ("Background / Objectives" is NLM's "BACKGROUND/OBJECTIVES"), a spaced "&" spelled "AND" (NLM lists
    "AIMS AND OBJECTIVE" but not "AIMS & OBJECTIVE", and the two never differ in category), upper case."""
    cleaned = re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", label)).strip().rstrip(":.").strip()
    return re.sub(r" & ", " AND ", cleaned.upper())


@lru_cache(maxsize=4)
def load_label_map(path: Path | None = None) -> dict[str, NlmCategory]:
    """NLM's label list as {LABEL: category}; raises ``AbstractError`` on a malformed line."""
    path = path or data_dir() / LABEL_FILE
    kind = "NLM label list"  # bounded, regular file only, decoded with a line-numbered message
    lines = require_text(read_text(path, AbstractError, MAX_CSV_BYTES, kind), path, AbstractError,
                         kind).splitlines()
    mapping: dict[str, NlmCategory] = {}
    for number, line in enumerate(lines, start=1):
        fields = line.split("|")
        if len(fields) != 4:
            raise AbstractError(
                f"{path}, line {number}: expected LABEL|CATEGORY|FLAG|DATE, got {shown_value(line)}"
            )
        try:
            mapping[normalise_label(fields[0])] = NlmCategory(fields[1].strip())
        except ValueError as error:
            allowed = ", ".join(c.value for c in NlmCategory)
            raise AbstractError(
                f"{path}, line {number}: category {fields[1]!r} is not one of {allowed}"
            ) from error
    return mapping


# PubMed's own label for a part the journal printed without one ("UNLABELLED: The aim was ..."), and the
# third label of JAMA's Key Points box, which NLM's list lacks though it holds the other two (Question,
# Findings); their categories come from the keyword rule.
_LABELS_BEYOND_NLM = {"UNLABELLED", "UNLABELED", "MEANING"}


def is_known_label(label: str) -> bool:
    """True if NLM's list holds this heading, or it is PubMed's "UNLABELLED" or JAMA's "Meaning", or it
    joins such labels with slashes ("Aims/Objectives/Background": NLM lists only some of the combinations)."""
    normalised = normalise_label(label)
    return _is_listed(normalised) or ("/" in normalised and all(map(_is_listed, normalised.split("/"))))


def _is_listed(normalised: str) -> bool:
    return _listed_category(normalised) is not None or normalised in _LABELS_BEYOND_NLM


def _without_the(normalised: str) -> str:
    # within the label only: "The answer: partly." opens no "Answer" part, nor "A case – control study" a "Case" one
    return re.sub(r"(?<=\S) THE ", " ", normalised)


@lru_cache(maxsize=1)
def _label_map_without_the() -> dict[str, NlmCategory]:
    return {_without_the(label): category for label, category in load_label_map().items()}


def _listed_category(normalised: str) -> NlmCategory | None:
    """NLM's category for a heading, also when it prints a "the" within it that NLM's form lacks, or lacks one NLM's
    has ("Place and Duration of the Study" is NLM's "PLACE AND DURATION OF STUDY")."""
    found = load_label_map().get(normalised)
    return found if found is not None else _label_map_without_the().get(_without_the(normalised))


def keyword_category(label: str) -> NlmCategory | None:
    """The fallback rule: the category of the first word that names one, or None."""
    for word in re.findall(r"[a-z]+", label.lower()):
        for category, stems in _KEYWORDS:
            if any(word.startswith(stem) for stem in stems):
                return category
    return None


def is_trailer(label: str) -> bool:
    """Whether a heading names a note that closes an abstract (trial registration, funding): filed
    under BACKGROUND, yet no part of the abstract comes after it, so it opens nothing."""
    return any(word.startswith(_TRAILER_STEMS) for word in re.findall(r"[a-z]+", label.lower()))


# The order in which an abstract's parts come; a heading that steps back in it is suspect.
READING_ORDER = {NlmCategory.BACKGROUND: 0, NlmCategory.OBJECTIVE: 1, NlmCategory.METHODS: 2,
                 NlmCategory.RESULTS: 3, NlmCategory.CONCLUSIONS: 4}


def categorise(label: str | None) -> tuple[NlmCategory, CategorySource]:
    """The NLM category of a printed heading and where that answer came from."""
    if not label or not label.strip():
        return NlmCategory.UNASSIGNED, CategorySource.NONE
    found = _listed_category(normalise_label(label))
    if found is not None:
        return found, CategorySource.NLM_LIST
    guessed = keyword_category(label)
    if guessed is not None:
        return guessed, CategorySource.KEYWORD_RULE
    return NlmCategory.UNASSIGNED, CategorySource.NONE
