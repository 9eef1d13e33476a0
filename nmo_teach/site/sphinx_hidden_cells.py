"""Sphinx extension: folded notebook cells are named by the words a reader sees.

Why: myst-nb draws a cell tagged ``hide-output`` (or ``hide-input``) as ``<details>`` whose
``<summary>`` carries ``aria-label="Toggle hidden content"`` while it shows "Show code cell
output". A voice-control user says what they see and the control does not answer to it; axe
reports it as WCAG 2.5.3 "label in name" (``label-content-name-mismatch``). The same markup is
written here without the label, so the name is the visible text ("Show code cell output" while
closed, "Hide code cell output" while open: the theme hides the other line with CSS).
"""

from __future__ import annotations

from html import escape
from typing import Any

from myst_nb.sphinx_ import HideCodeCellNode, depart_HideCellInput
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxTranslator


def visit_hidden_cell(self: SphinxTranslator, node: HideCodeCellNode) -> None:
    classes = " ".join(node["classes"])
    self.body.append(f'<details class="admonition hide {classes}">\n<summary>\n')
    self.body.append(f'<p class="collapsed admonition-title">{escape(node["prompt_show"])}</p>\n')
    self.body.append(f'<p class="expanded admonition-title">{escape(node["prompt_hide"])}</p>\n')
    self.body.append("</summary>\n")


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("myst_nb")
    app.add_node(HideCodeCellNode, override=True, html=(visit_hidden_cell, depart_HideCellInput))
    return {"parallel_read_safe": True, "parallel_write_safe": True}
