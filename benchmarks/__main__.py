"""Run the benchmarks: ``python -m benchmarks [NAME ...] [--OPTION ...]`` (``make bench`` runs them all).

Options after the names go to each named benchmark (``python -m benchmarks abstracts --corpus DIR``).

Each ``benchmarks/bench_<name>.py`` exposes ``main(argv)`` and prints its own table. Timings are
measured side by side in one run, because machines here are noisy; nothing is asserted.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

from nmo_teach.pipes import quiet_on_closed_pipe


def available() -> list[str]:
    folder = Path(__file__).parent
    return sorted(
        info.name.removeprefix("bench_")
        for info in pkgutil.iter_modules([str(folder)])
        if info.name.startswith("bench_")
    )


def main(argv: list[str]) -> int:
    split = next((i for i, arg in enumerate(argv) if arg.startswith("-")), len(argv))
    names, options = argv[:split] or available(), argv[split:]
    unknown = sorted(set(names) - set(available()))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available())}",
              file=sys.stderr)
        return 2
    for name in names:
        print(f"== {name} ==")
        importlib.import_module(f"benchmarks.bench_{name}").main(options)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(quiet_on_closed_pipe(lambda: main(sys.argv[1:])))
