"""One entry point for any abstract: bytes or a file in, ``StructuredAbstract`` objects out.

Decoding and format detection live here so that every parser receives clean text (or, for XML,
bytes) and every failure becomes one ``AbstractError`` naming the source.
"""

from __future__ import annotations

import html
import re
from enum import StrEnum
from pathlib import Path

from nmo_teach.abstracts.errors import AbstractError
from nmo_teach.abstracts.figures import with_figures
from nmo_teach.abstracts.medline import looks_like_medline, parse_medline
from nmo_teach.abstracts.model import StructuredAbstract
from nmo_teach.abstracts.pubmed_xml import parse_pubmed_xml
from nmo_teach.abstracts.second_reading import ReadingChoice
from nmo_teach.abstracts.text import parse_text
from nmo_teach.validation import decode_text, read_bytes

MAX_BYTES = 20_000_000  # a PubMed export of several thousand records; larger is not an abstract
# One abstract's text: a structured abstract is 2-3 KB, a whole pasted paper about 100 KB. Reading
# is linear in the text (benchmarks/bench_abstract_scaling.py: about 2 s of CPU per MB), so the limit
# bounds the wait at a few seconds and says what to paste instead.
MAX_ABSTRACT_CHARS = 2_000_000


class SourceFormat(StrEnum):
    """The formats ``parse_bytes`` reads; AUTO picks one from the content."""

    AUTO = "auto"
    TEXT = "text"
    PUBMED_XML = "pubmed-xml"
    MEDLINE = "medline"


def decode(data: bytes, source: str) -> str:
    """Bytes to text by the project's one rule (``nmo_teach.validation.decode_text``): UTF-8 with
    or without BOM, or UTF-16 with a BOM; UTF-32, binary files (NUL bytes) and other encodings
    are refused with a line that says which, and where."""
    return decode_text(data, source, AbstractError, "text, MEDLINE or PubMed XML abstract")


def detect_format(text: str) -> SourceFormat:
    """XML if it starts with '<', MEDLINE if it has MEDLINE tag lines, else plain text."""
    if text.lstrip().startswith("<"):
        return SourceFormat.PUBMED_XML
    if looks_like_medline(text):
        return SourceFormat.MEDLINE
    return SourceFormat.TEXT


def parse_bytes(
    data: bytes, source: str = "input", fmt: SourceFormat | str = SourceFormat.AUTO, *,
    second_reading: ReadingChoice = "shipped",
) -> list[StructuredAbstract]:
    """Every abstract in ``data`` with its figures extracted; ``AbstractError`` on bad input.

    ``second_reading``: the learned reading that adds the numbers the grammar passed over
    (``nmo_teach.abstracts.second_reading``); None reads with the grammar alone."""
    try:
        fmt = SourceFormat(fmt)
    except ValueError:
        allowed = ", ".join(f.value for f in SourceFormat)
        raise AbstractError(f"{source}: unknown format {fmt!r}; expected one of {allowed}") from None
    if not data.strip():
        raise AbstractError(f"{source}: the file is empty; expected an abstract")
    if len(data) > MAX_BYTES:
        raise AbstractError(
            f"{source}: {len(data):,} bytes is larger than the {MAX_BYTES:,} accepted"
        )
    text = decode(data, source)
    if fmt is SourceFormat.AUTO:
        fmt = detect_format(text)
    if fmt is SourceFormat.PUBMED_XML:
        abstracts = parse_pubmed_xml(data, source)  # expat honours the declared encoding
    elif fmt is SourceFormat.MEDLINE:
        abstracts = parse_medline(unescape_html(text), source)  # PubMed's MEDLINE display keeps "P &lt; 0.05"
    else:
        _refuse_if_too_long(len(text), "the abstract", source)  # before reading it at all
        abstracts = [parse_text(unescape_html(text), source)]
    for number, abstract in enumerate(abstracts, start=1):
        size = sum(len(section.text) for section in abstract.sections)
        _refuse_if_too_long(size, f"abstract {number}" if len(abstracts) > 1 else "the abstract",
                            source)
    return [with_figures(abstract, second_reading) for abstract in abstracts]


# "&amp;lt;" is an entity escaped twice, as a page's JSON or a second export leaves it: the same "<".
_HTML_ENTITY = re.compile(r"&(?:amp;(?=(?:lt|gt|le|ge|nbsp|thinsp|minus|plusmn|middot|ndash|mdash)))?"
                          r"(?:lt|gt|le|ge|amp|nbsp|thinsp|minus|plusmn|middot|ndash|mdash|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


# Line-breaking and inline tags a page's source or a reference manager leaves in an abstract.
_HTML_BREAK = re.compile(r"<(?:br|p|/p|div|/div)\b[^<>]{0,40}>", re.IGNORECASE)
_HTML_INLINE = re.compile(r"</?(?:b|i|em|strong|sup|sub|span|u)\b[^<>]{0,40}>", re.IGNORECASE)


def unescape_html(text: str) -> str:
    """Text copied from a page's source keeps entities ("P &lt; 0.05") and tags ("<br><br>METHODS:");
    a reader sees the characters and the line breaks, so the parser does too. Only entity- and
    tag-shaped runs are changed, so "P<0.05" stays as it is."""
    if "<" in text:
        text = _HTML_INLINE.sub("", _HTML_BREAK.sub("\n", text))
    # unescaped twice, so that "&amp;lt;" is "<" while "&amp;" alone stays "&"
    return _HTML_ENTITY.sub(lambda m: html.unescape(html.unescape(m[0])), text) if "&" in text else text


def _refuse_if_too_long(size: int, where: str, source: str) -> None:
    if size > MAX_ABSTRACT_CHARS:
        raise AbstractError(
            f"{source}: {where} has {size:,} characters, more than the {MAX_ABSTRACT_CHARS:,} "
            "accepted for one abstract; paste the abstract, not the whole paper"
        )


def parse_string(text: str, fmt: SourceFormat | str = SourceFormat.AUTO, *,
                 second_reading: ReadingChoice = "shipped") -> StructuredAbstract:
    """The first abstract in a string (a pasted abstract is usually one; ``second_reading`` as
    for ``parse_bytes``)."""
    return parse_bytes(text.encode("utf-8"), "text", fmt, second_reading=second_reading)[0]


def parse_file(path: Path | str, fmt: SourceFormat | str = SourceFormat.AUTO, *,
               second_reading: ReadingChoice = "shipped") -> list[StructuredAbstract]:
    """Every abstract in the file at ``path`` (``second_reading`` as for ``parse_bytes``)."""
    path = Path(path)
    # Bounded and non-blocking: a folder, a pipe, /dev/zero or a huge file is refused unread.
    data = read_bytes(path, AbstractError, MAX_BYTES, "abstract file")
    return parse_bytes(data, str(path), fmt, second_reading=second_reading)
