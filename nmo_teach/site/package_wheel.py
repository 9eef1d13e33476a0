"""The package as a wheel, published with the site, and the notebook cell that installs it.

Why: a chapter notebook downloaded from the site imports ``nmo_teach``. In this repository's
environment that works; on Colab, a university JupyterHub or a student's laptop it did not. The
build therefore writes the package (with its data, see pyproject.toml) as a wheel into the
site's ``_downloads/``, and every downloaded notebook starts with one small cell that installs
that wheel when ``nmo_teach`` cannot be imported, and does nothing where it can.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from nmo_teach import __version__
from nmo_teach.errors import NmoTeachError

DOWNLOADS = "_downloads"


def wheel_name(version: str = __version__) -> str:
    """The file name pip gives the project's pure-Python wheel."""
    return f"nmo_teach-{version}-py3-none-any.whl"


def build_wheel(project: Path, target_dir: Path) -> Path:
    """Build the project's wheel into ``target_dir`` (pip, isolated build) and return its path."""
    target_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        finished = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", scratch,
             str(project)],
            capture_output=True, text=True, check=False,
        )
        built = sorted(Path(scratch).glob("nmo_teach-*.whl"))
        if finished.returncode != 0 or not built:
            raise NmoTeachError(f"{project}: building the wheel failed: {finished.stderr.strip()[-2000:]}")
        target = target_dir / built[0].name
        target.write_bytes(built[0].read_bytes())
    return target


def install_cell_source(site_url: str = "", version: str = __version__) -> str:
    """The first cell of every downloaded notebook.

    It looks for the wheel next to the notebook first (a student who downloaded it, or a
    JupyterHub where the instructor placed it), then at the published site when the book's
    ``html.baseurl`` is set, and otherwise says in one sentence what to do.
    """
    wheel = wheel_name(version)
    remote = f"{site_url.rstrip('/')}/{DOWNLOADS}/{wheel}" if site_url else ""
    return (
        "# Setup: installs the nmo-teach package where it is missing (Colab, a JupyterHub, a laptop).\n"
        "import importlib.util, pathlib, subprocess, sys\n"
        "if importlib.util.find_spec('nmo_teach') is None:\n"
        f"    wheel = pathlib.Path('{wheel}')\n"
        f"    source = str(wheel) if wheel.exists() else {remote!r}\n"
        "    if not source:\n"
        f"        raise RuntimeError('nmo_teach is not installed: download {wheel} from the book '\n"
        "                           '(Instructor guide, \"Run the chapters anywhere\"), put it next '\n"
        "                           'to this notebook and run this cell again')\n"
        "    subprocess.run([sys.executable, '-m', 'pip', 'install', '--quiet', source], check=True)\n"
    )
