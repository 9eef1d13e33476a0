"""Files a command writes: checked before any work, written without a traceback.

Why: a command that first loads every quiz bank (or a whole gradebook) and only then finds that
its output path is a folder, a pipe or a read-only place wastes the user's time and used to end
in a traceback. Commands check each output path first (:func:`check_output`) and write through
:func:`write_output`, so a bad path is one line on stderr and no file is changed.
"""

from __future__ import annotations

from pathlib import Path

from nmo_teach.errors import NmoTeachError


def check_output(path: Path, option: str) -> None:
    """Refuse an output path that exists and is not a regular file (a folder, device, pipe, link)."""
    if (path.exists() or path.is_symlink()) and (path.is_symlink() or not path.is_file()):
        raise NmoTeachError(f"{option} {path}: is not a file; allowed: a file (it is replaced), "
                            "or a path that does not exist yet")


def write_output(path: Path, data: bytes, option: str) -> Path:
    """Write ``data`` to ``path`` (creating its folder); an OS error becomes one line."""
    check_output(path, option)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as error:
        raise NmoTeachError(f"{option} {path}: cannot write: {error.strerror}") from None
    return path
