"""Book build: a clean build (every notebook executed) against a rebuild with nothing changed.

Both builds run in one process tree, one after the other, into the same fresh folder, so the
ratio compares like with like on a noisy machine. Goal: the no-change rebuild costs at most a
tenth of the clean build (jupyter-cache skips execution; Sphinx rereads nothing).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
GOAL_RATIO = 0.10


def timed_build(output: Path) -> float:
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    start = time.perf_counter()
    subprocess.run(
        [str(jupyter_book), "build", str(PROJECT_ROOT), "--path-output", str(output),
         "--warningiserror", "--nitpick", "--quiet"],
        check=True, capture_output=True, cwd=PROJECT_ROOT,
    )
    return time.perf_counter() - start


def main(argv: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="nmo-teach-bench-book-") as folder:
        output = Path(folder)
        clean = timed_build(output)
        rebuild = timed_build(output)
    ratio = rebuild / clean
    verdict = "meets" if ratio <= GOAL_RATIO else "misses"
    print(f"{'build':<22}{'seconds':>10}")
    print(f"{'clean (with execution)':<22}{clean:>10.2f}")
    print(f"{'no-change rebuild':<22}{rebuild:>10.2f}")
    print(f"rebuild / clean = {ratio:.3f} ({verdict} the goal of <= {GOAL_RATIO:.2f})")


if __name__ == "__main__":
    main(sys.argv[1:])
