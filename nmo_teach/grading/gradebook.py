"""The gradebook: one SQLite file that survives interruptions and re-runs.

A grade is keyed by (assignment, student, submission hash). Each submission's grade and its
per-test rows are written in one transaction, so an interrupted batch leaves only complete
grades, and a re-run skips what is already there: nothing is lost and nothing is doubled. WAL
mode lets an instructor read the gradebook while a batch is writing to it.

Only the grader opens the gradebook: it is created with mode 0600 (with its WAL and shared-memory
files), the sandboxed children run under another uid (when the grader is root) in a private root
where the file does not exist, and no descriptor of it reaches them.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from nmo_teach.errors import NmoTeachError
from nmo_teach.grading.harness import GradeResult

SCHEMA = """
CREATE TABLE IF NOT EXISTS grades (
    id INTEGER PRIMARY KEY,
    assignment TEXT NOT NULL,
    student TEXT NOT NULL,
    submission_hash TEXT NOT NULL,
    tests_version TEXT NOT NULL,
    source TEXT NOT NULL,
    score REAL NOT NULL,
    max_score REAL NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('graded', 'invalid', 'refused')),
    message TEXT NOT NULL,
    graded_at REAL NOT NULL,
    UNIQUE (assignment, student, submission_hash)
);
CREATE TABLE IF NOT EXISTS test_results (
    grade_id INTEGER NOT NULL REFERENCES grades(id) ON DELETE CASCADE,
    test TEXT NOT NULL,
    visibility TEXT NOT NULL,
    points REAL NOT NULL,
    max_points REAL NOT NULL,
    passed INTEGER NOT NULL,
    feedback TEXT NOT NULL,
    PRIMARY KEY (grade_id, test)
);
"""


@dataclass(frozen=True)
class StoredTest:
    test: str
    visibility: str
    points: float
    max_points: float
    passed: bool
    feedback: str


@dataclass(frozen=True)
class StoredGrade:
    assignment: str
    student: str
    submission_hash: str
    score: float
    max_score: float
    status: str
    message: str
    graded_at: float
    tests: tuple[StoredTest, ...]


SQLITE_HEADER = b"SQLite format 3\x00"


def _refuse_unusable(path: Path) -> None:
    """Refuse, before SQLite sees it, what SQLite would follow, block on or silently overwrite.

    A dangling link would make SQLite create the link's target; a pipe or device is not a file;
    an existing non-empty file without SQLite's header (shorter than a page, say) would be taken
    for an empty database and overwritten with the schema.
    """
    if not os.path.lexists(path):
        return
    try:
        info = os.stat(path)
    except OSError as error:
        raise NmoTeachError(f"{path}: cannot be opened ({error.strerror}); allowed: a gradebook file, "
                            "or a path that does not exist yet") from None
    if not stat.S_ISREG(info.st_mode):
        raise NmoTeachError(f"{path}: is not a regular file; allowed: a gradebook file, "
                            "or a path that does not exist yet")
    if info.st_size:
        with open(path, "rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise NmoTeachError(f"{path}: not a usable gradebook (not an SQLite file); allowed: a "
                                    "gradebook written by nmo-teach grade, or a path that does not exist yet")


OPEN_TIMEOUT = 30.0  # seconds a grader waits for another one that holds the gradebook


def _open_shared(path: Path) -> sqlite3.Connection:
    """Open the gradebook in WAL mode with its schema, waiting for another grader that is opening
    or writing it at the same moment.

    SQLite's busy timeout covers ordinary writes, but switching a new file to WAL and recovering a
    WAL index can report "database is locked" at once; those are retried here, with a short
    growing pause, until ``OPEN_TIMEOUT``.
    """
    deadline = time.monotonic() + OPEN_TIMEOUT
    pause = 0.02
    while True:
        db = sqlite3.connect(path, timeout=OPEN_TIMEOUT, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA foreign_keys=ON")
            db.executescript(SCHEMA)
            _allow_refused_status(db)
            return db
        except sqlite3.OperationalError as error:
            db.close()
            busy = "locked" in str(error) or "busy" in str(error)
            if not busy or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)
        except BaseException:
            db.close()
            raise


def _allow_refused_status(db: sqlite3.Connection) -> None:
    """Gradebooks made before the 'refused' status existed get it (their rows are kept)."""
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name='grades'").fetchone()
    if "'refused'" in sql:
        return
    db.execute("PRAGMA foreign_keys=OFF")
    db.execute("BEGIN IMMEDIATE")
    try:
        create = SCHEMA.split("CREATE TABLE IF NOT EXISTS test_results")[0]
        db.execute(create.replace("IF NOT EXISTS grades", "grades_with_refused"))
        db.execute("INSERT INTO grades_with_refused SELECT * FROM grades")
        db.execute("DROP TABLE grades")
        db.execute("ALTER TABLE grades_with_refused RENAME TO grades")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    finally:
        db.execute("PRAGMA foreign_keys=ON")


class Gradebook:
    """A connection to the gradebook file (created on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        _refuse_unusable(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:  # created private (a second grader starting at the same moment just opens it)
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                pass
            self._db = _open_shared(path)
            for suffix in ("", "-wal", "-shm"):
                companion = Path(f"{path}{suffix}")
                if companion.exists() and companion.stat().st_uid == os.geteuid():
                    companion.chmod(0o600)
        except sqlite3.DatabaseError as error:
            raise NmoTeachError(f"{path}: not a usable gradebook ({error})") from error

    def close(self) -> None:
        self._db.close()

    def has(self, assignment: str, student: str, submission_hash: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM grades WHERE assignment=? AND student=? AND submission_hash=?",
            (assignment, student, submission_hash),
        ).fetchone()
        return row is not None

    def record(self, assignment: str, student: str, submission_hash: str, tests_version: str,
               source: str, result: GradeResult, replace: bool = False) -> None:
        """Store one grade and its tests atomically; an existing grade is kept unless ``replace``."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            key = (assignment, student, submission_hash)
            if replace:
                db.execute("DELETE FROM grades WHERE assignment=? AND student=? AND submission_hash=?", key)
            elif self.has(*key):
                db.execute("COMMIT")
                return
            cursor = db.execute(
                "INSERT INTO grades (assignment, student, submission_hash, tests_version, source, score,"
                " max_score, status, message, graded_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (*key, tests_version, source, result.score, result.max_score, result.status,
                 result.message, time.time()),
            )
            db.executemany(
                "INSERT INTO test_results VALUES (?,?,?,?,?,?,?)",
                [(cursor.lastrowid, t.name, str(t.visibility), t.points, t.max_points, int(t.passed), t.feedback)
                 for t in result.tests],
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def latest(self, assignment: str) -> list[StoredGrade]:
        """The most recently graded submission of each student, by student name."""
        rows = self._db.execute(
            "SELECT id, assignment, student, submission_hash, score, max_score, status, message, graded_at"
            " FROM grades g WHERE assignment=? AND id = (SELECT id FROM grades h WHERE"
            " h.assignment=g.assignment AND h.student=g.student ORDER BY graded_at DESC, id DESC LIMIT 1)"
            " ORDER BY student",
            (assignment,),
        ).fetchall()
        grades = []
        for row in rows:
            tests = tuple(
                StoredTest(test, visibility, points, max_points, bool(passed), feedback)
                for test, visibility, points, max_points, passed, feedback in self._db.execute(
                    "SELECT test, visibility, points, max_points, passed, feedback FROM test_results"
                    " WHERE grade_id=? ORDER BY rowid", (row[0],))
            )
            grades.append(StoredGrade(*row[1:], tests=tests))
        return grades

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM grades").fetchone()[0])

    def __enter__(self) -> Gradebook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
