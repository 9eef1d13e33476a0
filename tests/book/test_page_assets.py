"""What each built page carries: formulas as MathML, written at build time, and no MathJax."""

from __future__ import annotations

import re

import pytest
from sphinx.errors import ExtensionError

from nmo_teach.site.sphinx_mathml import to_mathml

MATHJAX_SCRIPT = re.compile(r"<script[^>]*mathjax", re.IGNORECASE)
TEX_DELIMITERS = re.compile(r"\\\(|\\\)|\\\[|\\\]|\$\$")


def test_formulas_are_mathml_and_no_page_loads_mathjax(built_book):
    pages = {p.relative_to(built_book.html).as_posix(): p.read_text(encoding="utf-8")
             for p in built_book.html.glob("book/**/*.html")}
    with_math = [name for name, text in pages.items() if "<math " in text]
    assert "book/differential/reasoning-under-uncertainty.html" in with_math
    assert not [name for name, text in pages.items() if MATHJAX_SCRIPT.search(text)]
    assert not (built_book.html / "_static" / "mathjax").exists()


def test_no_raw_tex_reaches_a_page_with_formulas(built_book):
    page = (built_book.html / "book" / "differential" / "reasoning-under-uncertainty.html")
    article = page.read_text(encoding="utf-8").split('<article class="bd-article">', 1)[1]
    assert not TEX_DELIMITERS.search(article.split("</article>", 1)[0])
    assert "\\frac" not in article and "\\text{" not in article


def test_an_unreadable_formula_names_its_page():
    with pytest.raises(ExtensionError, match=r"chapter:12: cannot convert the formula"):
        to_mathml(r"\frac{1}{", "inline", "chapter:12")
