"""MEDLINE text format (PubMed's "MEDLINE" display / efetch ``rettype=medline``).

A record is a block of tagged lines (``TAG - value``; the tag padded to four characters),
continuation lines indented with spaces, records separated by blank lines. The abstract is the
``AB`` field; a structured abstract keeps its labels inline (``OBJECTIVE: ... DESIGN: ...``), so
the ``AB`` text is split into sections by the plain-text parser.
"""

from __future__ import annotations

import re

from nmo_teach.abstracts.errors import AbstractError
from nmo_teach.abstracts.model import Citation, StructuredAbstract
from nmo_teach.abstracts.text import parse_text

_TAG_LINE = re.compile(r"^(?P<tag>[A-Z][A-Z0-9]{0,3})\s*- ?(?P<value>.*)$")


def looks_like_medline(text: str) -> bool:
    """True when the text has MEDLINE tag lines such as ``PMID- `` or ``AB  - ``."""
    return bool(re.search(r"^(PMID|AB  |TI  )- ", text, flags=re.MULTILINE))


def _records(text: str) -> list[list[tuple[str, str]]]:
    records: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            if current:
                records.append(current)
                current = []
            continue
        match = _TAG_LINE.match(line) if line[:1] != " " else None
        if match and line[4:6] == "- ":
            current.append((match["tag"], match["value"].strip()))
        elif current and line[:1] == " ":
            tag, value = current[-1]
            current[-1] = (tag, f"{value} {line.strip()}")
        elif current:
            tag, value = current[-1]
            current[-1] = (tag, f"{value} {line.strip()}")
    if current:
        records.append(current)
    return records


def _first(fields: list[tuple[str, str]], tag: str) -> str | None:
    return next((value for t, value in fields if t == tag), None)


def parse_medline(text: str, source: str = "MEDLINE") -> list[StructuredAbstract]:
    """Every record with an ``AB`` field, as a ``StructuredAbstract``, in file order."""
    parsed = []
    for fields in _records(text):
        abstract_text = _first(fields, "AB")
        if not abstract_text:
            continue
        body = parse_text(abstract_text, source=source)
        year_match = re.search(r"\d{4}", _first(fields, "DP") or "")
        doi = None
        for tag, value in fields:
            if tag in ("LID", "AID") and value.endswith("[doi]"):
                doi = value.removesuffix("[doi]").strip()
                break
        authors = [v for t, v in fields if t in ("AU", "CN")]
        citation = Citation(
            pmid=_first(fields, "PMID"),
            doi=doi,
            journal=_first(fields, "TA") or _first(fields, "JT"),
            year=int(year_match.group(0)) if year_match else None,
            volume=_first(fields, "VI"),
            issue=_first(fields, "IP"),
            pages=_first(fields, "PG"),
            authors=tuple(authors),
        )
        parsed.append(
            body.model_copy(
                update={
                    "title": _first(fields, "TI"),
                    "citation": citation,
                    "source_format": "medline",
                }
            )
        )
    if not parsed:
        raise AbstractError(
            f"{source}: no MEDLINE record with an abstract (an 'AB  - ' field) was found"
        )
    return parsed
