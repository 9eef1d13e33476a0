"""nmo_teach: the MS-versus-NMOSD teaching module as tested, typed Python.

Medical knowledge lives once, as data in ``data/`` plus pure functions here; the book, the
quizzes, the grader and the command line are views of that one source.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("nmo-teach")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__"]
