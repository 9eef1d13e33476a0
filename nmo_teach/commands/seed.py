"""``nmo-teach seed``: print the figures the seed abstract reports, as a table or JSON."""

from __future__ import annotations

import argparse
import json

from nmo_teach.casebook import seed


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "seed",
        help="show the figures reported by Kleiter et al. 2012",
        description="Show every figure the seed abstract reports, with the sentence it comes from.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    series = seed()
    if args.json:
        payload = {
            "citation": series.abstract.citation.model_dump(mode="json"),
            "figures": [figure.model_dump(mode="json") for figure in series.figures],
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    print(series.abstract.citation.vancouver())
    print()
    columns = ["quantity", "statistic", "value", "low", "high", "unit", "denominator"]
    print(series.table()[columns].to_string(na_rep="–"))
    return 0
