"""``nmo-teach grade SUBMISSIONS_DIR --assignment NAME``: grade a class into a SQLite gradebook."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from nmo_teach.errors import NmoTeachError
from nmo_teach.exercises.assignment import load_assignment
from nmo_teach.grading.batch import check_sandbox, grade_batch
from nmo_teach.grading.bundle import write_bundle
from nmo_teach.grading.exports import write_csv, write_gradescope
from nmo_teach.grading.gradebook import Gradebook
from nmo_teach.grading.harness import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "grade",
        help="grade a folder of submissions (public and hidden tests) into a gradebook",
        description=(
            "Run the public and hidden tests of an assignment against every submission in a "
            "folder (each a notebook, or a folder holding one), each in its own sandboxed "
            "process. Grades go to a SQLite gradebook; re-running skips what is already graded."
        ),
    )
    parser.add_argument("submissions", type=Path, nargs="?", help="folder of submissions")
    parser.add_argument("--assignment",
                        help="assignment name (an exercise chapter's file stem) or path to its chapter")
    parser.add_argument("--gradebook", type=Path, help="SQLite gradebook (default: ./<assignment>-gradebook.sqlite)")
    parser.add_argument("--csv", type=Path, help="also write the LMS CSV export here")
    parser.add_argument("--gradescope-results", type=Path, help="write Gradescope's results.json (with --single)")
    parser.add_argument("--gradescope-bundle", type=Path, help="write a Gradescope autograder zip and stop")
    parser.add_argument("--single", action="store_true", help="the folder is one submission (as on Gradescope)")
    parser.add_argument("--student", help="student name for --single (default: the folder's name)")
    parser.add_argument("--jobs", type=int, default=2, help="submissions graded at once (default 2)")
    parser.add_argument("--timeout", type=float, default=3.0, help="seconds allowed per test (default 3)")
    parser.add_argument("--memory-mb", type=int, default=512, help="memory allowed per submission (default 512)")
    parser.add_argument("--disk-mb", type=int, default=32, help="disk space allowed per submission (default 32)")
    parser.add_argument("--force", action="store_true", help="grade again even what the gradebook already holds")
    parser.add_argument("--check-sandbox", action="store_true",
                        help="print which sandbox protections are in force on this machine and stop")
    parser.add_argument("--no-isolation", action="store_true",
                        help="skip the operating-system sandbox layers (keeps limits and the audit hook; "
                             "for trusted code and benchmarks only)")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.check_sandbox:
        protections = check_sandbox()
        for layer, state in protections.items():
            print(f"{'on ' if state == 'on' else 'OFF'}  {layer}" + ("" if state == "on" else f": {state}"))
        return 0
    if not args.assignment:
        raise NmoTeachError("give the assignment with --assignment NAME (or use --check-sandbox)")
    if args.gradescope_results and not args.single:
        raise NmoTeachError("--gradescope-results describes one submission: use it with --single")
    if args.single and args.gradescope_results:
        try:
            return _grade(args)
        except BaseException as error:
            _write_fallback_results(args.gradescope_results, error)
            raise
    return _grade(args)


def _grade(args: argparse.Namespace) -> int:
    assignment = load_assignment(args.assignment)
    if args.gradescope_bundle:
        print(f"wrote {write_bundle(assignment, args.gradescope_bundle)}")
        return 0
    if args.submissions is None:
        raise NmoTeachError("give the folder of submissions (or --gradescope-bundle PATH)")
    if args.jobs < 1:
        raise NmoTeachError(f"--jobs must be at least 1, got {args.jobs}")
    gradebook = args.gradebook or Path(f"{assignment.name}-gradebook.sqlite")
    settings = Settings(test_timeout=args.timeout, memory_mb=args.memory_mb, disk_mb=args.disk_mb,
                        isolation=not args.no_isolation)
    submissions = args.submissions
    student = args.student if args.single and args.student else None
    summary = grade_batch(assignment, submissions, gradebook, settings=settings, jobs=args.jobs,
                          force=args.force, single=args.single, progress=not args.no_progress,
                          student=student)
    with Gradebook(gradebook) as book:
        grades = book.latest(assignment.name)
    for notice in summary.duplicates:
        print(f"notice: {notice}", file=sys.stderr)
    if summary.ignored:
        print("notice: not submissions (neither a .ipynb file nor a folder): " + ", ".join(summary.ignored),
              file=sys.stderr)
    print(f"{assignment.name}: {summary.line()}; gradebook {gradebook}")
    if args.csv:
        write_csv(grades, args.csv)
        print(f"wrote {args.csv}")
    if args.gradescope_results:
        mine = [g for g in grades if g.student in (summary.graded + summary.invalid + summary.refused
                                                   + summary.skipped)]
        if not mine:
            raise NmoTeachError(f"no grade for this submission in {gradebook}")
        write_gradescope(mine[0], args.gradescope_results)
        print(f"wrote {args.gradescope_results}")
    return 0


def _write_fallback_results(path: Path, error: BaseException) -> None:
    """Gradescope always gets a results.json, even when grading itself failed."""
    try:
        why = str(error) if isinstance(error, NmoTeachError) else f"{type(error).__name__}: {str(error)[:300]}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"score": 0, "output": f"The autograder could not grade this submission: {why}. "
                                                          "Please tell your instructor.", "tests": []}, indent=2),
                        encoding="utf-8")
    except OSError:
        pass
