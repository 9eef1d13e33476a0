"""The "Markdown-light" of quiz text: **bold**, *emphasis* and `code`, nothing else.

Quiz authors write prompts and feedback in YAML; a full Markdown engine would let them write
things (headings, raw HTML, links to the web) that break a widget or a terminal. Three inline
marks are enough for a question, and each renderer turns them into its own form.
"""

from __future__ import annotations

import html
import re

_MARKS = (
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"<em>\1</em>"),
)


def to_html(text: str) -> str:
    """Escaped HTML with the three inline marks applied; safe to insert into a page."""
    rendered = html.escape(text, quote=False)
    for pattern, replacement in _MARKS:
        rendered = pattern.sub(replacement, rendered)
    return rendered


def to_plain(text: str) -> str:
    """The text a terminal prints: the marks removed, the words kept."""
    plain = text
    for pattern, _ in _MARKS:
        plain = pattern.sub(r"\1", plain)
    return plain
