"""Sphinx extension: serve MathJax from the site itself instead of a CDN.

Why: students read the book offline (on a train, on a locked-down hospital network), and the
site must make no request outside its own origin. Sphinx loads MathJax from a CDN by default.
This extension points ``mathjax_path`` at a local copy of MathJax 3 taken from the
``sphinx-mathjax-offline`` package (a pinned dependency) and copies only the parts that the
CommonHTML TeX build loads: the combined script, its web fonts, the TeX extensions it autoloads
and the accessibility and menu components it loads on demand. Sphinx adds the script only to
pages that contain mathematics, so pages without maths carry no MathJax weight.

It also drops sphinx-thebe's scripts when live code (thebe) is switched off in ``_config.yml``:
they hold a CDN address for thebe, and Jupyter Book adds the inline part twice, which throws
"Identifier 'THEBE_JS_URL' has already been declared" on every page.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util.fileutil import copy_asset

DISTRIBUTION = "sphinx-mathjax-offline"
ENTRY_SCRIPT = "tex-chtml.js"
# Relative to the MathJax root: what tex-chtml.js may request at run time.
PARTS = (ENTRY_SCRIPT, "output/chtml/fonts/woff-v2", "input/tex/extensions", "ui", "a11y", "sre")
TARGET = "_static/mathjax"


def mathjax_root() -> Path:
    """The folder of the installed MathJax 3 distribution shipped by ``sphinx-mathjax-offline``."""
    try:
        dist = distribution(DISTRIBUTION)
    except PackageNotFoundError as error:
        raise ExtensionError(
            f"nmo_teach.sphinx_offline: the package {DISTRIBUTION!r} is not installed; "
            "install the locked dependencies (make book does this)"
        ) from error
    root = Path(str(dist.locate_file("sphinx-mathjax-offline/static/mathjax")))
    if not (root / ENTRY_SCRIPT).is_file():
        raise ExtensionError(
            f"nmo_teach.sphinx_offline: {root / ENTRY_SCRIPT} is missing from {DISTRIBUTION!r}; "
            "expected its MathJax 3 files under sphinx-mathjax-offline/static/mathjax"
        )
    return root


def use_local_mathjax(app: Sphinx, config: Any) -> None:
    """Point Sphinx's MathJax loader at the local copy (a path relative to ``_static``)."""
    mathjax_root()  # fail early, before a long build, if the files are not there
    config.mathjax_path = f"mathjax/{ENTRY_SCRIPT}"


def copy_mathjax(app: Sphinx, exception: Exception | None) -> None:
    """Copy the MathJax parts into the HTML output once the build has succeeded."""
    if exception is not None or app.builder.format != "html":
        return
    root = mathjax_root()
    target = Path(app.outdir) / TARGET
    for part in PARTS:
        source = root / part
        destination = target / part
        if source.is_dir():
            copy_asset(str(source), str(destination))
        else:
            destination.parent.mkdir(parents=True, exist_ok=True)
            copy_asset(str(source), str(destination.parent))


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
    app.connect("config-inited", use_local_mathjax)
    app.connect("html-page-context", drop_unused_thebe)
    app.connect("build-finished", copy_mathjax)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
