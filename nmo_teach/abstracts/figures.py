"""Find the numbers an abstract reports, with what each is and where it is printed.

Rule-based on purpose: abstracts print their figures in a small number of conventional
patterns ("median age, 45 years", "4 of 5 patients", "HR 0.52; 95% CI, 0.31-0.87",
"P = .03"), and a rule that misses is easy to see and fix, whereas a learned model's misses
are not (see the brief, §5.5). Patterns are tried from the most specific to the most generic;
a number already claimed by one figure is not claimed again.

Each figure keeps the sentence it comes from and its character span in the section text.
Denominators are then inferred across the abstract: the study's n is the first count of
people that is introduced as the sample ("We identified 5 patients"); later counts of people
and medians are read as out of n, except that a median printed after a count of events in
the same sentence ("9 relapses ... median time to relapse") is marked ambiguous, because it
may be over the events or over the people.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from nmo_teach.abstracts.model import Figure, FigureKind, Section, Span, StructuredAbstract

_NUM = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+"
_SNUM = rf"[-−–]?(?:{_NUM})"
_DASH = r"\s*(?:-|–|—|to)\s*"
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
_WORDNUM = r"(?i:\b(?:" + "|".join(_NUMBER_WORDS) + r")\b)"
_ANYNUM = rf"(?:{_WORDNUM}|(?<![\w.])(?:{_NUM}))"

_PERSON_NOUNS = (
    "patients?", "participants?", "subjects?", "individuals?", "persons?", "people", "adults?",
    "children", "child", "infants?", "women", "woman", "men", "man", "cases?", "volunteers?",
    "respondents?", "survivors?", "recipients?", "mothers?", "newborns?", "neonates?",
    "students?", "residents?", "veterans?", "girls?", "boys?",
)
_SEX_WORDS = ("females?", "males?")
_EVENT_NOUNS = (
    "relapses?", "attacks?", "events?", "deaths?", "infusions?", "doses?", "episodes?",
    "admissions?", "hospitali[sz]ations?", "recurrences?", "lesions?", "procedures?",
    "operations?", "surger(?:y|ies)", "infections?", "fractures?", "births?",
    "pregnanc(?:y|ies)", "visits?", "trials?", "stud(?:y|ies)", "eyes?", "cent(?:er|re)s?",
    "hospitals?", "sites?", "countries", "articles?", "records?", "reports?",
)
_NOUN = "|".join(_PERSON_NOUNS + _SEX_WORDS + _EVENT_NOUNS)
_PERSON_RE = re.compile(r"^(?:" + "|".join(_PERSON_NOUNS + _SEX_WORDS) + r")$", re.IGNORECASE)
_SEX_RE = re.compile(r"^(?:" + "|".join(_SEX_WORDS) + r")$", re.IGNORECASE)
_TIME_UNITS = (
    r"days?|weeks?|months?|years?|hours?|minutes?|seconds?|wk|wks|mo|yr|yrs|y|d|h|min"
)
_STOP = {
    "and", "or", "in", "of", "vs", "versus", "with", "the", "a", "an", "for", "to", "at", "on",
    "was", "were", "is", "are", "by", "among", "after", "before", "from", "per", "compared",
    "than", "that", "which", "who", "had", "have", "has", "did", "respectively", "range",
    "overall", "as", "but", "not", "all", "each", "both",
}
_INTRODUCES_SAMPLE = re.compile(
    r"(identified|included|enrolled|recruited|studied|analy[sz]ed|total of|comprised|consisted"
    r" of|sample of|cohort of|series of|we report|we describe|we present|we studied)\s*$",
    re.IGNORECASE,
)
_RATIO_NAMES = {
    "hazard ratio": "HR", "odds ratio": "OR", "risk ratio": "RR", "relative risk": "RR",
    "rate ratio": "RR", "incidence rate ratio": "IRR",
}
_UNIT = r"(?P<unit>%|[A-Za-z][A-Za-z/²0-9]*(?:\s+per\s+[A-Za-z]+)?)"

_RATIO = re.compile(
    r"(?P<measure>\b(?:a?HR|a?OR|a?RR|IRR)\b|(?i:\b(?:adjusted\s+)?(?:incidence\s+rate\s+ratio|"
    r"hazard\s+ratio|odds\s+ratio|risk\s+ratio|relative\s+risk|rate\s+ratio)\b))"
    r"(?:\s*\(\s*(?P<hlevel>\d{2}(?:\.\d)?)\s*%\s*CI\s*\))?"
    r"(?:\s+(?:for|of)(?:\s+[A-Za-z-]+){1,4}?\s+(?:was|were|is))?"
    r"[\s,:=]*(?:of\s+|was\s+)?(?P<value>" + _NUM + r")"
    r"(?:\s*[;,(\[]\s*(?:(?P<level>\d{2}(?:\.\d)?)\s*%\s*(?:CI|confidence\s+interval)"
    r"[\s,:]*)?(?P<low>" + _NUM + r")" + _DASH + r"(?P<high>" + _NUM + r")\s*[)\]]?)?"
)
_CI_ESTIMATE = re.compile(
    r"(?P<value>" + _SNUM + r")\s*(?P<unit>%|[A-Za-z][A-Za-z/]*(?:\s+per\s+[A-Za-z]+)?)?"
    r"\s*[(\[,;]\s*"
    r"(?P<level>\d{2}(?:\.\d)?)\s*%\s*(?:CI|confidence\s+interval)[\s,:]*"
    r"(?P<low>" + _SNUM + r")\s*%?" + _DASH + r"(?P<high>" + _SNUM + r")\s*%?\s*[)\]]?"
)
_P_VALUE = re.compile(
    r"(?<![A-Za-z])[Pp](?:\s+value)?\s*(?P<cmp><=|>=|=|<|>|≤|≥)\s*"
    r"(?P<value>\d*\.\d+|\d+(?:\.\d+)?)(?:\s*[×x]\s*10\s*(?P<exp>[-−]\s*\d+))?"
)
_SUMMARY_TAIL = (
    r"[,:]?\s*(?:was\s+|were\s+|of\s+|=\s*|is\s+)?(?P<value>" + _NUM + r")\s*" + _UNIT + r"?"
)
_RANGE_TAIL = (
    r"(?:\s*(?:[;,]\s*|(?P<open>[(\[])\s*)(?P<interval>range|IQR|interquartile\s+range)[,:]?"
    r"\s*(?:from\s+)?(?P<low>" + _SNUM + r")\s*(?P<lunit>[A-Za-z]+)?" + _DASH
    + r"(?P<high>" + _SNUM + r")(?:\s*(?P<hunit>[A-Za-z]+))?(?(open)\s*[)\]]))?"
)
_MEDIAN_PAREN = re.compile(
    r"\bmedian\s*\((?P<interval>range|IQR|interquartile range)\)\s*(?P<quantity>(?:[A-Za-z-]+\s+){0,5}?)"
    r"[A-Za-z-]*?[,:]?\s*(?:was\s+|of\s+)?(?P<value>" + _NUM + r")\s*\(\s*(?P<low>" + _SNUM + r")"
    + _DASH + r"(?P<high>" + _SNUM + r")\s*\)\s*" + _UNIT + r"?",
    re.IGNORECASE,
)
_MEDIAN = re.compile(
    r"\bmedian\s+(?P<quantity>(?:[A-Za-z-]+\s+){0,5}?[A-Za-z-]*?)" + _SUMMARY_TAIL + _RANGE_TAIL,
    re.IGNORECASE,
)
_MEAN_PAREN = re.compile(
    r"\bmean\s*\((?:SD|standard deviation)\)\s*(?P<quantity>(?:[A-Za-z-]+\s+){0,5}?[A-Za-z-]*?)"
    r"[,:]?\s*(?:was\s+|of\s+)?(?P<value>" + _SNUM + r")\s*\(\s*(?P<sd>" + _NUM + r")\s*\)\s*"
    + _UNIT + r"?",
    re.IGNORECASE,
)
_MEAN = re.compile(
    r"\bmean\s+(?P<quantity>(?:[A-Za-z-]+\s+){0,5}?[A-Za-z-]*?)" + _SUMMARY_TAIL
    + r"(?:\s*(?:±|\+/-|\(\s*SD[,:=]?\s*|[,;]\s*SD[,:=]?\s*|\(\s*standard\s+deviation[,:]?\s*)"
    r"\s*(?P<sd>" + _NUM + r")\s*\)?)?" + _RANGE_TAIL,
    re.IGNORECASE,
)
_PLUS_MINUS = re.compile(
    r"(?<![\w.])(?P<value>" + _NUM + r")\s*(?P<unit>[A-Za-z][A-Za-z/]*)?\s*(?:±|\+/-)\s*"
    r"(?P<sd>" + _NUM + r")(?:\s*(?P<unit2>[A-Za-z][A-Za-z/]*))?"
)
_RANGE = re.compile(
    r"\b(?P<quantity>aged|ages|range[ds]?|ranging)\s*(?:from\s+|between\s+|,\s*|:\s*)?"
    r"(?P<low>" + _SNUM + r")\s*(?P<lunit>[A-Za-z]+)?\s*(?:-|–|—|to|and)\s*(?P<high>" + _SNUM
    + r")(?:\s*(?P<unit>" + _TIME_UNITS + r"|[A-Za-z]+))?",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"(?P<all>\b(?:all|All|each of the|both|Both|a total of|A total of)\s+)?"
    r"(?P<value>" + _ANYNUM + r")"
    r"(?:\s*/\s*(?P<slash>" + _NUM + r")|\s+of\s+(?:the\s+)?(?P<of>" + _ANYNUM + r"))?"
    r"(?P<adj>(?:\s+(?!(?:" + "|".join(_STOP) + r")\b)[a-z][a-z-]*){0,2}?)\s+"
    r"(?P<noun>(?i:\b(?:" + _NOUN + r")\b))"
    r"(?:\s*\(\s*(?P<pct>" + _NUM + r")\s*%\s*\))?"
)
_COUNT_PCT = re.compile(
    r"(?<![\w.])(?P<value>" + _NUM + r")\s*(?:/\s*(?P<slash>" + _NUM + r")\s*)?"
    r"\(\s*(?P<pct>" + _NUM + r")\s*%\s*\)"
)
_NOUN_AFTER = re.compile(
    r"\s*(?:were|was|are|had|have)?\s*(?:[a-z-]+\s+)?(?P<noun>(?i:\b(?:" + _NOUN + r")\b))"
)
_PERCENT = re.compile(r"(?<![\w.])(?P<value>" + _NUM + r")(?:\s*%|\s+percent\b)")
_DURATION = re.compile(
    r"(?P<value>" + _ANYNUM + r")\s*-?\s*(?P<unit>(?i:" + _TIME_UNITS + r"))\b"
    r"(?P<after>\s+(?:of\s+)?follow-up)?"
)
_ABBREVIATIONS = ("et al", "e.g", "i.e", "vs", "fig", "no", "approx", "ca", "dr", "st", "resp")


def _number(text: str) -> float:
    cleaned = text.replace(",", "").replace("−", "-").replace("–", "-")
    if cleaned.lower() in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[cleaned.lower()])
    return float(cleaned)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; does not split after 'et al.', 'vs.' or inside '.03'."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"[.!?](?=\s+[\"'(\[]?[A-Z0-9])", text):
        before = text[start : match.start()].rsplit(None, 1)
        last_word = before[-1].lower() if before else ""
        if any(last_word.endswith(abbr) for abbr in _ABBREVIATIONS) and len(last_word) <= 6:
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


@dataclass
class _Found:
    kind: FigureKind
    start: int
    end: int
    value: float | None
    quantity: str = ""
    unit: str = ""
    low: float | None = None
    high: float | None = None
    interval: str | None = None
    sd: float | None = None
    measure: str | None = None
    denominator: int | None = None
    note: str | None = None
    candidates: tuple[int, ...] = ()
    value_text: str | None = None
    is_person: bool = False
    is_event: bool = False
    is_all: bool = False
    is_sex: bool = False
    extra: dict[str, object] = field(default_factory=dict)


def _clean_unit(unit: str | None) -> str:
    if not unit:
        return ""
    return "" if unit.lower() in _STOP else unit


def _clean_quantity(quantity: str | None) -> str:
    words = (quantity or "").strip(" ,:").split()
    while words and words[-1].lower() in _STOP:
        words.pop()
    return " ".join(words)


class _Claims:
    """Character spans already used by a figure, so a number is read once."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.spans)

    def take(self, start: int, end: int) -> None:
        self.spans.append((start, end))


