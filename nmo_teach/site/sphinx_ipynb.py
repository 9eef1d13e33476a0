"""Sphinx extension: offer every MyST-notebook chapter as a downloadable ``.ipynb``.

Why: the chapters are MyST-markdown notebooks, and Jupyter Book's download button offers only
the ``.md`` source, which a student can open as a notebook only with jupytext installed. This
extension converts each chapter with jupytext into ``_sources/<page>.ipynb`` in the HTML output
and sets the ``ipynb_source`` page context that sphinx-book-theme reads to add a ".ipynb" entry
to the page's download menu. The notebook carries no outputs: students run it top to bottom.
Its first cell installs the package from the wheel the build publishes when ``nmo_teach`` is not
importable (``nmo_teach.site.package_wheel``), so the download runs on Colab or a JupyterHub too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jupytext
import nbformat
from docutils import nodes
from sphinx.application import Sphinx

from nmo_teach.site.package_wheel import install_cell_source

# sphinx-book-theme builds its header buttons at priority 501; the context must be set before.
PRIORITY = 500
SETUP_TAG = "nmo-setup"


def notebook_from_myst(source: Path) -> nbformat.NotebookNode | None:
    """The notebook a MyST-markdown chapter stands for, or None if the file is plain markdown.

    A chapter is a notebook when its jupytext header names a kernel. The jupytext pairing
    metadata is dropped, so that saving the download in Jupyter does not create a stray ``.md``.
    """
    notebook = jupytext.read(source)
    if "kernelspec" not in notebook.metadata:
        return None
    notebook.metadata.pop("jupytext", None)
    return notebook


def with_install_cell(notebook: nbformat.NotebookNode, site_url: str) -> nbformat.NotebookNode:
    """The notebook with the package-installing setup cell first (tagged ``nmo-setup``)."""
    cell = nbformat.v4.new_code_cell(install_cell_source(site_url), metadata={"tags": [SETUP_TAG]})
    notebook.cells.insert(0, cell)
    return notebook


def add_ipynb_download(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
    doctree: nodes.document | None,
) -> None:
    """Write the page's notebook into ``_sources/`` and tell the theme to offer it."""
    if doctree is None or app.builder.format != "html":
        return
    source = Path(app.env.doc2path(pagename))
    if source.suffix != ".md" or not source.is_file():
        return
    notebook = notebook_from_myst(source)
    if notebook is None:
        return
    relative = f"{pagename}.ipynb"
    target = Path(app.outdir) / "_sources" / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(with_install_cell(notebook, app.config.html_baseurl or ""), target)
    context["ipynb_source"] = relative


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("html-page-context", add_ipynb_download, priority=PRIORITY)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
