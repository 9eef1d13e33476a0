"""The site's root page: Jupyter Book's bare redirect, made a real page.

Why: Jupyter Book writes ``index.html`` as a single ``<meta http-equiv="Refresh">`` line. A
browser opening it asks for ``/favicon.ico`` (the page declares no icon), gets a 404 and logs
it; a screen reader meets a page with no language and no title; a browser that ignores refresh
leaves the reader with nothing to follow. The page is rewritten with the site's title, language,
favicon, the same redirect and a visible link.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from nmo_teach.errors import NmoTeachError

FAVICON = "_static/favicon.svg"
_TARGET = re.compile(r"""url=([^"'>\s]+)""", re.IGNORECASE)

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="icon" href="{favicon}" type="image/svg+xml">
<meta http-equiv="refresh" content="0; url={target}">
</head>
<body>
<main><p><a href="{target}">{title}</a></p></main>
</body>
</html>
"""


def redirect_target(index_html: str) -> str:
    """Where Jupyter Book's redirect points (the first chapter)."""
    match = _TARGET.search(index_html)
    if match is None:
        raise NmoTeachError("index.html: no redirect target (expected a meta refresh with url=...)")
    return match.group(1)


def write_root_page(html_dir: Path, title: str, lang: str = "en") -> None:
    """Rewrite ``html_dir/index.html`` as a complete page that redirects to the same target."""
    index = html_dir / "index.html"
    target = redirect_target(index.read_text(encoding="utf-8"))
    index.write_text(
        PAGE.format(lang=html.escape(lang), title=html.escape(title), favicon=FAVICON,
                    target=html.escape(target, quote=True)),
        encoding="utf-8",
    )
