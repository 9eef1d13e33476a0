"""The message channel between the grader and a sandboxed submission.

Frames are a 4-byte big-endian length and a UTF-8 JSON object. Values crossing the boundary are
plain data in a tagged encoding that keeps the Python types a test compares (tuple versus list,
int versus float). Decoding builds only plain built-in objects, so a hostile submission cannot
smuggle an object whose ``__eq__`` always says yes.
"""

from __future__ import annotations

import json
import math
import socket
import struct
import time
from typing import Any

MAX_FRAME = 1 << 20  # 1 MiB: a larger answer is refused rather than read into the grader
_HEADER = struct.Struct(">I")
_MAX_DEPTH = 32
_MAX_ITEMS = 100_000


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


def decode(data: Any) -> Any:
    """The plain value that :func:`encode` produced (built only from built-in types)."""
    if data is None or type(data) in (bool, int, float, str):
        return data
    if type(data) is dict and len(data) == 1:
        ((tag, payload),) = data.items()
        if tag == "F" and type(payload) in (int, float):
            return float(payload)
        if tag == "L" and type(payload) is list:
            return [decode(item) for item in payload]
        if tag == "T" and type(payload) is list:
            return tuple(decode(item) for item in payload)
        if tag == "S" and type(payload) is list:
            return {decode(item) for item in payload}
        if tag == "D" and type(payload) is list:
            return {decode(key): decode(item) for key, item in payload}
    raise ProtocolError(f"malformed value in a message: {str(data)[:80]}")
