"""Structured-abstract toolkit: parse any abstract, find its figures, check them, appraise it.

    >>> from nmo_teach.abstracts import parse_file, check_figures, worksheet
    >>> abstract = parse_file("tests/fixtures/abstracts/kleiter2012.txt")[0]

Parsers read plain text, PubMed efetch XML and MEDLINE text; every failure is an
``AbstractError`` (a ``NmoTeachError``) with a one-line message.
"""

from nmo_teach.abstracts.appraisal import cebm_level, key_for, load_instructor_key, worksheet
from nmo_teach.abstracts.checks import (
    Check,
    MedianRangeCheck,
    Verdict,
    check_figures,
    count_datasets,
    count_within,
    enumerate_datasets,
    grim,
    hozo_mean,
    interval_contains,
    median_range,
    proportion_matches,
    within_bounds,
)
from nmo_teach.abstracts.errors import AbstractError
from nmo_teach.abstracts.figures import extract_figures
from nmo_teach.abstracts.model import (
    CategorySource,
    Citation,
    Figure,
    FigureKind,
    NlmCategory,
    Section,
    StructuredAbstract,
)
from nmo_teach.abstracts.parse import SourceFormat, parse_bytes, parse_file, parse_string
from nmo_teach.abstracts.questions import reading_questions

__all__ = [
    "AbstractError", "CategorySource", "Check", "Citation", "Figure", "FigureKind",
    "MedianRangeCheck", "NlmCategory", "Section", "SourceFormat", "StructuredAbstract", "Verdict",
    "cebm_level", "check_figures", "count_datasets", "count_within", "enumerate_datasets",
    "extract_figures", "grim", "hozo_mean", "interval_contains", "key_for", "load_instructor_key",
    "median_range", "parse_bytes", "parse_file", "parse_string", "proportion_matches",
    "reading_questions", "within_bounds", "worksheet",
]
