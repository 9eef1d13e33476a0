"""What a criterion returns: a three-valued verdict and the trace of items that produced it.

A diagnostic rule applied to an incomplete record has three honest answers, not two: met, not
met, or cannot be decided. "Cannot be decided" has two causes and says which: unknown facts that
a test or a look at the scan would settle (``undetermined_on``), or an item the criteria leave to
clinical judgement, such as McDonald's "no better explanation" in a seronegative patient with
NMOSD-typical features (``judgement_on``), which no further fact in the record settles and the
engine does not pretend to make. Every item carries the reason it held or failed, because a
verdict without its reasons teaches nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Status(StrEnum):
    """The three outcomes of a criterion or of one of its items."""

    MET = "met"
    NOT_MET = "not_met"
    UNDETERMINED = "undetermined"

    @property
    def words(self) -> str:
        """The outcome as a reader would say it."""
        return {"met": "met", "not_met": "not met", "undetermined": "cannot be decided"}[self.value]


MET, NOT_MET, UNDETERMINED = Status.MET, Status.NOT_MET, Status.UNDETERMINED


def status_of(value: bool | None) -> Status:
    """``True`` -> met, ``False`` -> not met, ``None`` (unknown) -> cannot be decided."""
    if value is None:
        return UNDETERMINED
    return MET if value else NOT_MET


def any_of(statuses: Iterable[Status]) -> Status:
    """Three-valued OR: met if one holds, not met only if every one fails."""
    seen = list(statuses)
    if MET in seen:
        return MET
    if UNDETERMINED in seen:
        return UNDETERMINED
    return NOT_MET


def all_of(statuses: Iterable[Status]) -> Status:
    """Three-valued AND: not met if one fails, met only if every one holds."""
    seen = list(statuses)
    if NOT_MET in seen:
        return NOT_MET
    if UNDETERMINED in seen:
        return UNDETERMINED
    return MET


def at_least(needed: int, statuses: Iterable[Status]) -> Status:
    """Met if ``needed`` items surely hold; not met if they cannot hold even if every unknown did."""
    seen = list(statuses)
    sure = seen.count(MET)
    possible = sure + seen.count(UNDETERMINED)
    if sure >= needed:
        return MET
    if possible < needed:
        return NOT_MET
    return UNDETERMINED


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Item(_Frozen):
    """One requirement of a criterion, whether it held, and why.

    ``facts`` are the record fields the item looked at (as paths such as
    ``mri.cord_lesions[0].segments``); ``unknown`` are those among them whose value was
    "unknown" and which kept the item from being decided. ``judgement`` is set when the item is
    undetermined because the criteria leave it to clinical judgement: it says what is to be
    weighed.
    """

    name: str
    status: Status
    reason: str
    facts: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    judgement: str | None = None

    @property
    def held(self) -> bool:
        return self.status is MET

    @property
    def failed(self) -> bool:
        return self.status is NOT_MET

    @property
    def needs_judgement(self) -> bool:
        return self.status is UNDETERMINED and self.judgement is not None

    def line(self) -> str:
        mark = {MET: "[held]", NOT_MET: "[failed]", UNDETERMINED: "[unknown]"}[self.status]
        if self.needs_judgement:
            mark = "[judgement]"
        return f"{mark} {self.name}: {self.reason}"


class Verdict(_Frozen):
    """A criterion's answer for one patient, with the full trace.

    ``status`` is the answer; ``items`` lists every requirement checked, in order, with its
    reason; ``undetermined_on`` names the unknown facts that would decide an undetermined
    verdict; ``judgement_on`` names the required items left to clinical judgement (both empty
    otherwise); ``citation`` is the references.bib key of the rule's source.
    """

    criterion: str
    title: str
    status: Status
    summary: str
    items: tuple[Item, ...]
    undetermined_on: tuple[str, ...] = ()
    judgement_on: tuple[str, ...] = ()
    citation: str
    arm: str | None = None
    notes: tuple[str, ...] = Field(default=())

    @property
    def met(self) -> bool:
        return self.status is MET

    @property
    def needs_judgement(self) -> bool:
        """Undetermined (also) because an item is a clinical judgement the engine does not make."""
        return bool(self.judgement_on)

    @property
    def outcome(self) -> str:
        """The answer in words, saying when "cannot be decided" means "a clinical judgement"."""
        if self.needs_judgement and not self.undetermined_on:
            return "cannot be decided: clinical judgement"
        return self.status.words

    @property
    def held_items(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.held)

    @property
    def failed_items(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.failed)

    def rows(self) -> list[dict[str, str]]:
        """One row per item (requirement, outcome, reason), ready for ``pandas.DataFrame``."""
        return [{"Requirement": i.name, "Outcome": "clinical judgement" if i.needs_judgement else i.status.words,
                 "Reason": i.reason + (f" ({i.judgement})" if i.needs_judgement else "")} for i in self.items]

    def explain(self) -> str:
        """A plain-text account: the answer, then every item with its reason."""
        lines = [f"{self.title}: {self.outcome.upper()}", f"  {self.summary}"]
        if self.arm:
            lines.append(f"  Arm: {self.arm}")
        lines.extend(f"  {item.line()}" for item in self.items)
        if self.undetermined_on:
            lines.append("  Would be decided by: " + ", ".join(self.undetermined_on))
        for item in self.items:
            if item.needs_judgement and item.name in self.judgement_on:
                lines.append(f"  Left to clinical judgement ({item.name}): {item.judgement}")
        lines.extend(f"  Note: {note}" for note in self.notes)
        lines.append(f"  Source: {self.citation}")
        return "\n".join(lines)


def conclude(
    criterion: str,
    title: str,
    citation: str,
    items: Iterable[Item],
    required: Iterable[Item],
    *,
    arm: str | None = None,
    notes: Iterable[str] = (),
) -> Verdict:
    """Build a verdict whose status is the AND of the ``required`` items.

    ``items`` is the whole trace shown to the reader (it may include informative sub-items);
    ``required`` are the items the rule's conclusion depends on.
    """
    trace = tuple(items)
    needed = tuple(required)
    status = all_of(item.status for item in needed)
    undetermined_on: tuple[str, ...] = ()
    judgement_on: tuple[str, ...] = ()
    if status is UNDETERMINED:
        seen: dict[str, None] = {}
        for item in needed:
            if item.status is UNDETERMINED:
                for fact in item.unknown:
                    seen.setdefault(fact, None)
        undetermined_on = tuple(seen)
        judgement_on = tuple(item.name for item in needed if item.needs_judgement)
    failed = [item.name for item in needed if item.status is NOT_MET]
    open_ = [item.name for item in needed if item.status is UNDETERMINED and (item.unknown or not item.needs_judgement)]
    if status is MET:
        summary = "Every required item holds."
    elif status is NOT_MET:
        summary = "Not met because of: " + "; ".join(failed) + "."
    else:
        parts = []
        if open_:
            parts.append("; ".join(open_) + " depend(s) on unknown facts")
        if judgement_on:
            parts.append("; ".join(judgement_on) + " is a clinical judgement the criteria leave to the"
                         " clinician, and this engine does not make it")
        summary = "Cannot be decided: " + ", and ".join(parts) + "."
    return Verdict(
        criterion=criterion,
        title=title,
        status=status,
        summary=summary,
        items=trace,
        undetermined_on=undetermined_on,
        judgement_on=judgement_on,
        citation=citation,
        arm=arm,
        notes=tuple(notes),
    )
