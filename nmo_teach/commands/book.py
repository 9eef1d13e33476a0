"""``nmo-teach book``: build the student website (the published one) or the instructor edition."""

from __future__ import annotations

import argparse
from pathlib import Path

from nmo_teach.book_build import Edition, build_book, html_folder


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "book",
        help="build the website (student edition by default)",
        description=(
            "Build the book with warnings as errors. The student edition is the site to publish: "
            "exercise solutions and hidden tests are removed. The instructor edition shows them."
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


def run(args: argparse.Namespace) -> int:
    output = args.output.resolve()
    result = build_book(Edition(args.edition), output, capture=False)
    index = html_folder(output) / "index.html"
    if result.skipped:
        print(f"{args.edition} edition up to date (no input changed): {index}")
    elif result.returncode == 0:
        print(f"{args.edition} edition built: {index}")
    return result.returncode
