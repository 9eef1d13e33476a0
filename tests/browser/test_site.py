"""The built website as students meet it: every page, light and dark, desktop and phone.

Over every page: no console error, no failed request, no request off the site's origin, zero
axe-core violations of the WCAG 2.1 A and AA rules, no duplicate ids or empty headings, images
with alt text that says what they show, every internal link and anchor resolving, the project's
own assets under 30 KB per page, formulas as MathML (no MathJax), the theme's icons drawn by Font Awesome's
web font (not its 1.5 MB script) without changing any control's accessible name, and search
working offline.
"""

from __future__ import annotations

import html.parser
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from benchmarks.bench_page_weight import BUDGET_BYTES, project_asset_bytes
from tests.browser.site_scan import VARIANTS, SiteScan, scan_site

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def scan(chromium_browser, site_url, built_book) -> SiteScan:
    return scan_site(chromium_browser, site_url, built_book.html)


def test_every_page_and_variant_was_scanned(scan, built_book):
    chapters = {p for p in scan.pages if p.startswith("book/")}
    assert "book/intro.html" in chapters and len(chapters) >= 10, sorted(chapters)
    assert len(scan.findings) == len(scan.pages) * len(VARIANTS)
    # The dark variants really are dark (the theme honoured the stored mode).
    assert {f.theme for (_, variant), f in scan.findings.items() if variant.startswith("dark")} == {"dark"}


def test_no_console_messages_of_any_level(scan):
    assert scan.problems("console_messages") == {}


def test_no_failed_requests(scan):
    assert scan.problems("failed_requests") == {}


def test_no_request_leaves_the_site(scan):
    assert scan.problems("off_origin") == {}


def test_zero_axe_wcag21_aa_violations(scan):
    assert scan.problems("violations") == {}


def test_no_duplicate_ids_or_empty_headings(scan):
    assert scan.problems("duplicate_ids") == {}
    assert scan.problems("empty_headings") == {}


def test_every_image_has_alt_text_that_describes_it(scan):
    assert scan.problems("bad_images") == {}


def test_project_assets_stay_under_budget(scan, built_book):
    over = {}
    for (page, variant), findings in scan.findings.items():
        if variant != VARIANTS[0].name:
            continue
        own = project_asset_bytes(findings.requested_paths, built_book.html)
        if own > BUDGET_BYTES:
            over[page] = own
    assert over == {}, f"project assets over {BUDGET_BYTES} bytes: {over}"


# --- links and anchors (static: every href in every built HTML file) -----------------------


class _LinkParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if values.get(key):
                self.ids.add(values[key] or "")
        for key in ("href", "src"):
            if values.get(key) and (tag in {"a", "link", "script", "img", "iframe", "source"}):
                self.links.append(values[key] or "")


def _parse(path: Path, cache: dict[Path, _LinkParser]) -> _LinkParser:
    if path not in cache:
        parser = _LinkParser()
        parser.feed(path.read_text(encoding="utf-8"))
        cache[path] = parser
    return cache[path]


def test_every_internal_link_and_anchor_resolves(built_book):
    root = built_book.html.resolve()
    cache: dict[Path, _LinkParser] = {}
    broken: list[str] = []
    pages = [p for p in root.rglob("*.html")
             if not {"_static", "_sources"} & set(p.relative_to(root).parts)]
    for page in pages:
        base = f"http://site/{page.relative_to(root).as_posix()}"
        for link in _parse(page, cache).links:
            url = urlsplit(urljoin(base, link))
            if url.scheme not in {"http", "https"} or url.netloc != "site":
                continue  # external links, mailto:, javascript:, data: are not the site's
            target = root / unquote(url.path.lstrip("/"))
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{page.relative_to(root)}: {link} (no such file)")
                continue
            if url.fragment and target.suffix == ".html":
                if unquote(url.fragment) not in _parse(target, cache).ids:
                    broken.append(f"{page.relative_to(root)}: {link} (no such anchor)")
    assert len(pages) > 10
    assert broken == []


