"""Reading data files and describing validation failures, the same way for every loader.

Every loader (patient records, quiz banks, appraisal tables, the seed, trial counts, notebooks)
reads its file through this module, so that bad input gets the same kind of one-line message
everywhere: the file, the place in it (line and column, or the field path), what was wrong and
what is allowed. The reads are bounded, so that no input can make a command hang or exhaust
memory (a link to ``/dev/zero``, a named pipe, a file nested 100,000 levels deep):

- every file: a regular file (not a folder, device, pipe or socket), UTF-8 text (a byte-order
  mark is accepted, and UTF-16 with a byte-order mark), no NUL bytes;
- JSON: at most ``MAX_JSON_BYTES`` and ``MAX_JSON_DEPTH`` levels of nesting, no duplicate keys,
  no ``NaN``/``Infinity``;
- YAML: at most ``MAX_YAML_BYTES``, ``MAX_YAML_DEPTH`` levels and ``MAX_YAML_VALUES`` values with
  aliases (``*name``) written out, the safe loader (no Python tags), no duplicate keys;
- CSV tables: at most ``MAX_CSV_BYTES``.

XML (PubMed exports) is read by ``nmo_teach.abstracts.pubmed_xml``, with its own size limit and
no DTD subsets or entities. The limits are documented in the README's contributor section.

Pydantic's errors are rewritten in the data's own terms: the field path, the value given and the
allowed shape or values with a short example, never a class name of the implementation.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import stat
import types
import typing
from collections.abc import Callable, Mapping
from enum import Enum
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

MAX_JSON_BYTES = 16 * 1024 * 1024  # a class's patient records, a chapter notebook with figures
MAX_JSON_DEPTH = 64  # a patient record is 5 levels deep, a notebook about 8
MAX_YAML_BYTES = 1024 * 1024  # the largest quiz bank is about 20 KB
MAX_YAML_DEPTH = 32
MAX_YAML_VALUES = 100_000  # values after aliases are expanded; a quiz bank has about 2,000
MAX_CSV_BYTES = 1024 * 1024

ErrorFactory = Callable[[str], Exception]


# -- reading files -----------------------------------------------------------------------------

def _size(count: int) -> str:
    return f"{count / 1024 / 1024:.1f} MB" if count >= 1024 * 1024 else f"{count:,} bytes"


def read_bytes(path: Path | str, error_type: ErrorFactory, limit: int, kind: str = "file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or ``error_type`` saying why not.

    The file is opened without blocking and checked before it is read, so a folder, a named
    pipe, a device such as ``/dev/zero`` (directly or through a link) or a huge file is refused
    at once instead of hanging or filling memory. Nothing is ever written.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        dangling = os.path.islink(path)
        raise error_type(f"{path}: {'a link to a missing file' if dangling else 'no such file'}; "
                         f"expected a {kind}") from None
    except IsADirectoryError:
        raise error_type(f"{path}: is a folder; expected a {kind}") from None
    except OSError as error:
        raise error_type(f"{path}: cannot open it ({error.strerror or error}); expected a readable {kind}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error_type(f"{path}: is a folder; expected a {kind}")
        if not stat.S_ISREG(info.st_mode):
            raise error_type(f"{path}: is not a regular file (a device, pipe or socket); expected a {kind}")
        if info.st_size > limit:
            raise error_type(f"{path}: {_size(info.st_size)} is larger than the {_size(limit)} "
                             f"allowed for a {kind}")
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # a file still growing while read
                raise error_type(f"{path}: larger than the {_size(limit)} allowed for a {kind}")
        return b"".join(chunks)
    except OSError as error:
        raise error_type(f"{path}: cannot read it ({error.strerror or error}); expected a readable {kind}") from None
    finally:
        os.close(fd)


def decode_text(data: bytes, source: str, error_type: ErrorFactory, kind: str = "text file") -> str:
    """UTF-8 text (a byte-order mark is dropped), or UTF-16 with a byte-order mark; else refused."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise error_type(f"{source}: saved as UTF-32; save it as UTF-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise error_type(f"{source}: invalid UTF-16 text at byte {error.start}; save it as UTF-8") from None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise error_type(f"{source}, line {line}: a NUL byte: this is a binary file (or UTF-16 without a "
                         f"byte-order mark); expected a {kind} saved as UTF-8")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise error_type(
            f"{source}, line {line}, column {column}: byte 0x{data[error.start]:02x} is not UTF-8 "
            f"(perhaps Latin-1 or Windows-1252); save the file as UTF-8"
        ) from None


