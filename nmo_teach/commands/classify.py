"""``nmo-teach classify``: apply every criterion to patient records and print the verdicts.

Accepts one or more JSON files, each holding one record or a list of records. Every problem in
every record is reported, one line each (field, value, what is allowed), and the exit status is
2; nothing is classified until all records are valid. Records in the earlier shape are upgraded,
and whatever the upgrade could not carry over is printed as a note on stderr. A teaching aid,
not a clinical decision tool.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from nmo_teach.criteria import DISCLAIMER, Patient, PatientRecordError, differential, load_patients
from nmo_teach.criteria.differential import Differential

EXIT_INVALID = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "classify",
        help="apply the MS, NMOSD and MOGAD criteria to patient records (teaching aid)",
        description=(
            "Apply IPND 2015, McDonald 2017, MOGAD 2023 and the Matthews 2013 MRI rule to each "
            "patient record, with reasons, red flags and the most decisive missing test. "
            + DISCLAIMER
        ),
    )
    parser.add_argument("records", nargs="+", type=Path, metavar="PATIENT.json",
                        help="JSON file with one patient record or a list of records")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=run)


def report_json(report: Differential) -> dict[str, Any]:
    """The machine-readable form of one patient's report."""
    return {
        "patient": report.patient_id,
        "synthetic": report.synthetic,
        "verdicts": {name: verdict.model_dump(mode="json") for name, verdict in report.verdicts.items()},
        "red_flags": [flag.model_dump(mode="json") for flag in report.red_flags],
        "unchecked_red_flags": [check.model_dump(mode="json") for check in report.unchecked_red_flags],
        "fits_ms": list(report.fits_ms),
        "fits_nmosd_or_mogad": list(report.fits_nmosd_or_mogad),
        "judgements": list(report.judgements),
        "missing_tests": [s.model_dump(mode="json") for s in report.suggestions],
        "disclaimer": report.disclaimer,
    }


def _load_all(paths: list[Path], notes: list[str]) -> list[Patient]:
    patients: list[Patient] = []
    problems: list[str] = []
    for path in paths:
        try:
            patients.extend(load_patients(path, notes))
        except PatientRecordError as error:
            problems.extend(error.problems)
    if problems:
        raise PatientRecordError(problems)
    return patients


def run(args: argparse.Namespace) -> int:
    notes: list[str] = []
    try:
        patients = _load_all(args.records, notes)
    except PatientRecordError as error:
        for problem in error.problems:
            print(f"nmo-teach classify: error: {problem}", file=sys.stderr)
        return EXIT_INVALID
    for note in notes:
        print(f"nmo-teach classify: note: {note}", file=sys.stderr)
    reports = [differential(patient) for patient in patients]
    if args.json:
        payload: Any = [report_json(r) for r in reports]
        print(json.dumps(payload[0] if len(payload) == 1 else payload, indent=2, ensure_ascii=False))
        return 0
    for index, report in enumerate(reports):
        if index:
            print("\n" + "=" * 78 + "\n")
        print(report.text())
        print("\nDetails:")
        for verdict in report.verdicts.values():
            print(verdict.explain())
    return 0
