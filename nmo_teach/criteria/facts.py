"""Small readers that turn record fields into three-valued answers with their field paths.

Each reader returns ``(status, path)`` so that every criterion can say which fact it looked at
and, when the fact is unknown, which one would decide the item.
"""

from __future__ import annotations

from nmo_teach.criteria.model import UNKNOWN, Finding, Serostatus
from nmo_teach.criteria.verdict import MET, NOT_MET, UNDETERMINED, Item, Status, any_of


def finding(value: Finding) -> Status:
    """yes -> met, no -> not met, unknown -> undetermined."""
    return {Finding.YES: MET, Finding.NO: NOT_MET, Finding.UNKNOWN: UNDETERMINED}[value]


def serostatus(value: Serostatus, wanted: Serostatus) -> Status:
    """Whether a test result equals ``wanted``; an unknown result decides nothing."""
    if value is Serostatus.UNKNOWN:
        return UNDETERMINED
    return MET if value is wanted else NOT_MET


def at_least(value: float | str, threshold: float) -> Status:
    """``value >= threshold`` for a measurement that may be "unknown"."""
    if value == UNKNOWN:
        return UNDETERMINED
    assert not isinstance(value, str)
    return MET if value >= threshold else NOT_MET


def more_than(value: float | str, threshold: float) -> Status:
    """``value > threshold`` for a measurement that may be "unknown"."""
    if value == UNKNOWN:
        return UNDETERMINED
    assert not isinstance(value, str)
    return MET if value > threshold else NOT_MET


def shown(value: object) -> str:
    """A value as the explanation prints it."""
    return str(getattr(value, "value", value))


def item_from(name: str, checks: list[tuple[Status, str, str]], *, combine: str = "any") -> Item:
    """An item combining ``(status, path, reason)`` checks with OR (``any``) or AND (``all``).

    The reason lists the checks that decided the outcome: the ones that held for a met OR,
    the ones that failed for a failed AND, and all of them otherwise.
    """
    from nmo_teach.criteria.verdict import all_of

    statuses = [status for status, _, _ in checks]
    status = any_of(statuses) if combine == "any" else all_of(statuses)
    if combine == "any" and status is MET:
        parts = [reason for s, _, reason in checks if s is MET]
    elif combine == "all" and status is NOT_MET:
        parts = [reason for s, _, reason in checks if s is NOT_MET]
    else:
        parts = [reason for _, _, reason in checks]
    unknown = tuple(path for s, path, _ in checks if s is UNDETERMINED) if status is UNDETERMINED else ()
    return Item(
        name=name,
        status=status,
        reason="; ".join(parts) if parts else "no finding recorded",
        facts=tuple(path for _, path, _ in checks),
        unknown=unknown,
    )
