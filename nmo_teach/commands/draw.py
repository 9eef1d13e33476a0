"""``nmo-teach draw``: the schematic figures of patient records, as SVG (and PNG) files.

A student who writes a record can see it drawn as the book draws its vignettes: the cord with
each lesion over its vertebral segments, the optic nerve with the lesion's share, the brain sites.
Each file is printed with its alt text, so the command is useful without looking at the pictures.
Records are read and checked as ``nmo-teach classify`` reads them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from nmo_teach.criteria import PatientRecordError, load_patients
from nmo_teach.errors import NmoTeachError

EXIT_INVALID = 2


class DrawError(NmoTeachError):
    """The output folder cannot be written."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "draw",
        help="draw the schematic figures (cord, optic nerve, brain) of patient records",
        description="Write one SVG per schematic figure of each patient record, and print its alt text.",
    )
    parser.add_argument("records", nargs="+", type=Path, metavar="PATIENT.json",
                        help="JSON file with one patient record or a list of records")
    parser.add_argument("--output", type=Path, default=Path("figures"), metavar="DIR",
                        help="folder for the files (default: ./figures)")
    parser.add_argument("--png", action="store_true", help="also write a PNG of each figure")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from nmo_teach.figures import patient_figures  # matplotlib loads only for this command

    notes: list[str] = []
    problems: list[str] = []
    patients = []
    for path in args.records:
        try:
            patients.extend(load_patients(path, notes))
        except PatientRecordError as error:
            problems.extend(error.problems)
    for problem in problems:
        print(f"nmo-teach draw: error: {problem}", file=sys.stderr)
    if problems:
        return EXIT_INVALID
    for note in notes:
        print(f"nmo-teach draw: note: {note}", file=sys.stderr)
    try:
        args.output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DrawError(f"--output: cannot create {args.output}: {error.strerror}") from None
    for number, patient in enumerate(patients, start=1):
        name = patient.id or f"patient-{number}"
        figures = patient_figures(patient)
        if not figures:
            print(f"{name}: nothing to draw (no cord lesion length, optic-nerve share or brain site recorded)")
        seen: Counter[str] = Counter()
        for figure in figures:
            seen[figure.kind] += 1
            stem = f"{name}-{figure.kind}" + (f"-{seen[figure.kind]}" if seen[figure.kind] > 1 else "")
            try:
                (args.output / f"{stem}.svg").write_text(figure.svg + "\n", encoding="utf-8")
                if args.png:
                    (args.output / f"{stem}.png").write_bytes(figure.png())
            except OSError as error:
                raise DrawError(f"--output: cannot write in {args.output}: {error.strerror}") from None
            print(f"{args.output / stem}.svg: {figure.alt}")
    return 0