def _ratio_measure(printed: str) -> str:
    lowered = re.sub(r"\s+", " ", printed.lower()).removeprefix("adjusted ")
    return _RATIO_NAMES.get(lowered, printed.upper() if len(printed) <= 4 else printed)


def _scan(sentence: str) -> Iterator[_Found]:
    claims = _Claims()

    def claim(match: re.Match[str]) -> bool:
        if not claims.free(match.start(), match.end()):
            return False
        claims.take(match.start(), match.end())
        return True

    for m in _RATIO.finditer(sentence):
        if claim(m):
            level = m["level"] or m["hlevel"]
            yield _Found(
                FigureKind.RATIO, m.start(), m.end(), _number(m["value"]),
                measure=_ratio_measure(m["measure"]),
                low=_number(m["low"]) if m["low"] else None,
                high=_number(m["high"]) if m["high"] else None,
                interval=f"{level}% CI" if m["low"] and level else ("CI" if m["low"] else None),
            )
    for m in _CI_ESTIMATE.finditer(sentence):
        if claim(m):
            before = sentence[max(0, m.start() - 40) : m.start()]
            quantity = _clean_quantity(re.split(r"[;,(]", before)[-1])
            unit = _clean_unit(m["unit"])
            yield _Found(
                FigureKind.ESTIMATE, m.start(), m.end(), _number(m["value"]),
                quantity=quantity, unit=unit, low=_number(m["low"]), high=_number(m["high"]),
                interval=f"{m['level']}% CI",
            )
    for m in _P_VALUE.finditer(sentence):
        if claim(m):
            value = _number(m["value"])
            if m["exp"]:
                value *= 10 ** int(m["exp"].replace("−", "-").replace(" ", ""))
            yield _Found(FigureKind.P_VALUE, m.start(), m.end(), value, measure=m["cmp"])
    for pattern, kind in ((_MEDIAN_PAREN, FigureKind.MEDIAN), (_MEDIAN, FigureKind.MEDIAN),
                          (_MEAN_PAREN, FigureKind.MEAN), (_MEAN, FigureKind.MEAN)):
        for m in pattern.finditer(sentence):
            if not claim(m):
                continue
            groups = m.groupdict()
            unit = _clean_unit(groups.get("unit")) or _clean_unit(groups.get("hunit"))
            end = m.end()
            if groups.get("unit") and not _clean_unit(groups.get("unit")):
                end = m.start("unit")
            interval = groups.get("interval")
            yield _Found(
                kind, m.start(), end, _number(m["value"]),
                quantity=_clean_quantity(m["quantity"]), unit=unit,
                low=_number(groups["low"]) if groups.get("low") else None,
                high=_number(groups["high"]) if groups.get("high") else None,
                interval=("IQR" if interval and interval.lower() != "range" else "range")
                if groups.get("low") else None,
                sd=_number(groups["sd"]) if groups.get("sd") else None,
            )
    for m in _PLUS_MINUS.finditer(sentence):
        if claim(m):
            yield _Found(
                FigureKind.MEAN, m.start(), m.end(), _number(m["value"]),
                unit=_clean_unit(m["unit"]) or _clean_unit(m["unit2"]), sd=_number(m["sd"]),
            )
    for m in _RANGE.finditer(sentence):
        if claim(m):
            word = m["quantity"].lower()
            yield _Found(
                FigureKind.RANGE, m.start(), m.end(), None,
                quantity="age" if word.startswith("age") else "",
                unit=_clean_unit(m["unit"]) or _clean_unit(m["lunit"]),
                low=_number(m["low"]), high=_number(m["high"]), interval="range",
            )
    for m in _COUNT.finditer(sentence):
        start = m.start("value") if not m["all"] else m.start()
        if not claims.free(start, m.end()):
            continue
        claims.take(start, m.end())
        noun = m["noun"]
        is_sex = bool(_SEX_RE.match(noun))
        denominator_text = m["slash"] or m["of"]
        denominator = int(_number(denominator_text)) if denominator_text else None
        is_all = bool(m["all"]) and m["all"].strip().lower() in ("all", "each of the", "both")
        value = _number(m["value"])
        if is_all and denominator is None:
            denominator = int(value)
        adjectives = m["adj"].strip()
        quantity = f"{adjectives} {noun}".strip() if not is_sex else noun.lower()
        if m["all"] and m["all"].strip().lower() == "a total of":
            quantity = f"total {quantity}"
        yield _Found(
            FigureKind.COUNT, start, m.end("noun"), value, quantity=quantity,
            unit="" if is_sex else _plural(noun.lower()), denominator=denominator,
            note="stated in the text" if denominator is not None else None,
            is_person=bool(_PERSON_RE.match(noun)), is_event=not _PERSON_RE.match(noun),
            is_all=is_all, is_sex=is_sex,
        )
        if m["pct"]:
            yield _Found(
                FigureKind.PERCENTAGE, m.start("pct"), sentence.index("%", m.end("pct")) + 1,
                _number(m["pct"]), quantity=quantity, denominator=denominator,
                extra={"count": value},
            )
    for m in _COUNT_PCT.finditer(sentence):
        if claim(m):
            denominator = int(_number(m["slash"])) if m["slash"] else None
            after = _NOUN_AFTER.match(sentence, m.end())
            noun = after["noun"] if after else ""
            is_person = bool(noun and _PERSON_RE.match(noun))
            yield _Found(
                FigureKind.COUNT, m.start(), m.end("slash") if m["slash"] else m.end("value"),
                _number(m["value"]), quantity=noun.lower(),
                unit=_plural(noun.lower()) if noun and not _SEX_RE.match(noun) else "",
                denominator=denominator,
                note="stated in the text" if denominator is not None else None,
                is_person=is_person, is_sex=bool(noun and _SEX_RE.match(noun)),
                is_event=bool(noun) and not is_person,
            )
            yield _Found(
                FigureKind.PERCENTAGE, m.start("pct"), sentence.index("%", m.end("pct")) + 1,
                _number(m["pct"]), denominator=denominator, extra={"count": _number(m["value"])},
            )
    for m in _PERCENT.finditer(sentence):
        if claim(m):
            yield _Found(FigureKind.PERCENTAGE, m.start(), m.end(), _number(m["value"]))
    for m in _DURATION.finditer(sentence):
        if claim(m):
            before = sentence[max(0, m.start() - 12) : m.start()].lower()
            quantity = "age" if re.search(r"\bage[d]?\b", before) else ""
            if m["after"]:
                quantity = "follow-up"
            yield _Found(
                FigureKind.DURATION, m.start(), m.end("unit"), _number(m["value"]),
                quantity=quantity, unit=m["unit"].lower(),
            )


