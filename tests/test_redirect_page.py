"""The root page keeps Jupyter Book's redirect and becomes a complete, accessible page."""

from __future__ import annotations

import html.parser

import pytest

from nmo_teach.errors import NmoTeachError
from nmo_teach.site.redirect_page import FAVICON, redirect_target, write_root_page

JUPYTER_BOOK_REDIRECT = '<meta http-equiv="Refresh" content="0; url=book/intro.html" />\n'


class Head(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parsed(text: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Head()
    parser.feed(text)
    return parser.tags


def test_root_page_declares_favicon_language_title_and_same_target(tmp_path):
    (tmp_path / "index.html").write_text(JUPYTER_BOOK_REDIRECT)
    write_root_page(tmp_path, "MS or NMOSD? <A & B>")
    text = (tmp_path / "index.html").read_text()
    tags = parsed(text)
    assert ("html", {"lang": "en"}) in tags
    assert ("link", {"rel": "icon", "href": FAVICON, "type": "image/svg+xml"}) in tags
    assert ("meta", {"http-equiv": "refresh", "content": "0; url=book/intro.html"}) in tags
    assert ("a", {"href": "book/intro.html"}) in tags
    assert "<title>MS or NMOSD? &lt;A &amp; B&gt;</title>" in text


def test_rewriting_twice_keeps_the_target(tmp_path):
    (tmp_path / "index.html").write_text(JUPYTER_BOOK_REDIRECT)
    write_root_page(tmp_path, "Book")
    write_root_page(tmp_path, "Book")
    assert redirect_target((tmp_path / "index.html").read_text()) == "book/intro.html"


def test_page_without_a_redirect_is_named_in_the_error():
    with pytest.raises(NmoTeachError, match="index.html: no redirect target"):
        redirect_target("<html></html>")
