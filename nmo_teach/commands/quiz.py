"""``nmo-teach quiz CHAPTER``: a chapter's quiz in the terminal; ``--list`` shows the chapters."""

from __future__ import annotations

import argparse
import io
import sys

from nmo_teach.quiz import available_chapters, load_quiz
from nmo_teach.quiz.shuffle import new_code
from nmo_teach.quiz.terminal import run_quiz


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "quiz",
        help="answer a chapter's quiz in the terminal",
        description=(
            "Ask the questions of a chapter's quiz, explain each answer and report a score. "
            "Answers can be piped on stdin, one per line."
        ),
    )
    parser.add_argument("chapter", nargs="?", help="chapter file stem, e.g. structured-abstract")
    parser.add_argument("--list", action="store_true", help="list the chapters that have a quiz")
    parser.add_argument(
        "--seed", metavar="CODE",
        help="option order code: the same code shows the options in the same order as the web "
             "widget that displays it (default: a new code, printed at the start)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.list or not args.chapter:
        for chapter in available_chapters():
            quiz = load_quiz(chapter)
            print(f"{chapter:32} {len(quiz):3d} questions  {quiz.title}")
        return 0
    quiz = load_quiz(args.chapter)
    interactive = sys.stdin.isatty()
    if isinstance(sys.stdin, io.TextIOWrapper):  # piped bytes that are not UTF-8 are a wrong answer, not a crash
        sys.stdin.reconfigure(errors="replace")

    def ask(prompt: str) -> str:
        if interactive:
            return input(prompt)
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        print(prompt + line.rstrip("\n"))  # echo piped answers so the transcript reads well
        return line

    run_quiz(quiz, ask, print, code=args.seed or new_code())
    return 0
