"""Find the numbers an abstract reports, with what each is and where it is printed.

Two layers. First every section's text is rewritten into a canonical form (``numbers``): each
number in plain ASCII digits whatever its printed form ("One hundred forty-two", "2,318",
"48 212", "−0.42", "0·272"), exotic spaces made plain; spans map back exactly to the printed
characters. Then a small grammar of patterns reads the canonical text sentence by sentence,
from the most specific to the most generic, each number being claimed once:

1. estimates: meta-analysis triples "(0.91, 0.80 to 1.04, 12%)", percentage points, ratios and
   named estimates (HR, OR, RR, MD, SMD, AUC, sensitivity, r...) with any interval form ("95% CI,
   0.31-0.87", "[CI, 0.77 to 2.10]", "95% CI -1.40, -0.30", "95% UI"), lists that continue them
   ("2.1 for men and 2.2 for women"), I² and R², CIs that take a ratio's name from their clause,
   p values ("P for interaction=0.03"), thresholds ("cut-off 25 pg/mL", "≥150 mm H2O", "under the
   age of 30", "65 years or older") and fold changes; then costs, and counts in millions with their
   uncertainty intervals ("310 million [235-392] YLDs");
2. summaries: medians and means with a range, IQR or SD in any bracket form ("2 [range 0-4.5]",
   "812 [301, 2405]", "−0.42% ± 0.61"), ranges ("aged 18-65", "between 55 and 94", "14-29 days");
3. doses ("500 mg twice daily", "1200 mg/day"), and estimates bracketed with no words
   ("0.32 [0.05-0.60]");
4. counts with their denominators and percentages ("46 out of 60 (77%)", "386 [64.4%] female",
   "153 3-year-old and 144 8/9-year-old children"), then percentages and durations;
5. bare counts: integers no pattern read, in a count's position ("174 received inebilizumab and
   56 received placebo"), never years, labels ("phase 3", "aquaporin 4"), dates or citations.

The vocabulary of printed forms (number shapes, units, measure names, and the patterns built from
them) is in ``printed_forms``; this module holds the order of reading and what each match means.
Rule-based on purpose (see the brief, §5.5): a rule that misses is easy to see and fix, and each
rule covers a class of printed forms, measured on the evaluation corpus by
``benchmarks/bench_abstracts.py``. Every lookbehind is bounded, so the cost is linear in the text
(``benchmarks/bench_abstract_scaling.py``).

Each figure keeps the sentence it comes from and its character span in the section text. What
each figure is out of is worked out afterwards, across the abstract (``denominators``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from itertools import chain

from nmo_teach.abstracts import printed_forms as forms
from nmo_teach.abstracts.denominators import Located, infer_denominators
from nmo_teach.abstracts.found import Found, plural
from nmo_teach.abstracts.listed_measures import name_listed_values
from nmo_teach.abstracts.model import Figure, FigureKind, Section, Span, StructuredAbstract
from nmo_teach.abstracts.numbers import Canonical, canonical
from nmo_teach.abstracts.second_reading import MIN_PROBABILITY, ReadingChoice, passed_over, rename, shipped


def _number(text: str) -> float:
    cleaned = text.replace(",", "").replace("·", ".").replace("−", "-").replace("–", "-")
    return float(cleaned)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; does not split after 'et al.', 'vs.', 'Dec. 31' or inside '.03'."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"[.!?](?=\s+[\"'(\[]?[A-Z0-9])|(?<=[a-z)]{2})[.!?](?=[A-Z][a-z]{2}|\d+\s+[a-z])", text):
        before = text[max(start, match.start() - 12) : match.start()].rsplit(None, 1)
        last_word = before[-1].lower() if before else ""
        if any(last_word.endswith(abbr) for abbr in forms.ABBREVIATIONS) and len(last_word) <= 6:
            continue
        if forms.ABBREVIATION_BEFORE_NUMBER.fullmatch(before[-1] if before else "") and re.match(
                r"\s+\d", text[match.end():match.end() + 3]):
            continue  # "from Jan. 1, 2009": a date, not a sentence's end; "Rs. 3297": a sum
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _clean_unit(unit: str | None) -> str:
    if not unit:
        return ""
    unit = re.sub(forms.HYPHEN, "-", unit)
    if unit.lower() == "percent":  # older NEJM: "31 percent; 95 percent confidence interval, 17 to 43"
        return "%"
    return "" if unit.lower() in forms.STOP else unit


def _clean_quantity(quantity: str | None) -> str:
    words = (quantity or "").strip(" ,:").split()
    while words and words[-1].lower() in forms.STOP:
        words.pop()
    return " ".join(words)


class _Claims:
    """Character spans already used by a figure, so a number is read once.

    Kept sorted, so that a test costs a bisection rather than a pass over every claim: a long
    pasted text with no sentence break can hold thousands of figures in one "sentence".
    """

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        index = bisect_left(self.spans, (start, start))
        if index < len(self.spans) and self.spans[index][0] < end:
            return False
        return index == 0 or self.spans[index - 1][1] <= start

    def take(self, start: int, end: int) -> None:
        index = bisect_right(self.spans, (start, end))
        if index and self.spans[index - 1][0] <= start and self.spans[index - 1][1] >= end:
            return  # inside a claim already: a nested span would hide the rest of the claim from ``free``
        insort(self.spans, (start, end))

    def claim(self, match: re.Match[str]) -> bool:
        if not self.free(match.start(), match.end()):
            return False
        self.take(match.start(), match.end())
        return True


def _take_around_times(claims: _Claims, sentence: str, start: int, end: int) -> None:
    """Claim a count's span but for the hyphenated times describing what it counts ("three randomized, 12-week
    studies", "two 6-week courses"): how long each lasted is a figure of its own, which the times read later."""
    for time in forms.HYPHENATED_TIME.finditer(sentence, start, end):
        if start < time.start():
            claims.take(start, time.start())
        start = time.end()
    if start < end:
        claims.take(start, end)


def _partner_before(sentence: str, claims: _Claims, position: int, pattern: re.Pattern[str],
                    reach: int, end_group: str = "value") -> re.Match[str] | None:
    """The first item of a pair printed before the one a rule read ("6.38 intubations versus [21.25
    per 100 ICU days]", "by 9.6 and [4.9-fold]"), claimed, if ``pattern`` finds it in the ``reach``
    characters before ``position`` and no other figure holds it. Its offsets are the sentence's."""
    window = max(0, position - reach)
    partner = pattern.search(sentence, window, position)
    if partner is None or not claims.free(partner.start("value"), partner.end(end_group)):
        return None
    claims.take(partner.start("value"), partner.end(end_group))
    return partner


def _listed_before(sentence: str, claims: _Claims, position: int,
                   refused_after: re.Pattern[str] | None = None) -> list[tuple[int, int, float]]:
    """The values listed right before the one a rule read, which share its unit ("12.5, 25, 50 and
    [100 mg/day]", "11.0, 7.8, and [4.8 cases per 100 person-years]"), as (start, end, value), claimed;
    none when the text before the list ends as ``refused_after`` says it may not."""
    before = sentence[max(0, position - 80): position]
    listed = forms.VALUES_LISTED_BEFORE.search(before)
    if listed is None or (refused_after is not None and refused_after.search(before[: listed.start()])):
        return []
    items = []
    offset = position - len(listed[0])
    for value in re.finditer(r"\d+(?:\.\d+)?", listed[0]):
        start, end = offset + value.start(), offset + value.end()
        if claims.free(start, end):
            claims.take(start, end)
            items.append((start, end, _number(value[0])))
    return items


def _listed_in_unit(sentence: str, claims: _Claims, position: int, unit: str) -> list[tuple[int, int, float]]:
    """The values listed right before ``position``, each printed with ``unit`` ("weighing 96 g, 183 g, and [200 g
    less]"), as (start, end, value), claimed when free."""
    item = r"(?<![\w.])(?P<value>" + forms.NUM + r")\s*" + re.escape(unit)
    listed = re.search(r"(?:" + item + r"\s*,?\s*(?:and\s+|or\s+)?)+$", sentence[max(0, position - 80): position])
    if listed is None:
        return []
    offset = position - len(listed[0])
    items = []
    for value in re.finditer(item, listed[0]):
        start, end = offset + value.start(), offset + value.end()
        if claims.free(start, end):
            claims.take(start, end)
            items.append((start, end, _number(value["value"])))
    return items


def _parallel_count(sentence: str, claims: _Claims, count: Found, m: re.Match[str]) -> list[Found]:
    """The count printed before ``count`` with an adjective of its own and the same noun left out
    ("69 UK and three Australian centres"), when ``count`` has an adjective too: the two are parallel."""
    first = _partner_before(sentence, claims, count.start, forms.PARALLEL_COUNT_BEFORE, 40) if m["adj"].strip() else None
    if first is None or _is_year(_number(first["value"])):
        return []
    return [Found(FigureKind.COUNT, first.start("value"), first.end("value"), _number(first["value"]),
                  quantity=f"{first['adj']} {m['noun']}", unit=count.unit, is_person=count.is_person,
                  is_event=count.is_event)]


def _ratio_measure(printed: str) -> str:
    if re.fullmatch(r"[A-Z]{2,4}s", printed):  # "HRs", "MRRs": the measure, not its plural
        printed = printed[:-1]
    printed = re.sub(r"\s?M-?H$", "", printed)  # "ORM-H", "OR MH": a Mantel-Haenszel odds ratio is an odds ratio
    printed = re.sub(r"(?<=[A-Z])(?:adj(?:usted)?|crude)$", "", printed)  # "ORadjusted", "HRcrude": the same measure
    lowered = re.sub(r"\s+", " ", printed.lower()).removeprefix("adjusted ")
    lowered = re.sub(r"(ratio|risk|hazard)s\b", r"\1", lowered)  # "hazard ratios were: ...": the measure, not its plural
    lowered = re.sub(r"\s+estimates?$", "", lowered)  # "the rate ratio estimate was 23.7": the measure estimated
    if re.fullmatch(r"lr\s?[+−–-]", lowered):
        return "LR+" if lowered.endswith("+") else "LR-"
    if re.fullmatch(r"(?:positive|negative) (?:lr|likelihood)", lowered):  # "negative LR 0.63"
        return "LR+" if lowered.startswith("positive") else "LR-"
    if re.fullmatch(r"(?:a?s|cs|sd)hrs?", lowered):  # "aSHR", "csHR", "sdHR": a subdistribution or cause-specific one
        return "HR"
    if re.fullmatch(r"(?:[au](?:hr|or|rr|pr)|[cspm]or)s?", lowered):  # "AOR", "aHR", "UHR", "sHR", "SOR" (summary),
        #   "cOR" (crude), "pOR" (pooled), "mOR" (matched): adjusted or not, the same measure
        return lowered[1:3].upper()
    return forms.RATIO_NAMES.get(lowered, printed.upper() if len(printed) <= 4 else printed)


def _in_parentheses(sentence: str, start: int) -> bool:
    return sentence[max(0, start - 8):start].rstrip().endswith(("(", "["))


def _interval(m: re.Match[str], default: str = "CI") -> dict[str, object]:
    """low, high and interval of a match that may carry a CI tail (``forms.CI_TAIL``)."""
    groups = m.groupdict()
    if not groups.get("low"):
        return {}
    level = groups.get("level") or groups.get("hlevel")
    return {"low": _number(m["low"]), "high": _number(m["high"]),
            "interval": f"{level}% CI" if level else default}


def _named_measure(before: str, reach: int = 200) -> tuple[FigureKind, str | None]:
    """The kind and measure an unlabelled estimate takes from the text before it: the nearest
    measure named in the last ``reach`` characters ("RR (95% CI, I²): (0.91, 0.80 to 1.04, 12%)",
    "the rate ratios for adverse events (kidney stones: 1.17 [CI, ...]"), a ratio or a
    difference; else an estimate. A risk said to be raised or lowered ("increased risk of
    mortality (1.30, 95% CI ...)", "represented risks of 1.59 (95% CI ...)") is relative: a ratio."""
    window = before[-reach:]
    ratio = sorted([*forms.RATIO_NAME.finditer(window), *forms.RELATIVE_RISK_WORDS.finditer(window)],
                   key=lambda m: m.start())
    named = list(forms.NAMED_ESTIMATE_NAME.finditer(window)) + list(forms.RATE_NAME.finditer(window))
    named.sort(key=lambda m: m.start())
    if ratio and (not named or ratio[-1].start() > named[-1].start()):
        if ratio[-1].re is forms.RELATIVE_RISK_WORDS:
            return FigureKind.RATIO, "RR"
        return FigureKind.RATIO, _ratio_measure(ratio[-1][0])
    if named and named[-1].re is forms.NAMED_ESTIMATE_NAME:
        return FigureKind.ESTIMATE, _estimate_measure(named[-1][0])
    return FigureKind.ESTIMATE, None


def _no_ratio_if_impossible(kind: FigureKind, measure: str | None, sentence: str, end: int,
                            *values: float) -> tuple[FigureKind, str | None]:
    """A ratio the text before named, unless the estimate cannot be one: a ratio is never
    negative ("SMR (-2.8, -6.9 to 1.3)") and a change in units is a difference ("a 1.5 (0.2 to
    2.9) unit increase in SMR")."""
    if kind is FigureKind.RATIO and (min(values) < 0 or forms.UNIT_CHANGE_AFTER.match(sentence, end)):
        return FigureKind.ESTIMATE, None
    return kind, measure


def _spread_or_range_top(sentence: str, start: int) -> bool:
    """Whether the value at ``start`` is an SD ("265.5 ± 245 days (4–730)") or the top of a range ("7-8 years (range
    2.5-13 years)"), not a summary that a bracketed spread could follow."""
    return re.search(r"(?:±|\+/-|\d\s*[-–])\s*$", sentence[max(0, start - 8): start]) is not None


def _summary_kind(word: str) -> FigureKind:
    """MEDIAN or MEAN for the word that named the summary ("Median", "mean", the "m" of "mOS")."""
    return FigureKind.MEDIAN if word.lower() in ("median", "m") else FigureKind.MEAN


# Characters of its clause before a value that may name its summary: enough for "Median progression-free
# survival according to masked independent review was 14·7 months (95% CI ...)".
_CLAUSE_REACH = 120
_MEAN_REACH = 60  # a mean reaches less far: far back it names a change or a cost, an estimate


def _summary_named(before: str) -> FigureKind | None:
    """MEDIAN or MEAN when the clause just before a value names one ("median overall survival
    20 months [95% CI 13-26]"), or a header names one for the whole sentence ("median (IQR) 34%
    (17-57) versus 50% (35-64), ... (23% (5-63) versus 43% (16-60))"), so that its interval does
    not make it a bare estimate. A clause after a comma that names no summary ("1-year overall
    survival 70% [50-83]") is not one."""
    header = _summary_header(before)
    if header is not None:
        return header
    # "(average, 167/100 mm Hg)": a summary word then a comma still names the value after it
    clause = re.split(r"[;,]", re.sub(r"(?i)\b(mean|median|average)\s*,\s*$", r"\1 ", before[-_CLAUSE_REACH:]))[-1]
    named = forms.SUMMARY_NAMED.findall(clause)
    if named and named[-1].lower() != "median" and len(clause) > _MEAN_REACH:
        clause = clause[-_MEAN_REACH:]  # a mean named far back is often a difference ("mean improvement of")
        named = forms.SUMMARY_NAMED.findall(clause)
    if (not named or forms.RATIO_NAME.search(clause) or forms.NAMED_ESTIMATE_NAME.search(clause)
            or re.search(r"\bby\s*$|\bprobabilit", clause) or forms.DIFFERENCE_IN_MEAN.search(clause)):
        # "delayed the median time by 1345 days (95% CI ...)", "the difference in mean values ... was 1.3
        # (95 percent CI ...)": a difference; "average survival probabilities ... were 0.84 (95% CI ...)":
        # estimated probabilities
        return None
    return _summary_kind(named[-1])


def _summary_header(before: str) -> FigureKind | None:
    """MEDIAN or MEAN when the text names how every bracket after it is printed ("median (range)", "mean [SD]")
    and names no ratio since."""
    headers = forms.SUMMARY_HEADER.findall(before)
    if headers and not forms.RATIO_NAME.search(before[before.rfind(headers[-1]):]):
        return FigureKind.MEDIAN if headers[-1].lower().startswith("median") else FigureKind.MEAN
    return None


def _summary_compared(before: str) -> FigureKind | None:
    """MEDIAN or MEAN when the sentence opened a comparison with one printed with its spread and
    names no other measure since ("higher in the BPB group (median: 2; Q1, Q3 [1, 3]) than in the
    IV PCA group (0 [0, 1.8], P = 0.006)"): the groups compared after it are reported the same way."""
    opened = list(forms.SUMMARY_WITH_SPREAD.finditer(before))
    if not opened or forms.SUMMARY_NAMED.search(before, opened[-1].end()):
        return None
    since = before[opened[-1].start():]
    if forms.RATIO_NAME.search(since) or forms.NAMED_ESTIMATE_NAME.search(since):
        return None
    return _summary_kind(opened[-1]["word"])


def _continued_summaries(sentence: str, claims: _Claims, found: list[Found]) -> list[Found]:
    """The values that continue a median or mean in a list (``forms.SUMMARY_NEXT``): the same unit
    after each, or, when the first had none, the same bracketed interval after each."""
    more: list[Found] = []
    for first in [f for f in found if f.kind in (FigureKind.MEDIAN, FigureKind.MEAN)]:
        position, unit = first.end, first.unit.lower()
        while (m := forms.SUMMARY_NEXT.match(sentence, position)) and claims.free(m.start("value"), m.end()):
            paired = not unit and m["unit"] and (
                forms.TIME_UNIT_RE.fullmatch(m["unit"]) or re.fullmatch(r"points?", m["unit"], re.IGNORECASE)) and re.search(
                r"\b(?:vs|versus)\b", m[0])  # "median, 19 vs. 173 days", "-0.1 vs -12.0 points": one unit for both
            titres = ":" in sentence[first.start:first.end] and ":" in m[0]  # "median: 1:32 VS 1:100"
            compared = (not unit and not m["unit"] and not re.match(r"\s*[(\[](?!\s*[Pp]\s*[=<>≤≥])", sentence[m.end():])
                        and re.fullmatch(r"\s*(?:vs\.?|versus)\s*", sentence[position:m.start("value")],
                                         re.IGNORECASE))  # "(median: 3 vs 7, p=0.011)", "median 1 vs 3 (P = 0.012)", not "4.2 (0.8) vs 1.7 (0.2)"
            # "Median survival times were 8.7, 8.8 and 8.3 months": a list whose unit is printed once, after its last
            # (not times of a schedule: "average pain at 30, 45, and 60 minutes", "on average 5 and 7 years later")
            listed = (not unit and re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)",
                                                sentence[position:m.start("value")])
                      and (last := forms.UNIT_PRINTED_LAST.match(sentence, m.end("value")))
                      and not forms.THEN_AFTER.match(sentence, last.end())
                      and not forms.TIME_POINT.search(sentence[max(0, first.end - 20): first.end].rstrip("0123456789.")))
            same_unit = (m["unit"] or "").lower() == unit if unit else bool(m["low"] or paired or titres or compared
                                                                            or listed)
            if not same_unit:
                break
            if paired:
                first.unit = unit = _clean_unit(m["unit"]).lower()
            claims.take(m.start("value"), m.end())
            interval = {"low": _number(m["low"]), "high": _number(m["high"]),
                        "interval": first.interval or "CI"} if m["low"] else {}
            more.append(Found(first.kind, m.start("value"), m.end(), _number(m["value"]),
                              quantity=first.quantity, unit=first.unit, **interval))
            position = m.end()
        changed = forms.CHANGED_TO_NEXT.match(sentence, position)
        if (changed and (changed["unit"] == "%") == sentence[first.start:first.end].endswith("%")
                and claims.free(changed.start("value"), changed.end("value"))):
            claims.take(changed.start("value"), changed.end("value"))
            more.append(Found(first.kind, changed.start("value"), changed.end("value"), _number(changed["value"]),
                              quantity=first.quantity, unit=first.unit))
    return more


def _estimate_measure(printed: str) -> str:
    printed = forms.DEGREES_OF_FREEDOM.sub("", printed)  # "t25", "F(2, 30)": the statistic is t, F
    printed = re.sub(r"^([A-Z]{2,6})s$", r"\1", printed)  # "AUCs", "PPVs": one of them each
    lowered = re.sub(r"[\s-]+", " ", printed.lower()).replace("differences", "difference")  # "number needed-to-treat"
    return forms.ESTIMATE_NAMES.get(lowered, printed.upper() if len(printed) <= 5 else printed)


_PER_TIME_UNIT = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}
_HEART_RATE_FLOOR = 30  # beats per minute; an "HR" with a sign and a value this large is a heart rate


