"""Grade a folder of submissions into the gradebook, in parallel, with a progress bar."""

from __future__ import annotations

import site
import sys
import sysconfig
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import nmo_teach
from nmo_teach.errors import NmoTeachError
from nmo_teach.exercises.assignment import Assignment
from nmo_teach.grading.gradebook import Gradebook
from nmo_teach.grading.harness import CompiledTests, GradeResult, Settings, TestOutcome, grade_cells
from nmo_teach.grading.submissions import InvalidSubmission, Submission, discover, solution_cells
from nmo_teach.grading.zygote import Zygote
from nmo_teach.paths import data_dir


@dataclass
class BatchSummary:
    graded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)


def sandbox_read_roots() -> list[str]:
    """Folders a submission may read: the Python installation, the package and its data."""
    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
             sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["purelib"],
             sysconfig.get_paths()["platlib"], *site.getsitepackages(),
             str(Path(nmo_teach.__file__).resolve().parent), str(data_dir().resolve()),
             "/usr/lib", "/usr/share/zoneinfo"}
    return sorted(str(Path(root).resolve()) for root in roots if root)


def _check_outside_roots(paths: dict[str, Path], roots: list[str]) -> None:
    for label, path in paths.items():
        resolved = str(path.resolve())
        for root in roots:
            if resolved == root or resolved.startswith(root.rstrip("/") + "/"):
                raise NmoTeachError(
                    f"the {label} {path} lies inside {root}, which submissions may read; "
                    "keep it in a folder of its own"
                )


def invalid_result(assignment: Assignment, reason: str) -> GradeResult:
    tests = [TestOutcome(t.name, t.visibility, 0.0, t.points, False, f"not graded: {reason}")
             for t in assignment.tests]
    return GradeResult(0.0, assignment.max_points, "invalid", f"not graded: {reason}", tests)


def grade_submission(compiled: CompiledTests, zygote: Zygote, submission: Submission,
                     roots: list[str], settings: Settings) -> GradeResult:
    try:
        cells = solution_cells(submission)
    except InvalidSubmission as error:
        return invalid_result(compiled.assignment, str(error))
    return grade_cells(compiled, zygote, cells, submission.folder, roots, settings)


def grade_batch(assignment: Assignment, submissions_dir: Path, gradebook_path: Path,
                settings: Settings | None = None, jobs: int = 2, force: bool = False,
                single: bool = False, progress: bool = True,
                student: str | None = None) -> BatchSummary:
    """Grade every submission not yet in the gradebook (all of them with ``force``)."""
    settings = settings or Settings()
    submissions = discover(submissions_dir, assignment.name, single=single, student=student)
    roots = sandbox_read_roots()
    _check_outside_roots({"gradebook": gradebook_path, "folder of submissions": submissions_dir,
                          "assignment source": assignment.source_path}, roots)
    summary = BatchSummary()
    compiled = CompiledTests(assignment)
    with Gradebook(gradebook_path) as book:
        todo = []
        for submission in submissions:
            if not force and book.has(assignment.name, submission.student, submission.digest):
                summary.skipped.append(submission.student)
            else:
                todo.append(submission)
        if not todo:
            return summary
        from tqdm import tqdm

        preload = ["nmo_teach.grading.sandbox", *assignment.imported_modules]
        with Zygote(preload) as zygote, ThreadPoolExecutor(max_workers=max(1, jobs)) as pool, \
                tqdm(total=len(todo), desc=f"grading {assignment.name}", unit="submission",
                     disable=not progress, file=sys.stderr) as bar:
            futures: dict[Future[GradeResult], Submission] = {
                pool.submit(grade_submission, compiled, zygote, submission, roots, settings): submission
                for submission in todo
            }
            try:
                for future in as_completed(futures):
                    submission = futures[future]
                    result = future.result()
                    book.record(assignment.name, submission.student, submission.digest, assignment.version,
                                str(submission.path), result, replace=force)
                    (summary.invalid if result.status == "invalid" else summary.graded).append(submission.student)
                    bar.update(1)
            except BaseException:
                for pending in futures:
                    pending.cancel()
                raise
    return summary
