"""One pass of Chromium over every page of the built site, shared by the site tests.

Why a shared pass: loading ~15 pages in 4 variants (light/dark x desktop/phone) and running axe
on each is the slow part of the browser suite, so it is done once per session and every test
asserts on the recorded findings. Requests that would leave the site's origin are aborted and
recorded, so a test run never depends on (or leaks to) the network.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.browser.axe_core import AXE_SCRIPT

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_RUN = """({tags, rules}) => axe.run(document, {
    runOnly: {type: 'tag', values: tags},
    rules: Object.fromEntries(rules.map((id) => [id, {enabled: true}])),
    resultTypes: ['violations'],
})"""
# WCAG 2.5.3 (label in name) is an axe rule still marked experimental, so tag selection alone
# leaves it out; it is switched on by name.
EXTRA_RULES = ["label-content-name-mismatch"]


@dataclass(frozen=True)
class Variant:
    """How a student may meet the site: a colour mode and a screen width."""

    theme: str
    width: int
    height: int

    @property
    def name(self) -> str:
        return f"{self.theme}-{self.width}px"


VARIANTS = (
    Variant("light", 1280, 900),
    Variant("dark", 1280, 900),
    Variant("light", 390, 844),
    Variant("dark", 390, 844),
)

# Runs in the page after load: theme defects that axe's WCAG rules do not cover but that
# jupyter-book issue 2135 lists (duplicate ids, empty headings), and images without real alt text.
DOM_CHECKS = r"""
() => {
  const ids = {};
  for (const el of document.querySelectorAll('[id]')) ids[el.id] = (ids[el.id] || 0) + 1;
  const duplicateIds = Object.keys(ids).filter((id) => ids[id] > 1);
  const emptyHeadings = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')]
    .filter((h) => !(h.textContent.trim() || h.getAttribute('aria-label')
                     || [...h.querySelectorAll('img[alt]')].some((i) => i.alt.trim())))
    .map((h) => h.outerHTML.slice(0, 160));
  const badImages = [];
  for (const img of document.querySelectorAll('img')) {
    const alt = img.getAttribute('alt');
    const src = img.getAttribute('src') || '';
    const inArticle = !!img.closest('.bd-article');
    const file = src.split('/').pop();
    if (alt === null) { badImages.push(`no alt: ${src}`); continue; }
    if (!inArticle) continue;
    // A figure in the text needs words that say what it shows, not a file name.
    const words = alt.trim().split(/\s+/).filter(Boolean);
    if (words.length < 3 || alt.includes(file) || /\.(png|jpe?g|svg|gif)$/i.test(alt.trim())) {
      badImages.push(`alt ${JSON.stringify(alt)} does not describe ${src}`);
    }
  }
  return {duplicateIds, emptyHeadings, badImages, theme: document.documentElement.dataset.theme};
}
"""


@dataclass
class PageFindings:
    """What one page showed in one variant."""

    console_messages: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    off_origin: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    duplicate_ids: list[str] = field(default_factory=list)
    empty_headings: list[str] = field(default_factory=list)
    bad_images: list[str] = field(default_factory=list)
    requested_paths: list[str] = field(default_factory=list)
    theme: str = ""


@dataclass
class SiteScan:
    """Findings for every (page, variant) pair."""

    pages: list[str]
    findings: dict[tuple[str, str], PageFindings]

    def problems(self, attribute: str) -> dict[str, list[str]]:
        """Every non-empty finding of one kind, keyed "page [variant]"."""
        found: dict[str, list[str]] = {}
        for (page, variant), findings in self.findings.items():
            values = getattr(findings, attribute)
            if values:
                found[f"{page} [{variant}]"] = values
        return found


def site_pages(html: Path) -> list[str]:
    """Every HTML page a reader can reach, relative to the site root, plus a search with results.

    ``index.html`` is only a redirect to the first chapter, so it is checked by the link test
    but not loaded here (the redirect would race the checks).
    """
    pages = sorted(
        path.relative_to(html).as_posix()
        for path in html.rglob("*.html")
        if not {"_static", "_sources", "_images"} & set(path.relative_to(html).parts)
    )
    pages.remove("index.html")
    return [*pages, "search.html?q=natalizumab"]


def format_violation(violation: dict[str, Any]) -> str:
    nodes = violation["nodes"]
    targets = ", ".join(str(node["target"]) for node in nodes[:3])
    return f"{violation['id']} ({violation['impact']}, {len(nodes)} nodes: {targets}): {violation['help']}"


def scan_site(browser: Any, base_url: str, html: Path) -> SiteScan:
    """Load every page in every variant, recording errors, requests, axe and DOM findings."""
    pages = site_pages(html)
    findings: dict[tuple[str, str], PageFindings] = {}
    for variant in VARIANTS:
        context = browser.new_context(viewport={"width": variant.width, "height": variant.height})
        # The theme reads the colour mode from localStorage before it paints, as after a
        # reader has clicked the theme switch.
        context.add_init_script(
            f"localStorage.setItem('mode', '{variant.theme}');"
            f"localStorage.setItem('theme', '{variant.theme}');"
        )
        current: dict[str, PageFindings] = defaultdict(PageFindings)
        # Only what happens while a page loads is recorded: axe itself fetches stylesheets
        # (and resolves their @imports against the page), which is not something a reader sees.
        active: dict[str, str | None] = {"page": None}

        def record(kind: str, value: str) -> None:
            if active["page"] is not None:
                getattr(current[active["page"]], kind).append(value)

        def block_off_origin(route: Any) -> None:
            record("off_origin", route.request.url)
            route.abort()

        context.route(lambda url: not url.startswith(base_url), block_off_origin)
        page = context.new_page()
        page.on("console", lambda m: record("console_messages", f"{m.type}: {m.text}"))
        page.on("pageerror", lambda error: record("console_messages", f"uncaught: {error}"))
        page.on("requestfailed", lambda r: None if not r.url.startswith(base_url) else
                record("failed_requests", f"{r.url}: {r.failure}"))
        page.on("response", lambda r: record("failed_requests", f"{r.url}: HTTP {r.status}")
                if r.status >= 400 else None)
        page.on("request", lambda r: record("requested_paths", r.url.removeprefix(base_url)))
        for name in pages:
            active["page"] = name
            current[name] = PageFindings()
            page.goto(f"{base_url}/{name}", wait_until="load")
            if variant == VARIANTS[0]:
                # Requests do not depend on colour or width: wait for late ones only once.
                page.wait_for_load_state("networkidle")
            if name.startswith("search.html?"):
                page.wait_for_selector("#search-results li", timeout=10_000)
            checks = page.evaluate(DOM_CHECKS)
            active["page"] = None
            page.evaluate(AXE_SCRIPT)
            result = page.evaluate(AXE_RUN, {"tags": WCAG_TAGS, "rules": EXTRA_RULES})
            found = current[name]
            found.violations.extend(format_violation(v) for v in result["violations"])
            found.duplicate_ids.extend(checks["duplicateIds"])
            found.empty_headings.extend(checks["emptyHeadings"])
            found.bad_images.extend(checks["badImages"])
            found.theme = checks["theme"]
            findings[(name, variant.name)] = found
        context.close()
    return SiteScan(pages=pages, findings=findings)
