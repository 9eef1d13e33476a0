"""``--gradescope-bundle``: an autograder zip that installs this package and grades on Gradescope.

Gradescope unpacks the zip into ``/autograder/source``, runs ``setup.sh`` once when the image is
built, and ``run_autograder`` for every submission, which must write
``/autograder/results/results.json``. The zip carries the project source (package, data, lock
file) and the assignment's chapter, so grading there uses exactly the tests used locally.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from nmo_teach.exercises.assignment import Assignment
from nmo_teach.paths import PROJECT_ROOT

SETUP_SH = """#!/usr/bin/env bash
# Runs once when Gradescope builds the autograder image (Ubuntu). Installs Python 3.11 and the
# project with its pinned dependencies.
set -euo pipefail
apt-get update
apt-get install -y python3.11 python3.11-venv
python3.11 -m venv /autograder/venv
/autograder/venv/bin/pip install --upgrade pip
/autograder/venv/bin/pip install --require-hashes -r /autograder/source/nmo-teach/requirements.lock
/autograder/venv/bin/pip install --no-deps -e /autograder/source/nmo-teach
"""

RUN_AUTOGRADER = """#!/usr/bin/env bash
# Runs for every submission. AUTOGRADER_ROOT exists so the bundle can be tried outside Gradescope.
set -euo pipefail
ROOT="${{AUTOGRADER_ROOT:-/autograder}}"
NMO_TEACH="${{NMO_TEACH_BIN:-$ROOT/venv/bin/nmo-teach}}"
WORK="$(mktemp -d)"
"$NMO_TEACH" grade "$ROOT/submission" --single --student submission \\
    --assignment "$ROOT/source/assignment/{name}.md" \\
    --gradebook "$WORK/gradebook.sqlite" --no-progress \\
    --gradescope-results "$ROOT/results/results.json"
"""

_PROJECT_FILES = ("pyproject.toml", "requirements.lock", "README.md")
_PROJECT_FOLDERS = ("nmo_teach", "data")


def write_bundle(assignment: Assignment, path: Path, root: Path = PROJECT_ROOT) -> Path:
    """Write the autograder zip for ``assignment`` to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        _add(bundle, "setup.sh", SETUP_SH)
        _add(bundle, "run_autograder", RUN_AUTOGRADER.format(name=assignment.name))
        bundle.write(assignment.source_path, f"assignment/{assignment.name}.md")
        for name in _PROJECT_FILES:
            if (root / name).is_file():
                bundle.write(root / name, f"nmo-teach/{name}")
        for folder in _PROJECT_FOLDERS:
            for file in sorted((root / folder).rglob("*")):
                if file.is_file() and "__pycache__" not in file.parts:
                    bundle.write(file, f"nmo-teach/{file.relative_to(root)}")
    return path


def _add(bundle: zipfile.ZipFile, name: str, text: str) -> None:
    info = zipfile.ZipInfo(name)
    info.external_attr = 0o755 << 16  # executable, as Gradescope requires
    info.compress_type = zipfile.ZIP_DEFLATED
    bundle.writestr(info, text)
