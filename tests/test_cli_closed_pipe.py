"""Every command ends quietly when its reader has gone (``nmo-teach quiz --list | head -0``).

The read end of the pipe is closed before the command has imported anything, so its first write
meets a closed pipe every time; the command must end with status 0 or 141 (128 + SIGPIPE) and
nothing on stderr, as Unix tools do.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VIGNETTE = sorted((ROOT / "data" / "vignettes").glob("*.json"))[0]
ABSTRACT = ROOT / "tests" / "fixtures" / "abstracts" / "corpus" / "neurology-braak2005-pd-cognition.txt"


@pytest.mark.parametrize("arguments", [["quiz", "--list"], ["classify", str(VIGNETTE)], ["abstract", str(ABSTRACT)]],
                         ids=lambda a: a[0])
def test_a_reader_gone_before_the_first_line(arguments: list[str]):
    process = subprocess.Popen([sys.executable, "-m", "nmo_teach.cli", *arguments],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    errors = process.stderr.read().decode()
    assert process.wait(timeout=120) in (0, 141)
    assert errors == "", errors
