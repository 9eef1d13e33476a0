"""The package's own scripts and styles, served by the site and linked only where a page uses them.

Why one place: the quiz widget and the practice widget each ship a script and a stylesheet from
``nmo_teach/static``. Both must be copied into the site (no page may fetch from another origin)
and linked only on pages that hold the widget, so other pages carry none of their bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import Any

from sphinx.application import Sphinx

# Before other handlers (default 500) that may replace context["script_files"] with a filtered
# copy, which would drop a file added to the builder's list afterwards.
LINK_PRIORITY = 100


def add_package_static(app: Sphinx) -> None:
    """Serve ``nmo_teach/static`` as part of the site's ``_static``."""
    static = str(resources.files("nmo_teach").joinpath("static"))
    if static not in app.config.html_static_path:
        app.config.html_static_path.append(static)


def link_assets_where(marker: str, assets: tuple[str, ...]) -> Callable[..., None]:
    """An ``html-page-context`` handler linking ``assets`` on pages whose body holds ``marker``."""

    def link(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
             doctree: Any) -> None:
        if marker not in context.get("body", ""):
            return
        for name in assets:
            if name.endswith(".js"):
                app.add_js_file(name, defer="defer")
            else:
                app.add_css_file(name)

    return link


def serve_widget(app: Sphinx, marker: str, assets: tuple[str, ...]) -> None:
    """Register both halves for one widget."""
    app.connect("builder-inited", add_package_static)
    app.connect("html-page-context", link_assets_where(marker, assets), priority=LINK_PRIORITY)
