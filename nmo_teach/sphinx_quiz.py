"""Sphinx extension: serve the quiz widget's script and styles from the site itself.

Registered in ``_config.yml`` (``sphinx: extra_extensions``). It copies
``nmo_teach/static/nmo-quiz.{js,css}`` into the built site's ``_static`` and links them only on
pages that contain a quiz, so other pages carry no quiz bytes and no page fetches anything from
another origin. It also tells ``show_quiz`` (run in the notebook kernels that the build starts,
which inherit this process's environment) not to inline a copy of the same files.
"""

from __future__ import annotations

import os
from importlib import resources
from typing import Any

from sphinx.application import Sphinx

from nmo_teach.quiz.notebook import ASSETS_ENV
from nmo_teach.quiz.web import ASSETS

QUIZ_MARKER = 'class="nmo-quiz"'


def _add_static_path(app: Sphinx) -> None:
    static = str(resources.files("nmo_teach").joinpath("static"))
    if static not in app.config.html_static_path:
        app.config.html_static_path.append(static)


def _link_assets(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                 doctree: Any) -> None:
    if QUIZ_MARKER not in context.get("body", ""):
        return
    for name in ASSETS:
        if name.endswith(".js"):
            app.add_js_file(name, defer="defer")
        else:
            app.add_css_file(name)


def setup(app: Sphinx) -> dict[str, Any]:
    os.environ[ASSETS_ENV] = "external"
    app.connect("builder-inited", _add_static_path)
    # Before other handlers (default 500) that may replace context["script_files"] with a
    # filtered copy, which would drop a file added to the builder's list afterwards.
    app.connect("html-page-context", _link_assets, priority=100)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
