"""Shared fixtures: the book built once per test session, served over HTTP, and Chromium.

The student edition (the published site) is built from the working tree into a temporary folder
with warnings as errors, through the same recipe as ``make book``, so the build itself is under
test. Set ``NMO_TEACH_SITE`` to the ``html`` folder of an existing student build to reuse it
while iterating on browser tests (the build tests then check that build instead).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from nmo_teach.site.book_build import Edition, build_book, html_folder
from nmo_teach.site.browser import HOW_TO_INSTALL, Chromium, find_chromium
from nmo_teach.site.static_server import serve_folder

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BROWSER_MARK = "browser"

# On CI, property tests replay the same examples every run: a failure there is reproducible, and
# a rare random example cannot block a submission. Locally they keep exploring new examples.
settings.register_profile(
    "ci", derandomize=True, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
)
if os.environ.get("CI"):
    settings.load_profile("ci")


@dataclass(frozen=True)
class BuiltBook:
    """The result of one book build: where the HTML is and what Sphinx printed."""

    html: Path
    log: str


def _build(edition: Edition, output: Path) -> BuiltBook:
    result = build_book(edition, output)
    if result.returncode != 0:
        pytest.fail(f"{edition} book build failed (exit {result.returncode}):\n{result.log[-6000:]}")
    return BuiltBook(html=html_folder(output), log=result.log)


@pytest.fixture(scope="session")
def built_book(tmp_path_factory: pytest.TempPathFactory) -> BuiltBook:
    """The student edition: the site students see."""
    reuse = os.environ.get("NMO_TEACH_SITE")
    if reuse:
        return BuiltBook(html=Path(reuse), log="")
    return _build(Edition.STUDENT, tmp_path_factory.mktemp("student-book"))


@pytest.fixture(scope="session")
def class_book(tmp_path_factory: pytest.TempPathFactory) -> BuiltBook:
    """The class edition: the student site with the exercise solutions removed."""
    return _build(Edition.CLASS, tmp_path_factory.mktemp("class-book"))


@pytest.fixture(scope="session")
def instructor_book(tmp_path_factory: pytest.TempPathFactory) -> BuiltBook:
    """The instructor edition, built straight from the book source with solutions."""
    return _build(Edition.INSTRUCTOR, tmp_path_factory.mktemp("instructor-book"))


@pytest.fixture(scope="session")
def site_url(built_book: BuiltBook) -> Iterator[str]:
    """The built site served on a free loopback port, the way a static host would serve it."""
    with serve_folder(built_book.html) as url:
        yield url


@pytest.fixture(scope="session")
def chromium_browser(chromium: Chromium) -> Iterator[object]:
    """A Chromium driven by Playwright, with network side-channels switched off."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium.launch_options())
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def chromium(pytestconfig: pytest.Config) -> Chromium:
    """The browser the session found at collection (see ``pytest_collection_modifyitems``)."""
    found = pytestconfig.stash.get(CHROMIUM_KEY, None)
    if found is None:
        pytest.fail(f"no Chromium found: {HOW_TO_INSTALL}")
    return found


CHROMIUM_KEY = pytest.StashKey[Chromium | None]()
SKIPPED_KEY = pytest.StashKey[int]()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Find a browser once; without one, leave the browser tests out, except on CI.

    Why deselect rather than skip each test: a machine without a browser should get one line that
    says how to enable them, not forty. Under ``CI=true`` a missing browser is a failure (the
    tests stay selected and the ``chromium`` fixture fails them), so CI can never pass by
    silently running no browser test.
    """
    browser_items = [item for item in items if needs_browser(item)]
    if not browser_items:
        return
    found = find_chromium()
    config.stash[CHROMIUM_KEY] = found
    if found is not None or os.environ.get("CI"):
        return
    config.stash[SKIPPED_KEY] = len(browser_items)
    config.hook.pytest_deselected(items=browser_items)
    items[:] = [item for item in items if not needs_browser(item)]


def needs_browser(item: pytest.Item) -> bool:
    """Marked ``browser``, or asking for a browser fixture without the mark."""
    fixtures = getattr(item, "fixturenames", ())
    return bool(item.get_closest_marker(BROWSER_MARK)) or "chromium_browser" in fixtures


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    skipped = config.stash.get(SKIPPED_KEY, 0)
    if skipped:
        terminalreporter.write_line(
            f"SKIPPED {skipped} browser tests: no Chromium found; to run them, {HOW_TO_INSTALL}")
