"""Seed numbers in quiz text: ``{{seed:relapses}}`` placeholders, filled in when a bank loads.

The project's rule is that a number about the Kleiter et al. (2012) series is read from
``data/kleiter2012`` and never retyped. Answers already follow it (``answer: {figure: id}``);
this module extends it to the words around them, so a prompt that quotes 'a total of 9 relapses'
is written ``'a total of {{seed:relapses}} relapses'`` and a correction to the data file reaches
the prompt, the options and the feedback together with the answer.

Syntax, inside the text fields of a question (see :func:`text_fields`):

- ``{{seed:<figure id>}}``: the figure's value (``{{seed:patients}}``);
- ``{{seed:<figure id>.<field>}}``: one of its fields, ``value``, ``low``, ``high`` or
  ``denominator`` (``{{seed:infusions_range.high}}``).

Double braces occur in neither the Markdown-light of quiz text nor the ``accept`` regexes
(which are never templated, so ``\\d{2}`` stays a regex). Anything else between double braces,
an unknown figure, a missing field or a stray ``{{`` is a ``QuizError`` naming the file, the
question, the field and the placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from nmo_teach.casebook import CaseSeries, seed
from nmo_teach.quiz.checking import format_number
from nmo_teach.quiz.model import QuizError

FIELDS = ("value", "low", "high", "denominator")
_PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}")
_SEED_SPEC = re.compile(r"^\s*seed:([a-z][a-z0-9_]*)(?:\.([a-z]+))?\s*$")
SYNTAX = "{{seed:<figure id>}} or {{seed:<figure id>.value|low|high|denominator}}"


def render(text: str, series: CaseSeries) -> str:
    """``text`` with every placeholder replaced by the seed number it names.

    Raises ``ValueError`` describing the first placeholder that names nothing; callers add
    where it was written.
    """

    def number(match: re.Match[str]) -> str:
        return format_number(_lookup(match.group(0), match.group(1), series))

    rendered = _PLACEHOLDER.sub(number, text)
    for stray in ("{{", "}}"):
        if stray in rendered:
            raise ValueError(f"unmatched {stray!r} in {text!r}; a placeholder is written {SYNTAX}")
    return rendered


def _lookup(placeholder: str, spec: str, series: CaseSeries) -> float:
    parsed = _SEED_SPEC.match(spec)
    if parsed is None:
        raise ValueError(f"unknown placeholder {placeholder!r}; write {SYNTAX}")
    figure_id, field = parsed.group(1), parsed.group(2) or "value"
    try:
        figure = series.figure(figure_id)
    except KeyError as error:
        raise ValueError(f"unknown placeholder {placeholder!r}: {error.args[0]}") from None
    if field not in FIELDS:
        raise ValueError(
            f"unknown placeholder {placeholder!r}: no field {field!r}; fields: {', '.join(FIELDS)}"
        )
    value = getattr(figure, field)
    if value is None:
        hint = " (a range: use .low or .high)" if field == "value" else ""
        raise ValueError(
            f"unknown placeholder {placeholder!r}: figure {figure_id!r} has no {field}{hint}"
        )
    return float(value)


def text_fields(question: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(field path, text) for every field of a raw question that a student reads.

    These are the fields placeholders may appear in: prompt, unit, option texts and feedback,
    the feedback mapping, ordering items and a text question's model answer. ``accept`` regexes,
    ids, keys and answer specifications are not text and are never templated.
    """
    found: list[tuple[str, str]] = []

    def collect(path: str, text: str) -> str:
        found.append((path, text))
        return text

    _map_text(question, collect)
    return found


def resolve_text(question: Mapping[str, Any], where: str, series: CaseSeries | None = None) -> dict[str, Any]:
    """A copy of a raw question with the placeholders of its text fields filled in.

    ``where`` is the 'file: question id' prefix for error messages; ``series`` defaults to the
    shipped seed (``nmo_teach.casebook.seed()``).
    """
    series = series or seed()

    def fill(path: str, text: str) -> str:
        try:
            return render(text, series)
        except ValueError as error:
            raise QuizError(f"{where}: field '{path}': {error}") from None

    return _map_text(question, fill)


def _map_text(question: Mapping[str, Any], apply: Callable[[str, str], str]) -> dict[str, Any]:
    """A shallow copy of ``question`` with ``apply(path, text)`` applied to each text field.

    Values of an unexpected shape are left alone: validating them is the model's job.
    """
    result = dict(question)
    for key in ("prompt", "unit"):
        if isinstance(result.get(key), str):
            result[key] = apply(key, result[key])
    if result.get("type") == "text" and isinstance(result.get("answer"), str):
        result["answer"] = apply("answer", result["answer"])
    if isinstance(result.get("options"), list):
        result["options"] = [
            {
                key: apply(f"options[{index}].{key}", value)
                if key in ("text", "feedback") and isinstance(value, str) else value
                for key, value in option.items()
            } if isinstance(option, Mapping) else option
            for index, option in enumerate(result["options"])
        ]
    if isinstance(result.get("feedback"), Mapping):
        result["feedback"] = {
            key: apply(f"feedback.{key}", value) if isinstance(value, str) else value
            for key, value in result["feedback"].items()
        }
    if isinstance(result.get("items"), list):
        result["items"] = [
            apply(f"items[{index}]", item) if isinstance(item, str) else item
            for index, item in enumerate(result["items"])
        ]
    return result