def _estimates(sentence: str, claims: _Claims, words: frozenset[int]) -> list[Found]:
    """Ratios and other estimates (with their intervals), I² and R², percentage points, p values."""
    found: list[Found] = []
    for m in forms.META_TRIPLE.finditer(sentence):
        low, high = _number(m["low"]), _number(m["high"])
        if not low <= _number(m["value"]) <= high or not claims.claim(m):
            continue
        kind, measure = _named_measure(sentence[max(0, m.start() - 200): m.start()])
        found.append(Found(kind, m.start("value"), m.end("high"), _number(m["value"]),
                           measure=measure, low=low, high=high, interval="CI"))
        found.append(Found(FigureKind.ESTIMATE, m.start("i2"), m.end() - 1, _number(m["i2"]),
                           measure="I2", unit="%"))
    for m in forms.PCT_POINTS.finditer(sentence):
        value = _number(m["value"] or m["value3"])
        low = forms.POINTS_RANGE_BEFORE.search(sentence[max(0, m.start() - 16): m.start()])
        start = m.start() - len(low[0]) if low else m.start()
        if low and forms.CHANGED_FROM_BEFORE.search(sentence[max(0, start - 40): start]) and claims.free(
                start, m.end()):  # "the increase was from 1.7 to 10.2 percentage points": two values, a change
            claims.take(start, m.end())
            found += [Found(FigureKind.PERCENTAGE_POINTS, start, start + len(low["low"]), float(low["low"]),
                            unit="percentage points"),
                      Found(FigureKind.PERCENTAGE_POINTS, m.start(), m.end(), value, unit="percentage points")]
        elif low and float(low["low"]) < value and claims.free(start, m.end()):
            claims.take(start, m.end())  # "(range, 0-100 percentage points)": a range in points
            found.append(Found(FigureKind.RANGE, start, m.end(), None, unit="percentage points",
                               low=float(low["low"]), high=value, interval="range"))
        elif claims.claim(m):
            listed = forms.LISTED_BEFORE_UNIT.search(sentence, max(0, m.start() - 60), m.start())
            for earlier in re.finditer(forms.SNUM, listed[0]) if listed else ():
                start, end = listed.start() + earlier.start(), listed.start() + earlier.end()
                if claims.free(start, end) and not _is_year(_number(earlier[0])):  # "by 1.8, 1.0 and 1.5 points"
                    claims.take(start, end)
                    found.append(Found(FigureKind.PERCENTAGE_POINTS, start, end, _number(earlier[0]),
                                       unit="percentage points"))
            found.append(Found(FigureKind.PERCENTAGE_POINTS, m.start(), m.end(), value, unit="percentage points"))
    for m in forms.RATIO.finditer(sentence):
        if m.start("value") in words and not m["low"]:
            continue  # "a relative risk of four sinus surgeries": a count in words; a ratio is printed in digits
        if m["clause"] and forms.LABEL_WORD_BEFORE.search(sentence[max(0, m.start("value") - 24): m.start("value")]):
            continue  # "the ORs of AKI stages 1, 2, and 3 ... were 1.1 (1.1–1.2)": labels, not the ratios
        if m["clause"] and forms.UNIT_PRINTED_LAST.match(sentence, m.end("value")):
            continue  # "relative risks (RR) of death after 7, 30, 90, and 365 days": the times they were read at
        # After a clause ("rate ratio for MS within two years in group A was 0.34"), the figure is
        # the value and its interval; the clause's own numbers stay free for the other rules.
        start = m.start("value") if m["clause"] else m.start()
        plural = m["measure"].endswith("s") or (m["abbr"] or "").endswith("s")
        # Bare values after commas are a list, not an interval, after a plural name or when they cannot hold the
        # first ("OR = 2.659, 3.620, 1.593 respectively")
        as_list = (m["low"] is not None and forms.BARE_LIST_TAIL.fullmatch(sentence, m.end("value"), m.end())
                   and (plural or not _number(m["low"]) <= _number(m["value"]) <= _number(m["high"])))
        end = m.end("value") if as_list else m.end()
        if claims.free(start, end):
            claims.take(start, end)
            measure = _ratio_measure(m["measure"])
            if measure == "HR" and m["cmp"] and _number(m["value"]) >= _HEART_RATE_FLOOR:
                # "bradycardias (HR <100 for ≥ 4s)": a heart rate as a limit; no hazard ratio is that large
                found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]),
                                   measure=_comparator(m["cmp"]), quantity="heart rate"))
                continue
            bound = forms.OR_BOUND_AFTER.match(sentence, m.end()) if m["low"] is None else None
            if bound:  # "power to detect relative risks of 0.8 or less": a limit, not a result ("(HR = 1.93; 95% CI:
                #        1.00–3.72) or more educated" is a result, its interval read)
                claims.take(m.end(), bound.end())
                found.append(Found(FigureKind.THRESHOLD, start, bound.end(), _number(m["value"]),
                                   measure=_comparator(bound["cmp"]), quantity=measure))
                continue
            found.append(Found(FigureKind.RATIO, start, end, _number(m["value"]),
                               measure=measure, **({} if as_list else _interval(m))))
            found += _listed(sentence, claims, end, FigureKind.RATIO, measure, plural=bool(as_list) or (
                (plural or forms.RUN_OF_THREE_AFTER.match(sentence, end) is not None) and m["low"] is None))
    for m in forms.NAMED_ESTIMATE.finditer(sentence):
        if m["pct"] and _estimate_measure(m["measure"]) not in forms.DIFFERENCES:
            continue  # "sensitivity 85%": a percentage, read by the percentage rules
        if m.start("value") in words and not m["low"]:
            continue  # "the accuracy of three questionnaires": a count in words; an estimate is printed in digits
        if (m["measure"].endswith("s") and _estimate_measure(m["measure"]) in forms.SHARE_MEASURES
                and re.search(r"%|\bpercent\b", sentence[m.end():])):
            continue  # "The NPVs were 81.3, 86.2, and 61.9, and ... 96.0 and 100%": shares, whose sign comes later
        ranged = None if m["low"] else forms.NAMED_RANGE_AFTER.match(sentence, m.end())
        if ranged and claims.claim(m):
            claims.take(m.end(), ranged.end())  # "(AUC 0.580–0.623)": the measure's range
            found.append(Found(FigureKind.RANGE, m.start(), ranged.end(), None, measure=_estimate_measure(m["measure"]),
                               low=_number(m["value"]), high=_number(ranged["high"]), interval="range"))
            continue
        if claims.claim(m):
            measure = _estimate_measure(m["measure"])
            shares_percent = (measure not in forms.DIFFERENCES and _number(m["value"]) <= 100
                              and forms.PERCENT_PARTNER_AFTER.match(sentence, m.end("value")))
            kind = FigureKind.PERCENTAGE if shares_percent else FigureKind.ESTIMATE
            if measure == "RD" and m["pct"]:
                kind = FigureKind.PERCENTAGE_POINTS  # "risk difference=22%": two risks' difference, in points
            found.append(Found(kind, m.start(), m.end(), _number(m["value"]), measure=measure, **_interval(m)))
            # "AUC values were"; "MD was 1.2, 1.5 and 2.0 in the three groups", as a ratio's run is
            plural = (m["measure"].endswith("s") or re.search(r"\svalues\b", m.group()) is not None
                      or (not m["low"] and forms.RUN_OF_THREE_AFTER.match(sentence, m.end()) is not None))
            found += _listed(sentence, claims, m.end(), kind, measure, plural=plural)
    for m in forms.RATE.finditer(sentence):
        in_words = m.start("value") in words and not forms.PER_NOUN_AFTER.match(sentence, m.end("value"))
        if not in_words and claims.free(m.start("value"), m.end()):
            # "the rate ... of two diets" counts; "a rate of one event per 10,340 patient-hours" is a rate
            claims.take(m.start("value"), m.end())
            measure = re.sub(r"\s+", " ", m["measure"])
            if not m["scale"] and forms.FOLD_AFTER_INTERVAL.match(sentence, m.end()):
                # "the testing rate was 5.39 (95% CI 4.76 to 6.11) times that of ...": a rate ratio
                found.append(Found(FigureKind.RATIO, m.start("value"), m.end(), _number(m["value"]),
                                   quantity=measure, measure="fold", **_interval(m)))
                continue
            # "the median annual bleeding rate was 2.0": a summary of the patients' rates, not one estimated rate
            # (a rate on a population's scale, "17.6 per 1000 person-years", stays the estimate it is)
            summary = forms.SUMMARY_OF_RATE.search(sentence, max(0, m.start() - 30), m.start("value"))
            summarised = summary and not m["low"] and not m["scale"]
            kind = _summary_kind(summary["summary"]) if summarised else FigureKind.ESTIMATE
            found.append(Found(kind, m.start("value"), m.end(),
                               _number(m["value"]), quantity=measure,
                               unit=f"per {m['scale']}" if m["scale"] else "", **_interval(m)))
            found += _listed(sentence, claims, m.end(), kind, None)
    for m in forms.PER_PERSON_TIME.finditer(sentence):
        if claims.claim(m):
            found.append(Found(FigureKind.ESTIMATE, m.start(), m.end(), _number(m["value"]), quantity="rate",
                               unit="per person-year"))
    for m in forms.PER_SCALE.finditer(sentence):
        if "/" in m[0] and forms.SNELLEN_FRACTION.match(sentence, m.start()) and (
                forms.SNELLEN.search(sentence[: m.start()]) or "." not in m["value"]):
            claims.take(m.start(), m.end())
            continue  # "BCVA of 20/100", "between 20/50 and 20/100": a Snellen fraction, not a rate
        if re.search(r"\d\s*(?:to|[-–—])\s*$", sentence[max(0, m.start() - 6): m.start()]) and (
                forms.RANGE_WORD.search(sentence[max(0, m.start() - 40): m.start()])):
            continue  # "ranged from 171.8 to 314.0 per 100 000": the top of a range, read with it
        low = forms.RATE_RANGE_LOW_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
        if low and forms.CI_BEFORE.search(sentence[max(0, low.start() - 30): low.start()].rstrip("-−– ")):
            claims.take(low.start(), m.end())
            continue  # "(95% CI, 3 to 74 per 10,000 persons)": the interval of a rate printed before it
        if low and not m["cmp"] and not _is_year(_number(low["low"])) and claims.free(
                low.start("low"), m.start()) and claims.claim(m):
            if _number(low["low"]) > _number(m["value"]) or forms.CHANGE_VERB_BEFORE.search(
                    sentence, max(0, low.start("low") - 50), low.start("low")):
                # "rates increased (33.19 to 39.07 per 10 000 AEs)", "(5.47 to 4.44 per 10 000)": a rate before
                # and after, as no range runs downwards
                claims.take(low.start("low"), low.end("low"))
                found += [Found(FigureKind.ESTIMATE, start, end, _number(value), quantity="rate",
                                unit=f"per {m['scale']}")
                          for start, end, value in ((low.start("low"), low.end("low"), low["low"]),
                                                    (m.start(), m.end(), m["value"]))]
                continue
            # "a rate of 40 to 70 per 100,000", "0.9 to 2.3 per 100 person-years": a range of rates
            claims.take(low.start("low"), m.start())
            found.append(Found(FigureKind.RANGE, low.start("low"), m.end(), None, unit=f"per {m['scale']}",
                               low=_number(low["low"]), high=_number(m["value"]), interval="range"))
            continue
        per_person = m["scale"].isalpha() and not m["scale"].startswith(("million", "thousand", "billion"))
        if m["noun"] and forms.TIME_UNIT_RE.fullmatch(m["noun"].strip()) and not per_person:
            if claims.claim(m):  # "an excess of 82 cases by 60 days per 1 million episodes": a time, then the scale
                found.append(Found(FigureKind.DURATION, m.start("value"), m.end("noun"), _number(m["value"]),
                                   unit=m["noun"].strip().lower()))
            continue
        if claims.claim(m):
            unit = f"per {m['scale']}"
            before = sentence[max(0, m.start() - _CLAUSE_REACH): m.start()]
            named = None if forms.SUMMARY_OF_A_TIME_BEFORE.search(before) else _summary_named(before)
            # "The median incidence was 50.4/100,000/year (IQR ...)": a median rate; "a mean of 2.2 falls per
            # resident": a mean
            kind = named if named is FigureKind.MEDIAN or (named and per_person) else FigureKind.ESTIMATE
            found.append(Found(kind, m.start(), m.end(), _number(m["value"]),
                               quantity=(m["noun"] or "").strip() or "rate", unit=unit,
                               measure=_comparator(m["cmp"]) if m["cmp"] else None))
            partner = _partner_before(sentence, claims, m.start(), forms.RATE_PARTNER_BEFORE, 60)
            listed = [(partner.start("value"), partner.end("value"), _number(partner["value"]))] if partner else (
                _listed_before(sentence, claims, m.start()))
            found += [Found(FigureKind.ESTIMATE, start, end, value, quantity=found[-1].quantity, unit=unit)
                      for start, end, value in listed]
    readers = forms.READERS.search(sentence) is not None
    for m in forms.SQUARED.finditer(sentence):
        if readers and m["measure"] == "R":
            continue  # "R1, 4.3 ± 0.81; R2, 4.7 ± 0.83": the second reader
        if claims.claim(m):
            measure = f"{m['measure'].upper()}2"
            found.append(Found(FigureKind.ESTIMATE, m.start(), m.end(), _number(m["value"]),
                               measure=measure, unit="%" if m["pct"] else ""))
            second = forms.SQUARED_AND_NEXT.match(sentence, m.end())
            if second and claims.free(second.start("value"), second.end()):
                claims.take(second.start("value"), second.end())
                found.append(Found(FigureKind.ESTIMATE, second.start("value"), second.end(), _number(second["value"]),
                                   measure=measure, unit="%" if second["pct"] else ""))
    for m in forms.CI_ESTIMATE.finditer(sentence):
        if re.search(r"(?:(?<![A-Za-z])[Pp]\s*[=<>≤≥]|±|\+/-)\s*$", sentence[max(0, m.start() - 6): m.start()]):
            continue  # "p = 0.002, 95% PI ...", "23.5% ± 8.0 (95% CI ...)": the interval is another figure's
        if any(n.end() == m.end("value") for n in forms.N_EQUALS.finditer(sentence, max(0, m.start() - 8), m.end())):
            continue  # "0.5% (n = 16; 95%CI 0.2–1.0)": a group's size; the interval is the share's before it
        if not m["unit"] and forms.DENOMINATOR_OF_A_SHARE_BEFORE.search(sentence[max(0, m.start() - 24): m.start()]):
            continue  # "222 (91.4%) out of 243, 95% CI 87.1–94.6%": the share's interval, after its denominator
        if (m["value"] in ("90", "95", "99")
                and forms.VALUE_AND_COMMA_BEFORE.search(sentence[max(0, m.start() - 6): m.start()])
                and forms.LEVEL_SET_OFF_AFTER.match(sentence, m.end("value"))):
            claims.take(m.start(), m.end())  # "OR: 1.22, 95 %, CI: 1.04, 1.42": the level of the ratio's interval
            estimate = max((f for f in found if f.end <= m.start()), key=lambda f: f.end, default=None)
            if estimate is not None and estimate.kind in (FigureKind.RATIO, FigureKind.ESTIMATE) and estimate.low is None:
                for name, value in _interval(m).items():
                    setattr(estimate, name, value)
            continue
        if re.fullmatch(r"(?i:trials?|stud(?:y|ies))", m["unit"] or ""):
            continue  # "by 25% (one trial; 95% CI: 5–45)": how many trials pooled, then the estimate's interval
        qualified = _qualified_estimate(sentence, found, m.start())
        if qualified is not None and claims.free(m.end("unit") if m["unit"] else m.end("value"), m.end()):
            claims.take(m.end("unit") if m["unit"] else m.end("value"), m.end())
            for name, value in _interval(m).items():
                setattr(qualified, name, value)
            continue  # "OR 1.3 per 5 kg, 95% CI 1.1-1.6": the interval is the ratio's; "5 kg" is what it is per
        if m["p"]:  # the value and its interval are this figure's; the p value between stays free
            if not (claims.free(m.start(), m.start("p")) and claims.free(m.end("p"), m.end())):
                continue
            claims.take(m.start(), m.start("p"))
            claims.take(m.end("p"), m.end())
        if m["p"] or claims.claim(m):
            before = sentence[max(0, m.start() - 40) : m.start()]
            unit = _clean_unit(m["unit"])
            kind, measure = (FigureKind.PERCENTAGE, None) if unit == "%" else (
                (FigureKind.ESTIMATE, None) if unit else _named_measure(sentence[max(0, m.start() - 200): m.start()]))
            if unit != "%" and measure is None:
                kind = _summary_named(sentence[max(0, m.start() - _CLAUSE_REACH): m.start()]) or kind
            if kind is FigureKind.ESTIMATE and not unit and measure is None and forms.PER_CENT_BOUNDS.search(m[0]):
                kind = FigureKind.PERCENTAGE  # "a 30.5 (95% CI 14.4 to 45.2%) relative decrease": its bounds say per cent
            if _counted_with_interval(sentence, m, unit) or unit.lower() in ("million", "billion"):
                kind, measure = FigureKind.COUNT, None  # "2·41 billion (95% UI 2·34-2·50) individuals"
            elif unit.lower() in ("times", "fold"):
                kind, measure = FigureKind.RATIO, "fold"  # "nine times (95% CI 3.02-26.75) more"
            elif not unit and forms.FOLD_AFTER_INTERVAL.match(sentence, m.end()):
                kind, measure = FigureKind.RATIO, "fold"  # "a 1.43 (95% CrI: 1.16-1.88)-fold increase"
            signed = unit == "%" and m["value"][:1] in "-+" and not forms.RISK_DIFFERENCE_BEFORE.search(before)
            if signed:  # "(−0.4%, 95% CI −0.7% to −0.1%)", "difference, -28.2%": a signed per cent, as a bare "-27%"
                kind = FigureKind.ESTIMATE
            elif unit == "%" and forms.DIFFERENCE_BEFORE.search(before):
                kind, unit = FigureKind.PERCENTAGE_POINTS, "percentage points"
            end = m.end() if not m["p"] else m.end("unit") if m["unit"] else m.end("value")
            found.append(Found(
                kind, m.start(), end, _number(m["value"]), measure=measure,
                quantity="change" if signed and kind is FigureKind.ESTIMATE
                else _clean_quantity(re.split(r"[;,(]", before)[-1]),
                unit="%" if signed and kind is FigureKind.ESTIMATE else "" if unit == "%" else unit, **_interval(m),
            ))
    for m in forms.ALPHA_LEVEL.finditer(sentence) if re.search(r"lpha|α|ignificance|level", sentence) else ():
        if claims.claim(m):
            found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]), unit="P value"))
    for m in forms.P_VALUE.finditer(sentence):
        if forms.SIGNIFICANCE_LEVEL.search(sentence[max(0, m.start() - 40): m.start()]) or (
                forms.CONSIDERED_SIGNIFICANT.match(sentence, m.end())):
            if claims.claim(m):  # "significant at p<0.05": the level a test is held to, not a result
                found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]),
                                   measure=_comparator(re.sub(r"^=\s*(?=[<>])", "", m["cmp"])),
                                   unit="P value"))
            continue
        if claims.claim(m):
            if re.fullmatch(r"0\d+", m["value"]):
                continue  # "(p = 0004)": a p value that lost its decimal point is no p value, nor anything else
            value = _number(m["value"])
            if sentence[m.end(): m.end() + 1] == "%":  # "(p < 5%)"
                claims.take(m.end(), m.end() + 1)
                if value > 10:  # "(P = 98.1%)": a probability in per cent (Bayesian), not a test's p
                    found.append(Found(FigureKind.PERCENTAGE, m.start("value"), m.end() + 1, value))
                    continue
                value /= 100
            if m["exp"]:
                value *= 10 ** int(m["exp"].replace("−", "-").replace(" ", ""))
            if m["power"]:
                value = 10.0 ** int(m["power"].replace("−", "-"))
            printed = re.sub(r"^=\s*(?=[<>])", "", m["cmp"].lower()) or "="  # "P = <0.01" is "P < 0.01"
            measure = forms.P_WORDS.get(" ".join(printed.split())) or _comparator(printed)
            found.append(Found(FigureKind.P_VALUE, m.start(), m.end(), value, measure=measure))
            found += _p_values_continued(sentence, claims, m.end(), measure)
    for m in forms.P_OTHER_BOUND.finditer(sentence) if "<" in sentence or ">" in sentence else ():
        if claims.claim(m):
            found.append(Found(FigureKind.P_VALUE, m.start(), m.end(), _number(m["value"]),
                               measure=">" if m["cmp"] == "<" else "<"))
    for m in forms.P_VALUE_LIST.finditer(sentence):  # "(P values were .007, <.001, .009, and .03, respectively)"
        for value in forms.P_LISTED.finditer(sentence, m.start("list"), m.end("list")):
            start = value.start("cmp") if value["cmp"] else value.start("value")
            if claims.free(start, value.end()):
                claims.take(start, value.end())
                found.append(Found(FigureKind.P_VALUE, start, value.end(), _number(value["value"]),
                                   measure=_comparator(value["cmp"]) if value["cmp"] else "="))
    for m in forms.P_UNLABELLED.finditer(sentence):
        if claims.claim(m):
            found.append(Found(FigureKind.P_VALUE, m.start(), m.end(), _number(m["value"]),
                               measure=_comparator(m["cmp"])))
    found += _thresholds(sentence, claims, words)
    for m in forms.FOLD_RANGE.finditer(sentence) if "fold" in sentence or "times" in sentence or "×" in sentence else ():
        if _number(m["low"]) < _number(m["high"]) and claims.claim(m):
            found.append(Found(FigureKind.RANGE, m.start(), m.end(), None, unit="fold",
                               low=_number(m["low"]), high=_number(m["high"]), interval="range"))
    for m in forms.TWICE.finditer(sentence) if "wice" in sentence else ():
        if claims.claim(m):
            found.append(Found(FigureKind.RATIO, m.start(), m.end(), 2.0, measure="fold"))
    for m in forms.FOLD.finditer(sentence):
        if claims.claim(m):
            bound = forms.OR_BOUND_AFTER.match(sentence, m.end())
            if bound:  # "a two fold or higher increase": a limit that defines a group
                found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]),
                                   measure=_comparator(bound["cmp"]), unit="fold"))
                continue
            found.append(Found(FigureKind.RATIO, m.start(), m.end(), _number(m["value"]),
                               measure="fold"))
            partner = _partner_before(sentence, claims, m.start(), forms.FOLD_PARTNER_BEFORE, 30)
            if partner:  # "by 9.6 and 4.9-fold": both folds
                found.append(Found(FigureKind.RATIO, partner.start("value"), partner.end("value"),
                                   _number(partner["value"]), measure="fold"))
    for m in forms.FACTOR_OF.finditer(sentence) if "factor" in sentence else ():
        if claims.claim(m):
            found.append(Found(FigureKind.RATIO, m.start(), m.end(), _number(m["value"]), measure="fold"))
    return found


def _qualified_estimate(sentence: str, found: list[Found], start: int) -> Found | None:
    """The ratio or estimate, still without an interval, that an interval printed after ``start`` belongs to when what
    the estimate is per, or in whom, stands between them ("OR 2.2 for each 10-year increase over age 45, 95% CI")."""
    earlier = [f for f in found if f.end <= start and f.low is None
               and f.kind in (FigureKind.RATIO, FigureKind.ESTIMATE)]
    if not earlier:
        return None
    nearest = max(earlier, key=lambda f: f.end)
    return nearest if forms.QUALIFIER_BEFORE_INTERVAL.fullmatch(sentence, nearest.end, start) else None


def _signed(number: str, direction: str | None) -> float:
    """A number with its direction printed apart from it: a word ("10 fewer") or a sign before a currency
    ("-£1406")."""
    return -_number(number) if (direction or "").lower() in ("fewer", "less", "-") else _number(number)


def _absolute_effects(sentence: str, claims: _Claims) -> list[Found]:
    """Absolute effects as GRADE summaries print them, "6 more events per 1000 (95% CI 10 fewer to
    26 more)": the value as printed (its word says the direction, as the keys record it), the
    bounds signed, "fewer" below zero, so that the interval reads as one. Read first, so that the
    interval's bounds, which carry words, are not read as a CI of their own."""
    found: list[Found] = []
    for m in forms.MORE_FEWER.finditer(sentence) if ("more" in sentence or "fewer" in sentence) else ():
        if claims.claim(m):
            interval = ({"low": _signed(m["low"], m["ldir"]), "high": _signed(m["high"], m["hdir"]),
                         "interval": "95% CI"} if m["low"] else {})
            found.append(Found(FigureKind.ESTIMATE, m.start(), m.end(), _number(m["value"]), measure="ARD",
                               unit=f"{m['noun']}per {m['scale']}".strip(), quantity=m["dir"].lower(), **interval))
            listed = _partner_before(sentence, claims, m.start(), forms.MORE_FEWER_BEFORE, 60, end_group="dir")
            if listed:  # "29 fewer events and 14 fewer deaths per 1000": the scale is shared
                found.append(Found(FigureKind.ESTIMATE, listed.start("value"), listed.end("dir"), _number(listed["value"]),
                                   measure="ARD", unit=f"per {m['scale']}", quantity=listed["dir"].lower()))
    return found


def _p_values_continued(sentence: str, claims: _Claims, position: int, measure: str) -> list[Found]:
    """The p values listed after a first one, without their P: "(p = 0.45, 0.23 and 0.98
    respectively)"; each keeps the comparator printed last before it unless it prints its own."""
    found: list[Found] = []
    while (more := forms.P_CONTINUED.match(sentence, position)) and claims.free(more.start("body"), more.end()):
        claims.take(more.start("body"), more.end())
        measure = _comparator(more["cmp"]) if more["cmp"] else measure
        found.append(Found(FigureKind.P_VALUE, more.start("body"), more.end(), _number(more["value"]),
                           measure=measure))
        position = more.end()
    return found


def _listed(sentence: str, claims: _Claims, position: int, kind: FigureKind,
            measure: str | None, plural: bool = False) -> list[Found]:
    """The values that continue a named one in a list: "was 0.75 for OCB, 0.83 for Select-3,
    and 0.71 for Select-6", "was 2.1 for men and 2.2 for women", "AUC = 0.91 versus 0.72"; after a
    measure named in the plural, a bare run too ("ORs 4.85 and 4.13")."""
    found: list[Found] = []
    while (more := forms.LIST_NEXT.match(sentence, position) or forms.RESPECTIVELY_NEXT.match(sentence, position)
            or forms.VERSUS_NEXT.match(sentence, position) or (plural and forms.PLURAL_NEXT.match(sentence, position))
           ) and claims.free(more.start("value"), more.end("value")):
        claims.take(more.start("value"), more.end("value"))
        found.append(Found(kind, more.start("value"), more.end("value"), _number(more["value"]),
                           measure=measure))
        position = more.end()
    return found


