"""Which browser the suite uses, and what a machine without one is told.

The contract (README, "Two commands"): Debian's chromium when present, else a Playwright-managed
Chromium, else the browser tests are left out with one line that says how to enable them; under
``CI=true`` a missing browser fails them instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nmo_teach.site import browser
from nmo_teach.site.browser import Chromium, NoBrowserError, find_chromium, require_chromium

PROJECT_ROOT = Path(__file__).resolve().parent.parent

BROWSER_TEST = """
import pytest


@pytest.mark.browser
def test_needs_a_browser(chromium_browser):
    assert chromium_browser.version


def test_plain():
    assert True
"""


def test_debian_chromium_is_preferred(monkeypatch, tmp_path):
    debian = tmp_path / "chromium"
    monkeypatch.setattr(browser, "debian_chromium", lambda: debian)
    monkeypatch.setattr(browser, "playwright_chromium", lambda: tmp_path / "managed")
    assert find_chromium() == Chromium(debian, "debian")


def test_playwright_chromium_is_the_fallback(monkeypatch, tmp_path):
    managed = tmp_path / "chrome"
    monkeypatch.setattr(browser, "debian_chromium", lambda: None)
    monkeypatch.setattr(browser, "playwright_chromium", lambda: managed)
    assert find_chromium() == Chromium(managed, "playwright")


def test_no_browser_is_a_user_error_that_says_how_to_install(monkeypatch):
    monkeypatch.setattr(browser, "debian_chromium", lambda: None)
    monkeypatch.setattr(browser, "playwright_chromium", lambda: None)
    assert find_chromium() is None
    with pytest.raises(NoBrowserError, match="apt-get install chromium.*playwright install chromium"):
        require_chromium()


def test_launch_options_keep_chromium_off_the_network(tmp_path):
    options = Chromium(tmp_path / "chromium", "debian").launch_options()
    assert options["executable_path"] == str(tmp_path / "chromium")
    assert "--disable-background-networking" in options["args"]


def run_suite_without_browser(tmp_path: Path, ci: bool) -> subprocess.CompletedProcess[str]:
    """Run a tiny browser test through the project's conftest on a PATH with no Chromium."""
    test_file = tmp_path / "test_tiny_browser.py"
    test_file.write_text(BROWSER_TEST)
    env = {key: value for key, value in os.environ.items() if key != "CI"}
    env["PATH"] = str(Path(sys.executable).parent)  # the venv only: no chromium on it
    env["PLAYWRIGHT_BROWSERS_PATH"] = str(tmp_path / "no-playwright-browsers")
    if ci:
        env["CI"] = "true"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-c", os.devnull,
         "--rootdir", str(tmp_path), "-p", "no:cacheprovider",
         "-W", "ignore::pytest.PytestUnknownMarkWarning", str(test_file)],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300,
    )


def test_without_a_browser_the_browser_tests_are_left_out_with_one_line(tmp_path):
    result = run_suite_without_browser(tmp_path, ci=False)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if "browser tests" in line]
    assert lines == ["SKIPPED 1 browser tests: no Chromium found; to run them, "
                     + browser.HOW_TO_INSTALL]
    assert "1 passed, 1 deselected" in result.stdout


def test_on_ci_a_missing_browser_fails(tmp_path):
    result = run_suite_without_browser(tmp_path, ci=True)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "no Chromium found" in result.stdout
    assert "1 passed, 1 error" in result.stdout
