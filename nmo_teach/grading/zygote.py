"""A small fork server: imports the heavy modules once, then forks one sandbox per request.

Starting a fresh Python interpreter and importing pandas for every submission costs most of a
second; forking a process that already has them costs a few milliseconds. The zygote is
single-threaded (safe to fork) and never runs submission code itself: each forked child becomes
a sandbox (``sandbox.child_main``) and the zygote goes back to waiting.

Protocol on the control socket (SOCK_SEQPACKET, one message per packet): the grader sends a JSON
request with one file descriptor attached (the child's end of a fresh channel); the zygote
replies with ``{"pid": N}``. Children are reaped automatically (SIGCHLD ignored).
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Mapping
from typing import Any

from nmo_teach.grading import sandbox


def serve(control_fd: int, preload: list[str]) -> None:
    for module in preload:
        try:
            importlib.import_module(module)
        except Exception:  # a module that fails to import will fail in the sandbox, visibly
            pass
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    control = socket.socket(fileno=control_fd)
    while True:
        try:
            data, fds, _, _ = socket.recv_fds(control, 1 << 16, 1)
        except OSError:
            return
        if not data:
            return
        request = json.loads(data)
        pid = os.fork()
        if pid == 0:
            control.close()
            sandbox.child_main(fds[0], request["plan"], request["limits"], request["student"])
            os._exit(0)  # not reached
        for fd in fds:
            os.close(fd)
        control.send(json.dumps({"pid": pid}).encode())


_KEPT_VARIABLES = frozenset({"PATH", "HOME", "LANG", "LANGUAGE", "TZ", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV",
                              "MPLBACKEND", "MPLCONFIGDIR", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                              "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"})


def zygote_environment(environment: Mapping[str, str]) -> dict[str, str]:
    """The grader's environment without its secrets (tokens, keys, passwords).

    Each sandbox is a fork of the zygote: even after it clears ``os.environ``, the strings the
    zygote started with are still in its memory. So the zygote starts with only what it needs to
    import the preloaded modules (paths, locale, thread counts, the project's own ``NMO_TEACH_*``
    settings such as the data folder) and nothing worth reading."""
    return {key: value for key, value in environment.items()
            if key in _KEPT_VARIABLES or key.startswith(("LC_", "NMO_TEACH_"))}


class Zygote:
    """The grader's handle on a running zygote process; thread-safe."""

    def __init__(self, preload: list[str]) -> None:
        self._preload = list(preload)
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._control: socket.socket | None = None

    def _start(self) -> None:
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._process = subprocess.Popen(
            [sys.executable, "-P", "-m", "nmo_teach.grading.zygote", str(child.fileno()), json.dumps(self._preload)],
            pass_fds=(child.fileno(),),
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            env=zygote_environment(os.environ),
        )
        child.close()
        self._control = parent

    def spawn(self, plan: dict[str, Any], limits: dict[str, int], student: str) -> tuple[int, socket.socket]:
        """A new sandbox child confined by ``plan`` (see ``isolation.Plan``): its pid and the grader's
        end of its channel. ``student`` is the identity the grader derived from the submission's name."""
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        request = json.dumps({"plan": plan, "limits": limits, "student": student}).encode()
        try:
            with self._lock:
                for attempt in range(2):
                    if self._process is None or self._process.poll() is not None:
                        self._start()
                    assert self._control is not None
                    try:
                        socket.send_fds(self._control, [request], [theirs.fileno()])
                        reply = self._control.recv(1 << 12)
                        if reply:
                            return int(json.loads(reply)["pid"]), ours
                    except OSError:
                        if attempt:
                            raise
                    self._stop_locked()
                raise RuntimeError("the grading fork server stopped answering")
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()

    def close(self) -> None:
        with self._lock:
            self._stop_locked()

    def _stop_locked(self) -> None:
        if self._control is not None:
            self._control.close()
            self._control = None
        if self._process is not None:
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None

    def __enter__(self) -> Zygote:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


if __name__ == "__main__":
    serve(int(sys.argv[1]), json.loads(sys.argv[2]))