def _comparator(printed: str) -> str:
    words = re.sub(r"\s+", " ", printed.lower())
    if "equal" in words and "than" in words:  # "less than or equal to", "equal to or greater than"
        return "≤" if re.search(r"\b(?:less|fewer)\b", words) else "≥"
    if words in forms.PHRASE_COMPARATORS:
        return forms.PHRASE_COMPARATORS[words]
    lower = ("less", "fewer", "younger", "lower", "shorter", "earlier", "sooner", "below", "under", "worse", "smaller",
             "narrower", "lighter", "thinner")
    if words.endswith("than"):
        return "<" if words.split()[0] in lower else ">"
    if words.startswith(("or ", "and ")):  # "65 years or older", "3 or fewer"
        return "≤" if words.split()[-1] in lower else "≥"
    words = re.sub(r"(?<=[<>])\s+=", "=", words)  # "> =" is ">="
    return {">=": "≥", "=>": "≥", "<=": "≤", "=<": "≤", "⩾": "≥", "⩽": "≤", "ⱖ": "≥",
            "ⱕ": "≤"}.get(words, words)


def _thresholds(sentence: str, claims: _Claims, words: frozenset[int]) -> list[Found]:
    """Cut-offs and limits: "cut-off 25 pg/mL", "≥150 mm H2O", "under the age of 30", and the
    disability milestones a time-to-event analysis counts to ("sustained EDSS scores of 3.0, 4.0,
    and 6.0")."""
    found: list[Found] = []
    for m in forms.BLOOD_PRESSURE.finditer(sentence):
        if claims.claim(m):
            found += _pressures(m, FigureKind.THRESHOLD, measure=_comparator(m["cmp"]))
    for m in forms.TITRE.finditer(sentence):
        if claims.claim(m):
            found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]),
                               measure=_comparator(m["cmp"]), unit="titre 1:x"))
    for m in forms.PLUS_LIMIT.finditer(sentence) if "+" in sentence else ():
        if not forms.PLUS_GRADE_BEFORE.search(sentence[max(0, m.start() - 24): m.start()]) and claims.claim(m):
            found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]), measure="≥",
                               unit=_clean_unit(m["unit"]).lower(), quantity="age" if m["unit"] else ""))
    for m in forms.GRADE_LIMIT.finditer(sentence):  # "≥ grade 2 bleeding": a limit on a scale's grade
        if claims.claim(m):
            found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]),
                               measure=_comparator(m["cmp"]), quantity=m["scale"].lower()))
    for m in forms.SD_LIMIT.finditer(sentence) if "SD" in sentence or "standard" in sentence else ():
        if claims.claim(m):
            found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]),
                               measure=_comparator(m["cmp"]) if m["cmp"] else None, unit="SD"))
    for m in forms.CENTILE_LIMIT.finditer(sentence) if "centile" in sentence else ():
        bound = m["cmp"] or m["sign"]
        if m["statistic"] and not bound:
            continue  # "the 75th percentile was 10 days": a statistic, not a limit
        for index, value in enumerate(forms.CENTILE_VALUE.finditer(sentence, m.start("list"), m.end("list"))):
            start = m.start() if index == 0 and bound else value.start()
            if claims.free(start, value.end()):
                claims.take(start, value.end())
                found.append(Found(FigureKind.THRESHOLD, start, value.end(), _number(value["value"]),
                                   measure=_comparator(bound) if bound else None, unit="centile"))
    for m in forms.MILESTONES.finditer(sentence):
        for value in re.finditer(forms.MILESTONE_VALUE, sentence[m.start("list"): m.end("list")]):
            start, end = m.start("list") + value.start(), m.start("list") + value.end()
            if start not in words and claims.free(start, end):
                claims.take(start, end)
                found.append(Found(FigureKind.THRESHOLD, start, end, _number(value[0]), measure="≥",
                                   quantity="disability milestone"))
    for m in forms.TARGET_LEVELS.finditer(sentence) if "arget" in sentence else ():
        listed = [(m.start("values") + v.start(), m.start("values") + v.end(), v[0])
                  for v in re.finditer(forms.NUM, m["values"])]
        for start, end, printed in [*listed, (m.start("value"), m.end(), m["value"])]:
            if claims.free(start, end):  # "a target blood concentration of 3, 4 or 5 μg/ml": each a limit
                claims.take(start, end)
                found.append(Found(FigureKind.THRESHOLD, start, end, _number(printed), unit=_clean_unit(m["unit"]),
                                   quantity="target"))
    for m in forms.WITHIN_LIMIT.finditer(sentence) if "within" in sentence else ():
        if claims.claim(m):  # "90% were within 9 mm", "homes within 50 km": a limit of agreement or distance
            found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]), measure="≤",
                               unit=_clean_unit(m["unit"])))
    for m in forms.MARGIN_VALUE.finditer(sentence) if "argin" in sentence else ():
        if claims.claim(m):  # "noninferiority margin of 1.8 for the upper boundary": a limit the design set
            found.append(Found(FigureKind.THRESHOLD, m.start("value"), m.end(), _number(m["value"]),
                               quantity="margin"))
    for m in chain(forms.GESTATIONAL_WEEKS.finditer(sentence), forms.WEEKS_AND_DAYS.finditer(sentence)):
        if re.search(r"\d\s*(?:[-–—]|to)\s*$", sentence[max(0, m.start() - 6): m.start()]):
            continue  # "at 24-34 gestational weeks", "25+0 to 28+6 weeks": the top of a range
        if claims.claim(m):  # "at 42 gestational weeks", "beyond 41+0 weeks": a gestational age that bounds a group
            found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]),
                               unit="weeks of gestation", quantity="gestational age"))
    for m in forms.LEAST_OF.finditer(sentence):  # "at least 3 of 4 activities", "≥26 of 28 doses": a limit out of a whole
        if _number(m["value"]) >= 2 and claims.claim(m):
            found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]), measure="≥",
                               denominator=int(_number(m["of"])), unit=m["noun"] or ""))
    for pattern in (forms.THRESHOLD_AS, forms.THRESHOLD_WORD, forms.THRESHOLD_CMP, forms.THRESHOLD_PHRASE,
                    forms.THRESHOLD_AFTER):
        for m in pattern.finditer(sentence):
            groups = m.groupdict()
            if ((pattern is forms.THRESHOLD_PHRASE or pattern is forms.THRESHOLD_CMP and m["cmp"] == ">"
                 and (_number(m["value"]) >= 1000 or forms.MILLIONS_AFTER.match(sentence, m.end("value"))))
                    and not m["unit"] and _counted_after(sentence, m.end("value"))
                    and not forms.LIMIT_OF_PEOPLE.fullmatch(m["cmp"])):
                continue  # "more than 1000 patients", ">30,000 elderly patients", "over 4 million calls": a rounded
                #           count, read by the count rules ("at least 1000 ..." a limit; a sign before a small
                #           number, "trials with >50 patients", too)
            if m.start("value") in words and not (
                    groups.get("unit") or forms.FOLD_AFTER.match(sentence, m.end("value"))
                    or (pattern in (forms.THRESHOLD_AFTER, forms.THRESHOLD_PHRASE) and _number(m["value"]) >= 2)
                    or pattern in (forms.THRESHOLD_WORD, forms.THRESHOLD_CMP)):
                continue  # "at least one eye": an idiom; "at least eight visits", "cut-off point of three", "≤ eight":
                #           limits
            if forms.DATE_AFTER.match(sentence, m.end("value")):
                continue  # "searched up to 19 February 2010": a date
            if _is_year(_number(m["value"])) and forms.LATER_YEARS_AFTER.match(sentence, m.end("value")):
                continue  # "published in 1990 or more recently": a bound on dates, no quantity
            if pattern is forms.THRESHOLD_PHRASE and forms.SUMMARY_WAS_BEFORE.search(
                    sentence[max(0, m.start() - 60): m.start()]):
                continue  # "the median survival was greater than 75 months": a median, read with the summaries
            if pattern is forms.THRESHOLD_CMP and forms.BAND_BOTTOM_BEFORE.search(sentence[max(0, m.start() - 16): m.start()]):
                continue  # "6.5% to <7.0%": the open top of a band, read with its bottom as one range
            if (pattern is forms.THRESHOLD_CMP and groups.get("unit") == "%"
                    and re.search(r"(?<![\w/])\d+(?:\s*/\s*\d+)?\s*[(\[]\s*$",
                                  sentence[max(0, m.start() - 16): m.start()])):
                continue  # "three (<1%) deaths", "258/259 (>99%)": the count's share, read with the count ("IC1/2/3
                #           (≥1%" is a limit)
            if not claims.claim(m):
                continue
            first = _threshold(sentence, m, pattern is forms.THRESHOLD_WORD)
            found.append(first)
            again = forms.RESTATED_LIMIT.match(sentence, m.end())
            if (first.kind is FigureKind.THRESHOLD and again
                    and claims.free(again.start("value"), again.end("unit"))):
                claims.take(again.start("value"), again.end("unit"))  # "3.5 disk areas (8.9 mm2)"
                found.append(Found(FigureKind.THRESHOLD, again.start("value"), again.end("unit"),
                                   _number(again["value"]), measure=first.measure, unit=again["unit"],
                                   quantity=first.quantity))
            in_words = m.start("value") in words
            if first.kind is FigureKind.THRESHOLD and (
                    pattern in (forms.THRESHOLD_CMP, forms.THRESHOLD_WORD) or pattern is forms.THRESHOLD_PHRASE and in_words):
                found += _listed_thresholds(sentence, claims, words, m.end(), first, in_words)
    return found


def _zero_padded_count(sentence: str, m: re.Match[str]) -> bool:
    """Whether a number printed with a leading zero counts ("in 08 patients", as some journals pad
    counts to two digits): one digit after the zero, before a plural noun, after a word in lower case
    (a name's number, "HPTN 052 trial", "the ACTG 05 study", follows a capitalised name)."""
    return (re.fullmatch(r"0[1-9]", m["value"]) is not None and m["noun"].endswith("s")
            and re.search(r"\b[a-z]+\s+$", sentence[max(0, m.start("value") - 20): m.start("value")]) is not None)


def _interval_past_100(figure: Found) -> bool:
    """Whether a per cent's confidence interval, holding it, reaches past 100 ("84% [39, 129]"): the
    uncertainty of a change, as no share of a whole can exceed all of it. A range of single values
    ("64.3% (range, 9% to 128%) of control values") may, and a misread interval need not hold it."""
    value, low, high = figure.value, figure.low, figure.high
    if figure.interval == "range" or value is None or low is None or high is None:
        return False
    return low <= value <= high and high > 100


def _counted_after(sentence: str, position: int) -> bool:
    """Whether people or millions of something follow a bounded number: a rounded count reported."""
    return bool(forms.PEOPLE_AFTER.match(sentence, position) or forms.MILLIONS_AFTER.match(sentence, position))


def _listed_thresholds(sentence: str, claims: _Claims, words: frozenset[int], position: int,
                       first: Found, in_words: bool = False) -> list[Found]:
    """The values that continue a threshold in a list, with its unit (or none): "≥7 and 8",
    "≥2, 3 or 4", "up to three or six lesions" (words continue words only). A following count
    noun ends a list of digits ("≥2 relapses and 3 patients"), not one of words, which share it.
    A list of three or more bare values may end in the unit they all share ("≥2, 3, and 4 d"),
    as listed per cents share the last one's sign; two ("≥3 and 12 months") may be two things."""
    found: list[Found] = []
    while (m := forms.THRESHOLD_NEXT.match(sentence, position)) and claims.free(m.start("value"), m.end()):
        unit = _clean_unit(m["unit"])
        shared_at_end = bool(found) and not first.unit and bool(unit)
        if ((m.start("value") in words) != in_words or (unit != first.unit and not shared_at_end)
                or (not in_words and forms.COUNT_NOUN_AFTER.match(sentence, m.end()))):
            break
        claims.take(m.start("value"), m.end())
        found.append(Found(FigureKind.THRESHOLD, m.start("value"), m.end(), _number(m["value"]),
                           measure=first.measure, unit=unit, quantity=first.quantity))
        if shared_at_end:
            for earlier in (first, *found):
                earlier.unit = unit
            break
        position = m.end()
    return found


_HOW_LONG = ("up to", "minimum", "minimum of")  # "followed up for a minimum of 2 years": a duration


def _threshold(sentence: str, m: re.Match[str], named: bool) -> Found:
    """A bounded number: a threshold, or (by the class of what is bounded) a duration or a
    percentage that carries its bound in ``measure``.

    A bound on a time is a threshold when it sets a limit on who or what was studied or counted
    ("lasting less than 10 days", "aged <40 years", "EDLOS <4 hours", "≥12 month remission"), and
    a duration when it says how long something went on ("recruited over 12 months", "for up to 28
    days", "for at least five days", "follow-up period of ≥2 years", "≥6 months of treatment"), unless
    a time per day follows ("for more than 8 hours a day"). A bounded percentage is a
    result when a reporting word precedes it ("were less than 5%", "both >95%"), it is a share
    of a counted group ("more than 40% of the patients") or it is compared with another result
    ("< 1% versus 3.6%"), and otherwise a threshold ("consumed more than 85% of juice", "when
    I2 ≥50%").
    """
    groups = m.groupdict()
    unit = _clean_unit(groups.get("unit") or groups.get("later"))
    if groups.get("age") and not unit:
        unit = "years"
    start = m.start()
    if groups.get("clause"):  # "cut-off value of PCT for telling ... apart was 0.5 ng/mL": the value, not the clause
        start = m.start("cmp") if m["cmp"] else m.start("value")
    before = sentence[max(0, start - 30): start]
    kind = FigureKind.THRESHOLD
    timed = bool(unit) and forms.TIME_UNIT_RE.fullmatch(unit) is not None
    phrase = re.sub(r"\s+", " ", (m["cmp"] or "").lower())
    per_period = forms.PER_PERIOD_AFTER.match(sentence, m.end()) is not None  # "over 15 hours in the day": a rate
    lasting = not per_period and (
        (m.re is not forms.THRESHOLD_CMP and (phrase in _HOW_LONG or phrase == "over" and not (
            forms.EVENT_AFTER.match(sentence, m.end()))))  # "over 96 h after onset": a limit on when
        or (timed and forms.OF_TREATMENT.match(sentence, m.end()) is not None)
        or (timed and forms.FOR_BEFORE.search(before) is not None))
    age = bool(groups.get("age") or forms.AGE_BEFORE.search(before) or forms.AGE_AFTER.match(sentence, m.end())
               or (timed and forms.PEOPLE_BEFORE.search(before))
               or (timed and forms.GESTATION_AFTER.match(sentence, m.end())))  # "up to 34 weeks of gestation"
    adjectival = (timed and forms.SINGULAR_TIME_WORD.fullmatch(unit) is not None and _number(m["value"]) != 1
                  and not forms.SPAN_NOUN.match(sentence, m.end()))
    summary = forms.SUMMARY_AFTER_TIME.match(sentence, m.end()) if timed else None
    if summary and phrase == "over":  # "over 1.3 years median follow-up": the follow-up's median, not a limit
        kind = _summary_kind(summary["summary"])
    elif (not named and timed and not age and not adjectival
            and (lasting or forms.DURATION_BEFORE.search(before)
                 or (m.re is not forms.THRESHOLD_CMP and forms.FOLLOWED_BEFORE.search(before)))):
        kind = FigureKind.DURATION
    elif (m.re is forms.THRESHOLD_PHRASE and unit and re.fullmatch(forms.DOSE_UNIT, unit)
          and not forms.BARE_UNITS.fullmatch(unit) and phrase == "up to"):
        kind = FigureKind.DOSE
    elif not named and unit == "%" and not forms.SHARE_OF_A_REFERENCE.match(sentence, m.end()) and (
            forms.REPORTED_BEFORE.search(before)
                                        or (m.re is forms.THRESHOLD_PHRASE and forms.RESULT_NAMED_BEFORE.search(before))
                                        or forms.LABELLED_SHARE_BEFORE.search(sentence, max(0, start - 60), start)
                                        or forms.SHARE_OF_GROUP.match(sentence, m.end())
                                        or (forms.SHARE_OF_ANYTHING.match(sentence, m.end())
                                            and not forms.CRITERION_BEFORE.search(before))
                                        or forms.SHARE_REPORTED_AFTER.match(sentence, m.end())
                                        or forms.COMPARED_AFTER.match(sentence, m.end())):
        kind = FigureKind.PERCENTAGE
    return Found(kind, start, m.end(), _number(m["value"]),
                 measure=_comparator(m["cmp"]) if m["cmp"] else None,
                 unit="" if kind is FigureKind.PERCENTAGE else unit,
                 quantity="age" if groups.get("age") or age else "")


def _pressures_with_sds(sentence: str, claims: _Claims) -> list[Found]:
    """Blood pressures printed with the SD after each value ("162 +/- 14/100 +/- 7 mmHg"): a systolic and a
    diastolic mean (or the summary the clause names), read before the estimates would take "14/100" for a rate."""
    found: list[Found] = []
    for m in forms.PRESSURE_PAIR_WITH_SDS.finditer(sentence):
        if claims.claim(m):
            found += _pressures(m, _summary_named(sentence[max(0, m.start() - 80): m.start()]) or FigureKind.MEAN)
    return found


def _pressure_pairs(sentence: str, claims: _Claims) -> list[Found]:
    """Blood pressure printed as systolic/diastolic ("138.1/81.9 mm Hg", "6.0/3.0 mm Hg greater"):
    two figures, a mean or median when the clause names one, else estimates. A limit with a sign
    ("≥ 140/90 mmHg") was read before, as two thresholds."""
    found: list[Found] = []
    for m in forms.PRESSURE_PAIR.finditer(sentence):
        if not claims.claim(m):
            continue
        bound = forms.OR_BOUND_AFTER.match(sentence, m.end())
        if bound:  # "blood pressure of 140/90 mm Hg or more": a limit that defines who is included
            claims.take(m.end(), bound.end())
            found += _pressures(m, FigureKind.THRESHOLD, measure=_comparator(bound["cmp"]))
            continue
        before = sentence[max(0, m.start() - 80): m.start()]
        limit = forms.SIGNED_LIMIT_BEFORE.search(before)
        if limit:  # "lower than 150/95 mmHg in 96%": a target
            found += _pressures(m, FigureKind.THRESHOLD, measure=_comparator(limit["cmp"]))
            continue
        named = _summary_named(before) or (FigureKind.MEAN if forms.AVERAGED_BEFORE.search(before) else None)
        found += _pressures(m, named or (FigureKind.MEAN if m["systolic_sd"] else FigureKind.ESTIMATE))
    return found


def _pressures(m: re.Match[str], kind: FigureKind, measure: str | None = None) -> list[Found]:
    """The systolic and the diastolic figure of one "140/90 mmHg" (``forms.PRESSURE``)."""
    return [Found(kind, m.start(part), m.end(part), _number(m[part]), measure=measure, unit=m["unit"],
                  sd=_number(m[part + "_sd"]) if m[part + "_sd"] and kind is FigureKind.MEAN else None,
                  quantity=f"{part} pressure") for part in ("systolic", "diastolic")]


def _economics(sentence: str, claims: _Claims) -> list[Found]:
    """Costs and health outcomes of an economic evaluation: "US$7216.12/QALY" (an estimate, or a
    threshold after "willingness to pay"), "0.488 QALYs", "a cost-benefit ratio of 1:8.9"."""
    found: list[Found] = []
    for m in forms.CURRENCY.finditer(sentence):
        if claims.claim(m):
            value = m["value"] or m["value2"]
            unit = ((m["scale"] or "").strip() + " " + (m["cur"] or m["cur2"])).strip() + (
                re.sub(r"\s+", " ", m["per"]) if m["per"] else "")
            before = sentence[max(0, m.start() - 60): m.start()]
            listed = bool(found) and found[-1].kind is FigureKind.THRESHOLD and forms.LIST_JOIN_BEFORE.fullmatch(
                sentence[found[-1].end: m.start()])  # "willingness to pay of €5000, €15 000 ... and €45 000"
            limit = forms.WILLINGNESS_BEFORE.search(before) or forms.MONEY_BOUND_BEFORE.search(before) or listed
            summary = _summary_named(sentence[max(0, m.start() - 80): m.start()])  # "Median costs were €6412"
            if summary is FigureKind.MEAN:
                summary = None  # "mean total costs ($29 422; 95% CI ...)": a cost is an estimate, as the keys read one
            kind = FigureKind.THRESHOLD if limit else summary or FigureKind.ESTIMATE
            amount = -_number(value) if m["sign"] else _number(value)
            ranged = forms.CURRENCY_RANGE_AFTER.match(sentence, m.end()) if m["cur"] and not m["per"] else None
            if ranged and ranged["to"] and not forms.RANGE_WORD.search(before[-30:]):
                ranged = None  # "rose from $500 to $1000": a change, two sums
            if ranged and claims.free(m.end(), ranged.end()) and not forms.CI_WORDS_BEFORE.search(before):
                claims.take(m.end(), ranged.end())
                found.append(Found(FigureKind.RANGE, m.start(), ranged.end(), None, unit=unit + (ranged["scale"] or ""),
                                   low=amount, high=_signed(ranged["high"], (ranged["hsign"] or "").strip()),
                                   interval="range", quantity="cost"))
                continue
            bounds = forms.CURRENCY_INTERVAL_AFTER.match(sentence, m.end())
            interval = {}
            if bounds:
                low = _signed(bounds["low"], (bounds["lsign"] or "").strip())
                high = _signed(bounds["high"], (bounds["hsign"] or "").strip())
                if low <= amount <= high and claims.free(m.end(), bounds.end()):
                    claims.take(m.end(), bounds.end())  # "£28 400 (£15 000 to £146 000)": its interval
                    interval = {"low": low, "high": high, "interval": "CI"}
            found.append(Found(kind, m.start(), m.end(), amount, unit=unit, quantity="cost", **interval))
    for m in forms.POUNDS.finditer(sentence) if "pounds" in sentence else ():
        costed = forms.COST_NAMED_BEFORE.search(sentence, max(0, m.start() - 80), m.start())
        if claims.claim(m) and costed:  # a weight in pounds is claimed and left: no count
            found.append(Found(FigureKind.ESTIMATE, m.start(), m.end(), _number(m["value"]), unit="pounds",
                               quantity="cost"))
    for m in forms.HEALTH_UNITS.finditer(sentence):
        if claims.claim(m):
            found.append(Found(FigureKind.ESTIMATE, m.start(), m.end(), _number(m["value"]),
                               unit=m["unit"]))
    for m in forms.COST_BENEFIT_RATIO.finditer(sentence) if ":" in sentence else ():
        if claims.free(m.start("one"), m.end("value")):
            claims.take(m.start("one"), m.end("value"))
            found.append(Found(FigureKind.RATIO, m.start("one"), m.end("value"), _number(m["value"]),
                               measure="cost-benefit ratio"))
    return found


def _is_dose_unit(unit: str) -> bool:
    """Whether a value ± SD in this unit is a dose ("17.8 ± 7.1 mg/day"); a weight in grams or
    kilograms, a volume in millilitres and a count of units transfused are measurements ("3743 ± 677 g",
    "blood loss of 1100.9 ± 367.4 mL", "0.95 ± 1.8 units"), and so is a flow ("VO2max +0.29 ± 0.15 l/min")."""
    return (bool(re.fullmatch(forms.DOSE_UNIT, unit)) and unit.lower() not in ("g", "kg", "ml", "unit", "units", "u")
            and not forms.FLOW_UNIT.fullmatch(unit))