def _study_n(found: list[tuple[int, _Found, str, int]]) -> tuple[int, _Found] | None:
    """The first count of people introduced as the sample, as (index, figure)."""
    people = [
        (i, f) for i, (_, f, sentence, s_start) in enumerate(found)
        if f.kind is FigureKind.COUNT and f.is_person and not f.is_sex and f.value is not None
        and f.value.is_integer() and f.value > 0
    ]
    for i, figure in people:
        section_index, _, sentence, sentence_start = found[i]
        local_start = figure.start - sentence_start
        if _INTRODUCES_SAMPLE.search(sentence[:local_start]) and figure.denominator is None:
            return i, figure
    candidates = [(i, f) for i, f in people if f.denominator is None or f.is_all]
    return candidates[0] if candidates else None


def _infer_denominators(found: list[tuple[int, _Found, str, int]]) -> None:
    study = _study_n(found)
    if study is None:
        return
    n_index, n_figure = study
    assert n_figure.value is not None
    n = int(n_figure.value)
    people_word = n_figure.unit or "patients"
    for i, (section_index, figure, sentence, sentence_start) in enumerate(found):
        if i == n_index:
            continue
        if figure.kind is FigureKind.COUNT and (figure.is_person or figure.is_sex):
            if figure.is_sex and not figure.unit:
                figure.unit = people_word
            if figure.denominator is None and figure.value is not None and figure.value <= n:
                figure.denominator = n
                figure.note = f"inferred: the study's {n} {people_word}"
        elif figure.kind in (FigureKind.MEDIAN, FigureKind.MEAN, FigureKind.RANGE):
            earlier_events = [
                f for (s, f, sent, _) in found
                if s == section_index and sent == sentence and f.kind is FigureKind.COUNT
                and f.is_event and f.start < figure.start
            ]
            if earlier_events:
                event = earlier_events[-1]
                figure.note = (
                    f"ambiguous: over the {_fmt(event.value)} {event.unit} or the {n} "
                    f"{people_word}? The abstract does not say"
                )
                if event.value is not None and event.value.is_integer():
                    figure.candidates = (int(event.value), n)
            else:
                figure.denominator = n
                figure.note = f"inferred: the study's {n} {people_word}"
    for _, figure, _, _ in found:
        if figure.kind is FigureKind.PERCENTAGE and figure.denominator is None and "count" in figure.extra:
            for _, other, _, _ in found:
                if other.kind is FigureKind.COUNT and other.end <= figure.start <= other.end + 3:
                    figure.denominator = other.denominator
                    figure.note = other.note


