"""Plain-text abstracts, as copied from PubMed or a journal page.

Recognised headings:
- a heading and its text on one line: ``OBJECTIVE: To describe ...``, ``Objective: ...``,
  ``Design, Setting, and Participants: ...``;
- a heading alone on its line, with or without a colon, the text following on later lines;
- a heading followed by its text with no colon, as The Lancet prints them (``Findings Between
  2014 and ...``): only for headings in NLM's list, followed by a capital letter or digit;
- headings inside one running paragraph (``... in Germany. PATIENTS: Patients with ...``), as
  MEDLINE's AB field and some repositories print them. Only headings NLM lists, or upper-case
  headings that the keyword rule can categorise, are split there, so that an ordinary colon in a
  sentence is not mistaken for a heading.

Text without any heading becomes one UNASSIGNED section, as PubMed does for unstructured
abstracts. A short first line standing alone before the body is taken as the title.
"""

from __future__ import annotations

import re

from nmo_teach.abstracts.errors import AbstractError
from nmo_teach.abstracts.labels import categorise, is_known_label, keyword_category
from nmo_teach.abstracts.model import CategorySource, NlmCategory, Section, StructuredAbstract

_MAX_TITLE = 300
_LABEL_CHARS = r"[A-Za-z][A-Za-z ,&/'()\-]{0,79}?"
_INLINE = re.compile(rf"^(?P<label>{_LABEL_CHARS})\s*:\s*(?P<rest>\S.*)$")
_ALONE = re.compile(rf"^(?P<label>{_LABEL_CHARS})\s*:?\s*$")
_MIDTEXT = re.compile(r"(?<=[.?!)])\s+(?P<label>[A-Z][A-Za-z ,&/\-]{1,60}?):\s+(?=\S)")
_SKIP_LINES = {"ABSTRACT", "SUMMARY OF ABSTRACT"}


def _words(label: str) -> int:
    return len(label.split())


def _is_upper(label: str) -> bool:
    letters = [c for c in label if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 3


def is_heading(label: str, *, alone: bool, midtext: bool = False) -> bool:
    """Whether ``label`` reads as a section heading in this position (see module docstring)."""
    label = label.strip()
    if not label or _words(label) > 8:
        return False
    if is_known_label(label):
        return True
    if keyword_category(label) is None:
        return False
    if midtext:
        return _is_upper(label)
    if alone:
        return _is_upper(label)
    return _is_upper(label) or (_words(label) <= 4 and _is_title(label))


def _is_title(label: str) -> bool:
    """Reads as a heading ('Patient Cohort and Procedure', 'Key results'), not as the start of a
    sentence ('We asked one question'): capitalised first word that is not a pronoun or article,
    and at most one lower-case content word after it."""
    words = label.replace(",", " ").split()
    small = {"and", "of", "the", "for", "with", "in", "to", "or", "a", "an"}
    lowered = [w for w in words[1:] if w.islower() and w not in small]
    return words[0][:1].isupper() and len(lowered) <= 1 and words[0].lower() not in {
        "we", "i", "it", "this", "these", "they", "our", "there", "the", "a", "an"}


def _blocks(text: str) -> list[tuple[str | None, list[str]]]:
    """Lines grouped under the heading they follow; ``None`` before the first heading."""
    blocks: list[tuple[str | None, list[str]]] = [(None, [])]
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            blocks[-1][1].append("")
            continue
        if line.upper().rstrip(":") in _SKIP_LINES:
            continue
        alone = _ALONE.match(line)
        if alone and is_heading(alone["label"], alone=True):
            blocks.append((alone["label"].strip(), []))
            continue
        inline = _INLINE.match(line)
        if inline and is_heading(inline["label"], alone=False):
            blocks.append((inline["label"].strip(), [inline["rest"]]))
            continue
        bare = _bare_heading(line)
        if bare:
            blocks.append((bare[0], [bare[1]]))
            continue
        blocks[-1][1].append(line)
    return blocks


def _bare_heading(line: str) -> tuple[str, str] | None:
    """Lancet style: a listed heading, then the text on the same line with no colon."""
    words = line.split(" ")
    for size in (4, 3, 2, 1):
        if len(words) <= size:
            continue
        label, rest = " ".join(words[:size]), " ".join(words[size:]).strip()
        if (label[:1].isupper() and not label.endswith((":", ",", "."))
                and rest[:1].isupper() | rest[:1].isdigit() and is_known_label(label)):
            return label, rest
    return None


def _paragraphs(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines + [""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def _split_midtext(label: str | None, body: str) -> list[tuple[str | None, str]]:
    """Split a paragraph at headings printed inside it."""
    pieces: list[tuple[str | None, str]] = []
    start = 0
    current = label
    for match in _MIDTEXT.finditer(body):
        if not is_heading(match["label"], alone=False, midtext=True):
            continue
        pieces.append((current, body[start : match.start()]))
        current = match["label"].strip()
        start = match.end()
    pieces.append((current, body[start:]))
    first_label, first_text = pieces[0]
    leading = re.match(rf"^(?P<label>{_LABEL_CHARS})\s*:\s+(?=\S)", first_text)
    if first_label is None and leading and is_heading(leading["label"], alone=False, midtext=True):
        pieces[0] = (leading["label"].strip(), first_text[leading.end() :])
    return pieces


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _section(label: str | None, text: str) -> Section:
    category, source = categorise(label)
    return Section(label=label, category=category, category_source=source, text=text)


def parse_text(text: str, source: str = "text") -> StructuredAbstract:
    """Parse a pasted abstract into sections; raises ``AbstractError`` if there is no text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("\u00a0", " ")
    if not text.strip():
        raise AbstractError(f"{source}: the abstract is empty; expected the text of an abstract")
    title: str | None = None
    sections: list[Section] = []
    blocks = _blocks(text)
    has_headings = len(blocks) > 1
    lead_paragraphs = _paragraphs(blocks[0][1])
    if lead_paragraphs and len(lead_paragraphs[0]) <= _MAX_TITLE:
        first_line = next(line for line in blocks[0][1] if line)
        body_follows = has_headings or len(lead_paragraphs) > 1
        if first_line == lead_paragraphs[0] and body_follows:
            title = _clean(lead_paragraphs[0])
            lead_paragraphs = lead_paragraphs[1:]
    pending: list[tuple[str | None, str]] = [(None, p) for p in lead_paragraphs]
    for label, lines in blocks[1:]:
        paragraphs = _paragraphs(lines) or [""]
        pending.append((label, paragraphs[0]))
        pending.extend((None, p) for p in paragraphs[1:])
    merged: list[tuple[str | None, str]] = []
    for label, paragraph in pending:
        for piece_label, piece in _split_midtext(label, paragraph):
            # A later paragraph without its own heading continues the section before it.
            if piece_label is None and merged and merged[-1][0] is not None:
                merged[-1] = (merged[-1][0], merged[-1][1] + "\n\n" + piece)
            else:
                merged.append((piece_label, piece))
    for label, body in merged:
        cleaned = _clean(body)
        if cleaned or label:
            sections.append(_section(label, cleaned))
    sections = [s for s in sections if s.text]
    if not sections:
        raise AbstractError(f"{source}: no abstract text found (only headings or a title)")
    if not any(s.label for s in sections):
        joined = " ".join(s.text for s in sections)
        sections = [
            Section(
                label=None,
                category=NlmCategory.UNASSIGNED,
                category_source=CategorySource.NONE,
                text=joined,
            )
        ]
    return StructuredAbstract(title=title, sections=tuple(sections), source_format="text")