def _doses(sentence: str, claims: _Claims) -> list[Found]:
    """Doses with their unit and how often: "500 mg twice daily", "1200 mg/day"."""
    found: list[Found] = []
    for m in forms.FRACTIONATION.finditer(sentence) if "Gy" in sentence else ():
        if claims.claim(m):
            found += [Found(FigureKind.DOSE, m.start("dose"), m.end("unit"), _number(m["dose"]), unit=m["unit"]),
                      Found(FigureKind.COUNT, m.start("count"), m.end("noun"), float(m["count"]), unit="fractions")]
    for m in forms.DOSE.finditer(sentence):
        sign = forms.SIGN_BEFORE.search(sentence[max(0, m.start() - 3): m.start()])
        if sign and sign["sign"] == "-":
            continue  # "(−15.5 mg)": a change, which no dose is; left to _signed_changes ("+ 35 mg" joins a drug)
        if forms.BETWEEN_BEFORE.search(sentence[max(0, m.start() - 9): m.start()]) and forms.AND_NUMBER_AFTER.match(
                sentence, m.end()):
            continue  # "between 1500g and 1999g": the low bound of a range, read with its high one
        if forms.MASS_UNIT.fullmatch(m["unit"].strip()) and not m["freq"] and (
                forms.WEIGHED_BEFORE.search(sentence[max(0, m.start() - 60): m.start()])
                or forms.MORE_OR_LESS_AFTER.match(sentence, m.end())
                or forms.CHANGE_BY_BEFORE.search(sentence, max(0, m.start() - 40), m.start())):
            continue  # "infants who weighed 141.8 g less", "weighing 96 g, 183 g": a weight, not a dose; "sugar
            #           decreased by 16.2 g": how much an amount changed, read as a difference
        if (forms.BARE_UNITS.fullmatch(m["unit"]) and not m["freq"]
                and not forms.OF_DRUG_AFTER.match(sentence, m.end()) and not forms.DOSE_NOUN_AFTER.match(sentence, m.end())
                and not forms.DRUG_IN_UNITS_AFTER.match(sentence, m.end())
                and not forms.STRENGTH_AFTER.match(sentence, m.end()) and not forms.GIVEN_AFTER.match(sentence, m.end())
                and not (forms.FLOW_UNIT.fullmatch(m["unit"])
                         and forms.GAS_NAMED_BEFORE.search(sentence[max(0, m.start() - 48): m.start()]))
                and not forms.GIVEN_BEFORE.search(sentence[max(0, m.start() - 16): m.start()])):
            continue  # "resistance of 21.6 units", "blood loss 334 mL": a measurement, not a dose ("treated with
            #           1 million units" is one)
        if sentence[m.end("value"): m.end("value") + 1] in "-‐‑" and (
                ("/" not in m["unit"] and not m["freq"] and not forms.DOSE_NOUN_AFTER.match(sentence, m.end())
                 and not forms.GIVEN_BEFORE.search(sentence[max(0, m.start() - 16): m.start()]))
                or forms.GROUP_NAMED_AFTER.match(sentence, m.end())):
            continue  # "the 1,000-mg group", "the 10-mg/d donepezil groups", "a 75-g OGTT": a group or a test
            #           named by its dose; "a 0.1-mL dose" and "400-mg once daily" are doses
        if claims.claim(m):
            unit = re.sub(r"\s+", " ", m["unit"] + m["freq"]).strip()
            before = sentence[max(0, m.start() - 80): m.start()]
            ranged = forms.DOSE_RANGE_BEFORE.search(before)
            if ranged and claims.free(m.start() - len(ranged[0]), m.start()):  # "12.5–25 mg/day"
                claims.take(m.start() - len(ranged[0]), m.start())
                found.append(Found(FigureKind.RANGE, m.start() - len(ranged[0]), m.end(), None, unit=unit,
                                   low=_number(ranged["low"] or ranged["between"]), high=_number(m["value"]),
                                   interval="range"))
                continue
            # "(12.5, 25, 50, 100 mg/day)": each a dose in the unit printed last; but "on Day 1 and
            # 500 mg on Day 2" names a day of the schedule, not a dose
            found += [Found(FigureKind.DOSE, start, end, value, unit=unit) for start, end, value
                      in _listed_before(sentence, claims, m.start(), refused_after=forms.SCHEDULE_WORD_BEFORE)]
            found.append(Found(FigureKind.DOSE, m.start(), m.end(), _number(m["value"]), unit=unit))
    return found


def _counted_with_interval(sentence: str, m: re.Match[str], unit: str | None) -> bool:
    """Whether a whole number printed with an interval counts the things named right after it:
    "671 689 (95% UI 583 148–763 966) infections", "33 110 (28 480–38 430) attributable deaths"."""
    return (not unit and not re.search(r"[.·]", m["value"]) and not _is_year(_number(m["value"]))
            and forms.NOUN_AFTER.match(sentence, m.end()) is not None)


def _bare_intervals(sentence: str, claims: _Claims, earlier: str) -> list[Found]:
    """An estimate printed with its interval and no words: "0.32 [0.05-0.60]". A whole number
    with an interval around it and no word of what it is ("albumin ratio (29 [24–35] vs 37
    [27–52])") is read as a median with its IQR, the way skewed counts and scores are reported;
    years ("2004 (1995-2004)") are not."""
    found: list[Found] = []
    for m in forms.BARE_INTERVAL.finditer(sentence):
        value, low, high = _number(m["value"]), _number(m["low"]), _number(m["high"])
        before = sentence[max(0, m.start() - 200): m.start()]
        summary = _summary_named(before) or _summary_compared(before)
        unnamed_whole = "." not in m[0] and not m["pct"] and summary is None
        if (unnamed_whole and any(_is_year(v) for v in (value, low, high))) or (
                not low <= value <= high) or not claims.claim(m):
            continue
        if unnamed_whole:
            if _counted_with_interval(sentence, m, None):
                found.append(Found(FigureKind.COUNT, m.start(), m.end(), value, low=low, high=high, interval="CI"))
                continue
            money = forms.CURRENCY_NAME_AFTER.match(sentence, m.end())
            valued = money or forms.HEALTH_UNIT_AFTER.match(sentence, m.end())
            if valued:  # "5429 (4293–6932) USD", "874 541 (768 837–989 068) DALYs": an estimate and its interval
                found.append(Found(FigureKind.ESTIMATE, m.start(), m.end(), value, low=low, high=high, interval="CI",
                                   unit=valued["unit"], quantity="cost" if money else ""))
            else:
                found.append(Found(FigureKind.MEDIAN, m.start(), m.end(), value, low=low, high=high,
                                   interval="IQR"))
            continue
        kind, measure = _named_measure(before)
        if measure is None and summary is None and not m["pct"]:
            # a ratio named in an earlier sentence ("relative risk 0·33 [...]. ... 1·24 [0·79–1·95]")
            kind, measure = _named_measure(earlier + " " + sentence[: m.start()], _SECTION_REACH)
        kind, measure = _no_ratio_if_impossible(kind, measure, sentence, m.end(), value, low)
        if summary is not None and measure is not None and _summary_named_after_ratio(before):
            measure = None  # "(OR 1.43 ...); median (IQR) duration 4 (2, 5) ...; score 16 (9.8, 19.5)": a median's IQR
        if (summary is None and measure is None and not m["pct"]
                and not re.search(forms.CI_WORDS, sentence[: m.start()])):
            # "The median (range) time ... was 2 (0–25) ... . The time off work was 3·6 (0–46), ...": the sentence
            # before said how its brackets are printed, and this one goes on in the same form (unless it names a CI)
            summary = _summary_header(earlier[-_SECTION_REACH:])
        if summary is not None and measure is None:
            kind = summary
        elif m["pct"] and measure not in forms.DIFFERENCES:
            kind, measure = FigureKind.PERCENTAGE, None
            if forms.DIFFERENCE_BEFORE.search(sentence[max(0, m.start() - 40): m.start()]):
                kind = FigureKind.PERCENTAGE_POINTS  # "therapeutic gain 46 % [28 %; 64 %]"
        elif measure is None and forms.POINTS_NAMED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            kind = FigureKind.PERCENTAGE_POINTS  # "(percentage point change −4.7 (−7.9 to −1.4)"
        found.append(Found(kind, m.start(), m.end(), value, measure=measure, low=low, high=high,
                           interval="CI"))
    return found


def _summary_with_range_named_inside(sentence: str, claims: _Claims, m: re.Match[str]) -> list[Found]:
    """A value whose bracket says what it is before its range or IQR: the summary it names ("12 days (median, IQR
    4-20)"), or, with an unnamed SD first, the summary the clause names or a mean ("45.41 years (11.67, range 20–62
    years)"), whose range must hold it."""
    value, low, high = _number(m["value"]), _number(m["low"]), _number(m["high"])
    if (m["sd"] and not low <= value <= high) or not claims.claim(m):
        return []
    kind = _summary_kind(m["name"]) if m["name"] else (
        _summary_named(sentence[max(0, m.start() - _CLAUSE_REACH): m.start()]) or FigureKind.MEAN)
    end = m.end("unit") if m["unit"] else m.end("pct") if m["pct"] else m.end("value")
    return [Found(kind, m.start("value"), end, value, unit=_clean_unit(m["unit"] or m["pct"]),
                  sd=_number(m["sd"]) if m["sd"] else None, low=low, high=high,
                  interval="range" if m["interval"].lower() == "range" else "IQR")]


def _summary_named_after_ratio(before: str) -> bool:
    """Whether a median or mean is named after the last ratio named before a value: then the value's bracket
    holds that summary's spread, not the ratio's interval."""
    ratio_at = max((r.end() for r in forms.RATIO_NAME.finditer(before)), default=-1)
    return max((s.end() for s in forms.SUMMARY_NAMED.finditer(before)), default=-1) > ratio_at


_SECTION_REACH = 500  # characters of the section before a sentence that may name its bare pairs' measure


def _bare_pairs(sentence: str, claims: _Claims, earlier: str) -> list[Found]:
    """An estimate and its interval in brackets with no name: "(0.94, 0.92 to 0.96)" after text
    that named its measure (a ratio, most often), or an estimate when none is named. A structured
    abstract names the measure once ("pooled relative risk 0.91, 0.87 to 0.95") and then prints
    bare pairs in later sentences, so ``earlier`` (the section's text before this sentence)
    counts too."""
    found: list[Found] = []
    for m in forms.BARE_PAIR.finditer(sentence):
        value, low, high = _number(m["value"]), _number(m["low"]), _number(m["high"])
        if not low <= value <= high or not claims.free(m.start(), m.end()):
            continue
        kind, measure = _named_measure(earlier + " " + sentence[: m.start()], _SECTION_REACH)
        if measure is None and sentence[:m.start("value")].rstrip()[-1:] in (":", ";"):
            continue  # unbracketed, it is a pair only in a list under a named measure ("scores 4-6: 1.43, 1.31 to 1.56")
        kind, measure = _no_ratio_if_impossible(kind, measure, sentence, m.end(), value, low)
        claims.take(m.start(), m.end())
        found.append(Found(kind, m.start("value"), m.end("high"), value, measure=measure, low=low, high=high,
                           unit=_clean_unit(m["unit"]), interval="CI"))
    return found


def _interval_named_before(text: str) -> str | None:
    """The interval a header names for bare brackets: "median (IQR) ... 812 [301, 2405]"."""
    if re.search(r"\bIQR\b|interquartile", text, re.IGNORECASE):
        return "IQR"
    if re.search(r"\brange\b", text, re.IGNORECASE):
        return "range"
    return None


def _continues_estimates_with_se(sentence: str, found: list[Found], start: int) -> bool:
    """Whether a value at ``start`` is the next of a list of per cents read with their SE ("freedom from
    reoperation ... were 92±0.03%, 98.5±0.07%"): the figure before it is one, and only a list's join lies between."""
    last = found[-1] if found else None
    return (last is not None and last.kind is FigureKind.PERCENTAGE and last.sd is not None
            and forms.LIST_JOIN_BEFORE.fullmatch(sentence[last.end: start].removeprefix("%")) is not None)


def _summaries(sentence: str, claims: _Claims, earlier: list[Found]) -> list[Found]:
    """Medians and means (with a range, IQR or SD) and the values that continue them in a list
    (also after those ``earlier`` rules read with an interval), then stand-alone ranges."""
    found: list[Found] = []
    for pattern, kind in ((forms.MEDIAN_PAREN, FigureKind.MEDIAN), (forms.MEDIAN, FigureKind.MEDIAN),
                          (forms.MEAN_PAREN, FigureKind.MEAN), (forms.MEAN, FigureKind.MEAN)):
        for m in pattern.finditer(sentence):
            # A number inside the quantity's words ("in the first 72 hours") stays free.
            start = m.start("value") if re.search(r"\d", m["quantity"] or "") else m.start()
            if not claims.free(start, m.end()):
                continue
            if (re.match(r"\s*(?:%|percent\b)", sentence[m.end("value"):])
                    and (forms.CHANGE_BY_BEFORE.search(sentence, max(0, m.start() - 16), m.start("value"))
                         or forms.CHANGED_BEFORE.search(sentence, max(0, m.start("value") - 16), m.start("value")))):
                continue  # "the mean number of attacks dropped by 88%" ("by 44 percent", "declined an average of
                #           30%", "average VO2 max increased 5%"): how much it changed, a per cent
            if (re.match(r"average\s*[:,]", m[0], re.IGNORECASE)
                    and forms.SHARE_OR_RANGE_AFTER.match(sentence, m.end("value"))):
                continue  # "(average, 41.7 years)" is a mean; "upstage (average, 12.3%)", "On average, children have
                #           six to eight colds" are a share and a range after the adverb, as the keys read them
            if (kind is FigureKind.MEAN and not (m["quantity"] or "").strip() and not m.groupdict().get("sd")
                    and forms.A_MEAN_OF_PER_CENT.match(sentence, m.start())):
                continue  # "a mean of 62.9% achieved disease stability", "an average of 17.8% of energy": a share
            if re.search(r"(?<![\w-])[nN]\s*$", m["quantity"] or ""):
                continue  # "(average weekly n=22 091)": how many were counted, a group's size, read as a count below
            if re.search(r"\bat\s+(?:least|most)$", m["quantity"] or "", re.IGNORECASE):
                continue  # "< 1 SD from the mean on at least one test": a bound after the summary's name, no summary
            if (forms.TIME_POINT.search(m["quantity"] or "") and forms.TIMES_AFTER.match(sentence, m.start("value"))
                    and not re.search(r"\bage\b", m["quantity"], re.IGNORECASE)):
                continue  # "mean IOP reduction at both 2 and 6 months": when it was measured, not the mean (a "median
                #           age of death at 65.7 years" is the median)
            top = forms.RANGE_TOP_AFTER.match(sentence, m.end("value"))
            if top and float(top["high"] or top["top"]) > _number(m["value"]):
                continue  # "a mean increase in the eradication rate of 12 to 14%", "(mean 5.5-5.6 wet nights/week)": a
                #           range, read as one below ("from an average of 9.54–7.66%" fell, two means)
            claims.take(start, m.end())
            groups = m.groupdict()
            unit = (_clean_unit(groups.get("vunit")) or _clean_unit(groups.get("unit"))
                    or _clean_unit(groups.get("hunit")))
            end = m.end()
            if groups.get("unit") and not _clean_unit(groups.get("unit")):
                end = m.start("unit")
            low_unit = _clean_unit(groups.get("lunit"))
            interval = groups.get("interval") or groups.get("interval2")
            if interval is None and groups.get("low"):  # "median 812 [301, 2405]"
                interval = _interval_named_before(sentence[max(0, m.start() - 200): m.start()])
            after = forms.TO_NEXT.match(sentence, end)
            if (after and forms.FROM_BEFORE.search(sentence[max(0, m.start("value") - 8): m.start("value")])
                    and claims.free(after.start("value"), after.end("value"))):
                claims.take(after.start("value"), after.end("value"))  # "decreased from 1.3 to 0.4"
                found.append(Found(kind, after.start("value"), after.end("value"),
                                   _number(after["value"]), quantity=_clean_quantity(m["quantity"]),
                                   unit=unit))
            dosed = (kind is FigureKind.MEAN and _is_dose_unit(unit)
                     and re.search(r"\bdos(?:e|es|age)\b", m["quantity"] or ""))
            # "average adjusted difference −0.5", "the difference in mean IOP was 1.1 mmHg": an effect, not a mean
            # (one printed with its SD, "average difference between eyes 0.04 +/- 0.15", is a mean of differences)
            compared = kind is FigureKind.MEAN and not groups.get("sd") and (
                re.search(r"\bdifferences?\b", m["quantity"] or "", re.IGNORECASE)
                or forms.DIFFERENCE_IN_BEFORE.search(sentence, 0, m.start()))
            found.append(Found(
                FigureKind.DOSE if dosed else FigureKind.ESTIMATE if compared else kind,  # "average dose ... was 63.7 mg"
                start, end, _number(m["value"]),
                quantity=_clean_quantity(m["quantity"]), unit=unit,
                low=_number(groups["low"]) if groups.get("low") else None,
                high=_number(groups["high"]) if groups.get("high") else None,
                low_unit=low_unit if low_unit and low_unit.lower() != unit.lower() else "",
                interval=("IQR" if interval and interval.lower() != "range" else "range")
                if groups.get("low") and interval else None,
                sd=_number(groups["sd"]) if groups.get("sd") else None,
            ))
    for m in forms.NOT_REACHED.finditer(sentence):
        if claims.claim(m):  # no value to report; what follows continues it
            earlier = earlier + [Found(FigureKind.MEDIAN, m.start(), m.end(), None,
                                       unit=_clean_unit(m["unit"]), interval="CI")]
    found += _continued_summaries(sentence, claims, earlier + found)
    for m in forms.VALUE_RANGE.finditer(sentence):
        if _spread_or_range_top(sentence, m.start()):
            continue
        if m["name"] or m["sd"] or (m["unit"] and not m["unit"].isalpha()):
            continue  # read by ``_summaries_named_after``; a compound unit ("5 mg/kg (range 3.8–7.3)") is a dose's
        named = forms.SUMMARY_NAMED.findall(sentence[: m.start()])
        # A value printed with its range or IQR and no name is a median, the summary that goes with
        # them ("satisfaction was 9 (range, 2–10)", "12 days (range 4-30)"); a count's noun is not a unit.
        unnamed = not named and _number(m["low"]) <= _number(m["value"]) <= _number(m["high"]) and not (
            _is_year(_number(m["value"])) or re.fullmatch(forms.NOUN, m["unit"] or "", re.IGNORECASE))
        if (named or unnamed) and claims.claim(m):  # "the median rate was lower (0 [range 0-3.2] vs 1.7 [...])"
            unnamed_kind = FigureKind.PERCENTAGE if m["pct"] else FigureKind.MEDIAN  # "15% (IQR −9% to 25%)"
            changed = m["pct"] and forms.CHANGE_BY_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
            found.append(Found(  # "declined an average of 30% (range, 5% to 50%)": a change, a per cent
                _summary_kind(named[-1]) if named and not changed else unnamed_kind,
                m.start(), m.end(), _number(m["value"]), unit=_clean_unit(m["unit"] or m["pct"]),
                low=_number(m["low"]), high=_number(m["high"]),
                interval="range" if m["interval"].lower() == "range" else "IQR"))
    for m in forms.VALUE_UNIT_SPREAD.finditer(sentence):
        value, low, high = _number(m["value"]), _number(m["low"]), _number(m["high"])
        before = sentence[max(0, m.start() - _CLAUSE_REACH): m.start()]
        if (not low <= value <= high or _is_year(value) or _named_measure(before, 60)[1] is not None
                or forms.CI_NAMED.search(before) or forms.CHANGE_OF_BEFORE.search(before)
                or _spread_or_range_top(sentence, m.start())):
            continue  # "a mean difference of 6.5 days [1.6-11.4]", "reduced by 2 days (1-3)", "… (95% CI …) v 9 points
            #           (5 to 13)": an effect and its CI
        if claims.claim(m):  # as "satisfaction was 9 (range, 2–10)": a median, unless a mean is named
            found.append(Found(_summary_named(before) or FigureKind.MEDIAN, m.start(), m.end(), value,
                               unit=_clean_unit(m["unit"]), low=low, high=high, interval="IQR"))
    for m in forms.PLUS_MINUS.finditer(sentence):
        if _is_year(_number(m["value"])) and _is_year(_number(m["sd"])) and _number(m["sd"]) > _number(m["value"]):
            claims.take(m.start(), m.end())
            continue  # "the period 1975 ± 1994": a PDF's dash between two years, not a mean and its SD
        if claims.claim(m):
            unit = m["unit"] or m["unit2"] or ""
            per_cent = (unit == "%" or sentence[m.end(): m.end() + 1] == "%"
                        or forms.PLUS_MINUS_LISTED_TO_PER_CENT.match(sentence, m.end("sd")) is not None)
            if per_cent and (_continues_estimates_with_se(sentence, found, m.start())
                             or forms.SURVIVAL_BEFORE.search(sentence[max(0, m.start() - 100): m.start()])):
                claims.take(m.end(), m.end() + 1)  # "5-year EFS ... 52 ± 11%": a survival estimate and its SE (and
                #                                    the next of its list: "freedom from ... were 92±0.03%, 98.5±0.07%")
                found.append(Found(FigureKind.PERCENTAGE, m.start(), m.end(), _number(m["value"]), sd=_number(m["sd"])))
                continue
            estimated = not _clean_unit(unit) and forms.ESTIMATE_WITH_SE_BEFORE.search(
                sentence[max(0, m.start() - 100): m.start()])
            named = _summary_named(sentence[max(0, m.start() - _CLAUSE_REACH): m.start()])
            found.append(Found(
                FigureKind.DOSE if _is_dose_unit(unit) and not forms.CONCENTRATION_AFTER.match(sentence, m.end())
                and not forms.CONSUMPTION_BEFORE.search(sentence[max(0, m.start() - 100): m.start()])
                else FigureKind.ESTIMATE if estimated
                else FigureKind.MEDIAN if named is FigureKind.MEDIAN else FigureKind.MEAN,  # "median VA was 1.6 ± 0.8"
                m.start(), m.end(), _number(m["value"]),
                unit=_clean_unit(m["unit"]) or _clean_unit(m["unit2"]), sd=_number(m["sd"]),
            ))
    for m in forms.RANGE.finditer(sentence):
        if re.search(r"\d\s+and\s+[-−–]?\d", m[0]) and not re.search(
                r"\bbetween\b", sentence[max(0, m.start() - 8): m.end()], re.IGNORECASE):
            claims.take(m.start(), m.end())
            continue  # "children aged 12 and 15": two ages naming groups, not a range
        if m["lunit"] and re.match(r"\s*%", sentence[m.end("high"):]):
            continue  # "aged 60 years and 10.4% for ...": an age, then a share
        if m["quantity"].lower() == "age" and _number(m["low"]) >= _number(m["high"]):
            continue  # "shifted from age 22 to age 19": two ages, each a limit, not a band
        if claims.claim(m):
            word = m["quantity"].lower()
            found.append(Found(
                FigureKind.RANGE, m.start(), m.end(), None,
                quantity="age" if word.startswith("age") else "",
                unit=_clean_unit(m["unit"]) or _clean_unit(m["lunit"]),
                low=_number(m["low"]), high=_number(m["high"]), interval="range",
            ))
    for pattern in (forms.BETWEEN, forms.SPAN):
        for m in pattern.finditer(sentence):
            if forms.CI_BEFORE.search(sentence[max(0, m.start() - 30): m.start()]) or forms.VALUE_BEFORE_BRACKET.search(
                    sentence[max(0, m.start() - 16): m.start()]) or re.search(
                    r"\b[Pp]\s*[=<>≤≥]\s*[\d.]+\s*[,;]\s*$", sentence[max(0, m.start() - 20): m.start()]):
                continue  # an interval, printed apart or right after its estimate
            if _second_groups_interval(sentence, claims, m):
                continue
            if re.match(r"[-‐‑–]\d", sentence[m.end(): m.end() + 2]):
                continue  # a registry number in three parts (a citation's pages are claimed first: REFERENCE_IN_TEXT)
            if forms.DATE_AFTER.match(sentence, m.end()):
                claims.take(m.start(), m.end())
                continue  # "between 25 and 29 December 2020": days of a month, a date
            share = _clean_unit(m["unit"]) == "%"  # "%" or "percent"
            if forms.LABEL_WORD_BEFORE.search(sentence[max(0, m.start() - 24): m.start()]) or (
                    forms.SCHEDULE_WORD_BEFORE.search(sentence[max(0, m.start() - 8): m.start()])) or (
                    share and forms.NUMBERED_LABEL_BEFORE.search(sentence[max(0, m.start() - 8): m.start()])):
                # "stages 3–5", "grade 2-3", "during Weeks 1–4": labels, not a range of values (nor counts);
                # "from 51% in year 1 to 100% in year 3": a label, then the share it went to, read on its own
                claims.take(m.start(), m.end("low") if share else m.end())
                continue
            if forms.TELL_APART_BEFORE.search(sentence[max(0, m.start() - 30): m.start()]):
                continue  # "to differentiate between 50% and 65% survival": two values set side by side
            low, high = _number(m["low"]), _number(m["high"])
            low_unit = _clean_unit(m.groupdict().get("lunit"))
            low_unit = low_unit if low_unit.lower() != _clean_unit(m["unit"]).lower() else ""  # "5 days to 24 weeks"
            if low_unit and pattern is forms.BETWEEN:
                continue  # "between 1 month and 5 years of age": two bounds in two units, each read as a bound
            years = all(1800 <= v <= 2100 and v.is_integer() for v in (low, high))
            change = forms.FROM_BEFORE.search(sentence[max(0, m.start() - 8): m.start()]) and not (
                forms.RANGE_WORD.search(sentence[max(0, m.start() - 30): m.start()])
                or forms.GESTATION_AFTER.match(sentence, m.end())  # "from 11 to 14 weeks of gestation": a window
                or forms.AGE_AFTER.match(sentence, m.end())  # "from 25 to 79 years of age": an age band
                # "an interval from 4 to 60 days", "specificity from 83 to 95 %": times and shares are a change
                # only after a verb of change ("decreased from", "declined by 4.0% (from 36.1 to 32.1%)")
                or ((forms.TIME_UNIT_RE.fullmatch(m["unit"] or "") or share)
                    and not _after_a_verb_of_change(sentence, m.start())
                    # "(from 72 to 87.5%; p ≤ .0001)": a tested change
                    and not (share and forms.TESTED_AFTER.match(sentence, m.end())))
                or re.match(rf"{forms.SNUM}\s*[-–—]", m[0]))  # "from 32–35 weeks": a dash joins a window, "to" a change
            if low_unit and (forms.EVENT_AFTER.match(sentence, m.end())
                             or re.search(r"\bevery\s*$", sentence[max(0, m.start() - 8): m.start()])):
                continue  # "from 48 h to 6 weeks after delivery", "every 15 minutes to 1 hour": times of a schedule
            first = (FigureKind.DURATION if forms.TIME_UNIT_RE.fullmatch(m["unit"] or "") and low > 0
                     else FigureKind.PERCENTAGE if share else None)
            # "rose (42 to 80 per cent, P less than 0.02)": two shares in a bracket, tested, a change with no "from"
            # ("(73-79%; P<.001)": a dash joins a range)
            tested_pair = (share and re.search(r"[(\[]\s*$", sentence[max(0, m.start() - 3): m.start()])
                           and not re.match(rf"{forms.SNUM}\s*[-–—]", m[0])
                           and forms.TESTED_PAIR_AFTER.match(sentence, m.end()))
            if (((low >= high and not low_unit) or change or tested_pair) and first is not None and not _is_year(low)
                    and (tested_pair or forms.FROM_BEFORE.search(sentence[max(0, m.start() - 8): m.start()]))):
                # "shortened from 6 to 4 months", "rose from 3.3 to 4.4 %": two values, the first in the second's unit
                if claims.free(m.start("low"), m.end("low")):
                    claims.take(m.start("low"), m.end("low"))
                    found.append(Found(first, m.start("low"), m.end("low"), low, unit=_clean_unit(m["unit"])))
                continue
            if (low >= high and not low_unit) or years or change or not claims.claim(m):
                continue
            found.append(Found(FigureKind.RANGE, m.start(), m.end(), None, unit=_clean_unit(m["unit"]),
                               low_unit=low_unit, low=low, high=high, interval="range"))
    for m in forms.PCT_RANGE.finditer(sentence):
        if forms.CI_BEFORE.search(sentence[max(0, m.start() - 30): m.start()].rstrip("-−–")) or re.search(
                r"\d\s*%\s*[(\[]\s*$", sentence[max(0, m.start() - 8): m.start()]):
            continue  # "(95 %CI, 92 % to 98 %)", "39.4% (33.5% to 45.6%)", "(CI) -9% to 24%": an interval, given to
            #           its estimate (or to none printed)
        if _second_groups_interval(sentence, claims, m):
            continue
        ranged = forms.RANGE_WORD.search(sentence[max(0, m.start() - 30): m.start()]) or (
            forms.RANGES_LISTED_BEFORE.search(sentence, max(0, m.start() - 250), m.start()))
        changed = not ranged and (forms.CHANGE_VERB_BEFORE.search(sentence[max(0, m.start() - 50): m.start()])
                                  and not forms.BY_BEFORE.search(sentence[max(0, m.start() - 4): m.start()]))
        changed = changed or (not ranged and forms.CHANGE_VERB_FROM_BEFORE.search(
            sentence[max(0, m.start() - 100): m.start()]))
        changed = changed or (not ranged and _a_change_continued(sentence, m.start()))
        if forms.FROM_BEFORE.search(sentence[max(0, m.start() - 8): m.start()]) and (changed or (
                not ranged and (_number(m["low"]) > _number(m["high"]) or forms.TESTED_AFTER.match(sentence, m.end())))):
            # "rose from 36.3% to 46.3%", "from 0.30% to 0.24%", "from 9.1% to 16.3% (p = 0.007)": two percentages,
            # a change; "studies quoting from 2.2% to 4.4%" is a range
            continue
        if (re.search(r"[(\[]\s*$", sentence[max(0, m.start() - 3): m.start()])
                and forms.TESTED_PAIR_AFTER.match(sentence, m.end())):
            continue  # "rose (5.3% to 6.1%, p < 0.001)", "(67.4%–76.7%, p<0.0001)": two percentages, a change
        if re.match(rf"{forms.SNUM}\s*%\s*to\b", m[0]) and (changed or (
                not ranged and _number(m["low"]) > _number(m["high"]))):
            continue  # "smoking fell 12% to 9%", "(41.1% to 23.9%)": two percentages, a change (no range runs
            #           downwards; "increased by 26% to 27%" is a range)
        if claims.claim(m):
            found.append(Found(FigureKind.RANGE, m.start(), m.end(), None, unit="%",
                               low=_number(m["low"]), high=_number(m["high"]), interval="range"))
    return found


