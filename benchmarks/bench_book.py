"""Book build: a clean build (every notebook executed) against rebuilds after no change and after
one chapter changed.

All builds use the recipe of ``make book`` (the student edition) on a scratch copy of the book
sources, one after the other into the same fresh folder, so the ratios compare like with like on
a noisy machine. Goal: the no-change rebuild costs at most a tenth of the clean build. A
no-change rebuild is skipped outright (nothing the site is built from changed); the table also
times Sphinx run anyway on the unchanged sources, the floor when only something outside the
fingerprint changed. After one chapter changes, jupyter-cache executes that chapter only and
Sphinx rereads only it.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from nmo_teach.site.book_build import SITE_RECORD, SITE_SOURCES, Edition, build_book
from nmo_teach.paths import PROJECT_ROOT

GOAL_RATIO = 0.10
CHANGED_CHAPTER = Path("book/reading/structured-abstract.md")


def timed_build(root: Path, output: Path) -> float:
    start = time.perf_counter()
    result = build_book(Edition.STUDENT, output, root=root, quiet=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"book build failed:\n{result.log[-3000:]}")
    return elapsed


def copy_sources(target: Path) -> None:
    for name in SITE_SOURCES:
        source = PROJECT_ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / name)


def main(argv: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="nmo-teach-bench-book-") as folder:
        root, output = Path(folder) / "src", Path(folder) / "out"
        root.mkdir()
        copy_sources(root)
        clean = timed_build(root, output)
        unchanged = timed_build(root, output)
        (output / "_build" / SITE_RECORD).unlink()  # make the build run Sphinx anyway
        through_sphinx = timed_build(root, output)
        chapter = root / CHANGED_CHAPTER
        chapter.write_text(chapter.read_text(encoding="utf-8") + "\nA sentence added.\n",
                           encoding="utf-8")
        one_changed = timed_build(root, output)
    print(f"{'build':<28}{'seconds':>9}{'/ clean':>9}")
    for name, seconds in (("clean (with execution)", clean), ("no-change rebuild", unchanged),
                          ("no change, Sphinx run anyway", through_sphinx),
                          ("one chapter changed", one_changed)):
        print(f"{name:<28}{seconds:>9.2f}{seconds / clean:>9.3f}")
    ratio = unchanged / clean
    verdict = "meets" if ratio <= GOAL_RATIO else "misses"
    print(f"no-change rebuild / clean = {ratio:.3f} ({verdict} the goal of <= {GOAL_RATIO:.2f})")


if __name__ == "__main__":
    main(sys.argv[1:])