# --- formulas: MathML written at build time (nmo_teach.site.sphinx_mathml) ---------------------


def test_formulas_are_drawn_as_mathml_without_any_script(chromium_browser, site_url):
    """The Bayes formulas render as laid-out MathML, not as TeX source."""
    page = chromium_browser.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    try:
        page.goto(f"{site_url}/book/differential/reasoning-under-uncertainty.html",
                  wait_until="networkidle")
        fraction = page.locator("div.nmo-mathml math[display=block] mfrac").first
        numerator = fraction.locator("> *").nth(0).bounding_box()
        denominator = fraction.locator("> *").nth(1).bounding_box()
        # Laid out as a fraction: the numerator sits wholly above the denominator.
        assert numerator["y"] + numerator["height"] <= denominator["y"] + 1
    finally:
        page.close()
    assert not [url for url in requested if "mathjax" in url.lower()]


# --- search -----------------------------------------------------------------------------------


def _search_results(page) -> list[str]:
    page.wait_for_selector("#search-results li", timeout=10_000)
    return page.locator("#search-results li a").all_inner_texts()


def test_search_from_the_search_dialog_returns_results(chromium_browser, site_url):
    """A reader opens search from any page, types a word and submits with the visible button."""
    page = chromium_browser.new_page()
    try:
        page.goto(f"{site_url}/book/intro.html")
        page.get_by_role("button", name="Search").first.click()
        dialog = page.locator("#pst-search-dialog")
        field = dialog.get_by_role("searchbox", name="Search this book")
        field.fill("aquaporin")
        dialog.get_by_role("button", name="Search").click()
        page.wait_for_url("**/search.html?q=aquaporin*")
        results = _search_results(page)
        assert results, "no search results for a word the book uses"
    finally:
        page.close()


def test_search_form_is_an_accessible_landmark(chromium_browser, site_url):
    page = chromium_browser.new_page()
    try:
        page.goto(f"{site_url}/search.html")
        form = page.locator(".bd-search-container").get_by_role("search")
        assert form.count() == 1
        assert form.get_by_role("searchbox", name="Search this book").count() == 1
        submit = form.get_by_role("button", name="Search")
        assert submit.count() == 1 and submit.is_visible()
        form.get_by_role("searchbox").fill("relapse")
        form.get_by_role("searchbox").press("Enter")
        assert _search_results(page)
    finally:
        page.close()


def test_search_works_from_the_file_system(chromium_browser, built_book):
    """Offline, opened straight from disk: the index is a script, so search still works."""
    page = chromium_browser.new_page()
    try:
        page.goto((built_book.html / "search.html").resolve().as_uri() + "?q=natalizumab")
        assert _search_results(page)
    finally:
        page.close()


def test_root_page_redirects_quietly_with_its_favicon(chromium_browser, site_url):
    """The address a course publishes is the root: it must land on the first chapter without a
    404 (the browser asks for a favicon) or any console message on the way."""
    context = chromium_browser.new_context()
    page = context.new_page()
    messages: list[str] = []
    failed: list[str] = []
    requested: list[str] = []
    page.on("console", lambda m: messages.append(f"{m.type}: {m.text}"))
    page.on("response", lambda r: failed.append(f"{r.url}: {r.status}") if r.status >= 400 else None)
    page.on("request", lambda r: requested.append(r.url.removeprefix(site_url)))
    try:
        page.goto(f"{site_url}/index.html")
        page.wait_for_url("**/book/intro.html")
        page.wait_for_load_state("networkidle")
        assert page.locator("link[rel=icon]").count() >= 1
        assert "/_static/favicon.svg" in requested
        assert messages == [] and failed == []
    finally:
        context.close()


# --- icons: Font Awesome's web font, not its script (nmo_teach.site.sphinx_fontawesome) -------------