def _a_change_continued(sentence: str, position: int) -> bool:
    """Whether the values at ``position`` are a second change after the first's verb: "increased from
    54.2% to 60.2% (...) and from 27.8% to 34.8%", "increased from 82.1 to 160.0 min and from 83.2 to
    123.8 min"."""
    return bool(forms.CHANGE_CONTINUED_BEFORE.search(sentence[max(0, position - 70): position])
                and forms.CHANGE_VERB_RE.search(sentence, 0, position))


def _after_a_verb_of_change(sentence: str, position: int) -> bool:
    """Whether a verb of change governs the "from ... to ..." at ``position``, close before it, before
    what changed ("increased the proportion of PD patients from") or before the change it continues
    ("decreased from", "declined by 4.0% (from", "and from")."""
    return bool(forms.CHANGE_VERB_BEFORE.search(sentence[max(0, position - 50): position])
                or forms.CHANGE_VERB_FROM_BEFORE.search(sentence[max(0, position - 100): position])
                or _a_change_continued(sentence, position))


def _is_target(sentence: str, m: re.Match[str], found: list[Found]) -> bool:
    """Whether the share ``m`` is a target or a limit: "to achieve 7% HbA1c", "the 10% threshold",
    the next of a list whose first was ("targets at 50%, 70%, and 90%"), or the other of two limits
    ("≥ 0.5 mg/dL or 25% from baseline"). A study's power is a share it has, whatever it is to achieve ("to achieve
    90% power"). People "at 50% risk" of a condition are a group the share defines, a limit."""
    if forms.POWER_AFTER.match(sentence, m.end()):
        return False
    if forms.RISK_AFTER.match(sentence, m.end()) and forms.AT_BEFORE.search(sentence[max(0, m.start() - 8): m.start()]):
        return True
    if forms.TARGET_BEFORE.search(sentence[max(0, m.start() - 40): m.start()]) or forms.LIMIT_NOUN_AFTER.match(
            sentence, m.end()):
        return True
    last = found[-1] if found else None
    if last is None or last.kind is not FigureKind.THRESHOLD or last.end >= m.start():
        return False
    gap = sentence[last.end:m.start()]
    # "≥ 0.5 mg/dL or 25% from baseline": the other limit of a criterion, in another unit
    return ((last.unit == "%" and forms.LIST_JOIN.fullmatch(gap) is not None)
            or forms.OTHER_LIMIT_GAP.fullmatch(gap) is not None)


def _second_groups_interval(sentence: str, claims: _Claims, m: re.Match[str]) -> bool:
    """Whether the range ``m`` is the interval of a second group, printed after the first's ("95% CI
    88.3-99.1% versus 57.3-80.1%"): then it is claimed, as no range of its own."""
    if not forms.SECOND_INTERVAL_BEFORE.search(sentence[max(0, m.start() - 60): m.start()]):
        return False
    claims.take(m.start(), m.end())
    return True


def _percentage_of(sentence: str, m: re.Match[str], count: Found | None, denominator: int | None) -> Found:
    """The share printed in ``m``'s "pct" group ("47%", "47 percent"), of ``count`` when it was read."""
    end = forms.PERCENT_SIGN_AFTER.match(sentence, m.end("pct")).end()
    return Found(FigureKind.PERCENTAGE, m.start("pct"), end, _number(m["pct"]),
                 quantity=count.quantity if count else "", denominator=denominator, of_count=count)


def _counts_in_millions(sentence: str, claims: _Claims) -> list[Found]:
    """Counts in millions or billions, value as printed, with a bracketed interval after the scale or the
    noun ("310 million [235-392] YLDs", "610 million people [588-636]"). Read before ranges and counts,
    after money ("$17 million" is a cost)."""
    found: list[Found] = []
    for m in forms.MILLIONS.finditer(sentence) if "illion" in sentence else ():
        if claims.claim(m):
            noun = m["noun"].strip()
            low, high = (m["low"], m["high"]) if m["low"] else (m["low2"], m["high2"])
            interval = {"low": _number(low), "high": _number(high), "interval": "CI"} if low else {}
            found.append(Found(FigureKind.COUNT, m.start(), m.end(), _number(m["value"]),
                               unit=f"{m['scale']} {noun}".strip(), quantity=noun,
                               in_parentheses=_in_parentheses(sentence, m.start()), **interval))
    return found


def _counts(sentence: str, claims: _Claims, words: frozenset[int], grouped: frozenset[int]) -> list[Found]:
    """Counts, with a stated denominator and the percentage printed beside them when there is one."""
    found: list[Found] = []
    expected = [m for pattern in (forms.EXPECTED_COUNT, forms.EXPECTED_BEFORE_COUNT, forms.EXPECTED_WERE_COUNT)
                for m in pattern.finditer(sentence)] if "expected" in sentence else []
    for m in expected:
        end = m.end("noun") if m["noun"] else m.end()
        if claims.free(m.start("value"), end):
            claims.take(m.start("value"), end)
            noun = (m["noun"] or "").strip()
            found.append(Found(FigureKind.COUNT, m.start("value"), end, _number(m["value"]),
                               unit=f"expected {noun}".strip(), quantity="expected",
                               in_parentheses=_in_parentheses(sentence, m.start("value"))))
    for m in forms.COUNT_AFTER_PCT.finditer(sentence) if "%" in sentence else ():
        if not _is_year(_number(m["value"])) and claims.free(m.start("value"), m.end("value")):
            claims.take(m.start("value"), m.end("value"))
            found.append(Found(FigureKind.COUNT, m.start("value"), m.end("value"), _number(m["value"]),
                               in_parentheses=True))
    for m in forms.COUNT_COMMA_PCT.finditer(sentence) if "%" in sentence else ():
        if not _is_year(_number(m["value"])) and claims.claim(m):
            count = Found(FigureKind.COUNT, m.start(), m.end("value"), _number(m["value"]),
                          in_parentheses=_in_parentheses(sentence, m.start()))
            found += [count, Found(FigureKind.PERCENTAGE, m.start("pct"), m.end(), _number(m["pct"]))]
    for m in forms.PCT_COUNT.finditer(sentence):
        if claims.claim(m):
            denominator = int(_number(m["den"]))
            count = Found(FigureKind.COUNT, m.start("value"), m.end("den"), _number(m["value"]),
                          denominator=denominator, note="stated in the text")
            found += [_percentage_of(sentence, m, count, denominator), count]
    for m in forms.N_EQUALS.finditer(sentence):
        if claims.claim(m):
            found.append(Found(FigureKind.COUNT, m.start(), m.end(), _number(m["value"]),
                               quantity="n", is_group_size=True))
            listed = forms.N_LISTED.match(sentence, m.end())  # "(n = 12, 15 and 20)": each a group's size
            for more in re.finditer(r"\d+", listed[0]) if listed and claims.free(m.end(), listed.end()) else ():
                start = m.end() + more.start()
                claims.take(start, start + len(more[0]))
                found.append(Found(FigureKind.COUNT, start, start + len(more[0]), _number(more[0]),
                                   quantity="n", is_group_size=True))
    for group in forms.GROUP_SIZES.finditer(sentence):
        for m in forms.GROUP_SIZE.finditer(sentence, group.start(), group.end()):
            if not _is_year(_number(m["value"])) and claims.claim(m):
                found.append(Found(FigureKind.COUNT, m.start(), m.end(), _number(m["value"]),
                                   quantity=m["label"], is_group_size=True))
    for m in forms.COUNT.finditer(sentence):
        start = m.start("value") if not m["all"] else m.start()
        if not float(_number(m["value"])).is_integer() or forms.PER_BEFORE.search(sentence[max(0, start - 6): start]):
            continue  # "fell from 21.6 units", "per 10,000 persons": not a count
        if (re.match(r"0\d", m["value"]) and not _zero_padded_count(sentence, m)) or re.search(
                r"\bNo\.\s*$", sentence[max(0, start - 5): start]):
            claims.take(m.start("value"), m.end("value"))
            continue  # "HPTN 052 trial", "No. 1 Central Hospital": a name's number, not a count
        if m["of"] and _dated(sentence, m.start("value"), m["value"]):
            continue  # "from 1997 through 2009 of 2,901 children": a year, and the count follows it
        if _is_year(_number(m["value"])) and forms.DATE_BEFORE.search(sentence[max(0, start - 12): start]):
            continue  # "to 31 December 2007 through microbiology records": a date's year
        if forms.OUT_OF_BEFORE.search(sentence[max(0, start - 12): start]) or (
                forms.OF_AFTER_PERCENT.search(sentence[max(0, start - 16): start])) or (
                forms.LABEL_WORD_BEFORE.search(sentence[max(0, start - 12): start])):
            continue
        if not m["adj"].strip() and forms.ARM_NOUN.fullmatch(m["noun"]) and forms.ACRONYM_BEFORE.search(
                sentence[max(0, start - 12): start]):
            claims.take(m.start("value"), m.end("value"))
            continue  # "the ITCA 650 group", "DEX 1 group", "the ECASS 3 trial": a name's number
        if _is_year(_number(m["value"])) and m["value"].isdigit() and (
                forms.SINGULAR_NOUN.fullmatch(m["noun"]) or forms.YEAR_BOUND_BEFORE.search(sentence, 0, start)):
            continue  # "the A/H1N1 2009 influenza vaccine": a year in a name; a count that large takes a plural
        if m.start("value") in words and m["value"] == "1" and (
                forms.BOUND_BEFORE.search(sentence[max(0, start - 16): start])
                or forms.ONE_OF_THE.match(sentence, m.end("value"))):
            continue  # "at least one case", "one of the trials": idioms, not counts
        if not claims.free(start, m.end()):
            continue
        _take_around_times(claims, sentence, start, m.end())
        noun = m["noun"]
        if m["value"] == "1" and m["of"] and forms.ASSIGNED_TO_BEFORE.search(sentence[max(0, start - 10): start]):
            # "randomised to one of four treatment groups": the groups are counted, "one of" is the idiom
            found.append(Found(FigureKind.COUNT, m.start("of"), m.end("noun"), _number(m["of"]),
                               quantity=noun, unit=plural(noun.lower()), is_event=True))
            continue
        bound = forms.OR_BOUND_AFTER.match(sentence, m.end()) if not m["pct"] else None
        if bound:  # "had 1 attack or less per year", "3 relapses or more": a limit on how many
            claims.take(m.end(), bound.end())
            found.append(Found(FigureKind.THRESHOLD, start, m.end("noun"), _number(m["value"]), quantity=noun,
                               unit=plural(noun.lower()), measure=_comparator(bound["cmp"])))
            continue
        is_sex = bool(forms.SEX_RE.match(noun))
        denominator_text = m["slash"] or m["of"]
        denominator = int(_number(denominator_text)) if denominator_text else None
        if denominator is None and m["again"] == m["value"]:
            denominator = int(m["again_of"])  # "87 patients (87/441, 19.7%)": the count restated out of its whole
        is_all = bool(m["all"]) and m["all"].strip().lower() in ("all", "each of the", "both")
        value = _number(m["value"])
        if is_all and denominator is None:
            denominator = int(value)
        quantity = f"{m['adj'].strip()} {noun}".strip() if not is_sex else noun.lower()
        if m["all"] and m["all"].strip().lower() == "a total of":
            quantity = f"total {quantity}"
        count = Found(
            FigureKind.COUNT, start, m.end("noun"), value, quantity=quantity,
            unit="" if is_sex else plural(noun.lower()), denominator=denominator,
            note="stated in the text" if denominator is not None else None,
            is_person=bool(forms.PERSON_RE.match(noun)), is_event=not forms.PERSON_RE.match(noun),
            is_all=is_all, is_sex=is_sex, in_parentheses=_in_parentheses(sentence, start),
        )
        found.append(count)
        found += _parallel_count(sentence, claims, count, m)
        if m["of"] and forms.THE_BEFORE.search(sentence[max(0, m.start("of") - 5): m.start("of")]):
            # "15 of the 136 patients": "the 136 patients" names a group met before, a count of its own
            found.append(Found(
                FigureKind.COUNT, m.start("of"), m.end("noun"), float(denominator or 0), quantity=quantity,
                unit=count.unit, is_person=count.is_person, is_event=count.is_event, is_sex=is_sex,
                in_parentheses=count.in_parentheses))
        if m["pct"]:
            found.append(_percentage_of(sentence, m, count, denominator))
    for m in forms.SEX_SLASH_SECOND.finditer(sentence) if "/" in sentence else ():
        if claims.claim(m):
            sex = bool(forms.SEX_RE.match(m["noun"]))
            found.append(Found(FigureKind.COUNT, m.start(), m.end(), _number(m["value"]), quantity=m["noun"].lower(),
                               unit="" if sex else m["noun"].lower(), is_person=True, is_sex=sex,
                               in_parentheses=_in_parentheses(sentence, m.start())))
    for m in forms.OF_COUNT.finditer(sentence):
        if m.start("value") in words and m.start("den") in words and (m["value"] == "1" or re.search(
                r"\b(?:than|least|most|to|over|under)\s*$", sentence[max(0, m.start() - 8): m.start()])):
            continue  # "one of two mixes": words counting the design, not data ("six of eight EUs" are); "more
            #           than four of seven": a limit
        if _dated(sentence, m.start("value"), m["value"]):
            continue  # "through 2009 of 2,901 children": a year, not 2009 of them
        if re.search(r"[.·]", m["value"] + m["den"]):
            continue  # "135.2/16.4": no count has a decimal part
        if "/" in m[0] and (_is_date_pair(m["value"], m["den"])
                            or forms.RATIO_BEFORE.search(sentence[max(0, m.start() - 20): m.start()])):
            claims.take(m.start(), m.end())
            continue  # "in 2010/11", "until 9/2012": dates; "a male/female ratio of 1/4": a ratio
        if "/" in m[0] and (forms.SNELLEN.search(sentence[max(0, m.start() - 80): m.end() + 30])
                            or (forms.SNELLEN.search(sentence) and forms.SNELLEN_FRACTION.match(sentence, m.start()))
                            or forms.LABEL_BEFORE.search(sentence[max(0, m.start() - 20): m.start()])):
            continue  # "acuity worse than 20/200" is a Snellen fraction, not a count
        if (m["value"] == "1" and "/" not in m[0]
                and forms.ASSIGNED_TO_BEFORE.search(sentence[max(0, m.start() - 10): m.start()])
                and forms.WORD_AFTER.match(sentence, m.end("den"))):
            if claims.claim(m):  # "allocated to 1 of 3 turning schedules": the schedules are counted ("fell
                #                  from 9 of 40 to one of 38 (2.6%)" is a count)
                found.append(Found(FigureKind.COUNT, m.start("den"), m.end("den"), _number(m["den"])))
            continue
        if claims.claim(m):
            denominator = int(_number(m["den"]))
            count = Found(FigureKind.COUNT, m.start(), m.end("den"), _number(m["value"]),
                          denominator=denominator, note="stated in the text")
            found.append(count)
            if m["pct"]:
                found.append(_percentage_of(sentence, m, count, denominator))
    for m in forms.COUNT_PCT.finditer(sentence):
        if _reads_as_year(_number(m["value"]), m.start("value"), grouped) and not m["slash"] and not (
                forms.COUNTED_AFTER_SHARE.match(sentence, m.end())
                and not forms.YEAR_NAMED_BEFORE.search(sentence, max(0, m.start() - 20), m.start())):
            continue  # "between 1990 (64.0%) and 1997 (58.3%)": years, each with its percentage (not "1934 (60%)
            #           underwent surgery", "1917 (23.5%) patients": people, with their share)
        if not m["slash"] and forms.OUT_OF_BEFORE.search(sentence[max(0, m.start() - 12): m.start()]) and claims.claim(m):
            # "1 patient out of 15 (6.7%)": the whole the count before it is out of, then that count's share
            found.append(_percentage_of(sentence, m, None, int(_number(m["value"]))))
            continue
        if claims.claim(m):
            denominator = (int(_number(m["slash"])) if m["slash"] else
                           int(_number(m["of"])) if m["of"] else None)
            after = forms.NOUN_AFTER.match(sentence, m.end())
            noun = after["noun"] if after else ""
            is_person = bool(noun and forms.PERSON_RE.match(noun))
            count = Found(
                FigureKind.COUNT, m.start(), m.end("slash") if m["slash"] else m.end("value"),
                _number(m["value"]), quantity=noun.lower(),
                unit=plural(noun.lower()) if noun and not forms.SEX_RE.match(noun) else "",
                denominator=denominator,
                note="stated in the text" if denominator is not None else None,
                is_person=is_person, is_sex=bool(noun and forms.SEX_RE.match(noun)),
                is_event=bool(noun) and not is_person,
            )
            percentage = _percentage_of(sentence, m, count, denominator)
            if m["pcmp"]:
                percentage.start, percentage.measure = m.start("pcmp"), _comparator(m["pcmp"])
            found += [count, percentage]
    return found


_ESTIMATED_KINDS = (FigureKind.PERCENTAGE, FigureKind.ESTIMATE, FigureKind.RATIO, FigureKind.MEAN)


def _loose_intervals(sentence: str, claims: _Claims, found: list[Found]) -> None:
    """Give a CI printed apart from its estimate to the nearest earlier estimate lacking one."""
    _give_intervals([m for m in forms.LOOSE_CI.finditer(sentence) if claims.claim(m)], found, _ESTIMATED_KINDS)


