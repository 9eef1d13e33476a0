"""One entry point for any abstract: bytes or a file in, ``StructuredAbstract`` objects out.

Decoding and format detection live here so that every parser receives clean text (or, for XML,
bytes) and every failure becomes one ``AbstractError`` naming the source.
"""

from __future__ import annotations

import codecs
from enum import StrEnum
from pathlib import Path

from nmo_teach.abstracts.errors import AbstractError
from nmo_teach.abstracts.figures import with_figures
from nmo_teach.abstracts.medline import looks_like_medline, parse_medline
from nmo_teach.abstracts.model import StructuredAbstract
from nmo_teach.abstracts.pubmed_xml import parse_pubmed_xml
from nmo_teach.abstracts.text import parse_text

MAX_BYTES = 20_000_000  # a PubMed export of several thousand records; larger is not an abstract


class SourceFormat(StrEnum):
    """The formats ``parse_bytes`` reads; AUTO picks one from the content."""

    AUTO = "auto"
    TEXT = "text"
    PUBMED_XML = "pubmed-xml"
    MEDLINE = "medline"


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused.

    Binary files (NUL bytes outside UTF-16) are refused with their own message, since "cannot
    decode" would not tell a user that they passed a PDF or an image.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise AbstractError(f"{source}: invalid UTF-16 text: {error.reason}") from None
    if b"\x00" in data:
        raise AbstractError(
            f"{source}: looks like a binary file (it contains NUL bytes); expected a text, "
            "MEDLINE or PubMed XML abstract"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise AbstractError(
            f"{source}: not UTF-8 text (undecodable byte 0x{data[error.start]:02x} at offset "
            f"{error.start}); save the file as UTF-8"
        ) from None


def detect_format(text: str) -> SourceFormat:
    """XML if it starts with '<', MEDLINE if it has MEDLINE tag lines, else plain text."""
    if text.lstrip().startswith("<"):
        return SourceFormat.PUBMED_XML
    if looks_like_medline(text):
        return SourceFormat.MEDLINE
    return SourceFormat.TEXT


def parse_bytes(
    data: bytes, source: str = "input", fmt: SourceFormat | str = SourceFormat.AUTO
) -> list[StructuredAbstract]:
    """Every abstract in ``data`` with its figures extracted; ``AbstractError`` on bad input."""
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
        abstracts = parse_medline(text, source)
    else:
        abstracts = [parse_text(text, source)]
    return [with_figures(abstract) for abstract in abstracts]


def parse_string(text: str, fmt: SourceFormat | str = SourceFormat.AUTO) -> StructuredAbstract:
    """The first abstract in a string (a pasted abstract is usually one)."""
    return parse_bytes(text.encode("utf-8"), "text", fmt)[0]


def parse_file(path: Path | str, fmt: SourceFormat | str = SourceFormat.AUTO) -> list[StructuredAbstract]:
    """Every abstract in the file at ``path``."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise AbstractError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise AbstractError(f"{path}: is a directory; expected an abstract file") from None
    except OSError as error:
        raise AbstractError(f"{path}: cannot read: {error.strerror or error}") from None
    return parse_bytes(data, str(path), fmt)