def read_text(path: Path | str, error_type: ErrorFactory, limit: int, kind: str = "text file") -> str:
    """A regular file's text, bounded and decoded as ``read_bytes`` and ``decode_text`` do."""
    return decode_text(read_bytes(path, error_type, limit, kind), str(path), error_type, kind)


def require_text(text: str, path: Path | str, error_type: ErrorFactory, kind: str) -> str:
    """``text`` unless it is empty or blank: an empty data file is refused, not read as nothing."""
    if not text.strip():
        raise error_type(f"{path}: the file is empty; expected a {kind}")
    return text


# -- JSON --------------------------------------------------------------------------------------

class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def nesting_depth(value: object) -> int:
    """How many levels of lists and objects ``value`` nests (0 for a scalar); no recursion."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping):
            deepest = max(deepest, depth + 1)
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, (list, tuple)):
            deepest = max(deepest, depth + 1)
            stack.extend((child, depth + 1) for child in item)
    return deepest


def _value_problem(error: ValueError) -> str:
    text = str(error)
    return "a number with more than 4,300 digits" if "digits" in text else text


def _line_of(text: str, needle: str, occurrence: int) -> int | None:
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            return None
    return text.count("\n", 0, start) + 1


def parse_json(text: str, source: str, error_type: ErrorFactory) -> Any:
    """JSON text to Python values, refusing duplicate keys, NaN and nesting beyond the limit."""
    too_deep = f"{source}: nested more than {MAX_JSON_DEPTH} levels deep; a data file needs far fewer"
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except RecursionError:
        raise error_type(too_deep) from None
    except _DuplicateKey as error:
        key = json.dumps(error.key)
        line = _line_of(text, key, 2)
        where = f"{source}, line {line}" if line else source
        raise error_type(f"{where}: key {key} appears twice in the same object; "
                         "each key may appear once") from None
    except json.JSONDecodeError as error:
        raise error_type(f"{source}, line {error.lineno}, column {error.colno}: not valid JSON: "
                         f"{error.msg}") from None
    except ValueError as error:  # NaN/Infinity, or an integer with thousands of digits
        raise error_type(f"{source}: not valid JSON: {_value_problem(error)}") from None
    if nesting_depth(value) > MAX_JSON_DEPTH:
        raise error_type(too_deep)
    return value


def read_json(path: Path | str, error_type: ErrorFactory, kind: str = "JSON file") -> Any:
    """The parsed content of a JSON file, within the documented limits."""
    return parse_json(require_text(read_text(path, error_type, MAX_JSON_BYTES, kind), path, error_type, kind),
                      str(path), error_type)


# -- YAML --------------------------------------------------------------------------------------

class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader with limits on nesting and on size after aliases, no duplicate keys.

    An alias (``*name``) repeats the node it names; a few nested aliases can stand for billions of
    values (the "billion laughs"), so the size of the document with every alias written out is
    counted while it is composed, and refused beyond ``MAX_YAML_VALUES``.
    """

    _depth = 0

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._sizes: dict[int, int] = {}

    def _expanded(self, node: Any) -> int:
        if isinstance(node, yaml.SequenceNode):
            return 1 + sum(self._sizes.get(id(child), 1) for child in node.value)
        if isinstance(node, yaml.MappingNode):
            return 1 + sum(self._sizes.get(id(key), 1) + self._sizes.get(id(value), 1)
                           for key, value in node.value)
        return 1

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, f"nested more than {MAX_YAML_DEPTH} levels deep", event.start_mark)
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        size = self._expanded(node)
        if size > MAX_YAML_VALUES:
            raise yaml.composer.ComposerError(
                None, None, f"more than {MAX_YAML_VALUES:,} values once its aliases (*name) are "
                            "written out", event.start_mark)
        self._sizes[id(node)] = size
        return node

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        if isinstance(node, yaml.MappingNode):
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                try:
                    duplicate = key in seen
                    seen.add(key)
                except TypeError:  # an unhashable key: the base class reports it
                    break
                if duplicate:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"key {key!r} appears twice in the same mapping; each key may "
                                    "appear once", key_node.start_mark)
        return super().construct_mapping(node, deep=deep)


