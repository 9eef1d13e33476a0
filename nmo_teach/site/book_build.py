"""Build the website in one of its editions, the one recipe used by make, tests and benchmarks.

The **student** edition is the published, self-study site: each exercise is followed by its
model solution in a closed dropdown (as QuantEcon does), for learners without an instructor. The
**class** edition is the same site with the solutions removed, for a course that grades the
exercises. Both are built from the student release tree that
:func:`nmo_teach.exercises.release.write_release` writes, so hidden tests never reach either. The
**instructor** edition is built straight from the book source, solutions and hidden tests
included, for teaching staff only.

Both builds treat Sphinx warnings as errors and cache executed notebooks with jupyter-cache, so a
rebuild with nothing changed executes nothing. jupyter-cache keys a notebook on its own source
only, so a chapter whose numbers come from ``data/`` would keep stale outputs after the data or
the package changed; the build therefore fingerprints those inputs and, when they differ from the
last build, drops the execution cache and rereads every page. When no input of the site has
changed at all since the last successful build, the build is skipped, as make would skip it.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import yaml

from nmo_teach.exercises.release import write_release
from nmo_teach.paths import PROJECT_ROOT, data_dir
from nmo_teach.site.package_wheel import DOWNLOADS, build_wheel
from nmo_teach.site.redirect_page import write_root_page

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # the whole nmo_teach package
EXECUTION_RECORD = ".execution-inputs"
SITE_RECORD = ".site-inputs"
# Everything in the project root that the site is built from, besides data/ and the package.
SITE_SOURCES = ("_config.yml", "_toc.yml", "references.bib", "book", "_static", "_templates",
                "requirements.lock")


class Edition(StrEnum):
    """Which site to build: ``student`` (self-study), ``class`` (no solutions) or ``instructor``."""

    STUDENT = "student"
    CLASS = "class"
    INSTRUCTOR = "instructor"


def html_folder(output: Path) -> Path:
    """Where jupyter-book puts the HTML for ``--path-output output``."""
    return output / "_build" / "html"


def inputs_fingerprint(paths: Iterable[Path]) -> str:
    """A digest of the names and bytes of ``paths`` (files, or folders read recursively).

    Bytecode caches are ignored; a missing path counts as absent, so creating it changes the
    digest.
    """
    digest = hashlib.sha256()
    for path in paths:
        digest.update(f"{path.name}:{path.exists()}".encode())
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts or not file.exists():
                continue
            digest.update(str(file.relative_to(path.parent)).encode() + b"\0")
            digest.update(file.read_bytes())
    return digest.hexdigest()


def forget_stale_outputs(output: Path, fingerprint: str) -> bool:
    """Drop the execution cache under ``output`` if the inputs changed; True when it did.

    The new fingerprint is recorded at once: if the build then fails, the next build has no
    cache to trust anyway, and rereads every page because the environment is incomplete.
    """
    build = output / "_build"
    record = build / EXECUTION_RECORD
    if record.exists() and record.read_text(encoding="utf-8") == fingerprint:
        return False
    shutil.rmtree(build / ".jupyter_cache", ignore_errors=True)
    build.mkdir(parents=True, exist_ok=True)
    record.write_text(fingerprint, encoding="utf-8")
    return True


def book_title(root: Path) -> str:
    """The book's title from ``_config.yml`` (the site's name in tabs and bookmarks)."""
    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8")) or {}
    return str(config.get("title") or "nmo-teach")


@dataclass(frozen=True)
class BuildResult:
    """How a build ended: its exit status, its log (empty when streamed), whether it was skipped."""

    returncode: int
    log: str
    skipped: bool = False


def build_book(
    edition: Edition,
    output: Path,
    root: Path = PROJECT_ROOT,
    quiet: bool = False,
    capture: bool = True,
) -> BuildResult:
    """Build ``edition`` of the book into ``html_folder(output)``.

    The caller decides what a failure means (make exits, a test fails with the log), so a
    failed build is returned, not raised. With ``capture=False`` the build log streams to the
    terminal instead of being kept.
    """
    execution_inputs = inputs_fingerprint([data_dir(), PACKAGE_DIR])
    site_inputs = f"{edition}:{execution_inputs}:" + inputs_fingerprint(
        root / name for name in SITE_SOURCES
    )
    site_record = output / "_build" / SITE_RECORD
    if (
        (html_folder(output) / "index.html").exists()
        and site_record.exists()
        and site_record.read_text(encoding="utf-8") == site_inputs
    ):
        return BuildResult(returncode=0, log="", skipped=True)

    source = root
    if edition is not Edition.INSTRUCTOR:
        release = output / "_build" / "release"
        write_release(release, root=root, versions=("student",), self_study=edition is Edition.STUDENT)
        source = release / "student" / "site"
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    command = [
        str(jupyter_book), "build", str(source), "--path-output", str(output),
        "--warningiserror", "--nitpick", "--keep-going",
    ]
    if forget_stale_outputs(output, execution_inputs):
        command.append("--all")
    if quiet:
        command.append("--quiet")
    finished = subprocess.run(command, capture_output=capture, text=True, cwd=root, check=False)
    if finished.returncode == 0:
        write_root_page(html_folder(output), book_title(root))
        build_wheel(root, html_folder(output) / DOWNLOADS)
        site_record.write_text(site_inputs, encoding="utf-8")
    else:
        site_record.unlink(missing_ok=True)
    log = (finished.stdout or "") + (finished.stderr or "")
    return BuildResult(returncode=finished.returncode, log=log)
