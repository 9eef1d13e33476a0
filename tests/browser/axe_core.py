"""The pinned axe-core that every accessibility check injects (see ``axe/README.md``)."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

AXE_FOLDER = Path(__file__).resolve().parent / "axe"
AXE_PATH = AXE_FOLDER / "axe.min.js"
AXE_PIN = json.loads((AXE_FOLDER / "axe-core.json").read_text())
AXE_SCRIPT = AXE_PATH.read_text(encoding="utf-8")


def sri_hash(data: bytes) -> str:
    """Subresource-integrity form of a SHA-256 digest, as axe-core publishes it."""
    return "sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode()
