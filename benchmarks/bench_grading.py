"""Grading throughput: ``nmo-teach grade`` against the nbclient baseline (a fresh kernel per notebook).

``python -m benchmarks grading`` or ``python -m benchmarks.bench_grading --n 200 --baseline-n 20``.
The environment variables NMO_BENCH_GRADING_N and NMO_BENCH_BASELINE_N set the same counts.

Generated submissions vary per exercise between the model answer, the stub, a wrong answer and
honest mistakes (a forgotten input check, so a hidden ``pytest.raises`` test fails with "DID NOT
RAISE"; a syntax error; an error at the end of a cell), so scores spread. The baseline does what
nbgrader and otter-grader do locally: it appends the test cells to the student's solution cells
and executes the notebook in a new Jupyter kernel, with as many notebooks at once as the grader
has jobs (equal parallelism). It is slow, so by default it runs on a subset; submissions per
second are compared as rates, and scores are compared on the submissions both graded.

The grader runs on the same submissions with its operating-system isolation (namespaces, private
root, Landlock, seccomp, separate uid) and without it (limits and audit hook only), alternating,
two rounds each after a warm-up, best round kept: the cost of isolation is measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat

from nmo_teach.exercises.assignment import Assignment, load_assignment
from nmo_teach.exercises.strip import stub_solution
from nmo_teach.exercises.tags import SOLUTION, cell_source, cell_tags
from nmo_teach.grading.batch import grade_batch
from nmo_teach.grading.gradebook import Gradebook
from nmo_teach.grading.harness import Settings

ASSIGNMENT = "quizzes-and-exercises"
WRONG = {  # one mistake per exercise, the kind students make
    ">= 3": "> 3",
    "return true_share / (true_share + false_share)": "return true_share",
    'VERDICT_A = "met"': 'VERDICT_A = "not met"',
    'DESIGN_CHOICE = "c"': 'DESIGN_CHOICE = "b"',
    "return relapses / patients": "return patients / relapses",
}


def generate(assignment: Assignment, count: int, folder: Path, seed: int = 2012) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        notebook = nbformat.from_dict(json.loads(json.dumps(assignment.notebook)))
        for cell in notebook.cells:
            if cell.cell_type == "code" and SOLUTION in cell_tags(cell):
                choice = rng.choice(("model", "model", "stub", "wrong", "no_check", "syntax", "late_error"))
                source = cell_source(cell)
                if choice == "stub":
                    cell.source = stub_solution(source)
                elif choice == "wrong":
                    for old, new in WRONG.items():
                        source = source.replace(old, new)
                    cell.source = source
                elif choice == "no_check":  # forgets the input check: pytest.raises says DID NOT RAISE
                    cell.source = source.replace("raise ValueError(", "pass  # ValueError(")
                elif choice == "syntax":
                    cell.source = source + "\n\ndef unfinished(:\n"
                elif choice == "late_error":
                    cell.source = source + "\n\nprint(undefined_name)\n"
        nbformat.write(notebook, folder / f"student{index:04d}.ipynb")


def baseline_grade(assignment: Assignment, notebook_path: Path) -> float:
    """Score one submission the nbgrader/otter way: its code plus the tests, in a fresh kernel."""
    from nbclient import NotebookClient

    submitted = nbformat.read(notebook_path, as_version=4)
    cells = [nbformat.v4.new_code_cell(cell_source(c)) for c in submitted.cells
             if c.cell_type == "code" and SOLUTION in cell_tags(c)]
    cells += [nbformat.v4.new_code_cell(cell.source) for cell in assignment.test_cells]
    runner = (
        "import json\n_passed = []\n"
        "for _name, _test in list(globals().items()):\n"
        "    if _name.startswith('test_') and callable(_test):\n"
        "        try:\n            _test()\n            _passed.append(_name)\n"
        "        except BaseException:\n            pass\n"
        "print(json.dumps(_passed))\n"
    )
    cells.append(nbformat.v4.new_code_cell(runner))
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    NotebookClient(notebook, timeout=60, kernel_name="python3", allow_errors=True).execute()
    text = "".join(o.get("text", "") for o in notebook.cells[-1].outputs if o.get("name") == "stdout")
    passed = set(json.loads(text.strip().splitlines()[-1])) if text.strip() else set()
    return sum(t.points for t in assignment.tests if t.name in passed)


class TreeMemory:
    """Peak resident memory of this process and all its descendants, sampled from /proc."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, _tree_rss(os.getpid()))


