"""The book builds with Sphinx warnings as errors, and shows the seed's numbers from data/."""

from __future__ import annotations

import re

import yaml

from nmo_teach.casebook import seed
from tests.conftest import PROJECT_ROOT

ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
# Sphinx prints warnings as "path:line: WARNING: ..." or "WARNING: ..."; the kernel's own log
# lines ("[IPKernelApp] WARNING | ...") are not Sphinx warnings.
SPHINX_WARNING = re.compile(r"^(?:\S+: )?WARNING: ", re.MULTILINE)


def test_book_builds_without_warnings(built_book):
    assert (built_book.html / "index.html").exists()
    log = ANSI_ESCAPE.sub("", built_book.log)  # empty when reusing a site via NMO_TEACH_SITE
    assert SPHINX_WARNING.findall(log) == [], log[-4000:]


def test_every_outline_page_is_built(built_book):
    toc = yaml.safe_load((PROJECT_ROOT / "_toc.yml").read_text())
    files = [toc["root"]] + [c["file"] for part in toc["parts"] for c in part["chapters"]]
    missing = [f for f in files if not (built_book.html / f"{f}.html").exists()]
    assert not missing


def test_structured_abstract_page_shows_figures_from_data(built_book):
    page = (built_book.html / "book/reading/structured-abstract.html").read_text()
    pasted = re.findall(r'<span class="pasted-text">([^<]*)</span>', page)
    series = seed()
    for figure_id in ("patients", "female", "age", "relapses", "time_to_relapse"):
        assert str(series.value(figure_id)) in pasted, figure_id
    for label in series.abstract.labels:
        assert label in page
