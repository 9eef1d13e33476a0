"""Sphinx extension: load the console filter before every other script of the page.

Why an extension rather than a file in ``_static``: Jupyter Book adds ``_static`` scripts after
the theme's and the extensions' own, too late to catch what they log while loading. See
``static/nmo-quiet-console.js`` for what is filtered and why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

SCRIPT = "nmo-quiet-console.js"
STATIC = Path(__file__).resolve().parent.parent / "static"
FIRST = 1  # Sphinx orders scripts by priority; the default is 500


def add_script(app: Sphinx) -> None:
    if str(STATIC) not in app.config.html_static_path:
        app.config.html_static_path.append(str(STATIC))
    app.add_js_file(SCRIPT, priority=FIRST)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", add_script)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
