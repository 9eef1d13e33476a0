"""Sphinx extension: the ``practice-cases`` directive, a skill's pool of engine-keyed cases.

Registered in ``_config.yml`` (``sphinx: extra_extensions``). In a MyST page::

    ```{practice-cases} letm
    :pool: 200
    ```

draws the pool when the page is read (at book-build time, offline), keys every case with the
criteria engine and writes the widget of :mod:`nmo_teach.practice.web` into the page. The
script and styles (``nmo_teach/static/nmo-practice.{js,css}``) are linked only on pages that
hold a practice widget, so other pages carry none of their bytes.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from nmo_teach.errors import NmoTeachError
from nmo_teach.practice.web import ASSETS, MARKER, POOL_SIZE, practice_html
from nmo_teach.site.static_assets import serve_widget


class PracticeCases(SphinxDirective):
    """``{practice-cases} <skill>`` with an optional ``:pool:`` size (default 200)."""

    required_arguments = 1
    option_spec = {"pool": directives.positive_int, "seed": directives.nonnegative_int}

    def run(self) -> list[nodes.Node]:
        skill = self.arguments[0]
        try:
            markup = practice_html(skill, self.options.get("pool", POOL_SIZE), self.options.get("seed", 0))
        except NmoTeachError as error:
            raise self.error(f"practice-cases: {error}") from None
        return [nodes.raw("", markup, format="html")]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("practice-cases", PracticeCases)
    serve_widget(app, MARKER, ASSETS)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
