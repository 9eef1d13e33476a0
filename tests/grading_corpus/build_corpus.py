"""Regenerate the robustness corpus notebooks: ``python tests/grading_corpus/build_corpus.py``.

Each case is a notebook whose cells tagged ``solution`` are given below. The expected score and
message of each case are asserted in ``tests/test_grading_corpus.py``. ``__ASSIGNMENT_PATH__`` and
``__GRADEBOOK_PATH__`` are replaced by real paths when the test copies a case.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
GOOD = 'def is_letm(segments):\n    return segments >= 3\n\n\nANSWER = 4\n'

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
