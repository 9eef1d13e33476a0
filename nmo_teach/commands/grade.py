"""``nmo-teach grade SUBMISSIONS_DIR --assignment NAME``: grade a class into a SQLite gradebook."""

from __future__ import annotations

import argparse
from pathlib import Path

from nmo_teach.errors import NmoTeachError
from nmo_teach.exercises.assignment import load_assignment
from nmo_teach.grading.batch import grade_batch
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
    parser.add_argument("--assignment", required=True,
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
    parser.add_argument("--force", action="store_true", help="grade again even what the gradebook already holds")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    assignment = load_assignment(args.assignment)
    if args.gradescope_bundle:
        print(f"wrote {write_bundle(assignment, args.gradescope_bundle)}")
        return 0
    if args.submissions is None:
        raise NmoTeachError("give the folder of submissions (or --gradescope-bundle PATH)")
    if args.jobs < 1:
        raise NmoTeachError(f"--jobs must be at least 1, got {args.jobs}")
    if args.gradescope_results and not args.single:
        raise NmoTeachError("--gradescope-results describes one submission: use it with --single")
    gradebook = args.gradebook or Path(f"{assignment.name}-gradebook.sqlite")
    settings = Settings(test_timeout=args.timeout, memory_mb=args.memory_mb)
    submissions = args.submissions
    if args.single and args.student:
        student = args.student
    else:
        student = None
    summary = grade_batch(assignment, submissions, gradebook, settings=settings, jobs=args.jobs,
                          force=args.force, single=args.single, progress=not args.no_progress,
                          student=student)
    with Gradebook(gradebook) as book:
        grades = book.latest(assignment.name)
    print(f"{assignment.name}: graded {len(summary.graded)}, invalid {len(summary.invalid)}, "
          f"already in the gradebook {len(summary.skipped)}; gradebook {gradebook}")
    if args.csv:
        write_csv(grades, args.csv)
        print(f"wrote {args.csv}")
    if args.gradescope_results:
        name = student or submissions.name or "submission"
        mine = [g for g in grades if g.student == name]
        if not mine:
            raise NmoTeachError(f"no grade for {name!r} in {gradebook}")
        write_gradescope(mine[0], args.gradescope_results)
        print(f"wrote {args.gradescope_results}")
    return 0
