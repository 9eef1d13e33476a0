"""The message channel between the grader and a sandboxed submission.

Frames are a 4-byte big-endian length and a UTF-8 JSON object. Values crossing the boundary are
plain data in a tagged encoding that keeps the Python types a test compares (tuple versus list,
int versus float). Decoding builds only plain built-in objects, so a hostile submission cannot
smuggle an object whose ``__eq__`` always says yes.

The grader trusts nothing the child sends: every frame has a size limit, and every message is
validated against a schema (pydantic models below, strict, extra fields forbidden) before any
field is used. A malformed or forged message is a ``ProtocolError`` for that submission only.
"""

from __future__ import annotations

import json
import math
import socket
import struct
import time
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

MAX_FRAME = 1 << 20  # 1 MiB: a larger answer is refused rather than read into the grader
_HEADER = struct.Struct(">I")
_MAX_DEPTH = 32
_MAX_ITEMS = 100_000
_MAX_SAME_HASH = 16


class ChannelClosed(Exception):
    """The other side ended (for a submission: it crashed, exited or was killed)."""


class ChannelTimeout(Exception):
    """No complete answer arrived within the time allowed."""


class ProtocolError(Exception):
    """The other side sent something that is not a valid frame."""


class Unencodable(Exception):
    """A value that is not plain data (numbers, strings, lists, tuples, dicts, sets, None)."""


def send(sock: socket.socket, message: dict[str, Any]) -> None:
    data = json.dumps(message, allow_nan=True).encode()
    sock.sendall(_HEADER.pack(len(data)) + data)


def receive(sock: socket.socket, deadline: float | None = None) -> dict[str, Any]:
    """One message; ``deadline`` is a ``time.monotonic()`` value after which ChannelTimeout."""
    (length,) = _HEADER.unpack(_read_exact(sock, _HEADER.size, deadline))
    if length > MAX_FRAME:
        raise ProtocolError(f"a message of {length} bytes exceeds the {MAX_FRAME}-byte limit")
    try:
        message = json.loads(_read_exact(sock, length, deadline))
    except (ValueError, RecursionError) as error:
        raise ProtocolError(f"a message is not valid JSON: {error}") from error
    if not isinstance(message, dict):
        raise ProtocolError("a message is not a JSON object")
    return message


def _read_exact(sock: socket.socket, size: int, deadline: float | None) -> bytes:
    chunks = bytearray()
    while len(chunks) < size:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ChannelTimeout()
            sock.settimeout(remaining)
        else:
            sock.settimeout(None)
        try:
            chunk = sock.recv(min(size - len(chunks), 1 << 16))
        except TimeoutError as error:
            raise ChannelTimeout() from error
        except OSError as error:
            raise ChannelClosed(str(error)) from error
        if not chunk:
            raise ChannelClosed("the other side closed the channel")
        chunks.extend(chunk)
    return bytes(chunks)


def encode(value: Any) -> Any:
    """Plain data as tagged JSON; raises Unencodable for anything else."""
    budget = [_MAX_ITEMS]
    return _encode(value, 0, budget)


