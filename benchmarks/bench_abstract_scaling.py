"""Cost of one long pasted section against its size (issue 14): time per size and the growth exponent.

``python -m benchmarks abstract_scaling`` or ``python -m benchmarks.bench_abstract_scaling
[--sizes 10,30,100,300,1000]`` (sizes in KB). The text is real abstract text (the fixtures and the
evaluation corpus) run together into one paragraph without headings, as when a whole paper is
pasted; a second shape removes every sentence break, the worst case for per-sentence work. Each
size is parsed and checked the way ``nmo-teach abstract`` does (parse, figures, checks); the
exponent is the slope of log(time) on log(size), by least squares. Goal: at most 1.2, and 1 MB
in at most 5 s. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import time
from pathlib import Path

from nmo_teach.abstracts import check_figures, parse_string

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "abstracts"


def base_text() -> str:
    """Real abstract text as one paragraph: headings become ordinary words, lines are joined."""
    files = sorted(FIXTURES.glob("real-*.txt")) + sorted((FIXTURES / "corpus").glob("*.txt"))
    text = " ".join(path.read_text(encoding="utf-8") for path in files)
    text = re.sub(r"(?m)^([A-Za-z ,]{1,60})[:.]?\s*$", r"\1 ", text)  # headings alone on a line
    text = re.sub(r"\b([A-Z][A-Za-z ,]{1,40})(?::|\.\s?[—–])", r"\1", text)  # run-in headings
    return re.sub(r"\s+", " ", text)


def sized(text: str, kilobytes: int) -> str:
    size = kilobytes * 1024
    return (text * (size // len(text) + 1))[:size]


def measure(text: str) -> tuple[float, float, int]:
    """Wall and CPU seconds to parse and check ``text``, and how many figures it held. CPU time
    is what the exponent is fitted on: on a shared machine the wall clock also counts waiting."""
    started, cpu = time.perf_counter(), time.process_time()
    abstract = parse_string(text, "text")
    check_figures(abstract.figures)
    return time.perf_counter() - started, time.process_time() - cpu, len(abstract.figures)


def exponent(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log(seconds) on log(size)."""
    xs = [math.log(size) for size, _ in points]
    ys = [math.log(max(seconds, 1e-9)) for _, seconds in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_abstract_scaling", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,30,100,300,1000", help="sizes in KB, comma-separated")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    text = base_text()
    shapes = {"sentences": text, "no sentence breaks": text.replace(". ", "; ")}
    measure(sized(text, 5))  # warm up: label list, imports
    print(f"load average now: {os.getloadavg()[0]:.1f} (the wall clock counts other work too)")
    for name, shape in shapes.items():
        print(f"one pasted section, {name}:")
        print(f"{'KB':>6} {'wall s':>8} {'CPU s':>8} {'figures':>8} {'CPU µs/figure':>14}")
        points = []
        for kilobytes in sizes:
            wall, cpu, figures = measure(sized(shape, kilobytes))
            points.append((kilobytes, cpu))
            per_figure = cpu / figures * 1e6 if figures else float("nan")
            print(f"{kilobytes:>6} {wall:>8.3f} {cpu:>8.3f} {figures:>8} {per_figure:>14.1f}")
        if len(points) > 1:
            print(f"growth exponent (log CPU time on log size): {exponent(points):.2f} "
                  "(goal <= 1.2; 1 MB in <= 5 s)")
        print()


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
