"""Reading data files and describing validation failures, the same way for every loader.

Loaders of the seed, the quiz banks and the appraisal tables all read YAML and validate it with
pydantic; a user who mistypes a field should get the same kind of one-line message from each:
the file, the field, what was wrong and the value found.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from nmo_teach.errors import NmoTeachError


def describe_validation_error(error: ValidationError, drop_first: bool = False) -> str:
    """Pydantic's errors as "field 'a.b': message (got value)" clauses on one line.

    ``drop_first`` drops the first part of each location, which for a tagged union is the tag
    pydantic puts there ('single', 'numeric', ...) rather than a field the user wrote.
    """
    parts = []
    for item in error.errors():
        location = list(item["loc"])
        if drop_first and location:
            location = location[1:]
        field = ".".join(str(part) for part in location) or "record"
        value = item.get("input")
        got = f" (got {value!r})" if "input" in item and not isinstance(value, (dict, list)) else ""
        message = item["msg"].removeprefix("Value error, ")
        parts.append(f"field '{field}': {message}{got}")
    return "; ".join(parts)


def read_yaml(path: Path, error_type: type[NmoTeachError]) -> Any:
    """The parsed content of a YAML file, or ``error_type`` naming the file and the problem."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise error_type(f"{path}: cannot read: {error}") from None
    except yaml.YAMLError as error:
        raise error_type(f"{path}: not valid YAML: {' '.join(str(error).split())}") from None