def _encode(value: Any, depth: int, budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise Unencodable(f"a value with more than {_MAX_ITEMS} items")
    if depth > _MAX_DEPTH:
        raise Unencodable(f"a value nested more than {_MAX_DEPTH} levels deep")
    if value is None or type(value) in (bool, str):
        return value
    if type(value) is int:
        return value if abs(value) < 10**300 else {"F": float(value)}
    if type(value) is float:
        return {"F": value} if math.isnan(value) or math.isinf(value) else value
    # Subclasses of the plain types (numpy scalars among them) cross as the plain type.
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return _encode(int(value), depth, budget)
    if isinstance(value, float):
        return _encode(float(value), depth, budget)
    if isinstance(value, str):
        return str.__str__(value)
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        return _encode(value.item(), depth + 1, budget)
    if isinstance(value, list):
        return {"L": [_encode(item, depth + 1, budget) for item in list.__iter__(value)]}
    if isinstance(value, tuple):
        return {"T": [_encode(item, depth + 1, budget) for item in tuple.__iter__(value)]}
    if isinstance(value, (set, frozenset)):
        return {"S": [_encode(item, depth + 1, budget) for item in value]}
    if isinstance(value, dict):
        return {"D": [
            [_encode(key, depth + 1, budget), _encode(item, depth + 1, budget)]
            for key, item in dict.items(value)
        ]}
    raise Unencodable(
        f"a value of type {type(value).__name__}; return numbers, strings, booleans, None, "
        "or lists, tuples, sets and dicts of them"
    )


def decode(data: Any, depth: int = 0) -> Any:
    """The plain value that :func:`encode` produced (built only from built-in types)."""
    if depth > _MAX_DEPTH + 1:
        raise ProtocolError(f"a value nested more than {_MAX_DEPTH} levels deep")
    if data is None or type(data) in (bool, int, float, str):
        return data
    if type(data) is dict and len(data) == 1:
        ((tag, payload),) = data.items()
        if tag == "F" and type(payload) in (int, float):
            try:
                return float(payload)
            except OverflowError as error:  # an int of thousands of digits: not a float the encoder made
                raise ProtocolError("malformed value in a message: a float out of range") from error
        try:
            if tag == "L" and type(payload) is list:
                return [decode(item, depth + 1) for item in payload]
            if tag == "T" and type(payload) is list:
                return tuple(decode(item, depth + 1) for item in payload)
            if tag == "S" and type(payload) is list:
                return set(_spread_keys([decode(item, depth + 1) for item in payload]))
            if tag == "D" and type(payload) is list:
                pairs = [(decode(pair[0], depth + 1), decode(pair[1], depth + 1))
                         for pair in payload if type(pair) is list and len(pair) == 2]
                _spread_keys([key for key, _ in pairs])
                return dict(pairs)
        except TypeError as error:  # an unhashable key or set item
            raise ProtocolError(f"malformed value in a message: {error}") from error
    raise ProtocolError(f"malformed value in a message: {str(data)[:80]}")


def _spread_keys(keys: list[Any]) -> list[Any]:
    """Refuse set items or dict keys built to share one hash (hash flooding).

    Numbers and tuples of numbers hash the same in every process, so a submission can send tens of
    thousands of distinct keys with one hash; building the set would then take minutes in the
    grader, outside any time limit. Sorting the hashes finds such a pile in O(n log n) without a
    hash table; honest values never have more than a few keys per hash."""
    hashes = sorted(hash(key) for key in keys)
    run = 1
    for previous, current in zip(hashes, hashes[1:]):
        run = run + 1 if current == previous else 1
        if run > _MAX_SAME_HASH:
            raise ProtocolError(f"a set or dict with more than {_MAX_SAME_HASH} keys of one hash (hash flooding)")
    return keys


# --- the messages a sandbox may send, as schemas ---------------------------------------------

_Text = Annotated[str, Field(max_length=4000)]
_Name = Annotated[str, Field(max_length=200)]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Ready(_Message):
    """First message: the sandbox is confined and says which layers are in force."""

    event: Literal["ready"]
    protections: dict[_Name, _Name] = Field(max_length=20)


class CellStarted(_Message):
    event: Literal["cell"]
    index: int = Field(ge=0, le=100_000)


class LoadError(_Message):
    cell: int = Field(ge=0, le=100_000)
    type: _Name
    message: _Text


class NameInfo(_Message):
    kind: Literal["missing", "callable", "value", "unreadable"]
    value: Any = None
    message: _Text = ""


class Loaded(_Message):
    event: Literal["loaded"]
    errors: list[LoadError] = Field(max_length=50)
    names: dict[_Name, NameInfo] = Field(max_length=1000)
    output: Annotated[str, Field(max_length=8000)] = ""


class Reply(_Message):
    """The answer to one call: a value, or the exception the submission raised."""

    ok: bool
    value: Any = None
    type: _Name = "Exception"
    message: _Text = ""
    builtin: bool = False


M = TypeVar("M", bound=_Message)


def receive_as(sock: socket.socket, models: tuple[type[M], ...], deadline: float | None = None) -> M:
    """One message that must match one of ``models``; anything else is a ProtocolError."""
    message = receive(sock, deadline)
    for model in models:
        try:
            return model.model_validate(message)
        except ValidationError:
            continue
    kinds = ", ".join(model.__name__ for model in models)
    raise ProtocolError(f"a message that is not a valid {kinds}: {str(message)[:120]}")