def _give_intervals(intervals: list[re.Match[str]], found: list[Found],
                    kinds: tuple[FigureKind, ...] | None = None) -> None:
    """Give each CI printed apart from its estimate to the nearest figure before it (of ``kinds``,
    if given) that lacks one: a CI whose bounds carry a unit ("95% CI 200 to 500 inpatient deaths")
    may belong to a modelled count as well."""
    for m in intervals:
        earlier = [f for f in found if f.end <= m.start() and f.low is None and f.value is not None
                   and (kinds is None or f.kind in kinds)]
        if earlier:
            target = max(earlier, key=lambda f: f.end)
            target.low, target.high = _number(m["low"]), _number(m["high"])
            target.interval = f"{m['level']}% CI"


def _when_after_event(sentence: str, m: re.Match[str], earlier: str) -> bool:
    """Whether a time printed before an event ("6 months after surgery") says when, not how long: it opens the
    sentence (outside a case's story), or it follows an event ("after", not "before") and a noun or an adjective
    ("mortality 28 days after colectomy"), not a word that leads a span of time ("within", "for", "the") or a verb
    of what happened then ("died five years after")."""
    if not sentence[:m.start()].strip():
        return not forms.CASE_TOLD_BEFORE.search(earlier)
    word = forms.WORD_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
    return (word is not None and forms.AFTER_EVENT.match(sentence, m.end("unit")) is not None
            and not forms.HOW_LONG_WORD.fullmatch(word["word"]) and not forms.VERB_FORM.fullmatch(word["word"]))


def _dated(sentence: str, start: int, printed: str) -> bool:
    """Whether the first number of "X of Y" is a year that a word of dates leads to ("from 1997
    through 2009 of 2,901 children"), not X of Y."""
    return (printed.isdigit() and _is_year(float(printed))
            and forms.DATE_WORD_BEFORE.search(sentence[max(0, start - 10): start]) is not None)


def _after_listed_times(sentence: str, end: int) -> int:
    """Where the noun of a list of hyphenated times begins: past the times listed after the one ending at
    ``end`` ("the [24-month] and 36-month course" shares "course")."""
    while listed := forms.HYPHENATED_TIMES_LISTED.match(sentence, end):
        end = listed.end()
    return end


def _is_date_pair(first: str, second: str) -> bool:
    """Whether "first/second" is a season or a month and year ("2010/11", "1989/1990", "9/2012"), not a count."""
    if not (first.isdigit() and second.isdigit()):
        return False
    if _is_year(float(first)):
        return len(second) == 2 or _is_year(float(second))
    return int(first) <= 12 and len(second) == 4 and _is_year(float(second))


def _is_year(value: float) -> bool:
    return float(value).is_integer() and 1800 <= value <= 2035


def _reads_as_year(value: float, start: int, grouped: frozenset[int]) -> bool:
    """Whether the number at ``start`` may be a year: year-like digits not printed with a thousands separator
    ("1,819 injuries" is a count whatever its digits)."""
    return _is_year(value) and start not in grouped


def _bracketed_counts(sentence: str, claims: _Claims) -> list[Found]:
    """A whole number alone in brackets after the words naming a group ("pneumonia (126), meningitis/sepsis (17)",
    "randomly assigned to haemorrhoidectomy (50) or rubber band ligation (50)", "Eligible patients (1439)"): how many
    the group holds. Read in a list of two or more such groups, or after people or events named or a share of them;
    not a year, nor items numbered in their order, from (1) then (2) ("human (1), professional (2), care (3)", "to (1)
    describe ... and (2) identify"), nor a code ("none (0) or all (1)")."""
    in_order = [int(m["value"]) for m in forms.NUMBERED_POINT.finditer(sentence)]
    numbered = set(in_order) if in_order[:2] == [1, 2] else set()  # "pulmonary (2), pleural (2), miliary (1)" count
    items = [m for m in forms.BRACKETED_COUNT.finditer(sentence)
             if claims.free(m.start("value"), m.end("value")) and not _is_year(_number(m["value"]))
             and int(m["value"]) not in numbered | {0}]
    found: list[Found] = []
    for m in items:
        if len(items) >= 2 or forms.COUNTED_NAMED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            claims.take(m.start("value"), m.end("value"))
            found.append(Found(FigureKind.COUNT, m.start("value"), m.end("value"), _number(m["value"])))
    return found


def _bare_counts(sentence: str, claims: _Claims, words: frozenset[int], grouped: frozenset[int]) -> list[Found]:
    """Integers no rule above read, that read as counts: "174 participants received
    inebilizumab and 56 received placebo", "56 in men", "1539 adults in 1991 and 2055 in 1997".

    Not: years, numbers that label something ("phase 3", "Table 1", "EDSS 6", "aged 45"),
    dates, enumerations "(1)", ratios "1:7", and number words (which count only with a noun).
    """
    found: list[Found] = []
    scales = [s.end() for s in forms.RATE_SCALE_BEFORE.finditer(sentence)] if "00" in sentence else []
    for m in forms.BARE_COUNT.finditer(sentence):
        value = int(m["value"])
        if m["value"].startswith("0"):
            continue  # "protocol 0233": an identifier
        scale = next((end for end in reversed(scales) if m.start() - 300 <= end <= m.start()), None)
        rate = scale is not None and forms.RATE_LISTED_AFTER.match(sentence, m.end()) is not None
        opening = not sentence[:m.start()].strip()
        # "1990 were assigned metoprolol", "1878 in the alendronate group": no year; "lower in 2010 in the
        # intervention arm" is one
        allocated = (forms.ALLOCATED_AFTER.match(sentence, m.end())
                     and not forms.YEAR_PREPOSITION_BEFORE.search(sentence, 0, m.start()))
        if (m.start() in words and not forms.WORD_COUNT_AFTER.match(sentence, m.end())
                and not forms.WORD_LISTED_AFTER.match(sentence, m.end())
                and not (opening and forms.WORD_OPENING_COUNT_AFTER.match(sentence, m.end()))) or (
                _reads_as_year(value, m.start(), grouped) and m.start() not in words and not rate
                and not allocated) or value == 0:
            continue  # "Two thousand abstracts"
        before = sentence[max(0, m.start() - 40): m.start()]
        if 2035 < value <= 2100 and forms.YEAR_AHEAD_BEFORE.search(before):
            continue  # "cases and deaths by 2040": a year ahead, as a projection names it
        if re.search(r"\d\s*:\s*$", before) or re.match(r"\s+:\s+\d", sentence[m.end():]):
            continue  # "1: 32", "5 : 1": a titre or a ratio, not a count
        if re.search(r"\d;$", before) or re.match(r";\d", sentence[m.end():]):
            continue  # "At age 5;6": years;months, as child-language studies print an age
        if forms.AT_BEFORE.search(before):
            continue  # "78% at 3 months, 86% at 6", "6.3% at 37": a time point whose unit is printed once
        if (opening or before.rstrip().endswith(":")) and (forms.ENUMERATOR_AFTER.match(sentence, m.end())
                                                           or sentence[m.end():].strip() in (".", ")")):
            continue  # "1. Nine healthy subjects ... 2. Four methods", "obtained: 1. Transient ...": a numbered point
        listed = re.sub(r"(?:\d+\s*(?:,\s*)?(?:and|or)?\s*)+$", "", before)
        to_unit = forms.LIST_TO_UNIT.match(sentence, m.end())
        if to_unit and forms.HOW_LONG_LIST_BEFORE.search(listed):
            unit = re.search(r"[A-Za-z]+$", to_unit[0])
            if unit and forms.TIME_UNIT_RE.fullmatch(unit[0]) and claims.claim(m):
                # "for 12 or 16 weeks", "within 12, 18, and 24 hours": how long each was, in the unit printed last
                found.append(Found(FigureKind.DURATION, m.start(), m.end(), float(value),
                                   unit=_clean_unit(unit[0]).lower()))
            continue
        if to_unit or (listed != before and forms.LABEL_BEFORE.search(listed)):
            continue  # "at 1, 3, and 5 years", "on days 1 and 15"
        if re.search(r"\bout\s+of\s*$", before) or forms.OF_AFTER_PERCENT.search(before):
            continue  # "13 (13%) eyes out of 100 eyes", "307 (81%) of 378": what it is out of
        if forms.is_rate_scale(sentence, m.start(), m.end()):
            continue  # "8.6 in 100 PY": the scale of a rate, not a count
        if forms.IDENTIFIER_BEFORE.search(before) or forms.FIELD_STRENGTH_AFTER.match(sentence, m.end()):
            continue  # "ISRCTN number, 50189673", "a 7 T scanner"
        if forms.STUDY_BEFORE.search(before) and forms.STUDY_NAMED_AFTER.match(sentence, m.end()):
            continue  # "(study 1, n = 469)", "in study 2 was higher": a study's number, not a count
        subject = (forms.WORD_COUNT_AFTER.match(sentence, m.end())
                   and forms.SUBJECT_COUNT_BEFORE.search(sentence, max(0, m.start() - 130), m.start()))
        if (forms.LABEL_BEFORE.search(before) or not (forms.COUNT_CONTEXT.search(before) or subject)
                or forms.DATE_AFTER.match(sentence, m.end())
                or forms.DATE_BEFORE.search(before)):
            continue
        if (forms.UNIT_AFTER.match(sentence, m.end()) and not forms.DAY_HOUR_AFTER.match(sentence, m.end())) or (
                forms.MEASURED_PARTNER_AFTER.match(sentence, m.end())):
            continue  # "(125 U/L)", "(109 vs 113 μm)": a measurement, not a count
        if rate and claims.claim(m):
            # "prevalence (all per 100,000): 41 in 40 to 49 years; 107 in ...": rates on the scale named once
            named = forms.RATE_SCALE_BEFORE.search(sentence, max(0, scale - 40), scale)
            found.append(Found(FigureKind.ESTIMATE, m.start(), m.end(), float(value), quantity="rate",
                               unit=f"per {named['scale']}"))
        elif (scored := _scores_compared(sentence, m.start(), m.end())) and claims.claim(m):
            claims.take(scored.start("value"), scored.end("value"))
            found += [Found(FigureKind.MEAN, m.start(), m.end(), float(value), quantity="score"),
                      Found(FigureKind.MEAN, scored.start("value"), scored.end("value"), _number(scored["value"]),
                            quantity="score")]
        elif claims.claim(m):
            found.append(Found(FigureKind.COUNT, m.start(), m.end(), float(value),
                               in_parentheses=_in_parentheses(sentence, m.start())))
    return found


def _scores_compared(sentence: str, start: int, end: int) -> re.Match[str] | None:
    """The second value when a bare whole number at ``[start, end)`` opens a bracket comparing two groups'
    scores with a p value ("standard scores of the WRAT Reading (102 vs. 107, p = 0.016)"): both are means."""
    if not forms.OPEN_BRACKET_BEFORE.search(sentence[max(0, start - 3): start]):
        return None
    if not forms.SCORE_NAMED.search(sentence, max(0, start - 100), start):
        return None
    return forms.SCORES_COMPARED_AFTER.match(sentence, end)


def _percentages_listed(sentence: str, claims: _Claims) -> list[Found]:
    """The values listed before the one that carries the list's per cent sign ("sensitivities were 98.7,
    100, 96.0 and 100%", "(14.8 vs. 24.8 and 19.8%)"), each a percentage; the last is read as any
    percentage is. A name's numbers before the list ("EDSS 6, 7 and 29%") are not a share, nor is
    the tail of a list whose earlier values have units of their own ("1.53kg, 6.34cm, 0.33, 0.05, and 1.11%")."""
    found = []
    for m in forms.PERCENT_LIST.finditer(sentence):
        before = sentence[max(0, m.start() - 12): m.start()]
        if not _shares_sign_after(sentence, m.start()) or forms.LIST_GOES_ON_BEFORE.search(before):
            continue
        for item in forms.LIST_ITEM.finditer(m["items"]):
            start, end = m.start("items") + item.start(), m.start("items") + item.end()
            if re.search(r"[-–]", item.group()):
                continue  # a range of shares among them, the range rule's
            value = _number(item.group())
            if value <= 100 and not _is_year(value) and claims.free(start, end):
                claims.take(start, end)
                found.append(Found(FigureKind.PERCENTAGE, start, end, value))
    return found


def _shares_sign_after(sentence: str, start: int) -> bool:
    """Whether the number at ``start`` may share the per cent sign printed after a later one: after a word
    that reports or compares ("were 66 and 72%", "compared to 55 and 52%"), or opening the sentence ("4, 17,
    29 and 50% of the patients were ..."); not after a name's number ("EDSS 6 and 29%")."""
    return (forms.PAIRED_PERCENT_BEFORE.search(sentence[max(0, start - 28): start]) is not None
            or not sentence[:start].strip())


def _counts_compared(sentence: str, claims: _Claims, found: list[Found]) -> list[Found]:
    """The second of two counts compared, printed bare after the first ("days with delirium (105 vs.
    161, P=0.02)"): a count of the same thing."""
    second = []
    for figure in found:
        if figure.kind is not FigureKind.COUNT or figure.value is None or figure.of_count is not None:
            continue
        more = forms.VERSUS_NEXT.match(sentence, figure.end)
        if more and "." not in more["value"] and claims.free(more.start("value"), more.end("value")):
            claims.take(more.start("value"), more.end("value"))
            second.append(Found(FigureKind.COUNT, more.start("value"), more.end("value"), _number(more["value"]),
                                quantity=figure.quantity, unit=figure.unit))
    return second


def _plural_counts(sentence: str, claims: _Claims, grouped: frozenset[int]) -> list[Found]:
    """Counts of things the noun lists do not name, from the plural noun that follows them:
    "4 proposed components", "nine sibships", "71 systematic reviews". Never a year, a label
    ("phase 3 trials"), a date, a time ("two decades" is a duration) or a measure ("3 points")."""
    found: list[Found] = []
    for m in forms.PLURAL_COUNT.finditer(sentence):
        value = int(m["value"])
        before = sentence[max(0, m.start() - 40): m.start()]
        measured = forms.NOT_COUNTED.match(m["noun"]) and not forms.TIME_POINTS.search(m["adj"] + " " + m["noun"])
        if (value < 2 or _reads_as_year(value, m.start("value"), grouped) or measured
                or forms.PER_BEFORE.search(before)
                or forms.MEASURED_BEFORE_NOUN.match(m["adj"])
                or re.search(r"(?:\bout\s+of|\d\s*(?:to|[-–—]))\s*$", before)
                or forms.TIME_UNIT_RE.fullmatch(m["noun"]) or forms.LABEL_BEFORE.search(before)
                or forms.DATE_BEFORE.search(before)):
            continue
        if claims.free(m.start("value"), m.end("value")):
            claims.take(m.start("value"), m.end("value"))
            found.append(Found(FigureKind.COUNT, m.start("value"), m.end("noun"), float(value),
                               quantity=f"{m['adj'].strip()} {m['noun']}".strip(),
                               unit=m["noun"], is_event=True,  # plural already: "GPs", "strata"
                               in_parentheses=_in_parentheses(sentence, m.start())))
    return found


def _named_ends(sentence: str, claims: _Claims) -> list[Found]:
    """A range printed as its two ends, each named ("min=20, max=54", "minimum 20 and maximum 54 years"); read
    before the thresholds, which would take "minimum 20" alone for a bound and leave the maximum unread."""
    found: list[Found] = []
    for m in forms.MIN_MAX.finditer(sentence):
        if claims.claim(m):
            found.append(Found(FigureKind.RANGE, m.start(), m.end(), None,
                               unit=_clean_unit(m["unit"]) or _clean_unit(m["lunit"]),
                               low=_number(m["low"]), high=_number(m["high"]), interval="range"))
    return found


def _ones_in(sentence: str, claims: _Claims) -> list[Found]:
    """One out of so many ("1 in 83", "one in 19 women"): a count of one, out of the second number, which is
    no count of its own; after a bound ("≥1 in 250", "more than 1 in 5"), a limit of one. Not after a label
    ("grade 1 in 12 patients") nor out of a year ("1 in 2005")."""
    found: list[Found] = []
    for m in forms.ONE_IN.finditer(sentence):
        if (_is_year(_number(m["n"])) or forms.LABEL_WORD_BEFORE.search(sentence[max(0, m.start() - 24): m.start()])
                or not claims.claim(m)):
            continue
        if m["bound"]:
            found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), 1.0, measure=_comparator(m["bound"].strip())))
        else:
            found.append(Found(FigureKind.COUNT, m.start(), m.end(), 1.0, denominator=int(_number(m["n"]))))
    return found


def _interval_of_the_value_before(sentence: str, m: re.Match[str]) -> bool:
    """Whether a CI whose bounds carry a unit is the interval of a value printed with that unit right before it
    ("6.6 mm (95% CI 1.6 to 11.6 mm)"), which the estimates read with it."""
    before = forms.UNIT_OF_THE_VALUE_BEFORE.search(sentence[max(0, m.start() - 24): m.start()])
    return (before is not None and not m["cur"] and (m["tail"] or "").strip() == before["unit"]
            and before["unit"] not in ("million", "billion"))


