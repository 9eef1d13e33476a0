"""A reader that stops early (``nmo-teach quiz --list | head``) ends a command quietly.

Why: Python raises ``BrokenPipeError`` when the reader of stdout has gone, at the next write or at
the interpreter's final flush, and prints a traceback that tells the user nothing. Unix tools end
silently with status 141 (128 + SIGPIPE), and so do the package's command and its benchmarks.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a writer whose reader left


def quiet_on_closed_pipe(command: Callable[[], int]) -> int:
    """Run ``command`` and flush stdout; if its reader has left, return ``EXIT_CLOSED_PIPE``."""
    try:
        status = command()
        sys.stdout.flush()  # a closed pipe must show here, not at interpreter exit
    except BrokenPipeError:
        # Point stdout at /dev/null so that Python's final flush cannot raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_CLOSED_PIPE
    return status
