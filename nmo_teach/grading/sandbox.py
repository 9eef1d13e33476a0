"""The sandboxed side: runs one submission's code and answers the grader's calls.

It runs in a child forked from the zygote (see ``zygote``), in a fresh working directory that
holds only the submission's files. Before any submission code runs it:

* leaves the grader's process group (so a timeout can kill it and anything it started);
* closes every inherited file descriptor except its channel, sends its output to a capped file;
* replaces the environment, so it learns nothing about the grader's paths;
* sets resource limits: CPU time, address space, file size, open files, processes;
* installs an audit hook that refuses writes outside the working directory, reads outside the
  working directory and the Python installation, new processes, signals to other processes,
  sockets, ``ctypes`` and interpreter introspection that could tamper with the hook itself.

The limits and the hook are defence in depth around a process that never holds a secret: the
hidden tests and the gradebook stay in the grader. A course that grades truly hostile code should
also run the grader under a throwaway account or in a container (the instructor guide says so).
"""

from __future__ import annotations

import builtins
import io
import os
import resource
import signal
import socket
import sys
import traceback
from collections.abc import Callable, Iterable
from typing import Any

from nmo_teach.grading import protocol

OUTPUT_FILE = ".grader-output.txt"
OUTPUT_CAP = 64 * 1024  # characters of print() output kept from one submission


class Limits:
    """Resource limits for one submission (plain values, sent from the grader as JSON)."""

    def __init__(self, cpu_seconds: int = 60, memory_mb: int = 512, file_mb: int = 4) -> None:
        self.cpu_seconds = cpu_seconds
        self.memory_mb = memory_mb
        self.file_mb = file_mb

    def as_dict(self) -> dict[str, int]:
        return {"cpu_seconds": self.cpu_seconds, "memory_mb": self.memory_mb, "file_mb": self.file_mb}


class CappedWriter(io.TextIOBase):
    """A stdout replacement that keeps the first ``OUTPUT_CAP`` characters and drops the rest."""

    def __init__(self) -> None:
        self.kept: list[str] = []
        self.size = 0
        self.dropped = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        text = str(text)
        room = OUTPUT_CAP - self.size
        if room > 0:
            self.kept.append(text[:room])
            self.size += min(room, len(text))
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)


def child_main(channel_fd: int, workdir: str, read_roots: list[str], limits: dict[str, int]) -> None:
    """Entry point in the forked child; never returns (always ``os._exit``)."""
    try:
        os.setsid()
        _close_other_fds(channel_fd)
        channel = socket.socket(fileno=channel_fd)
        os.chdir(workdir)
        _redirect_standard_streams(workdir)
        _replace_environment(workdir)
        _set_limits(Limits(**limits))
        sys.addaudithook(_make_guard(workdir, tuple(read_roots)))
    except BaseException:  # the sandbox could not be set up: never run the code unguarded
        os._exit(70)
    try:
        _serve(channel)
    finally:
        os._exit(0)


def _close_other_fds(keep: int) -> None:
    maximum = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    maximum = 4096 if maximum in (resource.RLIM_INFINITY, -1) or maximum > 4096 else maximum
    os.closerange(3, keep)
    os.closerange(keep + 1, maximum)


