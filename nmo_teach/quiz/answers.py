"""Resolving computed answers when a bank is loaded, so no quiz answer is ever typed twice.

A numeric answer may name a figure of the seed case series (``{figure: relapses}``) or a
function in the package (``{function: "nmo_teach.x:f", args: {...}}``, where an argument may
itself name a figure: ``n: {figure: patients}``); a classify question's
verdict comes from ``nmo_teach.criteria``. A correction to the data or the rules therefore
reaches every quiz at the next load.
"""

from __future__ import annotations

import importlib
import numbers
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from nmo_teach.casebook import seed
from nmo_teach.errors import NmoTeachError
from nmo_teach.quiz.model import (
    ClassifyQuestion,
    FigureAnswer,
    FunctionAnswer,
    NumericQuestion,
    QuizError,
    Status,
    VignetteRef,
    _Question,
)
from nmo_teach.validation import describe_validation_error


def resolve(question: _Question, where: str) -> None:
    """Compute and attach the answer of a numeric or classify question (others need nothing).

    ``where`` is the 'file: question id' prefix for error messages.
    """
    if isinstance(question, NumericQuestion):
        question._value = _numeric_value(question, where)
    elif isinstance(question, ClassifyQuestion):
        _attach_verdict(question, where)


def _numeric_value(question: NumericQuestion, where: str) -> float:
    spec = question.answer
    if isinstance(spec, FigureAnswer):
        return _figure_value(spec, where, "answer")
    if isinstance(spec, FunctionAnswer):
        return _call(spec, where)
    return float(spec)


def _figure_value(spec: FigureAnswer, where: str, field: str) -> float:
    try:
        figure = seed().figure(spec.figure)
    except KeyError as error:
        raise QuizError(f"{where}: field '{field}.figure': {error.args[0]}") from None
    value = getattr(figure, spec.field)
    if value is None:
        raise QuizError(
            f"{where}: field '{field}': figure {spec.figure!r} has no {spec.field!r} "
            f"(it is a {figure.statistic.value}; use field low/high for a range)"
        )
    return float(value)


def _argument(name: str, value: Any, where: str) -> Any:
    """An argument as written, or the seed figure it names (``n: {figure: patients}``).

    A figure's whole number is passed as an int, since functions such as counts of datasets
    take integer sizes.
    """
    if not (isinstance(value, Mapping) and "figure" in value and set(value) <= {"figure", "field"}):
        return value
    try:
        spec = FigureAnswer.model_validate(value)
    except ValidationError as error:
        raise QuizError(f"{where}: field 'answer.args.{name}': {describe_validation_error(error)}") from None
    number = _figure_value(spec, where, f"answer.args.{name}")
    return int(number) if number.is_integer() else number


def _call(spec: FunctionAnswer, where: str) -> float:
    module_name, _, name = spec.function.partition(":")
    try:
        function = getattr(importlib.import_module(module_name), name)
    except (ImportError, AttributeError) as error:
        raise QuizError(f"{where}: field 'answer.function': cannot use {spec.function!r}: {error}") from None
    args = {name: _argument(name, value, where) for name, value in spec.args.items()}
    try:
        result: Any = function(**args)
    except (NmoTeachError, TypeError, ValueError, KeyError) as error:
        raise QuizError(
            f"{where}: field 'answer': {spec.function}(**{args!r}) failed: {error}"
        ) from None
    if spec.field is not None:
        result = result[spec.field] if isinstance(result, Mapping) else getattr(result, spec.field, None)
    if isinstance(result, bool) or not isinstance(result, numbers.Real):
        raise QuizError(
            f"{where}: field 'answer': {spec.function} returned {result!r}, not a number"
            + ("" if spec.field is None else f" in field {spec.field!r}")
        )
    return float(result)


def _attach_verdict(question: ClassifyQuestion, where: str) -> None:
    from nmo_teach.quiz import criteria_adapter  # the engine loads only for classify questions

    patient = question.patient.model_dump() if isinstance(question.patient, VignetteRef) else question.patient
    try:
        verdict = criteria_adapter.classify(question.criterion, patient)
    except NmoTeachError as error:
        reason = "; ".join(str(error).splitlines())
        raise QuizError(f"{where}: fields 'patient'/'criterion': {reason}") from None
    question._status = Status(verdict.status)
    question._explanation = verdict.explanation
    question._patient_summary = verdict.summary
