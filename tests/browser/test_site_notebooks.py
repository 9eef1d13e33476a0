"""Every chapter is offered as an .ipynb on its page, and that notebook runs in a fresh kernel.

The notebooks come from the built site (what a student downloads), not from book/, so the test
covers the conversion by nmo_teach.site.sphinx_ipynb and the page's download link together.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import nbformat
import pytest
from nbclient import NotebookClient

from nmo_teach.site.sphinx_ipynb import notebook_from_myst
from tests.conftest import PROJECT_ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _notebook_chapters() -> list[str]:
    """Pages of the book whose source is a MyST notebook (jupytext header with a kernel)."""
    import yaml

    toc = yaml.safe_load((PROJECT_ROOT / "_toc.yml").read_text())
    files = [toc["root"]] + [c["file"] for part in toc["parts"] for c in part["chapters"]]
    return [f for f in files if notebook_from_myst(PROJECT_ROOT / f"{f}.md") is not None]


CHAPTERS = _notebook_chapters()


def test_the_book_has_notebook_chapters():
    assert "book/reading/structured-abstract" in CHAPTERS


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_page_offers_its_notebook_and_it_runs(chapter, built_book, tmp_path):
    page = (built_book.html / f"{chapter}.html").read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]+\.ipynb)"', page)
    assert links, f"{chapter}: no .ipynb download link on the page"
    notebook_file = (built_book.html / urljoin(chapter, links[0])).resolve()
    assert notebook_file.is_file(), notebook_file
    notebook = nbformat.read(notebook_file, as_version=4)
    nbformat.validate(notebook)
    assert "jupytext" not in notebook.metadata  # no pairing: saving it creates no stray .md
    # A fresh kernel, started in an empty folder, as on a student's machine.
    NotebookClient(notebook, timeout=180, startup_timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    errors = [output for cell in notebook.cells if cell.cell_type == "code"
              for output in cell.get("outputs", []) if output.get("output_type") == "error"]
    assert errors == []
