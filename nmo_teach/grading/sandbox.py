"""The sandboxed side: runs one submission's code and answers the grader's calls.

It runs in a child forked from the zygote (see ``zygote``). Before any submission code runs it:

* leaves the grader's process group (so a timeout can kill it and anything it started);
* closes every inherited file descriptor except its channel, sends its output to a capped file;
* confines itself at the operating-system level (``isolation``: namespaces, a private root with
  a size-capped working folder, a separate uid, Landlock and seccomp) and reports which layers
  are in force in its first message;
* replaces the environment (adding ``NMO_TEACH_STUDENT_ID``, chosen by the grader);
* sets resource limits: CPU time, address space, file size, open files, processes;
* installs an audit hook as an extra layer: it refuses writes and reads outside the working
  folder and the read roots, new processes, signals, sockets, ``ctypes``, native extension modules
  from the submission's folder and interpreter introspection that could tamper with the hook.

The child never holds a secret: the hidden tests and the gradebook stay in the grader, and the
kernel keeps them out of the child's reach even if Python-level guards are bypassed.
"""

from __future__ import annotations

import builtins
import importlib.machinery
import io
import json
import os
import resource
import signal
import socket
import sys
import traceback
from collections.abc import Callable, Iterable
from typing import Any

from nmo_teach.grading import isolation, protocol

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


def child_main(channel_fd: int, plan: dict[str, Any], limits: dict[str, int], student: str) -> None:
    """Entry point in the forked child; never returns (always ``os._exit``)."""
    try:
        os.setsid()
        _close_other_fds(channel_fd)
        channel = socket.socket(fileno=channel_fd)
        confinement = isolation.Plan(**{**plan, "read_roots": tuple(plan["read_roots"])})
        mapped = _mapped_bytes()
        report = isolation.confine(confinement)
        workdir = confinement.workdir
        os.chdir(workdir)
        _redirect_standard_streams(workdir)
        _replace_environment(workdir, student)
        _set_limits(Limits(**limits), mapped)
        _refuse_native_modules_from(workdir)
        sys.addaudithook(_make_guard(workdir, confinement.read_roots))
        protocol.send(channel, {"event": "ready", "protections": report.as_dict()})
    except BaseException:  # the sandbox could not be set up: never run the code unguarded
        os._exit(70)
    try:
        _serve(channel)
    finally:
        os._exit(0)


def _mapped_bytes() -> int:
    """What the child already maps (the preloaded libraries), read while /proc is still visible."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * resource.getpagesize()


def _refuse_native_modules_from(workdir: str) -> None:
    """The submission's folder gets a finder that knows only Python source (no ``.so`` loader)."""
    loader = (importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES)
    sys.path_importer_cache[workdir] = importlib.machinery.FileFinder(workdir, loader)


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


def _replace_environment(workdir: str, student: str) -> None:
    import tempfile

    os.environ.clear()
    os.environ.update({"HOME": workdir, "TMPDIR": workdir, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                       "NMO_TEACH_STUDENT_ID": student})
    tempfile.tempdir = workdir
    sys.path.insert(0, workdir)
    sys.dont_write_bytecode = True
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an oversized file raises an error, not a kill


def _set_limits(limits: Limits, mapped: int) -> None:
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
    cap(resource.RLIMIT_AS, mapped + limits.memory_mb * 1024 * 1024)
    # No new processes or threads (the kernel enforces it once the child is not root).
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
_TWO_PATH_EVENTS = frozenset({"os.rename", "os.replace"})
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
    native = tuple(importlib.machinery.EXTENSION_SUFFIXES) + (".so",)

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
        if resolved is not None and resolved.endswith(native):
            raise _error(f"the grader does not allow writing native code ({event} {resolved})")
        if resolved is None or resolved in devices_rw or inside(resolved, (home,)):
            return
        raise _error(f"the grader does not allow writing outside your folder ({event} {resolved})")

    def check_read(path: Any, event: str) -> None:
        resolved = normalise(path)
        if resolved is None or resolved in devices_ro or inside(resolved, (home,) + read_roots):
            return
        raise _error(f"the grader does not allow reading {resolved} ({event})")

    def guard(event: str, args: tuple[Any, ...]) -> None:
        # Every ctypes event: the zygote has already imported ctypes (``import ctypes`` then fires no
        # import event), and ``ctypes.string_at`` would read any of the process's memory.
        if event in _blocked or event.startswith("ctypes."):
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
            if len(args) > 1 and args[1] is not None:
                location = normalise(args[1])
                if location is not None and (inside(location, (home,)) or not inside(location, read_roots)):
                    raise _error(f"the grader does not allow native extension modules ({args[0]})")
        elif event == "sqlite3.connect":
            if args and _type(args[0]) in (_str, _bytes):
                check_write(args[0], event)
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
            errors.append({"cell": index, "type": type(error).__name__[:100], "message": _short(error)})
    found: dict[str, Any] = {}
    room = protocol.MAX_FRAME // 2  # the answer values share half a frame; the rest is headroom
    for name in names:
        if name not in namespace:
            found[name] = {"kind": "missing"}
        elif callable(namespace[name]):
            found[name] = {"kind": "callable"}
        else:
            try:
                value = protocol.encode(namespace[name])
                size = len(json.dumps(value))
                if size > room:
                    raise protocol.Unencodable(f"a value of {size} bytes; the grader accepts at most {room}")
                room -= size
                found[name] = {"kind": "value", "value": value}
            except protocol.Unencodable as error:
                found[name] = {"kind": "unreadable", "message": str(error)[:500]}
            except BaseException as error:
                found[name] = {"kind": "unreadable", "message": _short(error)}
    errors = errors[:50]
    protocol.send(channel, {"event": "loaded", "errors": errors, "names": found, "output": _output()})


def _reply(channel: socket.socket, call: Callable[[], Any]) -> None:
    try:
        value = protocol.encode(call())
        size = len(json.dumps(value))
        if size > protocol.MAX_FRAME // 2:
            raise protocol.Unencodable(f"a value of {size} bytes; the grader accepts at most {protocol.MAX_FRAME // 2}")
        reply = {"ok": True, "value": value}
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
