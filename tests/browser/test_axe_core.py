"""The accessibility checks run the axe-core release that is pinned, byte for byte."""

from __future__ import annotations

from tests.browser.axe_core import AXE_PATH, AXE_PIN, AXE_SCRIPT, sri_hash


def test_vendored_axe_core_matches_its_published_integrity_hash():
    assert sri_hash(AXE_PATH.read_bytes()) == AXE_PIN["integrity"]


def test_vendored_axe_core_is_the_pinned_4x_release():
    assert AXE_PIN["version"].startswith("4.")
    assert AXE_SCRIPT.startswith(f"/*! axe v{AXE_PIN['version']}\n")
