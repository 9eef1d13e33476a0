"""A chapter notebook downloaded from the site runs where only the published wheel is installed.

The student's machine is simulated by a fresh virtual environment that holds nothing but a kernel
(ipykernel) and nbclient. Each downloaded notebook runs there top to bottom; its first cell must
install ``nmo_teach`` from the wheel the build published (``nmo_teach.site.package_wheel``), and every
other cell must then run. Versions are held to the lock file so pip can reuse its cache.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import nbformat
import pytest

from nmo_teach.site.package_wheel import DOWNLOADS, wheel_name
from nmo_teach.site.sphinx_ipynb import SETUP_TAG
from tests.conftest import PROJECT_ROOT

pytestmark = pytest.mark.slow

PINNED = re.compile(r"^([A-Za-z0-9_.\-\[\],]+==[^\s\\;]+)", re.MULTILINE)

RUNNER = """
import json, sys
from pathlib import Path
import nbformat
from nbclient import NotebookClient

failures = {}
for path in map(Path, sys.argv[1:]):
    notebook = nbformat.read(path, as_version=4)
    try:
        NotebookClient(notebook, timeout=300, startup_timeout=120, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute()
    except Exception as error:
        failures[path.name] = f"{type(error).__name__}: {str(error)[-1500:]}"
print(json.dumps(failures))
"""


def lock_constraints(target: Path) -> Path:
    """The lock file's pins without hashes, as a pip constraints file."""
    pins = PINNED.findall((PROJECT_ROOT / "requirements.lock").read_text(encoding="utf-8"))
    target.write_text("\n".join(pins) + "\n", encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def published_wheel(built_book) -> Path:
    wheel = built_book.html / DOWNLOADS / wheel_name()
    assert wheel.is_file(), f"the build did not publish {wheel.name}"
    return wheel


def test_published_wheel_carries_the_package_and_its_data(published_wheel):
    names = set(zipfile.ZipFile(published_wheel).namelist())
    assert "nmo_teach/casebook.py" in names
    assert "nmo_teach/data/kleiter2012/figures.csv" in names
    assert "nmo_teach/bibliography/references.bib" in names
    assert any(name.startswith("nmo_teach/data/quizzes/") for name in names)


def test_downloaded_notebooks_start_with_the_setup_cell(built_book):
    notebooks = sorted((built_book.html / "_sources").rglob("*.ipynb"))
    assert notebooks
    for path in notebooks:
        first = nbformat.read(path, as_version=4).cells[0]
        assert SETUP_TAG in first.metadata.get("tags", []), path
        assert wheel_name() in first.source


def test_downloaded_notebooks_run_in_a_fresh_environment_from_the_wheel(
        built_book, published_wheel, tmp_path):
    environment = tmp_path / "student-venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    constraints = lock_constraints(tmp_path / "constraints.txt")
    env = {**os.environ, "PIP_CONSTRAINT": str(constraints), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("PYTHONPATH", None)
    env.pop("VIRTUAL_ENV", None)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "ipykernel", "nbclient"],
                   check=True, env=env, timeout=900, cwd=tmp_path, capture_output=True)
    probe = subprocess.run([str(python), "-c", "import nmo_teach"], env=env, capture_output=True,
                           cwd=tmp_path)
    assert probe.returncode != 0, "the fresh environment must start without nmo_teach"

    work = tmp_path / "downloads"
    work.mkdir()
    (work / published_wheel.name).write_bytes(published_wheel.read_bytes())
    notebooks = []
    for source in sorted((built_book.html / "_sources").rglob("*.ipynb")):
        target = work / source.name
        target.write_bytes(source.read_bytes())
        notebooks.append(str(target))
    runner = tmp_path / "run_notebooks.py"
    runner.write_text(RUNNER, encoding="utf-8")
    finished = subprocess.run([str(python), str(runner), *notebooks], cwd=work, env=env,
                              capture_output=True, text=True, timeout=1800)
    assert finished.returncode == 0, finished.stderr[-3000:]
    assert finished.stdout.strip().splitlines()[-1] == "{}", finished.stdout[-4000:]
    installed = subprocess.run([str(python), "-c", "import nmo_teach.paths as p; print(p.data_dir())"],
                               env=env, capture_output=True, text=True, check=True, cwd=tmp_path)
    assert "site-packages" in installed.stdout and sys.prefix not in installed.stdout
