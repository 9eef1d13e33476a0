"""Turning JSON (files, dicts, lists) into validated ``Patient`` records, and vignettes from data/.

This is the I/O edge of the criteria engine. Every problem in a record becomes one line naming
the field path, the bad value and what is allowed, in the record's own terms (the JSON shape a
field takes, never a Python class name), collected into a single ``PatientRecordError`` so that
a student sees all their mistakes at once. Records in the earlier shape are upgraded first
(``nmo_teach.criteria.upgrade``); the notes of that upgrade can be collected by the caller.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from nmo_teach import validation
from nmo_teach.criteria.model import Patient
from nmo_teach.criteria.upgrade import CHANGES, upgrade
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


def _first_model(annotation: Any) -> type[BaseModel] | None:
    return next(iter(validation.models_in(annotation)), None)


def _annotation_at(path: tuple[Any, ...]) -> Any:
    """The type annotation of the field at ``path`` (list indices skipped); None if not a field."""
    return validation.annotation_at(Patient, path) if path else None


def _model_at(path: tuple[Any, ...]) -> type[BaseModel] | None:
    """The pydantic model class that holds the last element of ``path``."""
    return Patient if len(path) <= 1 else _first_model(_annotation_at(path[:-1]))


def _values(annotation: Any) -> list[str] | None:
    """The allowed words of an enum or literal field, or None if it takes other values."""
    return validation.allowed_words(annotation) or None


shape = validation.shape


def _list_of(annotation: Any) -> str:
    model = _first_model(annotation)
    if model is not None:
        return f"a list, each item {shape(model)}"
    words = _values(annotation)
    if words:
        return "a list of: " + ", ".join(json.dumps(w) for w in words)
    return "a list"


_PLAIN = {
    "int_type": "a whole number", "int_parsing": "a whole number", "int_from_float": "a whole number",
    "float_type": "a number", "float_parsing": "a number", "bool_type": "true or false",
    "bool_parsing": "true or false", "string_type": "text",
}


def _phrase(detail: dict[str, Any], path: tuple[Any, ...]) -> str:
    """What a field allows, for one pydantic error, in the record's terms."""
    kind = detail["type"]
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        model = _first_model(_annotation_at(path)) if path else Patient
        return shape(model) if model else "an object"
    if kind in ("tuple_type", "list_type"):
        return _list_of(_annotation_at(path))
    if kind.startswith(("date_", "datetime_")):
        return "a date written YYYY-MM-DD"
    if kind in _PLAIN:
        return _PLAIN[kind]
    return detail["msg"]


def _allowed(messages: list[str]) -> str:
    cleaned: list[str] = []
    for message in messages:
        text = message.removeprefix("Value error, ").removeprefix("Input should be ")
        if text.startswith(("greater than", "less than")):
            text = "a number " + text
        if text not in cleaned:
            cleaned.append(text)
    if "a number" in cleaned and "a whole number" in cleaned:
        cleaned.remove("a whole number")
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
        if all(d["type"] == "too_short" for d in details) and any(
                len(other) > len(path) and other[:len(path)] == path for other in grouped):
            continue  # a list left empty only because its items were invalid: those are reported
        where = f"{source}: {validation.render_path(path) or '(record)'}"
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
            lines.append(f"{where}: got {shown}; allowed: {_allowed([_phrase(d, path) for d in details])}")
    return lines


def parse_patient(data: object, source: str = "record", notes: list[str] | None = None) -> Patient:
    """Validate one record (a dict, or a ``Patient``) and return the ``Patient``.

    A record in the earlier shape is upgraded first; if ``notes`` is a list, one line per thing
    the upgrade could not carry over is appended to it. Raises ``PatientRecordError`` with one
    line per problem; ``source`` prefixes each line (a file name, or "file.json[2]" for the
    third record of a list).
    """
    if isinstance(data, Patient):
        return data
    if not isinstance(data, Mapping):
        raise PatientRecordError(
            [f"{source}: got {validation.shown_value(data)}; allowed: a JSON object describing one patient, "
             'e.g. {"synthetic": true, "age": 30, "sex": "female"}']
        )
    record, upgrade_notes = upgrade(data)
    upgraded = record != dict(data)
    try:
        patient = Patient.model_validate(record)
    except ValidationError as error:
        problems = _problems(error, source)
        if upgraded:
            problems.append(f"{source}: written in the earlier record shape and upgraded before checking: "
                            + "; ".join(CHANGES))
        raise PatientRecordError(problems) from None
    if notes is not None:
        notes.extend(f"{source}: {note}" for note in upgrade_notes)
    return patient


def parse_patients(data: object, source: str = "record", notes: list[str] | None = None) -> list[Patient]:
    """Validate an object or a list of objects; gathers the problems of every record."""
    records = data if isinstance(data, list) else [data]
    patients: list[Patient] = []
    problems: list[str] = []
    for index, record in enumerate(records):
        where = f"{source}[{index}]" if isinstance(data, list) else source
        try:
            patients.append(parse_patient(record, where, notes))
        except PatientRecordError as error:
            problems.extend(error.problems)
    if problems:
        raise PatientRecordError(problems)
    return patients


def read_json(path: Path) -> object:
    """Read a JSON file, turning every failure into one line that names the file.

    The read is bounded (``nmo_teach.validation``): a folder, pipe, device, huge file, binary or
    non-UTF-8 file, duplicate key or nesting beyond the documented depth is refused.
    """
    return validation.read_json(path, lambda message: PatientRecordError([message]), "patient record (JSON)")


def load_patients(path: Path | str, notes: list[str] | None = None) -> list[Patient]:
    """Every patient in a JSON file holding one record or a list of records (``notes`` as in
    ``parse_patient``)."""
    path = Path(path)
    return parse_patients(read_json(path), str(path), notes)


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

