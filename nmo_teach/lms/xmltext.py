"""Small pieces every XML export shares: quiz text as HTML paragraphs, comments, serialising.

Why a module: the QTI and Moodle writers put the same HTML into different elements, and both
must write comments that XML allows (no ``--`` inside) and files that start with a declaration.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import Any

from nmo_teach.lms.items import ExportItem
from nmo_teach.quiz.markup import to_html


def paragraphs(texts: Iterable[str]) -> str:
    """Markdown-light texts as HTML, one ``<p>`` each (empty texts dropped)."""
    return "".join(f"<p>{to_html(text)}</p>" for text in texts if text)


def stem_html(item: ExportItem) -> str:
    """The question as shown: the prompt, its context (unit, whose record) and a patient's record."""
    record = "".join(f"<li>{to_html(line)}</li>" for line in item.record)
    return paragraphs((item.prompt, *item.context)) + (f"<ul>{record}</ul>" if record else "")


def general_html(item: ExportItem) -> str:
    """What every student sees after answering: the engine's reasons, if any, and the source."""
    return paragraphs((*item.explanation, f"Source: {item.source}."))


def comment(text: str) -> ET.Element[Any]:
    """An XML comment holding ``text``; ``--`` is not allowed inside one, so it is spaced out."""
    safe = text.replace("--", "- -").rstrip("-")
    return ET.Comment(f" {safe} ")


def serialise(root: ET.Element) -> bytes:
    """UTF-8 bytes with an XML declaration, indented for a reader who opens the file."""
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
