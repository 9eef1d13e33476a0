"""Which Chromium drives the browser tests, the PDF handout and the page-weight benchmark.

Why one place: a fresh machine may have Debian's ``chromium`` (what CI installs), a Chromium
that Playwright downloaded itself (``playwright install chromium``, where the machine may
download it), or neither. Every user of a browser asks here, so they agree on the order of
preference, on the launch flags that keep Chromium off the network, and on the one sentence
that tells a user how to get a browser.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nmo_teach.errors import NmoTeachError

DEBIAN_CHROMIUM_NAMES = ("chromium", "chromium-browser")
# Without the background-networking switches Chromium keeps trying to reach Google's services,
# which a closed network refuses; the tests count every failed request as a defect.
LAUNCH_ARGS = ("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync")
HOW_TO_INSTALL = ("install Debian's chromium (apt-get install chromium) or a Playwright-managed "
                  "one (.venv/bin/playwright install chromium)")


class NoBrowserError(NmoTeachError):
    """No Chromium can be found on this machine."""


@dataclass(frozen=True)
class Chromium:
    """A Chromium to launch: its executable and where it comes from (for messages)."""

    executable: Path
    origin: str  # "debian" or "playwright"

    def launch_options(self) -> dict[str, Any]:
        """Keyword arguments for ``playwright.chromium.launch``."""
        return {"executable_path": str(self.executable), "args": list(LAUNCH_ARGS)}


def debian_chromium() -> Path | None:
    """The system's Chromium on ``PATH``, if any."""
    for name in DEBIAN_CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def playwright_chromium() -> Path | None:
    """The Chromium that ``playwright install chromium`` downloaded, if it is there."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    try:
        with sync_playwright() as playwright:
            path = Path(playwright.chromium.executable_path)
    except Exception:  # noqa: BLE001 - a broken Playwright install means "no managed browser"
        return None
    return path if path.is_file() else None


def find_chromium() -> Chromium | None:
    """Debian's Chromium when present, else Playwright's own, else ``None``."""
    debian = debian_chromium()
    if debian is not None:
        return Chromium(debian, "debian")
    managed = playwright_chromium()
    if managed is not None:
        return Chromium(managed, "playwright")
    return None


def require_chromium() -> Chromium:
    """Like :func:`find_chromium`, but a missing browser is a user error that says what to do."""
    chromium = find_chromium()
    if chromium is None:
        raise NoBrowserError(f"no Chromium found: {HOW_TO_INSTALL}")
    return chromium
