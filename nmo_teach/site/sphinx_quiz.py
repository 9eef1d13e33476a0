"""Sphinx extension: serve the quiz widget's script and styles from the site itself.

Registered in ``_config.yml`` (``sphinx: extra_extensions``). It copies
``nmo_teach/static/nmo-quiz.{js,css}`` into the built site's ``_static`` and links them only on
pages that contain a quiz, so other pages carry no quiz bytes and no page fetches anything from
another origin. It also tells ``show_quiz`` (run in the notebook kernels that the build starts,
which inherit this process's environment) not to inline a copy of the same files.
"""

from __future__ import annotations

import os
from typing import Any

from sphinx.application import Sphinx

from nmo_teach.quiz.notebook import ASSETS_ENV
from nmo_teach.quiz.web import ASSETS
from nmo_teach.site.static_assets import serve_widget

QUIZ_MARKER = 'class="nmo-quiz"'


def setup(app: Sphinx) -> dict[str, Any]:
    os.environ[ASSETS_ENV] = "external"
    serve_widget(app, QUIZ_MARKER, ASSETS)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
