"""The printable handout: the built website printed to one PDF, chapter by chapter.

Why this route: Jupyter Book's own PDF builder (``--builder pdfhtml``) downloads a Chromium of its
own through pyppeteer, which offline and locked-down machines cannot do, and the LaTeX route
needs a TeX installation. Instead each page of the built site, in table-of-contents order, is
printed by the system's Chromium (through Playwright, with the site's print stylesheet, so no
navigation or buttons) and the pages are merged with pypdf, with one bookmark per chapter.

Usage: ``python -m nmo_teach.site.handout [HTML_DIR] [OUTPUT_PDF]`` (``make pdf`` builds the book and
writes ``_build/pdf/nmo-teach.pdf``).
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from nmo_teach.site.browser import require_chromium
from nmo_teach.errors import NmoTeachError
from nmo_teach.paths import PROJECT_ROOT
from nmo_teach.site.static_server import serve_folder


@dataclass(frozen=True)
class Chapter:
    """One page of the book: its path in the site and the title its page shows."""

    page: str
    title: str


def toc_pages(toc_file: Path) -> list[str]:
    """The book's pages in reading order, as ``.html`` paths relative to the site root."""
    try:
        toc = yaml.safe_load(toc_file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise NmoTeachError(f"{toc_file}: cannot read the table of contents ({error})") from error
    if not isinstance(toc, dict) or "root" not in toc:
        raise NmoTeachError(f"{toc_file}: field 'root' is missing; expected a jb-book table of contents")
    files = [toc["root"]]
    for part in toc.get("parts", []):
        files.extend(chapter["file"] for chapter in part.get("chapters", []))
    return [f"{file}.html" for file in files]


def page_title(html_file: Path) -> str:
    """The page's main heading as a reader sees it (the first ``<h1>`` of the article)."""
    text = html_file.read_text(encoding="utf-8")
    article = text.split('<article class="bd-article">', 1)[-1]
    match = re.search(r"<h1[^>]*>(.*?)</h1>", article, re.S)
    if match is None:
        raise NmoTeachError(f"{html_file}: no <h1> heading in the article; every chapter needs a title")
    title = re.sub(r"<[^>]+>", "", match.group(1))
    return " ".join(title.replace("#", "").split())


def chapters(html: Path, toc_file: Path) -> list[Chapter]:
    """Every chapter of the built site, in reading order, with its title."""
    found = []
    for page in toc_pages(toc_file):
        file = html / page
        if not file.is_file():
            raise NmoTeachError(f"{file}: page {page!r} of {toc_file.name} is not in the built site; "
                                "build the book first (make book)")
        found.append(Chapter(page, page_title(file)))
    return found


def print_chapters(browser: Any, base: str, book: list[Chapter]) -> Any:
    """Print each chapter served at ``base`` with ``browser``; a pypdf writer with bookmarks."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    context = browser.new_context()
    try:
        # Print in the light theme whatever the system says, and never touch the network.
        context.add_init_script("localStorage.setItem('mode','light');localStorage.setItem('theme','light')")
        context.route(lambda url: not url.startswith(base), lambda route: route.abort())
        page = context.new_page()
        for chapter in book:
            page.goto(f"{base}/{chapter.page}", wait_until="networkidle")
            page.emulate_media(media="print")
            pdf = page.pdf(format="A4", print_background=False, display_header_footer=True,
                           header_template="<span></span>",
                           footer_template=('<div style="font-size:8px;width:100%;text-align:center">'
                                            '<span class="title"></span> &middot; '
                                            '<span class="pageNumber"></span></div>'),
                           margin={"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"})
            start = len(writer.pages)
            writer.append(PdfReader(io.BytesIO(pdf)))
            writer.add_outline_item(title=chapter.title, page_number=start)
    finally:
        context.close()
    return writer


def build_handout(html: Path, output: Path, toc_file: Path = PROJECT_ROOT / "_toc.yml",
                  browser: Any = None) -> list[Chapter]:
    """Print every chapter to PDF and merge them into ``output``; returns the chapters printed.

    ``browser`` is a Playwright Chromium to reuse (the test suite has one running); without it,
    the Chromium :mod:`nmo_teach.site.browser` finds is started for the job.
    """
    book = chapters(html, toc_file)
    with serve_folder(html) as base:
        if browser is not None:
            writer = print_chapters(browser, base, book)
        else:
            from playwright.sync_api import sync_playwright

            with sync_playwright() as playwright:
                own = playwright.chromium.launch(**require_chromium().launch_options())
                try:
                    writer = print_chapters(own, base, book)
                finally:
                    own.close()
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("wb") as stream:
        writer.write(stream)
    return book


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nmo_teach.site.handout", description=__doc__.split("\n")[0])
    parser.add_argument("html", nargs="?", type=Path, default=PROJECT_ROOT / "_build" / "html",
                        help="the built site (default: _build/html)")
    parser.add_argument("output", nargs="?", type=Path,
                        default=PROJECT_ROOT / "_build" / "pdf" / "nmo-teach.pdf",
                        help="where to write the PDF (default: _build/pdf/nmo-teach.pdf)")
    args = parser.parse_args(argv)
    try:
        book = build_handout(args.html, args.output)
    except NmoTeachError as error:
        print(f"nmo-teach handout: {error}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({len(book)} chapters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
