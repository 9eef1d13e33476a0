"""Shared fixtures: the book built once per test session, served over HTTP, and Chromium.

The student edition (the published site) is built from the working tree into a temporary folder
with warnings as errors, through the same recipe as ``make book``, so the build itself is under
test. Set ``NMO_TEACH_SITE`` to the ``html`` folder of an existing student build to reuse it
while iterating on browser tests (the build tests then check that build instead).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from nmo_teach.book_build import Edition, build_book, html_folder
from nmo_teach.static_server import serve_folder

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

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
def instructor_book(tmp_path_factory: pytest.TempPathFactory) -> BuiltBook:
    """The instructor edition, built straight from the book source with solutions."""
    return _build(Edition.INSTRUCTOR, tmp_path_factory.mktemp("instructor-book"))


@pytest.fixture(scope="session")
def site_url(built_book: BuiltBook) -> Iterator[str]:
    """The built site served on a free loopback port, the way a static host would serve it."""
    with serve_folder(built_book.html) as url:
        yield url


@pytest.fixture(scope="session")
def chromium_browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright, with network side-channels switched off."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"],
        )
        try:
            yield browser
        finally:
            browser.close()