_IRREGULAR_PLURALS = {"child": "children", "woman": "women", "man": "men", "person": "persons"}


def _plural(noun: str) -> str:
    """'patient' -> 'patients', so one unit name serves '1 patient' and '4 patients'."""
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith(("s", "people", "children", "women", "men")):
        return noun
    if noun.endswith("y"):
        return noun[:-1] + "ies"
    return noun + "s"


def _fmt(number: float | None) -> str:
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


def _printed_value(text: str, figure: _Found) -> str | None:
    """The value exactly as printed, so checks know its decimals ('48.60', not 48.6)."""
    if figure.value is None:
        return None
    for token in re.findall(_SNUM, text):
        try:
            if _number(token) == figure.value:
                return token.replace("−", "-").replace("–", "-")
        except ValueError:
            continue
    return None


def extract_figures(sections: tuple[Section, ...] | list[Section]) -> tuple[Figure, ...]:
    """Every figure in the sections, in reading order, with spans into each section's text."""
    found: list[tuple[int, _Found, str, int]] = []
    sentence_of: list[tuple[int, int]] = []
    for index, section in enumerate(sections):
        for s_start, s_end in sentence_spans(section.text):
            sentence = section.text[s_start:s_end]
            local = sorted(_scan(sentence), key=lambda f: f.start)
            for figure in local:
                figure.value_text = _printed_value(sentence[figure.start : figure.end], figure)
            for figure in local:
                while figure.end > figure.start and sentence[figure.end - 1].isspace():
                    figure.end -= 1
                figure.start += s_start
                figure.end += s_start
                found.append((index, figure, sentence, s_start))
                sentence_of.append((s_start, s_end))
    _infer_denominators(found)
    figures = []
    for (index, item, sentence, _), (s_start, s_end) in zip(found, sentence_of, strict=True):
        section = sections[index]
        figures.append(
            Figure(
                kind=item.kind, value=item.value, quantity=item.quantity, unit=item.unit,
                low=item.low, high=item.high, interval=item.interval, sd=item.sd,
                measure=item.measure, denominator=item.denominator, denominator_note=item.note,
                denominator_candidates=item.candidates, value_text=item.value_text,
                section_index=index, section_label=section.label,
                text=section.text[item.start : item.end],
                span=Span(start=item.start, end=item.end), sentence=sentence,
                sentence_span=Span(start=s_start, end=s_end),
            )
        )
    return tuple(figures)


def with_figures(abstract: StructuredAbstract) -> StructuredAbstract:
    """The abstract with its ``figures`` filled in from its sections."""
    return abstract.model_copy(update={"figures": extract_figures(abstract.sections)})
