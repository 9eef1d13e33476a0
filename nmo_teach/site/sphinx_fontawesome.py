"""Sphinx extension: draw the theme's icons with Font Awesome's web fonts, not its 1.5 MB script.

Why: pydata-sphinx-theme loads ``_static/scripts/fontawesome.js`` (Font Awesome 6's JS/SVG
build, 1.49 MB) on every page, which is most of a first visit's weight on a phone. The script
is redundant: the theme's own stylesheet already contains Font Awesome's CSS build of the same
release (6.5.2: every ``.fa-*`` class and the ``@font-face`` rules) and the theme ships its woff2
fonts in ``_static/vendor/fontawesome/webfonts`` (the admonition icons use them already). With
the script gone, each ``<i class="fa-solid fa-...">`` the theme writes is drawn by that font
instead of being swapped for an inline SVG, and the browser fetches only the fonts a page uses
(the solid face, cut to the few dozen icons the site draws by ``nmo_teach.site.icon_font``: 3 KB
instead of 156 KB). The icons cannot drift from the theme.

What the script did for the icons must still happen:

- Its ``<script>`` tag goes. The theme writes it straight into its layout template, not through
  Sphinx's ``script_files``, so it cannot be dropped in ``html-page-context`` as other scripts are
  (see nmo_teach.site.sphinx_offline). Once the build has succeeded, the tag is deleted from every
  written page and the script, its licence note and source map are removed from the output. A
  page that still names the script afterwards means the theme changed its markup: the build
  fails rather than silently shipping the script again.
- Icons stay silent for screen readers. The script marked every SVG it drew ``aria-hidden``; a
  font icon is a private-use character in ``::before``, which browsers otherwise read into the
  name of the link or button around it (the "Next" link would be "Next ... \\uf105"). So every
  empty Font Awesome element is marked ``aria-hidden="true"``, as Font Awesome advises for
  decorative icons; the controls keep the names the theme gives them (``aria-label``, text).
- Icons keep their size and place. Some theme rules select ``<i>`` icons, which the script had
  replaced, so they never applied: they would now enlarge the previous/next chevrons by a fifth
  and add 8 px before "Contents"; one rule sizes the search dialog's magnifier for an ``svg``
  only, so it would shrink by a third. The SVG build also drew the colour-mode icons (``fa-lg``) in a
  box no wider than their neighbours, so the square ones (sun, half circle) came out at their
  neighbours' size and only the narrow moon at ``fa-lg``. ``STYLESHEET`` keeps all of these as
  they looked with the script. The theme also places the search form's magnifier absolutely,
  over its input; the project's accessible search form (_templates/components/search-field.html)
  lays it out beside the input instead, so it is kept in that flow.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

from nmo_teach.site.icon_font import subset_site_fonts

SCRIPT = "_static/scripts/fontawesome.js"
# The theme's copy of Font Awesome's fonts, cut down to the icons the site draws (icon_font.py).
WEBFONTS = "_static/vendor/fontawesome/webfonts"
# The tag, with the theme's comment above it ("So that users can add custom icons") if present.
SCRIPT_TAG = re.compile(
    r"[ \t]*(?:<!-- So that users can add custom icons -->\s*)?"
    r'<script\b[^>]*\bsrc="[^"]*' + re.escape(SCRIPT) + r'[^"]*"[^>]*>\s*</script>[ \t]*\n?'
)
OUTPUT_FILES = (SCRIPT, f"{SCRIPT}.map", f"{SCRIPT}.LICENSE.txt")
# Written into the site's _static/ and linked from every page after the theme's stylesheets.
STYLESHEET = "nmo-font-icons.css"
STYLESHEET_TEXT = """\
/* Font Awesome icons drawn by the web font (nmo_teach.site.sphinx_fontawesome): sizes and spacing
   as the theme's SVG build drew them. */
.theme-switch-button .theme-switch:is(.fa-sun, .fa-circle-half-stroke) { font-size: 1em; }
.prev-next-area i.fa-solid { font-size: 1em; }
.bd-sidebar-secondary .onthispage > i.fa-solid { padding-right: 0; }
.bd-search .nmo-search-label > i.fa-solid { position: static; }
#pst-search-dialog[open] form.bd-search i.fa-solid { font-size: var(--pst-font-size-icon); }
"""
# An empty <i> or <span> carrying one of Font Awesome's style classes: an icon and nothing else.
ICON = re.compile(
    r'<(?P<tag>i|span)(?P<attrs>\s[^>]*?\bclass="(?:[^"]*\s)?'
    r'(?:fa|fas|far|fab|fa-solid|fa-regular|fa-brands)(?:\s[^"]*)?"[^>]*?)\s*>\s*</(?P=tag)>'
)


def _hide_icon(match: re.Match[str]) -> str:
    if "aria-hidden=" in match["attrs"]:
        return match[0]
    return f'<{match["tag"]}{match["attrs"]} aria-hidden="true"></{match["tag"]}>'


def with_font_icons(page: str) -> str:
    """The page's HTML without the Font Awesome script and with its icons hidden from AT."""
    return ICON.sub(_hide_icon, SCRIPT_TAG.sub("", page))


def add_stylesheet(app: Sphinx) -> None:
    """Write the icon stylesheet into the output's _static/ and link it from every page."""
    if app.builder.format != "html":
        return
    static = Path(app.outdir) / "_static"
    static.mkdir(parents=True, exist_ok=True)
    (static / STYLESHEET).write_text(STYLESHEET_TEXT, encoding="utf-8")
    app.add_css_file(STYLESHEET)


def use_font_icons(app: Sphinx, exception: Exception | None) -> None:
    """Rewrite every HTML page of a finished build for font icons, then drop the script."""
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    for path in outdir.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        cleaned = with_font_icons(text)
        if "fontawesome.js" in cleaned:
            raise ExtensionError(
                f"nmo_teach.site.sphinx_fontawesome: {path.relative_to(outdir)} still loads "
                f"{SCRIPT} after removing its <script> tag; the theme's markup has changed, "
                "update SCRIPT_TAG"
            )
        if cleaned != text:
            path.write_text(cleaned, encoding="utf-8")
    for name in OUTPUT_FILES:
        (outdir / name).unlink(missing_ok=True)
    subset_site_fonts(outdir, sorted((outdir / WEBFONTS).glob("*.woff2")))


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", add_stylesheet)
    app.connect("build-finished", use_font_icons)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
