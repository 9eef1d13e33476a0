"""Turning JSON (files, dicts, lists) into validated ``Patient`` records, and vignettes from data/.

This is the I/O edge of the criteria engine. Every problem in a record becomes one line naming
the field path, the bad value and what is allowed, collected into a single
``PatientRecordError`` so that a student sees all their mistakes at once.
"""

from __future__ import annotations

import difflib
import json
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from nmo_teach.criteria.model import Patient
from nmo_teach.errors import NmoTeachError
from nmo_teach.paths import data_dir

VIGNETTE_FOLDER = "vignettes"
_TYPE_TAGS = {"int", "float", "str", "bool", "date", "none", "list", "tuple", "dict"}


class PatientRecordError(NmoTeachError):
    """A patient record is invalid; ``problems`` holds one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


def _is_type_tag(part: object) -> bool:
    return isinstance(part, str) and (
        part in _TYPE_TAGS or any(mark in part for mark in "[(-")
    )


def _field_path(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(part for part in loc if not _is_type_tag(part))


def _render(path: tuple[Any, ...]) -> str:
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
            continue
        name = str(part) if str(part).isidentifier() else json.dumps(str(part))
        text += f".{name}" if text else name
    return text or "(record)"


def _model_at(path: tuple[Any, ...]) -> type[BaseModel] | None:
    """The pydantic model class that holds the last element of ``path``."""
    model: Any = Patient
    for part in path[:-1]:
        if isinstance(part, int):
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)) or part not in model.model_fields:
            return None
        annotation = model.model_fields[part].annotation
        candidates = [annotation, *typing.get_args(annotation)]
        model = next(
            (c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None
        )
        if model is None:
            return None
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _allowed(messages: list[str]) -> str:
    cleaned: list[str] = []
    for message in messages:
        text = message.removeprefix("Value error, ").removeprefix("Input should be ")
        if text.startswith(("greater than", "less than")):
            text = "a number " + text
        if text not in cleaned:
            cleaned.append(text)
    return " or ".join(cleaned)


def _problems(error: ValidationError, source: str) -> list[str]:
    grouped: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for detail in error.errors(include_url=False):
        loc = tuple(detail["loc"])
        # The offending key of an unknown field is user text: keep it even if it looks like a type tag.
        path = _field_path(loc[:-1]) + loc[-1:] if detail["type"] == "extra_forbidden" else _field_path(loc)
        grouped.setdefault(path, []).append(detail)
    lines: list[str] = []
    for path, details in grouped.items():
        where = f"{source}: {_render(path)}"
        if any(d["type"] == "extra_forbidden" for d in details):
            model = _model_at(path)
            names = sorted(model.model_fields) if model else []
            close = difflib.get_close_matches(str(path[-1]), names, n=1) if names else []
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            lines.append(
                f"{where}: unknown field{hint}; allowed fields here: {', '.join(names)}"
            )
            continue
        if any(d["type"] == "missing" for d in details):
            lines.append(f"{where}: required field is missing")
            continue
        value = details[0].get("input")
        shown = json.dumps(value, default=str) if not isinstance(value, Mapping) else "an object"
        if details[0]["type"] == "value_error":
            lines.append(f"{where}: {_allowed([d['msg'] for d in details])}")
        else:
            lines.append(f"{where}: got {shown}; allowed: {_allowed([d['msg'] for d in details])}")
    return lines


def parse_patient(data: object, source: str = "record") -> Patient:
    """Validate one record (a dict, or a ``Patient``) and return the ``Patient``.

    Raises ``PatientRecordError`` with one line per problem; ``source`` prefixes each line
    (a file name, or "file.json[2]" for the third record of a list).
    """
    if isinstance(data, Patient):
        return data
    if not isinstance(data, Mapping):
        raise PatientRecordError(
            [f"{source}: got {type(data).__name__}; allowed: a JSON object describing one patient"]
        )
    try:
        return Patient.model_validate(dict(data))
    except ValidationError as error:
        raise PatientRecordError(_problems(error, source)) from None


def parse_patients(data: object, source: str = "record") -> list[Patient]:
    """Validate an object or a list of objects; gathers the problems of every record."""
    records = data if isinstance(data, list) else [data]
    patients: list[Patient] = []
    problems: list[str] = []
    for index, record in enumerate(records):
        where = f"{source}[{index}]" if isinstance(data, list) else source
        try:
            patients.append(parse_patient(record, where))
        except PatientRecordError as error:
            problems.extend(error.problems)
    if problems:
        raise PatientRecordError(problems)
    return patients


def read_json(path: Path) -> object:
    """Read a JSON file, turning every failure into one line that names the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise PatientRecordError([f"{path}: cannot read the file ({error.strerror or error})"]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise PatientRecordError(
            [f"{path}: not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"]
        ) from None


def load_patients(path: Path | str) -> list[Patient]:
    """Every patient in a JSON file holding one record or a list of records."""
    path = Path(path)
    return parse_patients(read_json(path), str(path))


def vignette_folder() -> Path:
    return data_dir() / VIGNETTE_FOLDER


def vignette_ids() -> list[str]:
    """The ids of the synthetic vignettes in data/vignettes, sorted."""
    return sorted(path.stem for path in vignette_folder().glob("*.json"))


def load_vignette(vignette_id: str) -> Patient:
    """One synthetic vignette by id; it must be marked ``"synthetic": true`` and match its file name."""
    path = vignette_folder() / f"{vignette_id}.json"
    if not path.is_file():
        known = ", ".join(vignette_ids()) or "none"
        raise PatientRecordError([f"vignette {vignette_id!r}: no such file {path}; known vignettes: {known}"])
    patient = parse_patient(read_json(path), str(path))
    if not patient.synthetic:
        raise PatientRecordError([f"{path}: synthetic: got false; allowed: true (vignettes are synthetic composites)"])
    if patient.id != vignette_id:
        raise PatientRecordError([f"{path}: id: got {patient.id!r}; allowed: {vignette_id!r} (the file name)"])
    return patient


def load_vignettes() -> list[Patient]:
    """All synthetic vignettes, in id order."""
    return [load_vignette(vignette_id) for vignette_id in vignette_ids()]


__all__ = [
    "PatientRecordError",
    "load_patients",
    "load_vignette",
    "load_vignettes",
    "parse_patient",
    "parse_patients",
    "vignette_ids",
]