def _scan(sentence: str, words: frozenset[int] = frozenset(), earlier: str = "",
          grouped: frozenset[int] = frozenset()) -> list[Found]:
    """Every figure in one sentence, in the order of the patterns (most specific first).

    ``words`` holds the offsets of numbers that were printed as words, ``grouped`` those printed with thousands
    separators.
    """
    claims = _Claims()
    for m in chain(forms.REFERENCE_IN_TEXT.finditer(sentence),
                   # a long number is a record's, unless printed grouped as a quantity is ("$315,400,000")
                   (name for name in forms.PART_OF_A_NAME.finditer(sentence)
                    if not (name.start() in grouped and name[0].isdigit())),
                   forms.CALENDAR_YEARS.finditer(sentence),
                   forms.RATE_SCALE.finditer(sentence), forms.DAYS_OF_A_MONTH.finditer(sentence),
                   forms.CLOCK_TIME.finditer(sentence),
                   forms.LEVEL_OF_UNPRINTED_INTERVALS.finditer(sentence) if "nterval" in sentence or "imit" in sentence
                   else (),
                   forms.STANDARD_ERROR.finditer(sentence) if "tandard error" in sentence else (),
                   forms.TIME_OF_A_SHARE.finditer(sentence) if "%" in sentence else ()):
        claims.take(m.start(), m.end())
    ones_in = _ones_in(sentence, claims) if " in " in sentence else []
    absolute = _absolute_effects(sentence, claims)
    unit_cis = [m for m in forms.UNIT_CI.finditer(sentence) if (m["cur"] or m["tail"])
                and not _interval_of_the_value_before(sentence, m) and claims.claim(m)] if "%" in sentence else []
    found = ones_in + absolute + _percentages_listed(sentence, claims)
    found += _named_ends(sentence, claims) if "min" in sentence.lower() else []
    found += _pressures_with_sds(sentence, claims)
    found += _estimates(sentence, claims, words)
    found += _economics(sentence, claims)
    found += _counts_in_millions(sentence, claims)
    found += _pressure_pairs(sentence, claims)
    found += _bare_pairs(sentence, claims, earlier)
    found += _summaries_named_after(sentence, claims) if "(" in sentence or "[" in sentence else []
    found += _measures_changed_from_to(sentence, claims) if " from " in sentence else []
    found += _summaries(sentence, claims, found)
    found += _sd_pairs(sentence, claims)
    found += _means_with_spread(sentence, claims)
    for m in forms.APA_MEAN.finditer(sentence) if "M" in sentence else ():
        if claims.claim(m):
            found.append(Found(FigureKind.MEAN, m.start(), m.end(), _number(m["value"]),
                               unit=_clean_unit(m["unit"]).lower(),
                               sd=_number(m["sd"] or m["sd2"]) if m["sd"] or m["sd2"] else None))
    found += _doses(sentence, claims)
    found += _bare_intervals(sentence, claims, earlier)
    for m in chain(forms.SEASON.finditer(sentence), forms.TIME_PAIR.finditer(sentence),
                   forms.MONTH_YEAR.finditer(sentence)):
        claims.take(m.start(), m.end())  # "the 2004/2005 season", "the 0/1 h algorithm", "11/2007": not 2004 out of 2005
    for m in forms.PER_TIME.finditer(sentence) if ("per" in sentence or "/" in sentence) else ():
        fraction = m["scale"] and "/" in m[0] and m["value"].isdigit()  # "3 1/2 years", "31 6/7 weeks": a fraction
        if not fraction and not _is_year(_number(m["value"])) and claims.claim(m):
            found.append(Found(FigureKind.ESTIMATE, m.start(), m.end(), _number(m["value"]), quantity="rate",
                               unit="per " + " ".join(filter(None, (m["scale"], m["unit"].lower())))))
    for m in forms.OCCASIONS.finditer(sentence) if "times" in sentence else ():
        # "3 times a week", "followed up 6 times over 20 years": how often, a count; in words ("three times daily")
        # it is most often a dosing schedule, which keys leave unmarked
        if m.start("value") in words or not claims.claim(m):
            continue
        bound = forms.OCCASIONS_BOUND_BEFORE.search(sentence, max(0, m.start() - 24), m.start())
        if bound:  # "more than 12 times a year": a limit on how often
            found.append(Found(FigureKind.THRESHOLD, bound.start(), m.end(), _number(m["value"]), unit="times",
                               measure=_comparator(bound["sign"] or bound["words"])))
        else:
            found.append(Found(FigureKind.COUNT, m.start(), m.end(), _number(m["value"]), unit="times"))
    found += _counts(sentence, claims, words, grouped)
    loose = [m for m in forms.LOOSE_CI.finditer(sentence) if claims.free(m.start(), m.end())]
    for m in loose:  # keep a CI ("95% CI: 77-96%") from being read as percentages
        claims.take(m.start(), m.end())
    for m in forms.PAIRED.finditer(sentence):
        if (_is_year(_number(m["value"])) or forms.TIME_POINT.search(sentence[max(0, m.start() - 12): m.start()])
                or not claims.free(m.start("value"), m.end("value"))
                or (m["pct"] and not _shares_sign_after(sentence, m.start()))):
            continue
        claims.take(m.start("value"), m.end("value"))
        percent = m["pct"] is not None or m["unit"] in ("%", "percent")
        found.append(Found(FigureKind.PERCENTAGE if percent else FigureKind.DURATION, m.start("value"),
                           m.end("value"), _number(m["value"]),
                           unit="" if percent else _clean_unit(m["unit"]).lower()))
    for m in forms.PERCENT.finditer(sentence):
        if forms.LEVEL_NAMED_BEFORE.search(sentence[max(0, m.start() - 30): m.start()]) and not re.match(
                r"\s*(?:[-‐‑–—]|to\b)\s*\d", sentence[m.end():]):
            claims.take(m.start(), m.end())
            continue  # "a confidence interval of 95% (CI 95%)": the level of the intervals, not a result
        if claims.claim(m):
            group = forms.PERCENTILE_BEFORE.search(sentence[max(0, m.start() - 30): m.start()])
            sign = forms.SIGN_BEFORE.search(sentence[max(0, m.start() - 3): m.start()])
            solution = forms.SOLUTION_AFTER.match(sentence, m.end())
            # "10.7% atenolol vs 12.0% control": the drug names a group, compared with another group's share
            compared = solution and forms.PERCENT_PARTNER_AFTER.match(sentence, solution.end())
            strength_compared = compared and forms.SOLUTION_AFTER.match(sentence, compared.end())
            if (solution and (not compared or strength_compared)) or forms.SOLUTION_BEFORE.search(
                    sentence[max(0, m.start() - 30): m.start()]):  # "0.9% saline", "bupivacaine 0.5%": the strength given
                #                                                  ("10.7% atenolol vs 12.0% control": shares of groups)
                found.append(Found(FigureKind.DOSE, m.start(), m.end(), _number(m["value"]), unit="%"))
                continue
            if forms.SIGNIFICANCE_AFTER.match(sentence, m.end()) or (  # "at the 5% significance level": a limit set
                    sentence[m.end(): m.end() + 6] == " level"
                    and forms.SIGNIFICANT_AT_LEVEL.search(sentence[max(0, m.start() - 40): m.start()])):
                found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]), unit="%",
                                   quantity="significance level"))
                continue
            if forms.SIGNIFICANCE_PERCENT_BEFORE.search(sentence[max(0, m.start() - 50): m.start()]):
                found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]), unit="%",
                                   quantity="significance level"))  # "The significance level was 5%"
                continue
            rate = (forms.PERSON_TIME_AFTER.match(sentence, m.end())
                    or forms.PER_YEAR_SLASH_AFTER.match(sentence, m.end()))
            if rate and not sign and "/" not in rate[0]:  # "5.0% per person-year": a share per year, as "3.5% per year"
                found.append(Found(FigureKind.PERCENTAGE, m.start(), m.end(), _number(m["value"]),
                                   unit=re.sub(r"\s+", " ", rate[0]).strip()))
                continue
            if rate and not sign:  # "0.51%/py": events per person-time; "1.2%/yr": a change per year
                found.append(Found(FigureKind.ESTIMATE, m.start(), rate.end(), _number(m["value"]),
                                   unit="%" + re.sub(r"\s+", " ", rate[0]).rstrip(), quantity="rate"))
                continue
            if sign:  # "-27%", "+3%": a change in per cent, which a share cannot be
                negative = sign["sign"][0] in "-−"
                found.append(Found(FigureKind.ESTIMATE, m.start() - len(sign[0]), m.end(),
                                   -_number(m["value"]) if negative else _number(m["value"]),
                                   unit="%", quantity="change"))
                continue
            spread = forms.SD_AFTER_PERCENT.match(sentence, m.end()) or (
                forms.PERCENT_SD_AFTER.match(sentence, m.end())
                if forms.MEAN_SD_HEADER.search(sentence[max(0, m.start() - 40): m.start()]) else None)
            if spread and claims.free(m.end(), spread.end()) and forms.SURVIVAL_BEFORE.search(
                    sentence[max(0, m.start() - 100): m.start()]):
                claims.take(m.end(), spread.end())  # "EFS at 6 years was 87% (SD = 2%)": a survival estimate
                found.append(Found(FigureKind.PERCENTAGE, m.start(), m.end(), _number(m["value"]),
                                   sd=_number(spread["sd"])))
                continue
            if spread and claims.free(m.end(), spread.end()):  # "5.4 per cent (SD 6.2)": a mean of per cents
                claims.take(m.end(), spread.end())
                found.append(Found(FigureKind.MEAN, m.start(), spread.end(), _number(m["value"]), unit="%",
                                   sd=_number(spread["sd"])))
                continue
            if forms.PREDICTED_AFTER.match(sentence, m.end()):  # "FEV1 35.8% predicted": a measurement's level
                found.append(Found(FigureKind.MEAN, m.start(), m.end(), _number(m["value"]), unit="% predicted"))
                continue
            kind = FigureKind.THRESHOLD if group or _is_target(sentence, m, found) else FigureKind.PERCENTAGE
            if (kind is FigureKind.PERCENTAGE and forms.DIFFERENCE_BEFORE.search(sentence[max(0, m.start() - 40): m.start()])
                    and not forms.LEVEL_OF_AN_INTERVAL_AFTER.match(sentence, m.end())
                    and not forms.ONE_OF_THE.match(sentence, m.end())  # "(44.4% of the LDU-LV vs ...)": a share
                    and not forms.PER_CENT_COMPARED_AFTER.match(sentence, m.end())):  # "difference, 67% compared to 94%"
                found.append(Found(FigureKind.PERCENTAGE_POINTS, m.start(), m.end(), _number(m["value"]),
                                   unit="percentage points"))  # "(difference, 0.94%", "(Δ=11.4%": two shares apart
                continue
            found.append(Found(kind, m.start(), m.end(), _number(m["value"]),
                               unit="%" if kind is FigureKind.THRESHOLD else ""))
    for m in forms.SPACED_INTERVALS.finditer(sentence):
        if claims.claim(m):
            printed_unit = m["unit"] or m["often_unit"]
            unit = _PER_TIME_UNIT.get(printed_unit.lower(), _clean_unit(printed_unit).lower())
            found.append(Found(FigureKind.DURATION, m.start(), m.end(), _number(m["value"] or m["often"]),
                               quantity="interval", unit=unit))
    for m in forms.DURATION.finditer(sentence):
        if re.search(r"(?:±|\+/-)\s*(?:\(SD\)\s*)?$", sentence[max(0, m.start() - 10): m.start()]):
            claims.take(m.start(), m.end())
            continue  # "38.8 ± 1.06 weeks", "84+/- (SD) 6.8 years": the SD of a mean, not a time
        if forms.COMPOUND_TIME.search(sentence[max(0, m.start() - 24): m.start()]):
            claims.take(m.start(), m.end())
            continue  # "8 years and 9 months": one age, read with its years
        if _number(m["value"]) == 0 or forms.FROM_ZERO_BEFORE.search(sentence[max(0, m.start() - 24): m.start()]):
            claims.take(m.start(), m.end())
            continue  # "a δ from 0 h to 1 h": hour zero and the times counted from it are times, not how long
        if m["unit"].lower() == "second" and _number(m["value"]) != 1 and not m["hyphen"]:
            continue  # "15 second eye surgeries": the ordinal, not a time
        age_limit = forms.AGE_LIMIT_BEFORE.search(sentence[max(0, m.start() - 30): m.start()])
        named_gestation = forms.GESTATION_AFTER.match(sentence, m.end("unit"))
        gestation = named_gestation is not None or (
            m["unit"].lower().startswith("week") and 20 <= _number(m["value"]) <= 44
            and (forms.BIRTH_LIMIT_BEFORE.search(sentence[max(0, m.start() - 40): m.start()]) is not None
                 or (forms.WEEKS_LIMIT_BEFORE.search(sentence[max(0, m.start() - 12): m.start()]) is not None
                     and forms.PERINATAL.search(sentence) is not None)))
        if age_limit or gestation:  # "after age 80 years", "before 37 weeks of gestation": a limit, not a time
            if (gestation and not age_limit and forms.AT_BEFORE.search(sentence[max(0, m.start() - 8): m.start()])
                    and not forms.LATER_AFTER.match(sentence, named_gestation.end() if named_gestation else m.end())):
                claims.take(m.start(), m.end())  # "a test at ∼28 weeks of gestation": when
            elif claims.claim(m):
                found.append(Found(FigureKind.THRESHOLD, m.start(), m.end("unit"), _number(m["value"]),
                                   unit=_clean_unit(m["unit"]).lower() + ("" if age_limit else " of gestation"),
                                   quantity="age" if age_limit else "gestational age"))
            continue
        unlisted = forms.TIMES_LISTED_BEFORE.sub("", sentence[max(0, m.start() - 60): m.start()])
        if (not m["unit"].lower().endswith("s") and forms.ENDPOINT_AFTER.match(sentence, m.end("unit"))) or (
                forms.CONFIRMED_AFTER.match(sentence, m.end("unit"))):  # "a 24 weeks confirmed disability worsening"
            claims.take(m.start(), m.end())
            continue  # "5 year actuarial risk", "1 year mortality": an endpoint's name, as "3-month CDP" is
        after_times = _after_listed_times(sentence, m.end())
        spanned = forms.SPAN_NOUN.match(sentence, after_times) or (
            forms.SHORT_TIME_UNIT.fullmatch(m["unit"]) and forms.SITTING_NOUN.match(sentence, after_times))
        if m["hyphen"] and m["after"] and forms.BY_FOLLOW_UP.search(sentence, max(0, m.start() - 8), m.start()):
            claims.take(m.start(), m.end())
            continue  # "retention by 3-month follow-up was 67%": the visit, as "at 3-month follow-up" is
        if (m["hyphen"] and not m["after"] and not spanned) or forms.TIME_POINT.search(
                sentence[max(0, m.start() - 20): m.start()]) or forms.TIME_POINT.search(unlisted[-12:]) or (
                forms.OF_AGE.match(sentence, m.end())) or (
                forms.THEN_AFTER.match(sentence, m.end("unit")) and not forms.NARRATIVE.search(sentence)) or (
                forms.AGE_AFTER.match(sentence, m.end()) and not m["unit"].lower().endswith("s")):
            claims.take(m.start(), m.end())
            # "a 12-month group", "at 12 months", "6 months of age", "a 32 year old woman": when or how old, not
            # how long ("the programme was 13 years old" says how long it has run)
            continue
        if forms.EVENT_AFTER.match(sentence, m.end("unit")) and not forms.FOR_BEFORE.search(
                sentence[max(0, m.start() - 20): m.start()]) and (
                forms.TIME_LIST_BEFORE.search(sentence[max(0, m.start() - 24): m.start()])
                or forms.MEASURED_OR_GIVEN_BEFORE.search(sentence[max(0, m.start() - 16): m.start()])
                or (not forms.CASE_TOLD_BEFORE.search(sentence) and _when_after_event(sentence, m, earlier))):
            claims.take(m.start(), m.end())
            continue  # "12 and 24 hours after surgery", "measured 6 months after", "mortality 28 days after
            #           colectomy", a sentence opening "Six months after surgery, ...": when, not how long (a case's
            #           "Nine days after the vaccine, she" stays)
        listed = forms.TIME_POINT_LISTED_BEFORE.search(sentence[max(0, m.start() - 40): m.start()])
        if listed and (listed["at"].lower() in ("at", "on") or listed["more"] or not (forms.NARRATIVE.search(sentence)
                                                           or forms.OF_AFTER_TIME.match(sentence, m.end("unit")))):
            claims.take(m.start(), m.end())
            continue  # "after 3 and 6 hours", "at 3 hours versus 6 hours": the later times of a list of time points
        if forms.TIMES_TO_EVENT_AFTER.match(sentence, m.end("unit")):
            claims.take(m.start(), m.end())
            continue  # "3 days and 6 months after delivery": the first of a list of times, as the last
        if (not m["hyphen"] and not m["after"] and forms.POST_EVENT_AFTER.match(sentence, m.end("unit"))
                and not forms.SPAN_LEAD_BEFORE.search(sentence, max(0, m.start() - 16), m.start())):
            claims.take(m.start(), m.end())
            continue  # "(95% CI 1.1-2.4%) 24 months postoperatively", "measured 1 month post-surgery": when
        if (forms.AFTER_BEFORE.search(sentence[max(0, m.start() - 8): m.start()]) and not m["after"]
                and not forms.OF_AFTER_TIME.match(sentence, m.end("unit")) and not forms.NARRATIVE.search(sentence)):
            claims.take(m.start(), m.end())
            continue  # "After 28 weeks, 1.5% had": a time point of the schedule, not how long
        if forms.TIMED_TEST_AFTER.match(sentence, m.end("unit")):
            claims.take(m.start(), m.end())
            continue  # "the 6 minute walking distance test", "a 6 min walk test": a test's name, not a time
        if re.search(r"\bper\s*$", sentence[max(0, m.start() - 8): m.start()]):
            claims.take(m.start(), m.end())
            continue  # the scale of a rate ("4.6 events per 100 person-years"), not a time
        if claims.claim(m):
            before = sentence[max(0, m.start() - 12) : m.start()].lower()
            quantity = "age" if re.search(r"\bage[d]?\b", before) else ""
            if m["after"]:
                quantity = "follow-up"
            summary = forms.SUMMARY_AFTER_TIME.match(sentence, m.end("unit"))
            averaged = (forms.AVERAGED_BEFORE.search(sentence[max(0, m.start() - 24): m.start()])
                        or forms.ON_AVERAGE_AFTER.match(sentence, m.end("unit")))
            kind = FigureKind.MEAN if averaged else FigureKind.DURATION
            if forms.SOONER_AFTER.match(sentence, m.end("unit")) or forms.DIFFERENCE_BEFORE.search(
                    sentence[max(0, m.start() - 40): m.start()]):  # "resolved 1.7 days earlier", "difference=0.92 days"
                kind, quantity = FigureKind.ESTIMATE, "difference"
            if summary:  # "5 years median follow-up"
                kind = _summary_kind(summary["summary"])
                quantity = "follow-up"
            unit = _clean_unit(m["unit"]).lower()
            found.append(Found(
                kind, m.start(), m.end("unit"), _number(m["value"]),
                quantity=quantity, unit=f"{m['scale']} {unit}" if m["scale"] else unit,
            ))
    for m in loose:
        claims.spans.remove((m.start(), m.end()))
    _loose_intervals(sentence, claims, found)
    _give_intervals(unit_cis, found)
    for m in forms.CITATION.finditer(sentence):
        claims.take(m.start(), m.end())
    found += _plural_counts(sentence, claims, grouped)
    found += _bracketed_counts(sentence, claims) if "(" in sentence else []
    found += _bare_counts(sentence, claims, words, grouped)
    found += _counts_compared(sentence, claims, found)
    for figure in name_listed_values(sentence, found, claims.free):
        claims.take(figure.start, figure.end)
        found.append(figure)
    found += _signed_changes(sentence, claims, found)
    found += _measured_summaries(sentence, claims)
    found += _bare_pairs_compared(sentence, claims)
    _times_of_a_summary(sentence, found)
    _ratios_continued(sentence, found)
    _times_after_intervals(sentence, found)
    _summaries_continued(sentence, found)
    _differences_in_points(sentence, found)
    found = _with_loose_spreads(sentence, found)
    found = _summaries_in_the_same_shape(sentence, found)
    _spaced_minus_signs(sentence, found)
    _signed_times(sentence, found)
    for figure in found:
        if figure.kind in _MARGIN_KINDS and figure.value is not None and (
                forms.MARGIN_BEFORE.search(sentence[max(0, figure.start - 24): figure.start])
                or forms.MARGIN_AFTER.match(sentence, figure.end)):
            figure.kind, figure.quantity = FigureKind.THRESHOLD, "margin"  # set by the design
            figure.unit = figure.unit or ("%" if sentence[figure.start:figure.end].rstrip().endswith("%") else "")
        if figure.kind is FigureKind.PERCENTAGE and figure.value is not None and (
                figure.value > 100 or figure.value < 0 or _interval_past_100(figure)):
            # "increased 330%", "−0.7% [−1.3, −0.2]", "84% [39, 129] per month": a change, no share of a whole
            figure.kind, figure.unit = FigureKind.ESTIMATE, "%"
    return found


def _signed_changes(sentence: str, claims: _Claims, found: list[Found]) -> list[Found]:
    """Numbers printed with a sign that no rule above read (``forms.SIGNED_CHANGE``): estimates of a
    change or a difference ("(special intervention, −5.8 drinks per week; usual care, −3.4 drinks per
    week; P=.001)"), since a sign is what a count, a share or a time never carries."""
    signed: list[Found] = []
    for m in forms.SIGNED_CHANGE.finditer(sentence):
        before = sentence[max(0, m.start() - 16): m.start()]
        if (not claims.free(m.start(), m.end("value"))
                or (forms.NUMBER_BEFORE_DASH.search(before) and not forms.RANGE_CLAUSE_BEFORE.search(before))
                or forms.BOUND_NAMED_BEFORE.search(sentence[max(0, m.start() - 50): m.start()])):
            continue
        claims.take(m.start(), m.end("value"))
        unit = m["unit"] or ""
        value = _number(m["value"])
        kind, quantity = FigureKind.ESTIMATE, "change"
        if forms.SIGNED_LIMIT_BEFORE.search(before) or forms.SIGNED_LIMIT_AFTER.match(sentence, m.end("value")):
            kind, quantity = FigureKind.THRESHOLD, ""
        elif forms.VERSUS_NEAR.match(sentence, m.end("value")) or forms.VERSUS_NEAR.search(before):
            kind, quantity = FigureKind.MEAN, ""  # "(−0.4 vs. +1.2 kg": two groups' values, unnamed: means
        elif forms.TO_NEXT_BEFORE.search(before):
            earlier = max((f for f in found + signed if f.end <= m.start()), key=lambda f: f.end, default=None)
            if (earlier is not None and earlier.kind in (FigureKind.MEAN, FigureKind.MEDIAN)
                    and forms.SUMMARY_TO_NEXT.fullmatch(sentence, earlier.end, m.start())):
                kind, quantity = earlier.kind, earlier.quantity  # "mean weight from 1.2 kg to −0.4 kg": the same summary
        signed.append(Found(kind, m.start(), m.end("value"), value if m["sign"] == "+" else -value,
                            quantity=quantity, unit="" if unit.lower() in forms.STOP else _clean_unit(unit)))
    return signed


def _bare_pairs_compared(sentence: str, claims: _Claims) -> list[Found]:
    """Two values no rule above read, set side by side in a bracket with no unit ("perceived safety (3.3 vs
    3.2, p=0.06)"): each group's mean; after a measure's name ("sensitivity (0.83 vs 0.66)") that
    measure's estimates, after a rate's ("ARR (0.40 vs 0.20)") rates. Whole numbers alone are left:
    "(111 versus 366)" may count."""
    found: list[Found] = []
    for m in forms.BARE_PAIR_COMPARED.finditer(sentence):
        if "." not in m["a"] + m["b"] or not (claims.free(m.start("a"), m.end("a"))
                                              and claims.free(m.start("b"), m.end("b"))):
            continue
        named = forms.MEASURE_NAMED_BEFORE.search(sentence, max(0, m.start() - 70), m.start())
        name = named["name"].lower() if named else ""
        kind, measure = ((FigureKind.RATIO, forms.RATIO_NAMES[name]) if name in forms.RATIO_NAMES
                         else (FigureKind.ESTIMATE, forms.ESTIMATE_NAMES[name]) if name
                         else (FigureKind.ESTIMATE, "rate") if forms.RATE_NAMED_BEFORE.search(
                             sentence, max(0, m.start() - 20), m.start())
                         else (FigureKind.MEAN, ""))
        for part in ("a", "b"):
            claims.take(m.start(part), m.end(part))
            found.append(Found(kind, m.start(part), m.end(part), _number(m[part]), measure=measure))
    return found


def _measured_summaries(sentence: str, claims: _Claims) -> list[Found]:
    """Values in a unit of measurement that no rule above read (``forms.MEASURED``): a group's summary.
    Named by the sentence before them ("increases in average Vmax (...), Tmax (225.5 s vs 300.9 s)")
    they are that summary; unnamed but compared ("(9.44 mm versus 7.85 mm)") they are means, as the
    keys read an unnamed group value. Alone and unnamed they are left to the second reading."""
    found: list[Found] = []
    for m in forms.MEASURED.finditer(sentence):
        before = sentence[max(0, m.start() - 50): m.start()]
        more_or_less = forms.MORE_OR_LESS_AFTER.match(sentence, m.end())
        if (not claims.free(m.start(), m.end())
                or (forms.NUMBER_BEFORE_DASH.search(before) and not more_or_less)  # "96 g, 183 g, and 200 g less"
                or forms.BOUND_NAMED_BEFORE.search(before) or forms.MEASURED_NOT_BEFORE.search(before)):
            continue  # a bound ("95 % CI 3·23, 6·95 g/l"), an SD ("± 5.26 dB"), a step ("each 100 km")
        if forms.CHANGE_OF_BEFORE.search(before) or more_or_less:
            claims.take(m.start(), m.end())
            unit = _clean_unit(m["unit"])
            found += [Found(FigureKind.ESTIMATE, start, end, value, unit=unit, quantity="difference")
                      for start, end, value in _listed_in_unit(sentence, claims, m.start(), m["unit"])]
            found.append(Found(FigureKind.ESTIMATE, m.start(), m.end(), _number(m["value"]),
                               unit=unit, quantity="difference"))
            continue
        if forms.AS_LIMIT_AFTER.match(sentence, m.end()):
            claims.take(m.start(), m.end())
            found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]),
                               unit=_clean_unit(m["unit"])))
            continue  # "Using 0.25 ml/kg/min as cutoff": a limit
        named = forms.SUMMARY_NAMED.findall(sentence, max(0, m.start() - _CLAUSE_REACH), m.start())
        compared = forms.VERSUS_NEAR.match(sentence, m.end()) or forms.VERSUS_NEAR.search(
            sentence, max(0, m.start() - 12), m.start())
        if not (named or compared):
            continue
        claims.take(m.start(), m.end())
        kind = _summary_kind(named[-1]) if named else FigureKind.MEAN
        partner = _partner_before(sentence, claims, m.start(), forms.MEASURED_PARTNER_BEFORE, 24)
        if partner:  # "(0.3 vs 0.4 m/sec": the first value, in the unit printed after the second
            found.append(Found(kind, partner.start("value"), partner.end("value"), _number(partner["value"]),
                               unit=_clean_unit(m["unit"])))
        found.append(Found(kind, m.start(), m.end(), _number(m["value"]), unit=_clean_unit(m["unit"])))
    return found + _score_changes(sentence, claims)


def _score_changes(sentence: str, claims: _Claims) -> list[Found]:
    """A score's points read as a change ("decreased by 7.0 points", "0.47 points higher"): the
    difference, as a measured change is (``_measured_summaries``)."""
    found: list[Found] = []
    for m in forms.SCORE_POINTS.finditer(sentence):
        before = sentence[max(0, m.start() - 50): m.start()]
        if (not claims.free(m.start(), m.end()) or forms.BOUND_NAMED_BEFORE.search(before)
                or forms.MEASURED_NOT_BEFORE.search(before)):
            continue  # a bound, an SD, a step ("per 1-point increase")
        if forms.CHANGE_OF_BEFORE.search(before) or forms.MORE_OR_LESS_AFTER.match(sentence, m.end()):
            claims.take(m.start(), m.end())
            found.append(Found(FigureKind.ESTIMATE, m.start(), m.end(), _number(m["value"]), unit="points",
                               quantity="difference"))
    return found


def _differences_in_points(sentence: str, found: list[Found]) -> None:
    """A share that changed "by 12.1% (68.8% versus 56.7%)": when the two shares in the bracket
    differ by the first (to its rounding), the first is a difference in percentage points, not a
    share of anything. A relative change ("by 18% (68.8% versus 56.7%)") fails the test and stays."""
    for figure in found:
        if figure.kind is not FigureKind.PERCENTAGE or figure.value is None or figure.low is not None:
            continue
        pair = forms.PERCENT_PAIR_AFTER.match(sentence, figure.end)
        if pair and abs(abs(_number(pair["a"]) - _number(pair["b"])) - figure.value) <= 0.15:
            figure.kind, figure.unit = FigureKind.PERCENTAGE_POINTS, "percentage points"


def _spaced_minus_signs(sentence: str, found: list[Found]) -> None:
    """A minus printed apart from its number ("MD - 0.85 (95% CI -1.40 to -0.30)", common in text
    copied from a PDF) looks like a dash; its interval decides: when the interval holds the negated
    value, the dash before it is the value's sign, even if it holds the value as read too. A lower
    bound above its upper bound after "CI - " ("95% CI - 1.77, - 0.71") was a minus too: negated,
    the bounds are in order."""
    for figure in found:
        if (figure.low is not None and figure.high is not None and figure.low > figure.high >= -figure.low
                and not figure.low_unit and figure.interval not in ("range", "IQR")):  # "(range, 14 weeks-5.2 years)"
            figure.low = -figure.low
        if figure.value is None or figure.low is None or figure.high is None or figure.value <= 0:
            continue
        if not figure.low <= -figure.value <= figure.high:
            continue  # the dash is a sign only if the negated value fits its interval ("MD − 13 min, CI − 63 to 24")
        sign = forms.SPACED_MINUS_BEFORE.search(sentence[max(0, figure.start - 8): figure.start])
        if sign:
            figure.value = -figure.value
            figure.start -= len(sign[0])


def _signed_times(sentence: str, found: list[Found]) -> None:
    """A time printed with its sign ("(−3.2 days; 95% CI ...)", "changed by +2 weeks") is a change, an
    estimate, never how long anything lasted: no duration is negative."""
    for figure in found:
        if figure.kind is not FigureKind.DURATION or figure.value is None or figure.value <= 0:
            continue
        sign = forms.SIGN_GLUED_BEFORE.search(sentence, max(0, figure.start - 2), figure.start)
        if sign:
            figure.kind, figure.quantity = FigureKind.ESTIMATE, "change"
            figure.value = -figure.value if sign["sign"] in "-−" else figure.value
            figure.start = sign.start("sign")


