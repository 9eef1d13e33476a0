"""Regenerate the robustness corpus notebooks: ``python tests/grading_corpus/build_corpus.py``.

Each case is a notebook whose cells tagged ``solution`` are given below. The expected score and
message of each case are asserted in ``tests/test_grading_corpus.py``. ``__ASSIGNMENT_PATH__`` and
``__GRADEBOOK_PATH__`` are replaced by real paths when the test copies a case, and
``__PROJECT_ROOT__`` by the project's folder.

The hostile cases below each try one attack after defining a correct answer; if the attack gets
anywhere, the case sets ``ANSWER = 'leaked'`` (or otherwise changes its grade), so a contained
attack scores 4 of 4. Cases that need links, fifos or odd file names are made by the test itself
(``tests/test_grading_corpus.py``), since a repository should not carry them.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
GOOD = 'def is_letm(segments):\n    return segments >= 3\n\n\nANSWER = 4\n'


def attempt(*lines: str) -> str:
    """A cell that tries each statement and sets ANSWER = 'leaked' when one succeeds."""
    body = "".join(f"try:\n    {line}\n    ANSWER = 'leaked'\nexcept BaseException:\n    pass\n" for line in lines)
    return "import os, sys\n" + body


SQLITE_TRIGGER = (
    "import os, sqlite3\n"
    "found = []\n"
    "for pid in ['self', str(os.getppid()), '1']:\n"
    "    try:\n"
    "        for fd in os.listdir(f'/proc/{pid}/fd'):\n"
    "            try:\n                found.append(os.readlink(f'/proc/{pid}/fd/{fd}'))\n"
    "            except OSError:\n                pass\n"
    "    except OSError:\n        pass\n"
    "for path in [p for p in found if p.endswith('.sqlite')] + ['__GRADEBOOK_PATH__']:\n"
    "    try:\n"
    "        db = sqlite3.connect(path)\n"
    "        db.execute(\"CREATE TRIGGER full_marks AFTER INSERT ON grades BEGIN \"\n"
    "                   \"UPDATE grades SET score = max_score WHERE id = NEW.id; END\")\n"
    "        db.commit()\n"
    "        ANSWER = 'leaked'\n"
    "    except BaseException:\n        pass\n"
)
NATIVE = (
    "import glob, os, shutil, sys, importlib.machinery, importlib.util\n"
    "source = glob.glob(os.path.join(sys.base_prefix, 'lib', 'python3*', 'lib-dynload', '_bz2*.so'))[0]\n"
    "for target in ['_bz2.cpython-311-x86_64-linux-gnu.so', 'innocent.bin']:\n"
    "    try:\n"
    "        with open(source, 'rb') as src, open(target, 'wb') as dst:\n"
    "            dst.write(src.read())\n"
    "    except BaseException:\n        pass\n"
    "    try:\n"
    "        fd = os.open(target, os.O_WRONLY | os.O_CREAT, 0o755)\n"
    "        os.write(fd, open(source, 'rb').read())\n"
    "        os.close(fd)\n"
    "    except BaseException:\n        pass\n"
    "    try:\n"
    "        loader = importlib.machinery.ExtensionFileLoader('_bz2', os.path.abspath(target))\n"
    "        spec = importlib.util.spec_from_file_location('_bz2', os.path.abspath(target), loader=loader)\n"
    "        module = importlib.util.module_from_spec(spec)\n"
    "        ANSWER = 'leaked'\n"
    "    except BaseException:\n        pass\n"
)
FORGE_FRAME = (
    "import os, stat, struct\n\n\n"
    "def channel():\n"
    "    for fd in range(3, 64):\n"
    "        try:\n"
    "            if stat.S_ISSOCK(os.fstat(fd).st_mode):\n                return fd\n"
    "        except OSError:\n            pass\n\n\n"
)

CASES: dict[str, list[str]] = {
    "correct": [GOOD],
    "missing_cells": [],
    "renamed_function": ['def is_LETM(segments):\n    return segments >= 3\n\n\nANSWER = 4\n'],
    "infinite_loop_in_function": [
        'def is_letm(segments):\n    while segments >= 10:\n        pass\n    return segments >= 3\n\n\nANSWER = 4\n'],
    "infinite_loop_at_top": [GOOD, "while True:\n    pass\n"],
    "huge_output": [GOOD, "import os\nfor _ in range(200_000):\n    print('x' * 1000)\n"
                          "os.write(1, b'y' * 50_000_000)\n"],
    "memory_bomb": [
        'def is_letm(segments):\n    if segments >= 10:\n        hog = [0] * (10 ** 10)\n'
        '    return segments >= 3\n\n\nANSWER = 4\n',
        "hog = bytearray(16 * 1024 ** 3)\n"],
    "sys_exit": [GOOD, "import sys\nsys.exit(3)\n"],
    "os_exit": [
        'import os\n\n\ndef is_letm(segments):\n    if segments == 1:\n        os._exit(0)\n'
        '    return segments >= 3\n\n\nANSWER = 4\n',
        "import os\nos._exit(1)\n"],
    "base_exception": [
        'class Boom(BaseException):\n    pass\n\n\ndef is_letm(segments):\n    if segments >= 10:\n'
        '        raise Boom("no")\n    return segments >= 3\n\n\nANSWER = 4\n',
        "raise Boom('at load')\n"],
    "write_outside": [GOOD,
        "import subprocess, os\n"
        "for target in ['../escaped.txt', '/tmp/nmo-corpus-escaped.txt']:\n"
        "    try:\n        open(target, 'w').write('escaped')\n    except OSError:\n        pass\n"
        "try:\n    subprocess.run(['sh', '-c', 'echo escaped > /tmp/nmo-corpus-escaped.txt'])\n"
        "except OSError:\n    pass\n"
        "try:\n    os.fork()\nexcept OSError:\n    pass\n"],
    "read_tests_and_gradebook": [GOOD,
        "for path in ['__ASSIGNMENT_PATH__', '__GRADEBOOK_PATH__']:\n"
        "    try:\n        open(path).read()\n        ANSWER = 'leaked'\n    except OSError:\n        pass\n"
        "import os\ntry:\n    os.listdir('/')\n    ANSWER = 'listed'\nexcept OSError:\n    pass\n"],
    "rewrite_tests_and_gradebook": [GOOD,
        "for path in ['__ASSIGNMENT_PATH__', '__GRADEBOOK_PATH__']:\n"
        "    try:\n        open(path, 'w').write('def test_hidden_long(): pass\\n')\n    except OSError:\n        pass\n"
        "    try:\n        import os\n        os.remove(path)\n    except OSError:\n        pass\n"],
    "monkeypatch_checker": [
        "import builtins\n\n\nclass AlwaysEqual:\n    def __eq__(self, other):\n        return True\n\n"
        "    def __bool__(self):\n        return True\n\n\n"
        "def is_letm(segments):\n    return AlwaysEqual()\n\n\nANSWER = AlwaysEqual()\n"
        "builtins.AssertionError = type('Ignored', (Exception,), {})\n"
        "try:\n    import nmo_teach.grading.harness as h\n    h._outcome = lambda spec, passed, feedback: None\n"
        "    import nmo_teach.grading.protocol as p\n    p.decode = lambda data: True\nexcept Exception:\n    pass\n"],
    # --- issue 9: the kernel-level attack classes -------------------------------------------
    "sqlite_gradebook_trigger": [GOOD, SQLITE_TRIGGER],
    "dir_fd_escape": [GOOD, attempt(
        "os.open('tmp/nmo-corpus-escaped.txt', os.O_WRONLY | os.O_CREAT, dir_fd=os.open('/', os.O_RDONLY))",
        "os.read(os.open('__ASSIGNMENT_PATH__'.lstrip('/'), os.O_RDONLY, dir_fd=os.open('/', os.O_RDONLY)), 10)",
        "os.open('escaped.txt', os.O_WRONLY | os.O_CREAT, dir_fd=os.open('..', os.O_RDONLY))",
        # relative to a folder it may read, a path the audit hook takes for one inside its own folder
        "os.open('nmo_corpus_evil.pth', os.O_WRONLY | os.O_CREAT, dir_fd=os.open(next(p for p in sys.path "
        "if p.endswith('site-packages')), os.O_RDONLY))",
    )],
    "mknod_fifo": [GOOD, attempt(
        "os.mkfifo('fifo')", "os.mknod('null', 0o20666, os.makedev(1, 3))",
        "os.mknod('fifo2', 0o10600)", "os.mkfifo('/tmp/nmo-corpus-escaped.txt')",
    )],
    "native_extension": [GOOD, NATIVE],
    "pth_planting": [GOOD, attempt(
        "open(os.path.join(sys.prefix, 'lib', 'python3.11', 'site-packages', 'nmo_corpus_evil.pth'), 'w')"
        ".write('import os; open(\"/tmp/nmo-corpus-escaped.txt\", \"w\")')",
        "os.open(os.path.join(sys.prefix, 'nmo_corpus_evil.pth'), os.O_WRONLY | os.O_CREAT)",
        "open('__PROJECT_ROOT__/nmo_teach/nmo_corpus_evil.py', 'w').write('pwned')",
    )],
    "path_discovery": [GOOD, attempt(
        "os.stat('__GRADEBOOK_PATH__')", "os.stat('__ASSIGNMENT_PATH__')",
        "os.stat('__PROJECT_ROOT__/book')", "os.readlink('/proc/self/exe')", "os.listdir('/proc')",
        "os.stat('/etc/passwd')", "os.listdir('/')", "open('/etc/hostname').read()",
    )],
    "disk_filling": [GOOD,
        "import os\nwritten = 0\n"
        "for index in range(40):\n"
        "    try:\n"
        "        with open(f'fill{index}.bin', 'wb') as handle:\n"
        "            handle.write(b'x' * (3 * 1024 * 1024))\n"
        "        written += 3\n"
        "    except OSError:\n        pass\n"
        "if written > 40:\n    ANSWER = 'leaked'\n"],
    "network_access": [GOOD, attempt(
        "__import__('socket').create_connection(('pypi.org', 443), timeout=2)",
        "__import__('socket').socket(__import__('socket').AF_UNIX).connect('/run/systemd/private')",
        "__import__('urllib.request').request.urlopen('http://example.com', timeout=2)",
    )],
    "frame_gc_inspection": [GOOD, attempt(
        "assert any('test_hidden' in repr(o) for o in __import__('gc').get_objects())",
        "assert 'test_hidden' in repr(sys._getframe(1).f_globals)",
        "assert sys._current_frames()",
        "assert __import__('inspect').stack()[1].frame.f_globals.get('test_hidden_long')",
    )],
    "signals_and_rlimits": [GOOD, attempt(
        "os.kill(os.getppid(), 9)", "os.kill(1, 0)", "os.killpg(0, 9)",
        "__import__('resource').setrlimit(__import__('resource').RLIMIT_CPU, (10**6, 10**6))",
        "__import__('signal').pthread_kill(__import__('threading').main_thread().ident, 0) or 1 / 0",
    )],
    "threads_atexit_finalisers": [GOOD,
        "import atexit, threading, weakref\n\n\n"
        "def escape():\n    open('/tmp/nmo-corpus-escaped.txt', 'w').write('escaped')\n\n\n"
        "atexit.register(escape)\n\n\n"
        "class Finaliser:\n    def __del__(self):\n        escape()\n\n\n"
        "keep = Finaliser()\n"
        "weakref.finalize(keep, escape)\n"
        "try:\n    threading.Thread(target=escape).start()\n    ANSWER = 'leaked'\nexcept BaseException:\n    pass\n"],
    "fork_multiprocessing": [GOOD, attempt(
        "os.fork()", "os.posix_spawn('/bin/sh', ['sh', '-c', 'touch /tmp/nmo-corpus-escaped.txt'], {})",
        "__import__('multiprocessing').Process(target=print).start()",
        "__import__('pty').fork()", "__import__('subprocess').run(['true'])",
    )],
    "recursion_and_segfault": [
        "import faulthandler\n\n\n"
        "def is_letm(segments):\n"
        "    if segments >= 10:\n        return is_letm(segments + 1)\n"
        "    if segments == 1:\n        faulthandler._sigsegv()\n"
        "    return segments >= 3\n\n\nANSWER = 4\n"],
    "huge_values": [
        "def is_letm(segments):\n"
        "    if segments >= 10:\n        return 'x' * (4 * 1024 * 1024)\n"
        "    return segments >= 3\n\n\nANSWER = 'y' * (4 * 1024 * 1024)\n"],
    "channel_forgery": [GOOD, FORGE_FRAME + (
        "os.write(channel(), struct.pack('>I', 2**31) + b'{}')\n")],
    "channel_forgery_in_calls": [FORGE_FRAME + (
        "def is_letm(segments):\n"
        "    if segments >= 10:\n"
        "        body = b'[' * 200000\n"
        "        os.write(channel(), struct.pack('>I', len(body)) + body)\n"
        "    if segments == 1:\n"
        "        body = b'{\"ok\": true, \"value\": {\"X\": 1}, \"evil\": 1}'\n"
        "        os.write(channel(), struct.pack('>I', len(body)) + body)\n"
        "    return segments >= 3\n\n\nANSWER = 4\n")],
    "fd_tricks": [
        "import os\n\n\n"
        "def is_letm(segments):\n"
        "    if segments >= 10:\n        os.closerange(3, 200)\n"
        "    return segments >= 3\n\n\nANSWER = 4\n",
        "import os\nfor fd in range(3, 64):\n    try:\n        os.dup2(1, fd) if fd > 40 else None\n"
        "    except OSError:\n        pass\n"],
    "environment_snooping": [GOOD,
        "import os\n"
        "if set(os.environ) - {'HOME', 'TMPDIR', 'PATH', 'LANG', 'NMO_TEACH_STUDENT_ID'}:\n"
        "    ANSWER = 'leaked'\n"
        "if os.environ['NMO_TEACH_STUDENT_ID'] != 'environment_snooping':\n"
        "    ANSWER = 'wrong identity'\n"],
    "shared_memory_and_ipc": [GOOD, attempt(
        "__import__('multiprocessing.shared_memory').shared_memory.SharedMemory(create=True, size=1024)",
        "open('/dev/shm/nmo-corpus-escaped', 'w')",
        "__import__('mmap').mmap(-1, 4096)",
    )],
    "read_model_answers": [GOOD, attempt(
        "assert open('__PROJECT_ROOT__/book/practice/quizzes-and-exercises.md').read()",
        "assert os.listdir('__PROJECT_ROOT__/book')",
        "assert open('__PROJECT_ROOT__/tests/grading_corpus/assignment/corpus-exercise.md').read()",
    )],
    # A class named after the hidden inputs it saw: hidden feedback names built-in exceptions only.
    "exception_named_after_inputs": [
        "seen = []\n\n\n"
        "def is_letm(segments):\n"
        "    seen.append(segments)\n"
        "    if segments == 3:\n        return True\n"
        "    raise type('seen_' + '_'.join(map(str, seen)), (Exception,), {})()\n\n\nANSWER = 4\n"],
    # Tens of thousands of ints of one hash, forged as a set: minutes of the grader's time to build.
    "hash_flooding": [FORGE_FRAME + (
        "import json\n\n\n"
        "def is_letm(segments):\n"
        "    if segments >= 10:\n"
        "        body = json.dumps({'ok': True, 'value': {'S': [k * (2**61 - 1) for k in range(1, 40000)]}}).encode()\n"
        "        os.write(channel(), struct.pack('>I', len(body)) + body)\n"
        "        os._exit(0)\n"
        "    return segments >= 3\n\n\nANSWER = 4\n")],
    # ctypes is already imported in the sandbox (no import event fires): its memory reads must not work.
    "ctypes_memory_read": [GOOD, attempt(
        "import ctypes; ctypes.string_at(id(b'secret'), 8)",
        "sys.modules['ctypes'].c_char.from_address(id(b'secret'))",
        "sys.modules['nmo_teach.grading.isolation']._LIBC.getpid()",
    )],
    # Empty files cost kernel memory, not disk: the tmpfs caps how many there may be.
    "inode_flood": [GOOD,
        "made = 0\n"
        "try:\n"
        "    for made in range(6000):\n        open(f'f{made}', 'w').close()\n"
        "    ANSWER = 'leaked'\n"
        "except OSError:\n    pass\n"],
    # SIGSTOP on itself: the timeout still ends it (SIGKILL reaches a stopped process).
    "stops_itself": [
        "import signal\n\n\n"
        "def is_letm(segments):\n"
        "    if segments >= 10:\n        signal.raise_signal(signal.SIGSTOP)\n"
        "    return segments >= 3\n\n\nANSWER = 4\n"],
}


def notebook(cells: list[str]) -> dict:
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        "cells": [
            {"cell_type": "markdown", "id": "intro", "metadata": {}, "source": "# Corpus submission"},
            *({"cell_type": "code", "id": f"solution-{i}", "metadata": {"tags": ["solution"]},
               "source": source, "outputs": [], "execution_count": None}
              for i, source in enumerate(cells)),
        ],
    }


def main() -> None:
    out = HERE / "submissions"
    out.mkdir(exist_ok=True)
    for name, cells in CASES.items():
        (out / f"{name}.ipynb").write_text(json.dumps(notebook(cells), indent=1) + "\n")
    (out / "invalid_json.ipynb").write_text('{"nbformat": 4, "cells": [\n')
    old = notebook([GOOD])
    old["nbformat"] = 3
    (out / "wrong_nbformat.ipynb").write_text(json.dumps(old, indent=1) + "\n")
    broken = notebook([GOOD])
    del broken["cells"][1]["outputs"]
    (out / "malformed_cells.ipynb").write_text(json.dumps(broken, indent=1) + "\n")
    folder = out / "folder_submission"
    folder.mkdir(exist_ok=True)
    (folder / "answer.ipynb").write_text(json.dumps(notebook([
        "from pathlib import Path\n\nANSWER = int(Path('answer.txt').read_text())\n\n\n"
        "def is_letm(segments):\n    return segments >= 3\n"]), indent=1) + "\n")
    (folder / "answer.txt").write_text("4\n")


if __name__ == "__main__":
    main()
