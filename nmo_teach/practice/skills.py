"""Skills: groups of decision points a student practises together, one practice page each.

A skill is what a student wants to get better at ("read a MOG-IgG result", "apply the LETM
rule"), so one decision point may serve several skills: the LETM threshold belongs both to the
LETM skill and to the seronegative NMOSD skill.
"""

from __future__ import annotations

from dataclasses import dataclass

from nmo_teach.errors import NmoTeachError
from nmo_teach.practice.decisions import DECISION_POINTS, DecisionPoint


class UnknownSkillError(NmoTeachError):
    """A skill name that the practice generator does not have."""


@dataclass(frozen=True)
class Skill:
    """A named set of decision points, with the title and the one-line aim a page shows."""

    name: str
    title: str
    aim: str
    decision_ids: tuple[str, ...]

    @property
    def decisions(self) -> tuple[DecisionPoint, ...]:
        return tuple(DECISION_POINTS[i] for i in self.decision_ids)


SKILLS: dict[str, Skill] = {skill.name: skill for skill in (
    Skill("letm", "Longitudinally extensive myelitis",
          "Decide whether a myelitis lesion's length matters, and where the line is.",
          ("letm-ipnd", "letm-mogad")),
    Skill("optic-nerve-mri", "Optic-nerve MRI in optic neuritis",
          "Read the optic-nerve MRI: how much of the nerve, and whether the chiasm is involved.",
          ("optic-share-ipnd", "optic-chiasm-ipnd", "optic-share-mogad")),
    Skill("ipnd-seronegative", "NMOSD without AQP4-IgG",
          "Apply the seronegative (or untested) arm of the 2015 NMOSD criteria.",
          ("area-postrema-ipnd", "different-characteristics-ipnd", "letm-ipnd")),
    Skill("mogad", "MOG antibody-associated disease",
          "Read a MOG-IgG result: titre, supporting features and the AQP4-IgG result.",
          ("mog-titre", "mog-support", "mog-aqp4")),
    Skill("mcdonald-dis-dit", "McDonald 2017: space and time",
          "Decide dissemination in space and in time after a first attack, including the role of CSF bands.",
          ("ocb-for-dit", "mri-dit", "optic-dis")),
    Skill("ppms", "Primary progressive MS",
          "Apply the McDonald 2017 rule for primary progressive MS.",
          ("ppms-months", "ppms-cord")),
)}


def skill_names() -> list[str]:
    """The skills, in the order the book presents them."""
    return list(SKILLS)


def get_skill(name: str) -> Skill:
    """The skill called ``name``; an ``UnknownSkillError`` names the allowed ones otherwise."""
    try:
        return SKILLS[name]
    except KeyError:
        raise UnknownSkillError(f"skill: got {name!r}; allowed: {', '.join(SKILLS)}") from None
