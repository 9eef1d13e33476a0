"""Values printed in the order of the measures named before them.

Why: diagnostic-accuracy reviews and trials often name several measures and then give their
values in one run: "The pooled sensitivity, specificity, PLR, NLR, DOR and AUROC were separately
as 0.73, 0.83, 4.32, 0.33, 13.22 and 0.86", "The diagnostic odds ratio and area under the curve
were 27.88 and 0.90, respectively". Each value is what its name says (a likelihood ratio is a
ratio, an AUC an estimate, a sensitivity a share), which nothing near the bare number shows. When
the names and the values are equal in number, each value takes the kind of its name; otherwise
the run is left to the other rules. A per cent sign printed once, after the last value, holds
for the shares before it ("were 81.0 and 97.0%, respectively").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nmo_teach.abstracts.found import Found
from nmo_teach.abstracts.model import FigureKind
from nmo_teach.abstracts.printed_forms import NUM

# (pattern, measure, kind); a share (kind None) is a percentage when printed with "%", else an
# estimate, and keeps its own name as measure.
_NAMES: tuple[tuple[str, str, FigureKind | None], ...] = (
    (r"positive\s+likelihood\s+ratio|(?-i:PLR|LR\s?\+)", "LR+", FigureKind.RATIO),
    (r"negative\s+likelihood\s+ratio|(?-i:NLR|LR\s?[-−])", "LR-", FigureKind.RATIO),
    (r"diagnostic\s+odds\s+ratio|(?-i:DOR)", "DOR", FigureKind.RATIO),
    (r"odds\s+ratio|(?-i:OR)", "OR", FigureKind.RATIO),  # abbreviations in capitals only: "or" is a word
    (r"hazard\s+ratio|(?-i:HR)", "HR", FigureKind.RATIO),
    (r"risk\s+ratio|relative\s+risk|(?-i:RR)", "RR", FigureKind.RATIO),
    (r"(?:area\s+under\s+the\s+(?:(?:receiver\s+operating\s+characteristic|ROC)\s+)?curve|(?-i:AUROC|AUC)|"
     r"c[-\s]statistics?)", "AUC", FigureKind.ESTIMATE),
    (r"sensitivity|specificity|accuracy|positive\s+predictive\s+value|negative\s+predictive\s+value|(?-i:PPV|NPV)",
     "", None),
)
_NAME = r"(?:(?:pooled|summary|overall)\s+)?(?:" + "|".join(f"(?:{p})" for p, _, _ in _NAMES) + r")(?:\s*\([A-Za-z+−-]{2,8}\))?"
_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_VALUE = r"[-−]?(?:" + NUM + r")(?:\s*%)?"
# The run is found from its values (a verb, then two or more numbers), then its names are looked
# for in the words before: the names' long alternation is tried only there, not at every character.
VALUES = re.compile(
    r"\b(?:were|was|are|is|of)\s+(?:separately\s+(?:as\s+)?|respectively\s+)?"
    r"(?P<values>" + _VALUE + r"(?:" + _JOIN + _VALUE + r")+)(?!\d|\.\d)",
    re.IGNORECASE,
)
NAMES_BEFORE = re.compile(r"(?<![\w-])(?P<names>" + _NAME + r"(?:" + _JOIN + _NAME + r")+)[^.;]{0,80}?$", re.IGNORECASE)
# Words one of the names holds: a run is only looked for in sentences holding one (plain substring
# tests, which cost far less than the pattern on every sentence).
_HINTS = ("ensitivit", "pecificit", "ikelihood", "AUC", "AUROC", "rea under", "dds ratio", "azard ratio", "PLR",
          "NLR", "DOR", "PPV", "NPV", "statistic")
_PERCENT_WORD_AFTER = re.compile(r"\s*percent\b", re.IGNORECASE)  # "per cent" is spelt so before the scan
_COMPILED = tuple((re.compile(rf"(?:(?:pooled|summary|overall)\s+)?(?:{p})", re.IGNORECASE), m, k) for p, m, k in _NAMES)


def _meaning(name: str) -> tuple[str, FigureKind | None]:
    """The measure a listed name stands for and its kind (None: a share, whose kind its "%" decides)."""
    measure, kind = next(((m, k) for pattern, m, k in _COMPILED if pattern.match(name)), ("", None))
    bare = re.sub(r"^(?:pooled|summary|overall)\s+", "", name.split("(")[0].strip(), flags=re.IGNORECASE)
    return measure or re.sub(r"\s+", " ", bare.lower()), kind


def name_listed_values(sentence: str, found: list[Found], free: Callable[[int, int], bool]) -> list[Found]:
    """Give each value of a run its name's kind and measure: figures the grammar found there are
    renamed, numbers it passed over are returned as new figures (when ``free`` says their
    characters are not another figure's)."""
    if not any(hint in sentence for hint in _HINTS):
        return []
    added: list[Found] = []
    for run in VALUES.finditer(sentence):
        window = max(0, run.start() - 400)
        named = NAMES_BEFORE.search(sentence, window, run.start())
        if named is None:
            continue
        names = [n for n in re.split(_JOIN, named["names"], flags=re.IGNORECASE) if n.strip()]
        values = list(re.finditer(r"[-−]?(?:" + NUM + r")(?P<pct>\s*%)?", run["values"]))
        if len(names) != len(values):
            continue
        # "were 81.0 and 97.0%, respectively": a per cent sign printed once, after the last, holds for the shares
        # before it; so does "percent" in words ("were 58.86, 100.00, and 68.30 percent")
        in_per_cent = values[-1]["pct"] is not None or _PERCENT_WORD_AFTER.match(sentence, run.end()) is not None
        for name, value in zip(names, values, strict=True):
            measure, kind = _meaning(name.strip())
            start, end = run.start("values") + value.start(), run.start("values") + value.end()
            number = float(value[0].rstrip("% ").replace("−", "-"))
            kind = kind or (FigureKind.PERCENTAGE if value["pct"] or in_per_cent else FigureKind.ESTIMATE)
            there = [f for f in found + added if f.start < end and start < f.end]
            if there:  # renamed; its span narrowed to the value unless it holds an interval
                there[0].kind, there[0].measure = kind, measure
                if there[0].low is None:
                    there[0].start, there[0].end = start, end
            elif free(start, end):
                added.append(Found(kind, start, end, number, measure=measure))
    return added
