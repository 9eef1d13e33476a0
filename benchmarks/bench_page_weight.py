"""Page weight: bytes a student downloads on the first visit to each page of the built site.

``python -m benchmarks page_weight`` (or ``python -m benchmarks.bench_page_weight [HTML_DIR]``) serves the built site (default: the
``NMO_TEACH_SITE`` folder, else ``_build/html``), loads each page in Debian's Chromium with an
empty cache and prints, per page: all bytes transferred (headers + bodies), the bytes of this
project's own static files (the quiz widget's script and styles, the site stylesheet and icon)
and the inline quiz markup, and their share of the total. The project's own files must stay under
``BUDGET_BYTES`` per page; pages over it are marked, and tests/browser/test_site.py enforces it.
"""

from __future__ import annotations

import gzip
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from nmo_teach.site.browser import require_chromium
from nmo_teach.site.static_server import serve_folder


PROJECT_ROOT = Path(__file__).resolve().parent.parent
BUDGET_BYTES = 30 * 1024
# Where the project's own static files come from: the book's _static/ and the package's static/
# (the quiz widget).
OWN_SOURCES = (PROJECT_ROOT / "_static", PROJECT_ROOT / "nmo_teach" / "static")


def own_static_names() -> set[str]:
    """Paths (relative to the site's ``_static/``) of files this project wrote itself."""
    names: set[str] = set()
    for folder in OWN_SOURCES:
        if folder.is_dir():
            names.update(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    return names


def is_project_asset(url_path: str, names: set[str] | None = None) -> bool:
    """Whether a requested path (``/_static/...``, query allowed) is one of the project's files."""
    path = unquote(urlsplit(url_path).path)
    if "/_static/" not in path:
        return False
    relative = path.split("/_static/", 1)[1]
    own = own_static_names() if names is None else names
    return relative in own or Path(relative).name.startswith(("quiz", "nmo-quiz"))


def project_asset_bytes(requested_paths: Iterable[str], html: Path) -> int:
    """Bytes on disk of the project's own files among one page's requests (each counted once)."""
    names = own_static_names()
    total = 0
    for path in sorted({urlsplit(p).path for p in requested_paths}):
        if is_project_asset(path, names):
            file = html / unquote(path).lstrip("/")
            if file.is_file():
                total += file.stat().st_size
    return total


# What a static host compresses (gzip) before sending; fonts and images go as they are.
COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "application/xml",
                    "image/svg+xml")
# First-visit targets, compressed, by what the page shows (issue 13).
TARGETS = {"text": 200 * 1024, "math or plot": 450 * 1024}


def served_size(body: bytes, content_type: str) -> int:
    """Bytes a static host sends for a body: gzip-compressed for text types, else as it is."""
    if content_type.split(";")[0].strip().startswith(COMPRESSED_TYPES):
        return len(gzip.compress(body, compresslevel=6))
    return len(body)


@dataclass(frozen=True)
class PageWeight:
    page: str
    requests: int
    total_bytes: int
    own_bytes: int
    quiz_markup_bytes: int
    compressed_bytes: int = 0
    kind: str = "text"

    @property
    def target(self) -> int:
        return TARGETS[self.kind]

    @property
    def own_share(self) -> float:
        return (self.own_bytes + self.quiz_markup_bytes) / self.total_bytes if self.total_bytes else 0.0


# A page "with math or a plot" shows a typeset formula or a figure image; otherwise it is text.
SHOWS_MATH_OR_PLOT = """() => Boolean(document.querySelector(
    'math, .cell_output img, .cell_output svg, figure img'))"""


def pages_of(html: Path) -> list[str]:
    """Every reader-facing page (not the redirecting index, not copied sources)."""
    return sorted(
        p.relative_to(html).as_posix() for p in html.rglob("*.html")
        if not {"_static", "_sources"} & set(p.relative_to(html).parts) and p.name != "index.html"
    )


def measure(html: Path) -> list[PageWeight]:
    """Load each page in a fresh browser context (empty cache) and add up what it transferred."""
    from playwright.sync_api import sync_playwright

    names = own_static_names()
    weights = []
    with serve_folder(html) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(**require_chromium().launch_options())
        try:
            for name in pages_of(html):
                context = browser.new_context()
                context.route(lambda url: not url.startswith(base), lambda route: route.abort())
                page = context.new_page()
                finished = []
                page.on("requestfinished", lambda request: finished.append(request))
                page.goto(f"{base}/{name}", wait_until="networkidle")
                markup = page.evaluate(
                    "() => [...document.querySelectorAll('section.nmo-quiz')]"
                    ".reduce((n, el) => n + new Blob([el.outerHTML]).size, 0)")
                kind = "math or plot" if page.evaluate(SHOWS_MATH_OR_PLOT) else "text"
                total = own = compressed = 0
                for request in finished:
                    sizes = request.sizes()
                    size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
                    total += size
                    response = request.response()
                    if response is not None:
                        compressed += sizes["responseHeadersSize"] + served_size(
                            response.body(), response.headers.get("content-type", ""))
                    if is_project_asset(request.url.removeprefix(base), names):
                        own += size
                weights.append(PageWeight(name, len(finished), total, own, markup, compressed, kind))
                context.close()
        finally:
            browser.close()
    return weights


def table(weights: list[PageWeight]) -> str:
    header = (f"{'page':<48} {'kind':<12} {'reqs':>5} {'total KB':>9} {'gzip KB':>8} {'target':>7} "
              f"{'own KB':>7} {'quiz HTML KB':>13} {'share':>6}")
    lines = [header, "-" * len(header)]
    for w in weights:
        flags = []
        if w.own_bytes > BUDGET_BYTES:
            flags.append("OWN OVER BUDGET")
        if w.compressed_bytes > w.target:
            flags.append("OVER TARGET")
        lines.append(
            f"{w.page:<48} {w.kind:<12} {w.requests:>5} {w.total_bytes / 1024:>9.1f} "
            f"{w.compressed_bytes / 1024:>8.1f} {w.target / 1024:>7.0f} {w.own_bytes / 1024:>7.1f} "
            f"{w.quiz_markup_bytes / 1024:>13.1f} {w.own_share:>6.1%}  {' '.join(flags)}".rstrip())
    lines.append(f"budget for the project's own files: {BUDGET_BYTES / 1024:.0f} KB per page "
                 "(own = _static/ and nmo_teach/static/ files the page loaded)")
    lines.append("gzip KB = first visit, empty cache, as a static host serves it (text types gzip -6, "
                 "fonts and images as they are); targets: text page "
                 f"{TARGETS['text'] // 1024} KB, page with math or a plot {TARGETS['math or plot'] // 1024} KB")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    site = Path(argv[0]) if argv else Path(os.environ.get("NMO_TEACH_SITE", PROJECT_ROOT / "_build" / "html"))
    if not (site / "index.html").is_file():
        print(f"no built site at {site}: run `make book` first, or pass the html folder", file=sys.stderr)
        return 2
    weights = measure(site)
    print(table(weights))
    return 1 if any(w.own_bytes > BUDGET_BYTES or w.compressed_bytes > w.target for w in weights) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