# One icon of each kind the theme draws with Font Awesome: header buttons, sidebar toggles,
# search, the download menu, previous/next links, and an admonition title (a ::after icon).
THEME_ICONS = (
    ".dropdown-download-buttons .fa-download", ".dropdown-download-buttons .fa-file-pdf",
    "button[onclick*=toggleFullScreen] .fa-expand", ".theme-switch-button .theme-switch",
    ".search-button .fa-magnifying-glass", ".primary-toggle .fa-bars",
    ".secondary-toggle .fa-list", ".prev-next-area .fa-angle-left",
)
ICON_FONT = """(selectors) => {
  const glyph = (el, pseudo) => {
    const style = getComputedStyle(el, pseudo);
    return {family: style.fontFamily, weight: style.fontWeight, content: style.content};
  };
  const icons = {};
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    icons[selector] = el && {...glyph(el, '::before'), hidden: el.getAttribute('aria-hidden')};
  }
  icons['admonition'] = glyph(document.querySelector('.admonition > .admonition-title'), '::after');
  const faces = [...document.fonts].filter((f) => f.family.includes('Font Awesome 6 Free'))
    .map((f) => `${f.weight} ${f.status}`);
  return {icons, faces, ready: document.fonts.check('900 16px "Font Awesome 6 Free"')};
}"""
# Unicode's private-use area, where icon fonts put their glyphs: never part of a control's name.
# (The theme's admonition-title icons are bare text nodes, as they were with the script.)
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
CONTROL_ROLES = {"button", "link", "menuitem", "searchbox", "heading"}


def test_no_page_loads_the_fontawesome_script(scan, built_book):
    loaded = {f"{page} [{variant}]": [p for p in findings.requested_paths if "fontawesome.js" in p]
              for (page, variant), findings in scan.findings.items()}
    assert {key: paths for key, paths in loaded.items() if paths} == {}
    tagged = [page.relative_to(built_book.html).as_posix()
              for page in built_book.html.rglob("*.html")
              if re.search(r"<script[^>]*fontawesome\.js", page.read_text(encoding="utf-8"))]
    assert tagged == []
    assert not (built_book.html / "_static" / "scripts" / "fontawesome.js").exists()


@pytest.mark.parametrize("width", [1280, 390])
def test_theme_icons_are_drawn_by_the_font_awesome_web_font(chromium_browser, site_url, width):
    """Each icon's glyph comes from the loaded solid face, and is hidden from screen readers."""
    page = chromium_browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(f"{site_url}/book/differential/criteria-as-code.html", wait_until="networkidle")
        page.evaluate("() => document.fonts.ready")
        found = page.evaluate(ICON_FONT, list(THEME_ICONS))
    finally:
        page.close()
    assert found["ready"] and "900 loaded" in found["faces"], found["faces"]
    wrong = {name: icon for name, icon in found["icons"].items()
             if not icon or "Font Awesome 6 Free" not in icon["family"] or icon["weight"] != "900"
             or icon["content"] in {"none", "normal", '""'}
             or (name != "admonition" and icon["hidden"] != "true")}
    assert wrong == {}


DRAWN_ICONS = """() => {
  const drawn = new Set();
  for (const element of document.querySelectorAll('*')) {
    for (const where of ['::before', '::after']) {
      const style = getComputedStyle(element, where);
      if (!style.fontFamily.includes('Font Awesome')) continue;
      for (const character of style.content) {
        const code = character.codePointAt(0);
        if (code >= 0xe000 && code <= 0xf8ff) drawn.add(`${code.toString(16)} ${style.fontWeight}`);
      }
    }
  }
  return [...drawn];
}"""
WEBFONT_BY_WEIGHT = {"900": "fa-solid-900.woff2", "400": "fa-regular-400.woff2"}


