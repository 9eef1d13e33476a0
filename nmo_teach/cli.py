"""The ``nmo-teach`` command: one thin subcommand per capability of the package.

Each subcommand lives in ``nmo_teach.commands.<name>`` and exposes ``register(subparsers)``;
this module only wires them together and turns a user error into one line and exit status 2,
and a reader that leaves early (``| head``) into a quiet end, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from nmo_teach import __version__
from nmo_teach.errors import NmoTeachError
from nmo_teach.pipes import quiet_on_closed_pipe

COMMAND_MODULES: tuple[str, ...] = (
    "nmo_teach.commands.seed",
    "nmo_teach.commands.book",
    "nmo_teach.commands.abstract",
    "nmo_teach.commands.classify",
    "nmo_teach.commands.draw",
    "nmo_teach.commands.quiz",
    "nmo_teach.commands.grade",
    "nmo_teach.commands.student",
    "nmo_teach.commands.export",
    "nmo_teach.commands.report",
)

EXIT_USER_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nmo-teach",
        description=(
            "Teaching module on MS versus NMOSD, anchored on Kleiter et al. 2012. "
            "A teaching aid, not a clinical decision tool."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return quiet_on_closed_pipe(lambda: int(args.handler(args) or 0))
    except NmoTeachError as error:
        # One line per problem (a record with three mistakes has three), each naming the command.
        for line in str(error).splitlines() or ["(no details)"]:
            print(f"nmo-teach {args.command}: error: {line}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("nmo-teach: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
