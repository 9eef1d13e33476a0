"""Replace the vendored axe-core with another release: ``python tests/browser/axe/update.py 4.x.y``.

Why a script: the pin, the file and its published SRI hash must change together, and ``npm pack``
is the ordinary client for the npm registry (no registry address is written here).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def update(version: str) -> None:
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["npm", "pack", f"axe-core@{version}", "--silent"], cwd=work, check=True)
        with tarfile.open(Path(work) / f"axe-core-{version}.tgz") as archive:
            archive.extractall(work, filter="data")
        package = Path(work) / "package"
        sri = json.loads((package / "sri-history.json").read_text())[version]["axe.min.js"]
        (HERE / "axe.min.js").write_bytes((package / "axe.min.js").read_bytes())
        (HERE / "LICENSE").write_bytes((package / "LICENSE").read_bytes())
    pin = {"package": "axe-core", "version": version, "integrity": sri}
    (HERE / "axe-core.json").write_text(json.dumps(pin, indent=2) + "\n")
    print(f"axe-core {version} ({sri})")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/browser/axe/update.py VERSION")
    update(sys.argv[1])
