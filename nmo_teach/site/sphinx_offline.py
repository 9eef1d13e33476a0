"""Sphinx extension: no request leaves the site's own origin.

Why: students read the book offline (on a train, on a locked-down hospital network). Formulas
are written as MathML at build time (``nmo_teach.site.sphinx_mathml``), so no MathJax is loaded from
a CDN or elsewhere. What remains is sphinx-thebe: its scripts hold a CDN address for thebe, and
Jupyter Book adds the inline part twice, which throws "Identifier 'THEBE_JS_URL' has already
been declared" on every page. They are dropped when live code (thebe) is switched off in
``_config.yml``.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx


def thebe_enabled(app: Sphinx) -> bool:
    """Whether the book asked for live code cells (Jupyter Book's ``launch_buttons.thebe``)."""
    launch = (app.config.html_theme_options or {}).get("launch_buttons") or {}
    return bool(launch.get("thebe"))


def drop_unused_thebe(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any,
) -> None:
    """Remove sphinx-thebe's loader, styles and inline configuration when thebe is off."""
    if thebe_enabled(app) or "script_files" not in context:
        return
    context["css_files"] = [
        sheet for sheet in context.get("css_files", [])
        if not str(getattr(sheet, "filename", "") or "").endswith("sphinx-thebe.css")
    ]
    context["script_files"] = [
        script for script in context["script_files"]
        if not str(getattr(script, "filename", "") or "").endswith("sphinx-thebe.js")
        and "THEBE_JS_URL" not in str(getattr(script, "attributes", {}).get("body", ""))
    ]


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("html-page-context", drop_unused_thebe)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
