"""The printable handout: `make pdf` prints the built site to one PDF holding every chapter."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from nmo_teach.site.handout import build_handout, toc_pages
from tests.conftest import PROJECT_ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def test_handout_contains_every_chapter_title_with_a_bookmark(built_book, chromium_browser, tmp_path):
    output = tmp_path / "handout.pdf"
    book = build_handout(built_book.html, output, browser=chromium_browser)
    assert [c.page for c in book] == toc_pages(PROJECT_ROOT / "_toc.yml")
    reader = PdfReader(output)
    text = _squash(" ".join(page.extract_text() or "" for page in reader.pages))
    missing = [c.title for c in book if _squash(c.title) not in text]
    assert missing == []
    assert [item["/Title"] for item in reader.outline] == [c.title for c in book]
    # Printed with the print stylesheet: no site navigation or buttons in the text.
    assert "search this book" not in text and "skip to main content" not in text
