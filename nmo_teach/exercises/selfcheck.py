"""Self-check inside a notebook: run the ``test_*`` functions a student can see and report them.

This runs in the student's own kernel, on their own machine: no isolation is needed or wanted,
so a failing test shows its real assertion message. The grader never uses this module.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

PUBLIC_NOTE = (
    "These are the public tests only. Your grade also counts hidden tests that check more "
    "cases: passing everything here does not guarantee full marks."
)


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    detail: str


def run_tests(namespace: Mapping[str, Any]) -> list[CheckResult]:
    """Call every ``test_*`` function in ``namespace`` in definition order and record the outcome."""
    results = []
    for name, value in list(namespace.items()):
        if not (name.startswith("test_") and callable(value)):
            continue
        test: Callable[[], object] = value
        try:
            test()
        except NotImplementedError:
            results.append(CheckResult(name, False, "not solved yet (the stub is still there)"))
        except AssertionError as error:
            results.append(CheckResult(name, False, f"assertion failed: {error}".strip()))
        except Exception as error:  # a student's bug: report it, keep going
            last = traceback.format_exception_only(type(error), error)[-1].strip()
            results.append(CheckResult(name, False, last))
        else:
            results.append(CheckResult(name, True, ""))
    return results


def check_here(namespace: Mapping[str, Any]) -> list[CheckResult]:
    """Run the tests of this notebook (pass ``globals()``), print a summary and return it."""
    results = run_tests(namespace)
    passed = sum(result.passed for result in results)
    for result in results:
        mark = "PASS" if result.passed else "FAIL"
        line = f"{mark}  {result.name}"
        print(f"{line}: {result.detail}" if result.detail else line)
    print(f"\n{passed} of {len(results)} tests pass.")
    print(PUBLIC_NOTE)
    return results