def _redirect_standard_streams(workdir: str) -> None:
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    output = os.open(os.path.join(workdir, OUTPUT_FILE), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(output, 1)
    os.dup2(output, 2)
    os.close(output)
    sys.stdin = io.StringIO()
    sys.stdout = CappedWriter()
    sys.stderr = sys.stdout


def _replace_environment(workdir: str) -> None:
    import tempfile

    os.environ.clear()
    os.environ.update({"HOME": workdir, "TMPDIR": workdir, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
    tempfile.tempdir = workdir
    sys.path.insert(0, workdir)
    sys.dont_write_bytecode = True
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an oversized file raises an error, not a kill


def _set_limits(limits: Limits) -> None:
    def cap(kind: int, value: int) -> None:
        _, hard = resource.getrlimit(kind)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(kind, (value, value))

    cap(resource.RLIMIT_CPU, limits.cpu_seconds)
    cap(resource.RLIMIT_FSIZE, limits.file_mb * 1024 * 1024)
    cap(resource.RLIMIT_CORE, 0)
    cap(resource.RLIMIT_NOFILE, 64)
    # Address space: what the child already maps (the preloaded libraries) plus the allowance.
    with open("/proc/self/statm") as statm:
        mapped = int(statm.read().split()[0]) * resource.getpagesize()
    cap(resource.RLIMIT_AS, mapped + limits.memory_mb * 1024 * 1024)
    # No new processes (enforced by the kernel for non-root users; the audit hook covers root).
    cap(resource.RLIMIT_NPROC, 0)


_BLOCKED_EVENTS = frozenset({
    "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty",
    "subprocess.Popen", "os.kill", "os.killpg", "signal.pthread_kill", "os.startfile",
    "socket.__new__", "socket.bind", "socket.connect", "socket.sendto", "socket.sendmsg",
    "socket.getaddrinfo", "ctypes.dlopen", "ctypes.dlsym", "ctypes.cdata", "ctypes.addressof",
    "gc.get_objects", "gc.get_referrers", "gc.get_referents", "sys._getframe",
    "sys._current_frames", "sys.setprofile", "sys.settrace", "sys.addaudithook",
    "os.symlink", "os.link", "os.chroot", "os.setuid", "os.setgid", "resource.setrlimit",
    "resource.prlimit", "os.putenv", "os.unsetenv", "mmap.__new__", "_thread.start_new_thread",
    "pty.spawn", "webbrowser.open",
})
_BLOCKED_MODULES = frozenset({"ctypes", "_ctypes", "_posixsubprocess", "_xxsubinterpreters", "cffi", "_testcapi", "_testinternalcapi"})
_WRITE_EVENTS = frozenset({
    "os.remove", "os.rmdir", "os.mkdir", "os.chmod", "os.chown", "os.truncate", "os.utime",
    "os.setxattr", "os.removexattr", "shutil.rmtree", "shutil.copyfile", "shutil.copymode",
    "shutil.copystat", "shutil.copytree", "shutil.move", "shutil.chown",
})
_TWO_PATH_EVENTS = frozenset({"os.rename"})
_READ_EVENTS = frozenset({"os.listdir", "os.scandir", "os.chdir", "glob.glob", "os.listxattr", "os.getxattr"})
_FROZEN_ATTRIBUTES = frozenset({"__code__", "__defaults__", "__kwdefaults__", "__closure__", "__globals__"})


def _make_guard(workdir: str, read_roots: tuple[str, ...]) -> Callable[[str, tuple[Any, ...]], None]:
    """The audit hook. Everything it uses is bound here, so patching modules cannot change it."""
    _fspath = os.fspath
    _getcwd = os.getcwd
    _type = type
    _str, _bytes, _int = str, bytes, int
    _error = PermissionError
    _write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
    _decode = os.fsdecode
    _blocked, _blocked_modules = _BLOCKED_EVENTS, _BLOCKED_MODULES
    _writes, _two_paths, _reads, _frozen = _WRITE_EVENTS, _TWO_PATH_EVENTS, _READ_EVENTS, _FROZEN_ATTRIBUTES
    home = workdir.rstrip("/")
    devices_rw = ("/dev/null",)
    devices_ro = ("/dev/null", "/dev/urandom", "/dev/random")

    def normalise(path: Any) -> str | None:
        if _type(path) is _int:
            return None  # an already-open descriptor: checked when it was opened
        if _type(path) is _bytes:
            path = _decode(path)
        if _type(path) is not _str:
            path = _fspath(path)
            if _type(path) is _bytes:
                path = _decode(path)
            if _type(path) is not _str:
                return "\0"
        if not path.startswith("/"):
            path = _getcwd() + "/" + path
        parts: list[str] = []
        for part in path.split("/"):
            if part in ("", "."):
                continue
            if part == "..":
                if parts:
                    parts.pop()
                continue
            parts.append(part)
        return "/" + "/".join(parts)

    def inside(path: str, roots: Iterable[str]) -> bool:
        for root in roots:
            if path == root or path.startswith(root + "/"):
                return True
        return False

    def check_write(path: Any, event: str) -> None:
        resolved = normalise(path)
        if resolved is None or resolved in devices_rw or inside(resolved, (home,)):
            return
        raise _error(f"the grader does not allow writing outside your folder ({event} {resolved})")

    def check_read(path: Any, event: str) -> None:
        resolved = normalise(path)
        if resolved is None or resolved in devices_ro or inside(resolved, (home,) + read_roots):
            return
        raise _error(f"the grader does not allow reading {resolved} ({event})")

    def guard(event: str, args: tuple[Any, ...]) -> None:
        if event in _blocked:
            raise _error(f"the grader does not allow {event}")
        if event == "open":
            path, mode, flags = args
            writing = (mode is not None and any(c in mode for c in "wax+")) or (
                _type(flags) is _int and flags & _write_flags
            )
            (check_write if writing else check_read)(path, "open")
        elif event in _writes:
            check_write(args[0], event)
        elif event in _two_paths:
            check_write(args[0], event)
            check_write(args[1], event)
        elif event in _reads:
            if args and args[0] is not None:
                check_read(args[0], event)
        elif event == "import":
            if args[0].partition(".")[0] in _blocked_modules:
                raise _error(f"the grader does not allow importing {args[0]}")
        elif event == "object.__setattr__":
            if len(args) > 1 and args[1] in _frozen:
                raise _error(f"the grader does not allow setting {args[1]}")

    return guard


def _serve(channel: socket.socket) -> None:
    namespace: dict[str, Any] = {"__name__": "__main__", "__builtins__": builtins}
    while True:
        try:
            message = protocol.receive(channel)
        except (protocol.ChannelClosed, protocol.ProtocolError):
            return
        kind = message.get("op")
        if kind == "exit":
            return
        if kind == "load":
            _load(channel, namespace, message["cells"], set(message.get("skip", ())), message["names"])
        elif kind == "call":
            _reply(channel, lambda: namespace[message["name"]](
                *protocol.decode(message["args"]), **protocol.decode(message["kwargs"])
            ))
        else:
            protocol.send(channel, {"ok": False, "type": "ProtocolError", "message": f"unknown op {kind!r}"})


def _load(channel: socket.socket, namespace: dict[str, Any], cells: list[str], skip: set[int], names: list[str]) -> None:
    errors = []
    for index, source in enumerate(cells):
        if index in skip:
            continue
        protocol.send(channel, {"event": "cell", "index": index})
        try:
            exec(compile(source, f"<solution cell {index + 1}>", "exec"), namespace)
        except BaseException as error:  # SystemExit, KeyboardInterrupt and custom ones too
            errors.append({"cell": index, "type": type(error).__name__, "message": _short(error)})
    found: dict[str, Any] = {}
    for name in names:
        if name not in namespace:
            found[name] = {"kind": "missing"}
        elif callable(namespace[name]):
            found[name] = {"kind": "callable"}
        else:
            try:
                found[name] = {"kind": "value", "value": protocol.encode(namespace[name])}
            except BaseException as error:
                found[name] = {"kind": "unreadable", "message": _short(error)}
    protocol.send(channel, {"event": "loaded", "errors": errors, "names": found, "output": _output()})


def _reply(channel: socket.socket, call: Callable[[], Any]) -> None:
    try:
        value = call()
        reply = {"ok": True, "value": protocol.encode(value)}
    except protocol.Unencodable as error:
        reply = {"ok": False, "type": "Unencodable", "message": str(error), "builtin": False}
    except BaseException as error:
        kind = type(error)
        reply = {
            "ok": False,
            "type": kind.__name__,
            "message": _message(error),
            "builtin": getattr(builtins, kind.__name__, None) is kind,
        }
    protocol.send(channel, reply)


def _short(error: BaseException) -> str:
    try:
        text = "".join(traceback.format_exception_only(type(error), error)).strip()
    except BaseException:
        text = type(error).__name__
    return text[:500]


def _message(error: BaseException) -> str:
    try:
        return str(error)[:500]
    except BaseException:
        return ""


def _output() -> str:
    stdout = sys.stdout
    if isinstance(stdout, CappedWriter):
        text = "".join(stdout.kept)
        if stdout.dropped:
            text += f"\n[... {stdout.dropped} more characters of output dropped]"
        return text[-4000:]
    return ""
