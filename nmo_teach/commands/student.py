"""``nmo-teach student OUTDIR``: write the student and instructor versions of the module."""

from __future__ import annotations

import argparse
from pathlib import Path

from nmo_teach.errors import NmoTeachError
from nmo_teach.exercises.release import write_release


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "student",
        help="write the student version (and the instructor version) of the module",
        description=(
            "Write OUTDIR/student (website source, notebooks and exercise folders with solutions "
            "stubbed and hidden tests removed) and OUTDIR/instructor (everything)."
        ),
    )
    parser.add_argument("outdir", type=Path, help="folder to write into (its student/ and instructor/ are replaced)")
    parser.add_argument("--only", choices=("student", "instructor"), help="write just one of the two versions")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if (args.outdir.exists() or args.outdir.is_symlink()) and not args.outdir.is_dir():
        raise NmoTeachError(f"{args.outdir}: is not a folder; allowed: a folder, or a path that does not exist yet")
    versions = (args.only,) if args.only else ("student", "instructor")
    for folder in write_release(args.outdir, versions=versions):
        print(f"wrote {folder}")
    if "student" in versions:
        print("the student website itself is built by `nmo-teach book` (make book) into _build/html")
    return 0
