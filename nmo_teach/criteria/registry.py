"""The criteria the engine knows, by the names quizzes and the CLI use, and the disclaimer."""

from __future__ import annotations

from collections.abc import Callable

from nmo_teach.criteria.ipnd2015 import ipnd2015
from nmo_teach.criteria.matthews2013 import matthews2013
from nmo_teach.criteria.mcdonald2017 import mcdonald2017
from nmo_teach.criteria.model import Patient
from nmo_teach.criteria.mogad2023 import mogad2023
from nmo_teach.criteria.verdict import Verdict

DISCLAIMER = (
    "Teaching aid, not a clinical decision tool: it encodes published criteria for students to "
    "study and must not be used to diagnose or treat anyone."
)

CRITERIA: dict[str, Callable[[Patient], Verdict]] = {
    "ipnd2015": ipnd2015,
    "mcdonald2017": mcdonald2017,
    "mogad2023": mogad2023,
    "matthews2013": matthews2013,
}

SHORT_NAMES: dict[str, str] = {
    "ipnd2015": "IPND 2015 (NMOSD)",
    "mcdonald2017": "McDonald 2017 (MS)",
    "mogad2023": "MOGAD 2023",
    "matthews2013": "Matthews 2013 brain-MRI rule (favours MS)",
}