def _yaml_message(error: yaml.YAMLError) -> str:
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        where = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = " ".join(str(error.problem or error.context or "invalid YAML").split())
        context = " ".join(str(error.context).split()) if error.context and error.problem else ""
        return f"{where}: not valid YAML: {problem}" + (f" ({context})" if context else "")
    return f": not valid YAML: {' '.join(str(error).split())}"


def parse_yaml(text: str, source: str, error_type: ErrorFactory) -> Any:
    """YAML text to Python values with the bounded safe loader."""
    try:
        return yaml.load(text, Loader=_BoundedLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        raise error_type(f"{source}{_yaml_message(error)}") from None
    except ValueError as error:  # a date such as 2024-02-30, an integer with thousands of digits
        raise error_type(f"{source}: not valid YAML: {_value_problem(error)}") from None
    except RecursionError:  # defensive: the depth limit stops nesting well before this
        raise error_type(f"{source}: nested more than {MAX_YAML_DEPTH} levels deep") from None


def read_yaml(path: Path | str, error_type: ErrorFactory, kind: str = "YAML file") -> Any:
    """The parsed content of a YAML file, or ``error_type`` naming the file, the place and the problem."""
    return parse_yaml(require_text(read_text(path, error_type, MAX_YAML_BYTES, kind), path, error_type, kind),
                      str(path), error_type)


# -- CSV ---------------------------------------------------------------------------------------

def read_csv_rows(path: Path | str, error_type: ErrorFactory,
                  kind: str = "CSV table") -> list[tuple[int, dict[str, str]]]:
    """The rows of a CSV table with a header line, each with its line number in the file.

    A row with more fields than the header names, or text the CSV reader cannot split, is
    refused with its line number.
    """
    text = read_text(path, error_type, MAX_CSV_BYTES, kind)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        if not reader.fieldnames:
            raise error_type(f"{path}: empty; expected a {kind} whose first line names the columns")
        for row in reader:
            if None in row:
                raise error_type(f"{path}, line {reader.line_num}: more fields than the header names "
                                 f"({len(reader.fieldnames)}: {', '.join(reader.fieldnames)})")
            rows.append((reader.line_num, row))
    except csv.Error as error:
        raise error_type(f"{path}, line {reader.line_num}: not a valid CSV row ({error})") from None
    return rows


# -- pydantic errors in the data's terms -------------------------------------------------------

_TYPE_TAGS = {"int", "float", "str", "bool", "date", "none", "list", "tuple", "dict", "set", "is-instance"}


def _is_type_tag(part: object) -> bool:
    """Parts of a pydantic location that name its internal validators, not a field the user wrote."""
    return isinstance(part, str) and (part in _TYPE_TAGS or any(mark in part for mark in "[("))


def render_path(path: tuple[Any, ...]) -> str:
    """A field path as a reader writes it: ``attacks[0].mri.optic_nerve_share``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
            continue
        name = str(part) if str(part).isidentifier() else json.dumps(str(part))
        text += f".{name}" if text else name
    return text


def _members(annotation: Any) -> list[Any]:
    """The annotation and everything nested in it (unions, lists, tuples, Annotated)."""
    out = [annotation]
    for arg in typing.get_args(annotation):
        out.extend(_members(arg))
    return out


def models_in(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models an annotation takes, outermost first (through unions, lists, Annotated)."""
    return [c for c in _members(annotation) if isinstance(c, type) and issubclass(c, BaseModel)]


def _tag_model(models: list[type[BaseModel]], part: object) -> type[BaseModel] | None:
    """The member of a tagged union whose literal tag is ``part`` (pydantic puts the tag in the path)."""
    for model in models:
        for field in model.model_fields.values():
            if typing.get_origin(field.annotation) is typing.Literal and part in typing.get_args(field.annotation):
                return model
    return None


def annotation_at(root: Any, path: tuple[Any, ...]) -> Any:
    """The type annotation of the value at ``path`` below ``root`` (None when it is not known)."""
    annotation = root
    for part in path:
        if isinstance(part, int):
            continue
        models = models_in(annotation)
        holder = next((m for m in models if part in m.model_fields), None)
        if holder is not None:
            annotation = holder.model_fields[part].annotation
            continue
        tagged = _tag_model(models, part)
        if tagged is None:
            return None
        annotation = tagged
    return annotation


def allowed_words(annotation: Any) -> list[str]:
    """The allowed words of an enum or literal field (empty when it takes other values)."""
    words: list[str] = []
    for candidate in _members(annotation):
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            words.extend(str(member.value) for member in candidate)
        elif typing.get_origin(candidate) is typing.Literal:
            words.extend(str(value) for value in typing.get_args(candidate))
    return list(dict.fromkeys(words))


def shape(model: type[BaseModel]) -> str:
    """A JSON/YAML object's shape as an author writes it: ``an object {"result": "positive" | ..., ...}``."""
    parts = []
    for name, field in model.model_fields.items():
        union = typing.get_origin(field.annotation) in (typing.Union, types.UnionType)
        options = typing.get_args(field.annotation) if union else (field.annotation,)
        closed = all(typing.get_origin(o) is typing.Literal or (isinstance(o, type) and issubclass(o, Enum))
                     for o in options)
        words = allowed_words(field.annotation) if closed else []
        value = " | ".join(json.dumps(w) for w in words) if words and len(words) <= 4 else "..."
        parts.append(f'"{name}": {value}')
    if len(parts) > 5:
        return "an object with the fields " + ", ".join(model.model_fields)
    return "an object {" + ", ".join(parts) + "}"


def _list_of(annotation: Any) -> str:
    models = models_in(annotation)
    if models:
        return f"a list, each item {shape(models[0])}"
    words = allowed_words(annotation)
    if words:
        return "a list of: " + ", ".join(json.dumps(w) for w in words)
    return "a list, e.g. [\"first\", \"second\"]"


_PLAIN = {
    "int_type": "a whole number, e.g. 12", "int_parsing": "a whole number, e.g. 12",
    "int_from_float": "a whole number, e.g. 12", "float_type": "a number, e.g. 0.5",
    "float_parsing": "a number, e.g. 0.5", "bool_type": "true or false", "bool_parsing": "true or false",
    "string_type": "text, e.g. \"...\"", "none_required": "nothing (leave it out)",
    "decimal_type": "a number, e.g. 0.5", "decimal_parsing": "a number, e.g. 0.5",
}
_BOUNDS = {"greater_than": ("greater than", "gt"), "greater_than_equal": ("greater than or equal to", "ge"),
           "less_than": ("less than", "lt"), "less_than_equal": ("less than or equal to", "le"),
           "multiple_of": ("a multiple of", "multiple_of")}
_OBJECT_TYPES = ("model_type", "dict_type", "model_attributes_type", "dataclass_type", "is_instance_of",
                 "mapping_type")


def phrase(detail: Mapping[str, Any], root: Any, path: tuple[Any, ...]) -> str:
    """What the field at ``path`` allows, for one pydantic error, in the data's terms."""
    kind = detail["type"]
    if kind in _OBJECT_TYPES:
        models = models_in(annotation_at(root, path)) if root is not None else []
        return shape(models[0]) if models else "an object of named fields, e.g. {\"name\": \"value\"}"
    if kind in ("tuple_type", "list_type", "set_type", "frozen_set_type"):
        return _list_of(annotation_at(root, path) if root is not None else None)
    if kind.startswith(("date_", "datetime_")):
        return "a date written YYYY-MM-DD, e.g. 2012-03-01"
    if kind in _PLAIN:
        return _PLAIN[kind]
    context = detail.get("ctx") or {}
    if kind == "string_pattern_mismatch":
        return f"text matching the pattern {context.get('pattern')}"
    if kind in _BOUNDS:
        words, key = _BOUNDS[kind]
        return f"a number {words} {context.get(key)}"
    if kind in ("string_too_short", "string_too_long"):
        limit = context.get("min_length", context.get("max_length"))
        return f"text of {'at least' if kind == 'string_too_short' else 'at most'} {limit} character(s)"
    if kind in ("too_short", "too_long"):
        limit = context.get("min_length", context.get("max_length"))
        return f"a list of {'at least' if kind == 'too_short' else 'at most'} {limit} item(s)"
    if kind in ("enum", "literal_error"):
        words = allowed_words(annotation_at(root, path)) if root is not None else []
        if words:
            return " | ".join(json.dumps(w) for w in words)
    message = str(detail["msg"]).removeprefix("Value error, ").removeprefix("Input should be ")
    return message if " instance of " not in message else "a value of another kind"


def shown_value(value: object) -> str:
    """A value as the user wrote it, shortened: ``"yes"``, ``12``, ``an object``, ``a list``."""
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "a list"
    text = json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def describe_validation_error(error: ValidationError, drop_first: bool = False, root: Any = None) -> str:
    """Pydantic's errors as "field 'a.b': got "x"; allowed: ..." clauses on one line.

    ``root`` is the model (or union of models) that was validated: with it, an object or a word
    list is described by its allowed fields or words. ``drop_first`` drops the first part of each
    location, which for a tagged union is the tag pydantic puts there ('single', 'numeric', ...)
    rather than a field the user wrote.
    """
    parts = []
    for item in error.errors(include_url=False):
        location = tuple(item["loc"])
        shown = location[1:] if drop_first and location else location
        lookup = location  # with the tag, which tells which member of a tagged union was meant
        kind = item["type"]
        if kind == "extra_forbidden":  # the key is the user's text, even if it looks like a tag
            path = tuple(p for p in shown[:-1] if not _is_type_tag(p)) + shown[-1:]
            holder = models_in(annotation_at(root, tuple(p for p in lookup[:-1] if not _is_type_tag(p)))) \
                if root is not None else []
            allowed = f"; allowed fields here: {', '.join(holder[0].model_fields)}" if holder else ""
            parts.append(f"field '{render_path(path)}': unknown field{allowed}")
            continue
        path = tuple(p for p in shown if not _is_type_tag(p))
        field = f"field '{render_path(path)}'" if path else "top level"
        if kind == "missing":
            parts.append(f"{field}: required, but missing")
            continue
        allowed = phrase(item, root, tuple(p for p in lookup if not _is_type_tag(p)))
        if kind in ("value_error", "assertion_error"):
            parts.append(f"{field}: {allowed} (got {shown_value(item.get('input'))})")
        else:
            parts.append(f"{field}: got {shown_value(item.get('input'))}; allowed: {allowed}")
    return " ".join("; ".join(dict.fromkeys(parts)).split())  # one line, whatever a validator wrote