def test_every_icon_a_page_draws_is_in_the_subset_font(chromium_browser, site_url, built_book):
    """The icon fonts are cut to the icons used (nmo_teach.site.icon_font): none may be cut away."""
    from fontTools.ttLib import TTFont

    webfonts = built_book.html / "_static" / "vendor" / "fontawesome" / "webfonts"
    solid = webfonts / WEBFONT_BY_WEIGHT["900"]
    assert solid.stat().st_size < 20_000, "the solid icon font was not subset"
    cmaps = {weight: set(TTFont(webfonts / name).getBestCmap())
             for weight, name in WEBFONT_BY_WEIGHT.items()}
    page = chromium_browser.new_page()
    missing: dict[str, list[str]] = {}
    try:
        for name in ("book/intro.html", "book/differential/criteria-as-code.html", "search.html"):
            page.goto(f"{site_url}/{name}", wait_until="networkidle")
            drawn = page.evaluate(DRAWN_ICONS)
            assert drawn, f"{name}: no icon drawn, the check would prove nothing"
            gone = [icon for icon in drawn
                    if int(icon.split()[0], 16) not in cmaps.get(icon.split()[1], cmaps["900"])]
            if gone:
                missing[name] = gone
    finally:
        page.close()
    assert missing == {}


@pytest.mark.parametrize("width", [1280, 390])
def test_icon_controls_keep_their_accessible_names(chromium_browser, site_url, width):
    """Font glyphs are text: none may leak into a name, and every icon-only control has one."""
    page = chromium_browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(f"{site_url}/book/differential/criteria-as-code.html", wait_until="networkidle")
        # On wide screens search is the field-like button whose visible label is "Search Ctrl+K";
        # its name must contain that label (WCAG 2.5.3), so both forms are accepted.
        for name in ("Download this page", "Fullscreen mode", "Color mode",
                     re.compile(r"^Search( Ctrl\s*\+\s*K)?$")):
            assert page.get_by_role("button", name=name, exact=True).locator("visible=true").count(), name
        assert page.get_by_role("link", name=re.compile(r"^previous\b", re.IGNORECASE)).count() == 1
        nodes = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    finally:
        page.close()
    leaked = [node["name"]["value"] for node in nodes
              if node.get("role", {}).get("value") in CONTROL_ROLES
              and PRIVATE_USE.search(str(node.get("name", {}).get("value", "")))]
    assert leaked == []


OPEN_DIALOG = "(id) => { const d = document.getElementById(id); return [d.open, d.querySelectorAll('a').length] }"


def test_phone_header_buttons_open_and_close_the_sidebars(chromium_browser, site_url):
    """At phone width the visible header buttons open the navigation and the page contents."""
    page = chromium_browser.new_page(viewport={"width": 390, "height": 844})
    try:
        page.goto(f"{site_url}/book/reading/structured-abstract.html")
        page.get_by_role("button", name="Toggle primary sidebar").click()
        is_open, links = page.evaluate(OPEN_DIALOG, "pst-primary-sidebar-modal")
        assert is_open and links >= 10
        page.keyboard.press("Escape")
        assert page.evaluate(OPEN_DIALOG, "pst-primary-sidebar-modal")[0] is False
        assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Toggle primary sidebar"
        page.get_by_role("button", name="Toggle secondary sidebar").click()
        assert page.evaluate(OPEN_DIALOG, "pst-secondary-sidebar-modal")[0] is True
    finally:
        page.close()


def test_desktop_header_button_hides_and_shows_the_navigation(chromium_browser, site_url):
    page = chromium_browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(f"{site_url}/book/reading/structured-abstract.html")
        hidden = "document.getElementById('pst-primary-sidebar').classList.contains('pst-sidebar-hidden')"
        page.get_by_role("button", name="Toggle primary sidebar").click()
        assert page.evaluate(hidden) is True
        page.get_by_role("button", name="Toggle primary sidebar").click()
        assert page.evaluate(hidden) is False
    finally:
        page.close()
