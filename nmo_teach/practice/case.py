"""A practice case: a synthetic patient, the question, and the engine's key with its reasons.

Why the twin: every case is drawn as one side of a decision point, and its twin is the same
patient with the lever on the other side. The item whose status differs between the two
verdicts is the *deciding item*: the feedback names it, so a student learns which criterion
item their answer turned on, not only whether it was right. Both verdicts come from the engine;
nothing here types a key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from nmo_teach.criteria import Item, Patient, Status, Verdict, evaluate
from nmo_teach.criteria.registry import SHORT_NAMES
from nmo_teach.errors import NmoTeachError
from nmo_teach.figures import Figure, patient_figures
from nmo_teach.practice.builders import make_patient
from nmo_teach.practice.decisions import DecisionPoint, Side
from nmo_teach.practice.describe import Section, describe

SYNTHETIC_NOTE = "Synthetic patient, generated for practice: not a real person."


class NoDecidingItemError(NmoTeachError):
    """A decision point produced twins whose verdicts do not differ in any shared item (a bug)."""


def deciding_item(verdict: Verdict, twin: Verdict) -> Item:
    """The first item of ``verdict``'s trace whose status differs from the same-named item of ``twin``.

    The trace lists the specific items (one attack's MRI requirement) before the ones that
    combine them, so the first difference is the most specific item the lever flipped.
    """
    other = {item.name: item.status for item in twin.items}
    for item in verdict.items:
        if item.name in other and other[item.name] is not item.status:
            return item
    raise NoDecidingItemError(f"{verdict.criterion}: the twin verdicts share no item with a different status")


@dataclass(frozen=True)
class PracticeCase:
    """One synthetic patient to classify, keyed by the criteria engine (never typed)."""

    skill: str
    seed: int
    decision: DecisionPoint
    side: Side
    patient: Patient
    lever_value: str
    twin_patient: Patient = field(repr=False)
    twin_value: str

    @property
    def synthetic(self) -> bool:
        """Always True: every practice patient is generated, and its record says so."""
        return self.patient.synthetic

    @property
    def id(self) -> str:
        return f"{self.skill}-{self.seed}"

    @property
    def criterion(self) -> str:
        return self.decision.criterion

    @cached_property
    def verdict(self) -> Verdict:
        """The engine's verdict with its full trace (the explanation)."""
        return evaluate(self.criterion, self.patient)

    @cached_property
    def twin_verdict(self) -> Verdict:
        return evaluate(self.criterion, self.twin_patient)

    @property
    def key(self) -> Status:
        """The correct answer: the engine's verdict status."""
        return self.verdict.status

    @property
    def deciding_item(self) -> Item:
        """The criterion item that flips between this case and its twin."""
        return deciding_item(self.verdict, self.twin_verdict)

    @property
    def question(self) -> str:
        return f"Apply the {SHORT_NAMES[self.criterion]} criteria. What is the verdict for this synthetic patient?"

    @property
    def options(self) -> tuple[Status, ...]:
        """Every verdict the engine can give, in its own order (the same for every case)."""
        return tuple(Status)

    @cached_property
    def facts(self) -> tuple[Section, ...]:
        return describe(self.patient)

    @cached_property
    def figures(self) -> tuple[Figure, ...]:
        """The schematic pictures of this patient (the figures module caches them by what it draws)."""
        return patient_figures(self.patient)

    def feedback(self, answer: Status | str) -> str:
        """What a student reads after answering: right or not, the key, and the deciding item."""
        chosen = Status(answer)
        item = self.deciding_item
        verdict = "Right" if chosen is self.key else f"Not quite: you chose '{chosen.words}'"
        return (
            f"{verdict}. The engine's verdict: {self.key.words}.\n"
            f"Deciding item: {item.name} ({item.status.words}): {item.reason}.\n"
            f"What flips it: {self.decision.lever}. Here: {self.lever_value}; with"
            f" {self.twin_value} instead, the verdict would be {self.twin_verdict.status.words}.\n"
            f"{self.decision.teaches}"
        )

    def presentation(self) -> str:
        """The patient and the question, with nothing that gives the answer away."""
        lines = [SYNTHETIC_NOTE]
        for heading, facts in self.facts:
            lines.append(heading)
            lines.extend(f"  {fact}" for fact in facts)
        return "\n".join([*lines, self.question])

    def explain(self) -> str:
        """The patient and the question, then the engine's full trace."""
        return f"{self.presentation()}\n\n{self.verdict.explain()}"


def make_case(skill: str, seed: int, decision: DecisionPoint, side: Side) -> PracticeCase:
    """Build the case on ``side`` of ``decision`` and its twin from the same random draw."""
    draw_seed = f"{skill}/{decision.id}/{seed}"
    this, twin = decision.variant(draw_seed, side), decision.variant(draw_seed, 1 - side)
    return PracticeCase(
        skill=skill, seed=seed, decision=decision, side=side,
        patient=make_patient(f"practice-{skill}-{seed}", this.record), lever_value=this.value,
        twin_patient=make_patient(f"practice-{skill}-{seed}-twin", twin.record), twin_value=twin.value,
    )