def _tree_rss(root: int) -> int:
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, frontier = 0, [root]
    while frontier:
        pid = frontier.pop()
        total += rss.get(pid, 0)
        frontier.extend(child for child, parent in parents.items() if parent == pid)
    return total


def _timed(action: object) -> tuple[float, int]:
    start = time.perf_counter()
    with TreeMemory() as memory:
        action()  # type: ignore[operator]
    return time.perf_counter() - start, memory.peak


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench_grading")
    parser.add_argument("--n", type=int, default=int(os.environ.get("NMO_BENCH_GRADING_N", 200)))
    parser.add_argument("--baseline-n", type=int, default=int(os.environ.get("NMO_BENCH_BASELINE_N", 20)))
    parser.add_argument("--jobs", type=int, default=2, help="parallelism of both the grader and the baseline")
    args = parser.parse_args(argv)
    assignment = load_assignment(ASSIGNMENT)
    jobs = args.jobs
    with tempfile.TemporaryDirectory(prefix="bench-grading-") as tmp:
        folder = Path(tmp) / "submissions"
        generate(assignment, args.n, folder)
        # A warm-up batch first (disk caches), then the two variants alternate and each keeps its best
        # round, so neither pays for running first on a noisy machine.
        warm = Path(tmp) / "warm-up"
        generate(assignment, 2 * jobs, warm, seed=1)
        grade_batch(assignment, warm, Path(tmp) / "warm-up.sqlite", jobs=jobs, progress=False)
        runs: dict[str, tuple[float, int, dict[str, float]]] = {}
        for round_ in range(2):
            for label, isolated in (("isolated", True), ("no-isolation", False)):
                book = Path(tmp) / f"gradebook-{label}-{round_}.sqlite"
                seconds, peak = _timed(lambda: grade_batch(assignment, folder, book, Settings(isolation=isolated),
                                                           jobs=jobs, progress=False))
                with Gradebook(book) as opened:
                    scores = {g.student: g.score for g in opened.latest(assignment.name)}
                if label not in runs or seconds < runs[label][0]:
                    runs[label] = (seconds, peak, scores)

        subset = sorted(folder.glob("*.ipynb"))[: min(args.baseline_n, args.n)]
        baseline: dict[str, float] = {}

        def run_baseline() -> None:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for path, score in zip(subset, pool.map(baseline_grade, [assignment] * len(subset), subset)):
                    baseline[path.stem] = score

        base_seconds, base_peak = _timed(run_baseline)

    iso_seconds, iso_peak, ours = runs["isolated"]
    free_seconds, free_peak, ours_free = runs["no-isolation"]
    iso_rate, free_rate = args.n / iso_seconds, args.n / free_seconds
    base_rate = len(subset) / base_seconds
    mismatches = [name for name, score in baseline.items() if ours[name] != score]
    differ = [name for name in ours if ours[name] != ours_free[name]]
    print(f"{'method':<44}{'jobs':>5}{'graded':>8}{'seconds':>10}{'subm/s':>10}{'peak MiB':>10}")
    for label, seconds, rate, peak, count in (
        ("nmo-teach grade, full isolation", iso_seconds, iso_rate, iso_peak, args.n),
        ("nmo-teach grade, no OS isolation", free_seconds, free_rate, free_peak, args.n),
        ("nbclient, fresh kernel each", base_seconds, base_rate, base_peak, len(subset)),
    ):
        print(f"{label:<44}{jobs:>5}{count:>8}{seconds:>10.2f}{rate:>10.2f}{peak / 2**20:>10.0f}")
    if len(subset) < args.n:
        print(f"(baseline ran on the first {len(subset)} of {args.n} submissions; rates are per submission)")
    print(f"throughput ratio at equal parallelism ({jobs} and {jobs}), full isolation vs baseline: "
          f"{iso_rate / base_rate:.1f}x (target >= 25x)")
    print(f"isolation overhead: {1000 * (iso_seconds - free_seconds) * jobs / args.n:+.1f} ms per submission "
          f"per job, throughput {100 * (1 - iso_rate / free_rate):+.1f}% lower with isolation")
    print(f"score spread (ours): min {min(ours.values()):g}, max {max(ours.values()):g} of {assignment.max_points:g}")
    print(f"identical scores on the {len(baseline)} submissions both graded: "
          f"{'yes' if not mismatches else 'NO: ' + ', '.join(mismatches)}")
    print(f"identical scores with and without isolation: {'yes' if not differ else 'NO: ' + ', '.join(differ)}")
    return 0 if not mismatches and not differ else 1


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
