"""Sphinx extension: write the book's mathematics as MathML at build time, with no script.

Why: the alternative, MathJax, typesets in the reader's browser. Its TeX build is 1.1 MB
(257 KB compressed) plus its fonts: on the two pages with formulas it was more than half of a
first visit, over the page-weight target, and it needed a copy of MathJax kept offline. Every
browser a student uses today draws MathML itself (MathML Core: Chromium since 109, Firefox,
Safari), screen readers read it natively, and the printed handout keeps it. The book's formulas
are short (Bayes' theorem, odds, likelihood ratios), well inside what ``latex2mathml`` converts.

A formula the converter cannot read fails the build with the formula and the page named, rather
than showing a reader raw TeX.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from latex2mathml.converter import convert
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.writers.html5 import HTML5Translator

RENDERER = "mathml"


def to_mathml(latex: str, display: str, where: str) -> str:
    """One formula as a ``<math>`` element; ``display`` is ``inline`` or ``block``."""
    try:
        return convert(latex.strip(), display=display)
    except Exception as error:  # noqa: BLE001 - latex2mathml raises many kinds on bad input
        raise ExtensionError(f"{where}: cannot convert the formula {latex!r} to MathML ({error})") from error


def _where(translator: HTML5Translator, node: nodes.Element) -> str:
    return f"{translator.builder.current_docname}:{node.line or '?'}"


def visit_inline(translator: HTML5Translator, node: nodes.math) -> None:
    translator.body.append(to_mathml(node.astext(), "inline", _where(translator, node)))
    raise nodes.SkipNode


def visit_block(translator: HTML5Translator, node: nodes.math_block) -> None:
    number = node.get("number")
    label = f'<span class="eqno">({number})</span>' if number else ""
    anchor = f' id="{node["ids"][0]}"' if node.get("ids") else ""
    mathml = to_mathml(node.astext(), "block", _where(translator, node))
    translator.body.append(f'<div class="math-wrapper nmo-mathml"{anchor}>{label}{mathml}</div>\n')
    raise nodes.SkipNode


def use_mathml(app: Sphinx, config: Any) -> None:
    config.html_math_renderer = RENDERER


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_html_math_renderer(RENDERER, (visit_inline, None), (visit_block, None))
    app.connect("config-inited", use_mathml)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
