"""``nmo-teach book``: build the website: student (self-study, published), class or instructor edition."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from nmo_teach.site.book_build import Edition, build_book, html_folder
from nmo_teach.errors import NmoTeachError
from nmo_teach.paths import PROJECT_ROOT
from nmo_teach.validation import read_yaml, render_path, shown_value

CHAPTER_SUFFIXES = (".md", ".ipynb")


class BookError(NmoTeachError):
    """The book's sources or the output folder cannot be used; found before a build starts."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "book",
        help="build the website (student edition by default)",
        description=(
            "Build the book with warnings as errors. The student edition is the self-study site to "
            "publish: each exercise's model solution follows it, collapsed. The class edition "
            "removes the solutions, for a course that grades the exercises. Neither contains "
            "hidden tests. The instructor edition shows solutions and hidden tests."
        ),
    )
    parser.add_argument(
        "--edition", choices=[e.value for e in Edition], default=Edition.STUDENT.value,
        help="which edition to build (default: student)",
    )
    parser.add_argument(
        "--output", type=Path, default=Path("."),
        help="folder that receives _build/html (default: the current folder)",
    )
    parser.set_defaults(handler=run)


def _toc_entries(toc: Any) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every ``file`` and ``root`` entry of a table of contents, with its path in the file."""
    stack: list[tuple[tuple[Any, ...], Any]] = [((), toc)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            for key, child in value.items():
                if key in ("file", "root"):
                    yield (*path, key), child
                else:
                    stack.append(((*path, key), child))
        elif isinstance(value, list):
            stack.extend(((*path, index), child) for index, child in enumerate(value))


def check_sources(root: Path = PROJECT_ROOT) -> None:
    """Refuse a broken ``_config.yml`` or ``_toc.yml`` in one line, before a build of minutes starts.

    Checks what a build would otherwise report deep in a log: both files are YAML mappings, and
    every chapter the table of contents names exists.
    """
    config_path, toc_path = root / "_config.yml", root / "_toc.yml"
    config = read_yaml(config_path, BookError, "book configuration (YAML)")
    if not isinstance(config, dict):
        raise BookError(f"{config_path}: top level: got {shown_value(config)}; allowed: a mapping of "
                        "settings, e.g. 'title: My book'")
    toc = read_yaml(toc_path, BookError, "table of contents (YAML)")
    if not isinstance(toc, dict) or not isinstance(toc.get("root"), str):
        raise BookError(f"{toc_path}: top level: got {shown_value(toc)}; allowed: a mapping with a "
                        "'root' chapter, e.g. 'root: book/intro'")
    for path, entry in _toc_entries(toc):
        where = f"{toc_path}: field '{render_path(path)}'"
        if not isinstance(entry, str) or not entry.strip():
            raise BookError(f"{where}: got {shown_value(entry)}; allowed: a chapter path, e.g. 'book/intro'")
        candidates = [root / entry, *(root / f"{entry}{suffix}" for suffix in CHAPTER_SUFFIXES)]
        if not any(candidate.is_file() for candidate in candidates):
            raise BookError(f"{where}: no chapter {entry!r}; allowed: a path, relative to {root}, of a "
                            f"{' or '.join(CHAPTER_SUFFIXES)} file without its suffix")


def check_output(output: Path) -> None:
    """The output must be a folder, or not exist yet (it is created)."""
    if (output.exists() or output.is_symlink()) and not output.is_dir():
        raise BookError(f"--output {output}: is not a folder; allowed: a folder, or a path that does not exist yet")


def run(args: argparse.Namespace) -> int:
    check_output(args.output)
    check_sources()
    output = args.output.resolve()
    result = build_book(Edition(args.edition), output, capture=False)
    index = html_folder(output) / "index.html"
    if result.skipped:
        print(f"{args.edition} edition up to date (no input changed): {index}")
    elif result.returncode == 0:
        print(f"{args.edition} edition built: {index}")
    return result.returncode