# Percentage points keep their own kind even as a margin ("margin of 2 percentage points").
_MARGIN_KINDS = (FigureKind.PERCENTAGE, FigureKind.RATIO, FigureKind.ESTIMATE, FigureKind.COUNT)


def _sd_pairs(sentence: str, claims: _Claims) -> list[Found]:
    """After a "mean (SD)" header, every value with one number in brackets is a mean and its SD
    ("6 h: mean (SD) 4.2 (0.8) vs 1.7 (0.2); 12 h: 5.5 (1.5) vs 2.3 (0.4)"), and after "mean[SE]" a
    mean whose standard error is not kept as an SD; after "mean/SD", every
    pair printed with a slash ("mean/SD=183.8/36.5 versus 178.1/38.2")."""
    header = forms.MEAN_SD_HEADER.search(sentence)
    pair = forms.SD_PAIR
    if header is None:
        header, pair = forms.MEAN_SLASH_SD_HEADER.search(sentence), forms.SLASH_SD_PAIR
    if header is None:
        return []
    found: list[Found] = []
    spread_is_sd = not header.groupdict().get("se")  # a standard error is no SD: the mean is kept, its spread is not
    for m in pair.finditer(sentence, header.end()):
        if pair is forms.SLASH_SD_PAIR and not re.search(r"[.·]", m[0]):
            continue  # "18/40 (45%)": whole numbers with a slash are a count of a group
        if claims.claim(m):
            found.append(Found(FigureKind.MEAN, m.start(), m.end(), _number(m["value"]),
                               unit=_clean_unit(m.groupdict().get("unit")),
                               sd=_number(m["sd"]) if spread_is_sd else None))
    return found


def _measures_changed_from_to(sentence: str, claims: _Claims) -> list[Found]:
    """A measurement that changed from one value to another with its unit printed once ("decreased from 81.4 to
    70.2 kg"): two values of one measure, each the summary the clause names, or a mean, as the keys read unnamed
    values compared. Whole numbers of a time ("extended from 6 to 24 months") are how long, left to the times."""
    found: list[Found] = []
    for m in forms.FROM_TO_IN_ONE_UNIT.finditer(sentence):
        if not forms.CHANGE_VERB_FROM_BEFORE.search(sentence, max(0, m.start() - 100), m.start("a")):
            continue
        timed = forms.TIME_UNIT_RE.fullmatch(m["unit"]) is not None
        if timed and "." not in m["a"] + m["b"]:
            continue
        if re.fullmatch(forms.DOSE_UNIT, m["unit"]) and forms.DOSE_NAMED_BEFORE.search(
                sentence, max(0, m.start() - 60), m.start()):
            continue  # doses, the dose rules
        if not (claims.free(m.start("a"), m.end("a")) and claims.free(m.start("b"), m.end())):
            continue
        claims.take(m.start("a"), m.end("a"))
        claims.take(m.start("b"), m.end())
        kind = _summary_named(sentence[max(0, m.start() - _CLAUSE_REACH): m.start("a")]) or FigureKind.MEAN
        unit = _clean_unit(m["unit"])
        found += [Found(kind, m.start("a"), m.end("a"), _number(m["a"]), unit=unit),
                  Found(kind, m.start("b"), m.end(), _number(m["b"]), unit=unit)]
    return found


def _summaries_named_after(sentence: str, claims: _Claims) -> list[Found]:
    """A value whose bracket names the summary it is ("7.62 hours (mean; SD 7.08)", "66 s (median)", "12 days (median,
    IQR 4-20)"), or holds an unnamed SD and a range ("45.41 years (11.67, range 20–62 years)"): that summary, with the
    spread the bracket holds, not a time or count read from the value alone."""
    found: list[Found] = []
    for m in forms.VALUE_NAMED_SUMMARY_AFTER.finditer(sentence):
        if claims.claim(m):
            found.append(Found(_summary_kind(m["name"]), m.start("value"),
                               m.end("unit") if m["unit"] else m.end("value"), _number(m["value"]),
                               unit=_clean_unit(m["unit"]), sd=_number(m["sd"]) if m["sd"] else None))
    for m in forms.VALUE_RANGE.finditer(sentence) if "ange" in sentence or "IQR" in sentence else ():
        if (m["name"] or m["sd"]) and not _spread_or_range_top(sentence, m.start()):
            found += _summary_with_range_named_inside(sentence, claims, m)
    return found


def _means_with_spread(sentence: str, claims: _Claims) -> list[Found]:
    """Means printed with their SD and no "mean (SD)" header: the SD named in the bracket ("was 21 (SD = 7)",
    "45 years (SD 12)"), or a decimal with one number in brackets ("[pre 3.35 (2.0); post 3.49 (2.3)]"),
    unless a header says what the bracket holds ("mean [median] ... 3.0 [2.0]", "median (IQR) 40.0 (33.5)")."""
    found: list[Found] = []
    for m in forms.VALUE_WITH_SE.finditer(sentence) if ("SE" in sentence or "s.e." in sentence or "error" in sentence) else ():
        if claims.claim(m):
            named = _summary_named(sentence[max(0, m.start() - _CLAUSE_REACH): m.start()])
            found.append(Found(named or FigureKind.ESTIMATE, m.start(), m.end(), _number(m["value"])))
    named_sd = "SD" in sentence or "s.d." in sentence or "deviation" in sentence
    with_sd = chain(forms.VALUE_WITH_SD.finditer(sentence), forms.VALUE_COMMA_SD.finditer(sentence))
    for m in with_sd if named_sd else ():
        if claims.claim(m):
            found.append(Found(FigureKind.MEAN, m.start("value"), m.end(), _number(m["value"]),
                               unit=_clean_unit(m["unit"]), sd=_number(m["sd"])))
    for m in forms.DECIMAL_WITH_SPREAD.finditer(sentence):
        if not forms.BRACKET_NAMED_BEFORE.search(sentence, 0, m.start()) and claims.claim(m):
            median = _summary_named(sentence[max(0, m.start() - _CLAUSE_REACH): m.start()]) is FigureKind.MEDIAN
            found.append(Found(FigureKind.MEDIAN if median else FigureKind.MEAN, m.start(), m.end(),
                               _number(m["value"]), sd=None if median else _number(m["sd"])))
    return found


def _with_loose_spreads(sentence: str, found: list[Found]) -> list[Found]:
    """A range or IQR printed apart from its median or mean ("26 years, (IQR 8-38)", "29 years
    (range 3-61 years; ...)", "0.4 per hour (range 0.1-9.8)", "51 months (25th-75th centiles
    40-68 months)") or percentage ("61% of the time (range 37%-85%)") given to it, not kept as a
    range of its own; so is an unnamed interval of percentages after a percentage in brackets
    ("(1.4%, 0.8% to 2.3%)", "(2.0% per year, 0.7% to 4.4%)"), which is its confidence interval."""
    kept: list[Found] = []
    owner: Found | None = None  # the last median, mean or percentage read, the only one a spread may follow
    for figure in sorted(found, key=lambda f: f.start):
        if figure.kind in (FigureKind.MEDIAN, FigureKind.MEAN, FigureKind.PERCENTAGE) or _changed_in_a_unit(figure):
            owner = figure
        if (figure.kind is FigureKind.RANGE and owner is not None and _changed_in_a_unit(owner)
                and owner.low is None and figure.low is not None and figure.high is not None
                and figure.unit in ("", owner.unit) and figure.low <= owner.value <= figure.high
                and re.fullmatch(r"\s*[(\[]\s*", sentence[owner.end:figure.start])):
            owner.low, owner.high, owner.interval = figure.low, figure.high, "CI"  # "decreased by 16.2 g (13.5 to
            continue  #                                                         18.8 g)": the change's interval
        if (figure.kind is not FigureKind.RANGE or owner is None or owner.value is None or owner.low is not None
                or _changed_in_a_unit(owner) or figure.low is None or figure.high is None or owner.end > figure.start
                or not figure.low <= owner.value <= figure.high):
            kept.append(figure)
            continue
        spread = (forms.SPREAD_BEFORE.search(sentence[max(0, figure.start - 30): figure.start])
                  or forms.SPREAD_BEFORE.match(sentence[figure.start:figure.end]))
        gap = sentence[owner.end:figure.start]
        # a median or mean in per cent ("median HbA1c 7·2% [IQR 6·6-8·1]") may print its spread without the sign
        summary = _summary_named(sentence[max(0, owner.start - 60): owner.start]) if (
            owner.kind is FigureKind.PERCENTAGE) else None
        percentages = owner.kind is not FigureKind.PERCENTAGE or figure.unit == "%" or summary is not None
        if spread and percentages and forms.SPREAD_GAP.fullmatch(gap):
            owner.low, owner.high = figure.low, figure.high
            named = spread[0].lower()
            owner.interval = "range" if "rang" in named and "quartile" not in named else "IQR"
            if summary is not None:
                owner.kind, owner.unit = summary, "%"
        elif owner.kind is FigureKind.PERCENTAGE and figure.unit == "%" and (
                (forms.PER_UNIT_COMMA.fullmatch(gap) and _in_parentheses(sentence, owner.start))
                or forms.COUNT_BRACKETED_BETWEEN.fullmatch(gap)):  # "(1.4%, 0.8% to 2.3%)", "(2.0% per year, 0.7% to
            #                                                         4.4%)", "59% (27/46) (44% to 72%)"
            owner.low, owner.high, owner.interval = figure.low, figure.high, "95% CI"
        else:
            kept.append(figure)
    return kept


def _changed_in_a_unit(figure: Found) -> bool:
    """Whether a figure is how much a measurement changed, in its unit (``_measured_summaries``)."""
    return figure.kind is FigureKind.ESTIMATE and figure.quantity == "difference" and bool(figure.unit)


def _continues_list(gap: str) -> bool:
    """Whether the words between two items make them one list: only words once the p values (and the semicolon
    that led into one: "; P = .02) for serum phosphorus, ") and each item's number needed to treat (", NNT 5;
    euphoria ") are dropped, and no word naming another measure ("a longer median time to CDMS by", "a lower
    annualised relapse rate")."""
    words = re.sub(r"[;,]\s*(?=[)\]])", "", forms.P_VALUE.sub("", forms.NNT_ITEM.sub("", gap)))
    return forms.WORDS_BETWEEN_ITEMS.fullmatch(words) is not None and not forms.MEASURE_WORD.search(words)


def _times_after_intervals(sentence: str, found: list[Found]) -> None:
    """Unnamed estimates with their intervals, listed before "times greater" ("4.3 (95% CI 2.6 to 7.0) and
    3.3 (2.1 to 5.3) times greater in men and women"): ratios, as one interval before "-fold" makes one."""
    for figure in found:
        if (figure.kind is FigureKind.ESTIMATE and figure.low is not None and not figure.unit and not figure.measure
                and forms.FOLD_AFTER_LISTED_INTERVALS.match(sentence, figure.end)):
            figure.kind, figure.measure = FigureKind.RATIO, "fold"


def _summaries_in_the_same_shape(sentence: str, found: list[Found]) -> list[Found]:
    """A bare value and a range in a bracket ("(94.3, 29.7–402.8 mIU/L") after a median or mean printed with its
    range or IQR in a bracket ("(median 216.2, range 21.2–464.3 mIU/L) compared with those in remission"): the
    other group's summary in the same shape, with its spread, not a range of its own."""
    summary: Found | None = None
    dropped: set[int] = set()
    shaped_anew: dict[int, Found] = {}
    for figure in sorted(found, key=lambda f: f.start):
        if figure.kind in (FigureKind.MEDIAN, FigureKind.MEAN) and figure.interval in ("range", "IQR"):
            summary = figure
        window = max(0, figure.start - 16)
        shaped = forms.BARE_VALUE_IN_BRACKET_BEFORE.search(sentence[window: figure.start])
        if (summary is None or figure.kind is not FigureKind.RANGE or shaped is None or figure.low is None
                or figure.high is None or not figure.low <= _number(shaped["value"]) <= figure.high):
            continue
        value_start, value_end = window + shaped.start("value"), window + shaped.end("value")
        holders = [other for other in found
                   if other is not figure and other.start < value_end and other.end > value_start]
        if any(other.kind is not FigureKind.COUNT or other.unit for other in holders):
            continue  # the value is read as something else already
        dropped.update(id(other) for other in holders)
        shaped_anew[id(figure)] = Found(summary.kind, value_start, figure.end, _number(shaped["value"]),
                                        unit=figure.unit or summary.unit, low=figure.low, high=figure.high,
                                        interval=summary.interval)
    return [shaped_anew.get(id(figure), figure) for figure in found if id(figure) not in dropped]


def _ratios_continued(sentence: str, found: list[Found]) -> None:
    """An unnamed estimate with its interval listed after a ratio, with only words between, is
    the same measure: "MRRs were 1.13 (95% CI 0.84-1.52) and 1.00 (95% CI 0.70-1.43)", "HR 2.5
    (95% CI 1.6 to 3.8), a history of seizures (2.3; 95% CI 1.7 to 3.0), psychiatric history (1.3;
    95% CI 1.1 to 1.7)"."""
    previous: Found | None = None
    for figure in sorted(found, key=lambda f: f.start):
        if figure.kind is FigureKind.P_VALUE or figure.measure in ("NNT", "NNH"):
            continue  # each item's own p value ("(odds ratio 2.93, 95% CI 2.22 to 3.86, p<0.001), ... (1.41, CI ...)")
            #         or number needed to treat ("sedation 1.66 (1.46 to 1.89), NNT 5; euphoria 12.5 (3.00 to 52.1)")
        if (previous is not None and previous.kind is FigureKind.RATIO and figure.kind is FigureKind.ESTIMATE
                and not figure.measure and figure.low is not None and previous.end <= figure.start
                and not figure.unit and _continues_list(sentence[previous.end:figure.start])):
            figure.kind, figure.measure = FigureKind.RATIO, previous.measure
        previous = figure


_UNIT_PRINTED_ONCE = (FigureKind.DURATION, FigureKind.DOSE, FigureKind.COUNT, FigureKind.ESTIMATE)


def _summaries_continued(sentence: str, found: list[Found]) -> None:
    """A median or mean's comparator printed after it in the same unit: a time compared with it
    ("median time to death (23.2 months vs. 14.6 months)"), or an unnamed estimate with its own
    interval, after words naming a group ("Median PFS was 8.8 months (95% CI, 7.6 to 9.2) in one
    group and 4.9 months (95% CI, 4.7 to 5.5) in the other"): the same summary of the other group."""
    summary: Found | None = None
    listed_left = 0  # "Median values for TTP, PFS, and OS were 5.2, 4.9, and 23.2": one value for each name
    for figure in sorted(found, key=lambda f: f.start):
        if figure.kind in (FigureKind.MEDIAN, FigureKind.MEAN):
            summary, anchor = figure, figure.end
            listed_left = len(forms.LIST_JOIN_BEFORE.findall(figure.quantity)) if "," in figure.quantity else 0
            continue
        if summary is None or figure.kind is FigureKind.P_VALUE or figure.value is None:
            continue
        gap = forms.P_VALUE.sub("", sentence[anchor:figure.start])
        same_unit = bool(figure.unit) and figure.unit.lower() == summary.unit.lower()
        # "23.2 months vs. 14.6 months"; "a mean of 12.4 and 12.2 units per day", "mean ages were 34 and 36 years":
        # the unit printed once, after the second
        compared = forms.COMPARED_GAP.fullmatch(gap) and (
            (same_unit and figure.kind is FigureKind.DURATION)
            or (not summary.unit and figure.kind in _UNIT_PRINTED_ONCE and figure.low is None and not figure.measure))
        listed = (same_unit and figure.kind is FigureKind.ESTIMATE and not figure.measure and figure.low is not None
                  and summary.low is not None and forms.WORDS_BETWEEN_ITEMS.fullmatch(gap)
                  and not (forms.RATIO_NAME.search(gap) or forms.NAMED_ESTIMATE_NAME.search(gap)))
        if compared or listed:
            figure.kind = summary.kind
        elif (listed_left > 0 and not summary.unit and figure.kind in _UNIT_PRINTED_ONCE and figure.low is None
              and not figure.measure and forms.LIST_JOIN.fullmatch(gap)):
            figure.kind, listed_left, anchor = summary.kind, listed_left - 1, figure.end
            continue
        summary = None


_SUMMARY_REACH = 200  # characters: how far back a time may find the median or mean it continues


def _times_of_a_summary(sentence: str, found: list[Found]) -> None:
    """Times that continue a median or mean named earlier in the sentence, in its unit, become that
    summary too ("median time on study was 46.0 months for placebo, ... and 48.0 months for 8 MIU",
    "from a median of 4.9 years ... to 6.8 years"), and so do the first times after a median or
    mean named with no value read ("higher median age than those without (109.00 vs. 82.44
    months)"). A time after a word saying how long ("for 6 months", "within 2 years", "in the first
    72 hours") stays a duration. Only a summary at most
    ``_SUMMARY_REACH`` characters back counts, which keeps this linear in the sentence."""
    last: dict[str, Found] = {}
    unitless: Found | None = None  # "from a median of 5 to 3 d": the summary's unit is printed with its partner
    for figure in sorted(found, key=lambda f: f.start):
        if figure.kind in (FigureKind.MEDIAN, FigureKind.MEAN):
            if figure.unit:
                last[figure.unit.lower()] = figure
            unitless = None if figure.unit or figure.value is None else figure
            continue
        if figure.kind is not FigureKind.DURATION or figure.measure:
            continue
        if unitless is not None and forms.COMPARED_TO.fullmatch(sentence, unitless.end, figure.start):
            unitless.unit, figure.kind, figure.quantity = figure.unit, unitless.kind, unitless.quantity
            last[figure.unit.lower()] = unitless
            continue
        summary = last.get(figure.unit.lower())
        if forms.HOW_LONG_BEFORE.search(sentence[max(0, figure.start - 16): figure.start]):
            continue
        if summary is None:  # "higher median age than those without (109.00 vs. 82.44 months)"
            named = forms.FIRST_VALUE_AFTER_SUMMARY.search(sentence[max(0, figure.start - _SUMMARY_REACH): figure.start])
            if named:
                figure.kind = _summary_kind(named["summary"])
                last[figure.unit.lower()] = figure  # "mOS (69.5 mo) ... those without (31.0 mo)": its partner too
            elif forms.YEAR_UNIT.fullmatch(figure.unit) and (
                    forms.AGES_COMPARED_BEFORE.search(sentence, max(0, figure.start - 80), figure.start)
                    or (forms.AGE_BRACKET_BEFORE.search(sentence, max(0, figure.start - 40), figure.start)
                        and forms.COMPARED_NEXT.match(sentence, figure.end))):
                figure.kind, figure.quantity = FigureKind.MEAN, "age"  # "younger than women (78 vs 82 years"
                last[figure.unit.lower()] = figure
            continue
        if (summary.end <= figure.start <= summary.end + _SUMMARY_REACH
                and not forms.SUMMARY_NAMED.search(sentence, summary.end, figure.start)):
            figure.kind, figure.quantity = summary.kind, summary.quantity


def _printed_value(text: str, figure: Found) -> str | None:
    """The value exactly as printed, so checks know its decimals ('48.60', not 48.6)."""
    if figure.value is None:
        return None
    for token in re.findall(forms.SNUM, text):
        try:
            if _number(token) == figure.value:
                return token.replace("−", "-").replace("–", "-").replace("·", ".")
        except ValueError:
            continue
    return None


def read_by_grammar(section: Section) -> tuple[Canonical, list[tuple[int, int]], list[Found]]:
    """The section's canonical text, its sentences, and the figures the grammar finds in it
    (offsets into the canonical text), before any second reading."""
    canon = canonical(section.text)
    spans = sentence_spans(canon.text)
    in_section: list[Found] = []
    for s_start, s_end in spans:
        sentence = canon.text[s_start:s_end]
        words = frozenset(w - s_start for w in canon.words_in(s_start, s_end))
        grouped = frozenset(g - s_start for g in canon.grouped_in(s_start, s_end))
        for figure in sorted(_scan(sentence, words, canon.text[max(0, s_start - _SECTION_REACH): s_start], grouped),
                             key=lambda f: (f.start, f.kind is FigureKind.COUNT)):
            while figure.end > figure.start and sentence[figure.end - 1].isspace():
                figure.end -= 1
            figure.start += s_start
            figure.end += s_start
            in_section.append(figure)
    return canon, spans, in_section


def extract_figures(sections: tuple[Section, ...] | list[Section],
                    second_reading: ReadingChoice = "shipped",
                    min_probability: float = MIN_PROBABILITY) -> tuple[Figure, ...]:
    """Every figure in the sections, in reading order, with spans into each section's text.

    The grammar reads each section's canonical text (``numbers.canonical``: plain digits, plain
    spaces); then the learned second reading (``second_reading``; the shipped model unless
    another, or None for the grammar alone, is given) renames the figures whose kind it is surest
    of and adds the numbers the grammar passed over that it is sure are figures.
    Spans are mapped back so that a figure's ``text`` is exactly what was printed.
    """
    model = shipped() if second_reading == "shipped" else second_reading
    found: list[Located] = []
    printed: list[Canonical] = []
    for index, section in enumerate(sections):
        canon, spans, in_section = read_by_grammar(section)
        printed.append(canon)
        if model is not None:
            rename(canon.text, in_section, section.category.value, model)
            added = passed_over(canon.text, in_section, section.category.value, model, min_probability)
            in_section = sorted(in_section + added, key=lambda f: (f.start, f.kind is FigureKind.COUNT))
        starts = [start for start, _ in spans]
        for figure in in_section:
            s_start, s_end = spans[max(0, bisect_right(starts, figure.start) - 1)] if spans else (0, len(canon.text))
            figure.value_text = _printed_value(canon.text[figure.start:figure.end], figure)
            found.append(Located(index, figure, canon.text[s_start:s_end], s_start))
    infer_denominators(found)
    sentences: dict[tuple[int, int], tuple[int, int, str]] = {}
    return tuple(_to_figure(item, sections[item.section], printed[item.section], sentences)
                 for item in found)


def _to_figure(item: Located, section: Section, canon: Canonical,
               sentences: dict[tuple[int, int], tuple[int, int, str]]) -> Figure:
    """The finished figure; ``sentences`` caches each printed sentence, so that a long sentence
    with many figures is copied once, not once per figure."""
    f = item.figure
    start, end = canon.span(f.start, f.end)
    key = (item.section, item.sentence_start)
    if key not in sentences:
        s_start, s_end = canon.span(item.sentence_start, item.sentence_start + len(item.sentence))
        sentences[key] = (s_start, s_end, section.text[s_start:s_end])
    s_start, s_end, printed_sentence = sentences[key]
    return Figure(
        kind=f.kind, value=f.value, quantity=f.quantity, unit=f.unit, low=f.low, high=f.high,
        low_unit=f.low_unit, interval=f.interval, sd=f.sd, measure=f.measure,
        denominator=f.denominator, denominator_note=f.note, denominator_candidates=f.candidates,
        of_count=f.of_count.value if f.of_count is not None else None,
        value_text=f.value_text, read_by="second reading" if f.learned else "grammar",
        section_index=item.section, section_label=section.label,
        text=section.text[start:end], span=Span(start=start, end=end),
        sentence=printed_sentence,
        sentence_span=Span(start=s_start, end=s_end),
    )


def with_figures(abstract: StructuredAbstract,
                 second_reading: ReadingChoice = "shipped",
                 min_probability: float = MIN_PROBABILITY) -> StructuredAbstract:
    """The abstract with its ``figures`` filled in from its sections (see ``extract_figures``)."""
    figures = extract_figures(abstract.sections, second_reading, min_probability)
    return abstract.model_copy(update={"figures": figures})
