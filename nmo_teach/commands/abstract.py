"""``nmo-teach abstract FILE``: sections with NLM categories, figures and checks; or a worksheet."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import Any

from nmo_teach.abstracts import (
    SourceFormat,
    StructuredAbstract,
    check_figures,
    key_for,
    parse_file,
    worksheet,
)
from nmo_teach.abstracts.appraisal import Worksheet


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "abstract",
        help="parse an abstract: sections, NLM categories, figures, consistency checks",
        description=(
            "Read an abstract (pasted text, PubMed efetch XML or MEDLINE text) and print its "
            "sections with their NLM categories, the figures it reports and the consistency "
            "checks those figures allow. With --worksheet, print the JBI case-series appraisal "
            "worksheet instead."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the abstract file")
    parser.add_argument(
        "--format", dest="fmt", default=SourceFormat.AUTO.value,
        choices=[f.value for f in SourceFormat],
        help="input format (default: auto-detect)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--worksheet", action="store_true",
                        help="print the appraisal worksheet (JBI items, evidence, answers, CEBM)")
    parser.add_argument("--grammar-only", action="store_true",
                        help="read figures with the rules alone, without the learned second reading "
                             "that adds numbers the rules passed over and renames figures")
    parser.set_defaults(handler=run)


def _abstract_payload(abstract: StructuredAbstract) -> dict[str, Any]:
    payload = abstract.model_dump(mode="json")
    payload["checks"] = [check.model_dump(mode="json") for check in check_figures(abstract.figures)]
    for check in payload["checks"]:
        check.pop("datasets", None)
    return payload


def _worksheet_payload(sheet: Worksheet) -> dict[str, Any]:
    return sheet.model_dump(mode="json")


def _wrap(text: str, indent: str = "    ") -> str:
    return textwrap.fill(text, width=96, initial_indent=indent, subsequent_indent=indent)


def _print_abstract(abstract: StructuredAbstract) -> None:
    print(abstract.title or "(untitled abstract)")
    cited = abstract.citation.short()
    if cited:
        print(cited)
    print(f"format: {abstract.source_format}; "
          f"{'structured' if abstract.is_structured else 'unstructured'}, "
          f"{len(abstract.sections)} section(s)")
    print("\nSections")
    for section in abstract.sections:
        print(f"  {section.label or '(no heading)'}  ->  {section.category.value} "
              f"[{section.category_source.value}]")
        print(_wrap(section.text))
    print("\nFigures")
    if not abstract.figures:
        print("  (none found)")
    for figure in abstract.figures:
        note = f"  [{figure.denominator_note}]" if figure.denominator_note else ""
        learned = "  [second reading: check it]" if figure.read_by == "second reading" else ""
        print(f"  {figure.kind.value:<17} {figure.display()}  <- '{figure.text}'{note}{learned}")
    print("\nChecks")
    checks = check_figures(abstract.figures)
    if not checks:
        print("  (no figure allows a check)")
    for check in checks:
        print(f"  {check.verdict.value.upper():<12} {check.name}: {check.details.get('figure', '')}")
        print(_wrap(check.explanation, "      "))


def _print_worksheet(sheet: Worksheet) -> None:
    print(f"Appraisal worksheet: {sheet.title or '(untitled abstract)'}")
    print(f"Checklist: {sheet.checklist} (cite: {sheet.reference}); items paraphrased, "
          "see the official checklist for its wording")
    print(f"Design named in the abstract: {sheet.design or 'not stated'}\n")
    for row in sheet.rows:
        print(f"{row.number:>2}. {row.item}")
        print(f"    answer: {row.answer.value}  ({row.source})")
        print(_wrap(f"why: {row.reasoning}", "    "))
        for sentence in row.evidence[:3]:
            print(_wrap(f"- {sentence}", "      "))
    print("\nOxford CEBM 2011 level")
    for level in sheet.cebm:
        shown = f"level {level.level}" if level.level is not None else "no level"
        print(f"  {level.question.value:<18} {shown}")
        print(_wrap(level.explanation, "      "))


def run(args: argparse.Namespace) -> int:
    """Print the report of each abstract in the file (``nmo_teach.cli`` ends it quietly if the reader leaves early)."""
    abstracts = parse_file(args.file, args.fmt, second_reading=None if args.grammar_only else "shipped")
    if args.worksheet:
        sheets = [worksheet(a, key_for(a)) for a in abstracts]
        if args.json:
            print(json.dumps({"worksheets": [_worksheet_payload(s) for s in sheets]},
                             indent=2, ensure_ascii=False))
        else:
            for number, sheet in enumerate(sheets):
                if number:
                    print("\n" + "=" * 96 + "\n")
                _print_worksheet(sheet)
        return 0
    if args.json:
        print(json.dumps({"abstracts": [_abstract_payload(a) for a in abstracts]},
                         indent=2, ensure_ascii=False))
        return 0
    for number, abstract in enumerate(abstracts):
        if number:
            print("\n" + "=" * 96 + "\n")
        _print_abstract(abstract)
    return 0
