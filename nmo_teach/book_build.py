"""Build the website in one of its two editions, the one recipe used by make, tests and benchmarks.

The **student** edition is the published site: it is built from the student release tree that
:func:`nmo_teach.exercises.release.write_release` writes, so exercise solutions and hidden tests
never reach it. The **instructor** edition is built straight from the book source, solutions
included, for teaching staff only.

Both builds treat Sphinx warnings as errors and cache executed notebooks with jupyter-cache, so a
rebuild with nothing changed executes nothing.
"""

from __future__ import annotations

import subprocess
import sys
from enum import StrEnum
from pathlib import Path

from nmo_teach.exercises.release import write_release
from nmo_teach.paths import PROJECT_ROOT


class Edition(StrEnum):
    STUDENT = "student"
    INSTRUCTOR = "instructor"


def html_folder(output: Path) -> Path:
    """Where jupyter-book puts the HTML for ``--path-output output``."""
    return output / "_build" / "html"


def build_book(
    edition: Edition,
    output: Path,
    root: Path = PROJECT_ROOT,
    quiet: bool = False,
    capture: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Build ``edition`` of the book into ``html_folder(output)``; returns the finished build.

    The caller decides what a failure means (make exits, a test fails with the log), so a
    failed build is returned, not raised. With ``capture=False`` the build log streams to the
    terminal instead of being kept.
    """
    source = root
    if edition is Edition.STUDENT:
        release = output / "_build" / "release"
        write_release(release, root=root, versions=(Edition.STUDENT.value,))
        source = release / Edition.STUDENT.value / "site"
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    command = [
        str(jupyter_book), "build", str(source), "--path-output", str(output),
        "--warningiserror", "--nitpick", "--keep-going",
    ]
    if quiet:
        command.append("--quiet")
    return subprocess.run(command, capture_output=capture, text=True, cwd=root, check=False)
