"""``nmo-teach export``: the quiz banks for Canvas (QTI), Moodle (XML, GIFT) and Anki (.apkg)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nmo_teach.commands.output import check_output, write_output
from nmo_teach.errors import NmoTeachError
from nmo_teach.lms import anki, gift, moodle, qti
from nmo_teach.lms.glossary import glossary_path, read_glossary
from nmo_teach.lms.items import load_banks, mapping_summary


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write the quiz banks for Canvas, Moodle or Anki",
        description=(
            "Write the quiz banks as a Canvas QTI 1.2 package (.zip), Moodle XML, GIFT, and/or an "
            "Anki deck of the glossary and the quiz items (.apkg, needs nmo-teach[anki]). "
            "Question types a format lacks are mapped to the nearest type; each mapping is "
            "listed on stderr and written as a comment in the file."
        ),
    )
    parser.add_argument("--qti", type=Path, metavar="FILE.zip", help="Canvas QTI 1.2 package")
    parser.add_argument("--moodle", type=Path, metavar="FILE.xml", help="Moodle XML")
    parser.add_argument("--gift", type=Path, metavar="FILE.gift", help="GIFT text")
    parser.add_argument("--anki", type=Path, metavar="FILE.apkg", help="Anki deck (glossary + quiz items)")
    parser.add_argument("--chapter", action="append", metavar="CHAPTER",
                        help="export only this bank (repeatable; default: every bank)")
    parser.add_argument("--glossary", type=Path, help="glossary page for the Anki deck "
                        "(default: book/reference/glossary.md of the project)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    outputs = {option: getattr(args, option.lstrip("-")) for option in ("--qti", "--moodle", "--gift", "--anki")}
    if not any(outputs.values()):
        raise NmoTeachError("choose at least one output: --qti FILE.zip, --moodle FILE.xml, "
                            "--gift FILE.gift or --anki FILE.apkg")
    for option, path in outputs.items():
        if path:
            check_output(path, option)
    if args.anki:
        anki.require_genanki()  # an optional dependency: say it is missing before any work
        terms = read_glossary(args.glossary or glossary_path())
    banks = load_banks(args.chapter)
    questions = sum(len(items) for _, items in banks)
    if args.qti:
        written = write_output(args.qti, qti.package(banks), "--qti")
        print(f"wrote {written} (Canvas QTI 1.2: {questions} questions in {len(banks)} banks)")
    if args.moodle:
        written = write_output(args.moodle, moodle.document(banks), "--moodle")
        print(f"wrote {written} (Moodle XML: {questions} questions in {len(banks)} categories)")
    if args.gift:
        written = write_output(args.gift, gift.document(banks).encode("utf-8"), "--gift")
        losses = sum(1 for _, items in banks for item in items if item.kind in gift.LOSSES)
        print(f"wrote {written} (GIFT: {questions} questions; {losses} lose some feedback, "
              "see the // comments)")
        if losses:
            print(f"nmo-teach export: note: GIFT: {losses} numeric or matching questions lose "
                  "feedback GIFT has no place for", file=sys.stderr)
    if args.qti or args.moodle or args.gift:
        for line in mapping_summary(banks):
            print(f"nmo-teach export: note: {line}", file=sys.stderr)
    if args.anki:
        deck_banks = anki.practice_banks(banks)
        written = write_output(args.anki, anki.deck(terms, deck_banks), "--anki")
        notes = len(terms) + sum(len(items) for _, items in deck_banks)
        print(f"wrote {written} (Anki: {notes} notes: {len(terms)} glossary terms, "
              f"{notes - len(terms)} quiz items of {len(deck_banks)} practice banks; a re-import "
              "updates them)")
    return 0
