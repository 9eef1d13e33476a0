"""Grade a folder of submissions into the gradebook, in parallel, with a progress bar.

No submission can stop the batch: whatever happens while one submission is graded (any exception
class, a malformed message, an unreadable or hostile file) becomes that student's row with a
message, and the run goes on.
"""

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
from nmo_teach.grading.harness import CompiledTests, GradeResult, Settings, SubmissionRun, TestOutcome, grade_cells
from nmo_teach.grading.submissions import InvalidSubmission, Submission, discover, solution_cells, student_identity
from nmo_teach.grading.zygote import Zygote
from nmo_teach.paths import data_dir


@dataclass
class BatchSummary:
    """Every entry of the submissions folder, accounted for."""

    graded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already in the gradebook, unchanged
    invalid: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # notices: entries set aside for a duplicate
    ignored: list[str] = field(default_factory=list)  # entries that are not submissions
    protections: dict[str, str] = field(default_factory=dict)  # sandbox layer -> "on" or why not

    def line(self) -> str:
        """The summary line: one count per kind of outcome, adding up to the folder's entries."""
        parts = [f"graded {len(self.graded)}", f"invalid {len(self.invalid)}", f"refused {len(self.refused)}",
                 f"already in the gradebook {len(self.skipped)}"]
        if self.duplicates:
            parts.append(f"duplicates set aside {len(self.duplicates)}")
        if self.ignored:
            parts.append(f"not submissions {len(self.ignored)}")
        return ", ".join(parts)


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
    status = "refused" if reason.startswith("refused:") else "invalid"
    message = reason if status == "refused" else f"not graded: {reason}"
    tests = [TestOutcome(t.name, t.visibility, 0.0, t.points, False, message) for t in assignment.tests]
    return GradeResult(0.0, assignment.max_points, status, message, tests)


def grade_submission(compiled: CompiledTests, zygote: Zygote, submission: Submission,
                     roots: list[str], settings: Settings) -> GradeResult:
    """One submission's grade; never raises (a failure of any kind is the student's row)."""
    try:
        try:
            cells = solution_cells(submission)
        except InvalidSubmission as error:
            return invalid_result(compiled.assignment, str(error))
        return grade_cells(compiled, zygote, cells, submission.folder, roots, settings, submission.student)
    except BaseException as error:  # noqa: BLE001 - this is the boundary that keeps the batch going
        try:
            detail = f"{type(error).__name__}: {str(error)[:200]}"
        except BaseException:
            detail = type(error).__name__
        return invalid_result(compiled.assignment, f"the grader could not grade this submission ({detail})")


def probe_sandbox(zygote: Zygote, roots: list[str], settings: Settings) -> dict[str, str]:
    """Which isolation layers a sandbox gets on this machine (from an empty submission's child)."""
    run = SubmissionRun(zygote, [], (), None, roots, settings, "probe")
    try:
        run.ensure_child()
        return dict(run.protections)
    finally:
        run.close()


def missing_protections(protections: dict[str, str]) -> str | None:
    """One line naming each layer that is not in force, and why; None when all are."""
    missing = [f"{layer}: {why}" for layer, why in protections.items() if why != "on"]
    return "sandbox protection missing: " + "; ".join(missing) if missing else None


def grade_batch(assignment: Assignment, submissions_dir: Path, gradebook_path: Path,
                settings: Settings | None = None, jobs: int = 2, force: bool = False,
                single: bool = False, progress: bool = True,
                student: str | None = None) -> BatchSummary:
    """Grade every submission not yet in the gradebook (all of them with ``force``)."""
    settings = settings or Settings()
    found = discover(submissions_dir, assignment.name, single=single, student=student)
    roots = sandbox_read_roots()
    _check_outside_roots({"gradebook": gradebook_path, "folder of submissions": submissions_dir,
                          "assignment source": assignment.source_path}, roots)
    summary = BatchSummary(duplicates=list(found.duplicates), ignored=list(found.ignored))
    compiled = CompiledTests(assignment)
    preload = ["nmo_teach.grading.sandbox", *assignment.imported_modules]
    # The fork server starts before the gradebook is opened: no descriptor of it can be inherited.
    with Zygote(preload) as zygote, Gradebook(gradebook_path) as book:
        todo = []
        for submission in found.submissions:
            if not force and book.has(assignment.name, submission.student, submission.digest):
                summary.skipped.append(submission.student)
            else:
                todo.append(submission)
        if not todo:
            return summary
        summary.protections = probe_sandbox(zygote, roots, settings)
        warning = missing_protections(summary.protections) if settings.isolation else None
        if warning:
            print(f"nmo-teach grade: {warning}", file=sys.stderr)
        from tqdm import tqdm

        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool, \
                tqdm(total=len(todo), desc=f"grading {assignment.name}", unit="submission",
                     disable=not progress, file=sys.stderr) as bar:
            futures: dict[Future[GradeResult], Submission] = {
                pool.submit(grade_submission, compiled, zygote, submission, roots, settings): submission
                for submission in todo
            }
            try:
                for future in as_completed(futures):
                    submission = futures[future]
                    result = future.result()  # grade_submission never raises
                    book.record(assignment.name, submission.student, submission.digest, assignment.version,
                                student_identity(str(submission.path)), result, replace=force)
                    {"invalid": summary.invalid, "refused": summary.refused}.get(
                        result.status, summary.graded).append(submission.student)
                    bar.update(1)
            except BaseException:
                for pending in futures:
                    pending.cancel()
                raise
    return summary


def check_sandbox(settings: Settings | None = None) -> dict[str, str]:
    """The isolation layers a submission would get on this machine now (``grade --check-sandbox``)."""
    settings = settings or Settings()
    with Zygote(["nmo_teach.grading.sandbox"]) as zygote:
        return probe_sandbox(zygote, sandbox_read_roots(), settings)
