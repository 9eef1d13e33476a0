"""Find the numbers an abstract reports, with what each is and where it is printed.

Rule-based on purpose: abstracts print their figures in a small number of conventional
patterns ("median age, 45 years", "4 of 5 patients", "HR 0.52; 95% CI, 0.31-0.87",
"P = .03", "386 [64.4%] female", "77%; 46 of 60", "n = 599"), and a rule that misses is easy
to see and fix, whereas a learned model's misses are not (see the brief, §5.5). Patterns are
tried from the most specific to the most generic; a number already claimed by one figure is not
claimed again. Lancet's middle-dot decimals ("0·272") and the Unicode hyphens and dashes of
journal pages ("patient‐years", "5.1–276.9") are read as their ASCII equivalents.

Each figure keeps the sentence it comes from and its character span in the section text. What
each figure is out of is worked out afterwards, across the abstract (``denominators``).
"""

from __future__ import annotations

import re

from nmo_teach.abstracts.denominators import Located, infer_denominators
from nmo_teach.abstracts.found import Found, plural
from nmo_teach.abstracts.model import Figure, FigureKind, Section, Span, StructuredAbstract

_NUM = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:[.·]\d+)?|[.·]\d+"  # '·': Lancet decimals
_SNUM = rf"[-−–]?(?:{_NUM})"
_HYPHEN = "[-‐‑]"  # ASCII hyphen, Unicode hyphen U+2010 and non-breaking hyphen U+2011
_DASH = r"\s*(?:[-‐‑–—]|to)\s*"
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
    r"(?:patient|person)[-‐‑](?:years?|months?)|days?|weeks?|months?|years?|hours?|minutes?|seconds?|wk|wks|mo|yr|yrs|y|d|h|min"
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
_CI_WORDS = r"(?:CI|confidence\s+interval)(?:\s*[\[(]\s*CI\s*[\])])?"  # "... interval [CI], 1-2"

_RATIO = re.compile(
    r"(?P<measure>\b(?:a?HR|a?OR|a?RR|IRR)\b|(?i:\b(?:adjusted\s+)?(?:incidence\s+rate\s+ratio|"
    r"hazard\s+ratio|odds\s+ratio|risk\s+ratio|relative\s+risk|rate\s+ratio)\b))"
    r"(?:\s*\(\s*(?P<hlevel>\d{2}(?:\.\d)?)\s*%\s*CI\s*\))?"
    r"(?:\s+(?:for|of)(?:\s+[A-Za-z-]+){1,4}?\s+(?:was|were|is))?"
    r"[\s,:=]*(?:of\s+|was\s+)?(?P<value>" + _NUM + r")"
    r"(?:\s*[;,(\[]\s*(?:(?P<level>\d{2}(?:\.\d)?)\s*%\s*" + _CI_WORDS +
    r"[\s,:=]*)?(?P<low>" + _NUM + r")" + _DASH + r"(?P<high>" + _NUM + r")\s*[)\]]?)?"
)
_CI_ESTIMATE = re.compile(
    r"(?P<value>" + _SNUM + r")\s*(?P<unit>%|[A-Za-z][A-Za-z/]*(?:\s+per\s+[A-Za-z]+)?)?"
    r"\s*[(\[,;]\s*"
    r"(?P<level>\d{2}(?:\.\d)?)\s*%\s*" + _CI_WORDS + r"[\s,:=]*"
    r"(?P<low>" + _SNUM + r")\s*%?" + _DASH + r"(?P<high>" + _SNUM + r")\s*%?\s*[)\]]?"
)
_LOOSE_CI = re.compile(  # a CI printed apart from its estimate: "96% (Kaplan-Meier; 95% CI, 76-99)"
    r"(?P<level>\d{2}(?:\.\d)?)\s*%\s*" + _CI_WORDS + r"[\s,:=]*"
    r"(?P<low>" + _SNUM + r")\s*%?" + _DASH + r"(?P<high>" + _SNUM + r")\s*%?"
)
_P_VALUE = re.compile(
    r"(?<![A-Za-z])[Pp](?:\s+value)?\s*(?P<cmp><=|>=|=|<|>|≤|≥)\s*"
    r"(?P<value>\d*[.·]\d+|\d+(?:[.·]\d+)?)(?:\s*[×x]\s*10\s*(?P<exp>[-−]\s*\d+))?"
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
    r"\bmedian\s*[(\[](?P<interval>range|IQR|interquartile range)[)\]]\s*(?P<quantity>(?:[A-Za-z-]+\s+){0,5}?)"
    r"[A-Za-z-]*?[,:]?\s*(?:was\s+|of\s+)?(?P<value>" + _NUM + r")"
    r"(?:\s*(?P<vunit>(?i:" + _TIME_UNITS + r"|%|[A-Za-z]+)))?"
    r"\s*[(\[]\s*(?P<low>" + _SNUM + r")\s*(?P<lunit>[A-Za-z]+)?"
    + _DASH + r"(?P<high>" + _SNUM + r")\s*(?P<hunit>[A-Za-z]+)?\s*[)\]]\s*" + _UNIT + r"?",
    re.IGNORECASE,
)
_MEDIAN = re.compile(
    r"\bmedian\s+(?P<quantity>(?:[A-Za-z-]+\s+){0,5}?[A-Za-z-]*?)" + _SUMMARY_TAIL + _RANGE_TAIL,
    re.IGNORECASE,
)
_MEAN_PAREN = re.compile(
    r"\bmean\s*[(\[](?:SD|standard deviation)[)\]]\s*(?P<quantity>(?:[A-Za-z-]+\s+){0,5}?[A-Za-z-]*?)"
    r"[,:]?\s*(?:was\s+|of\s+)?(?P<value>" + _SNUM + r")\s*[(\[]\s*(?P<sd>" + _NUM + r")\s*[)\]]\s*"
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
    r"(?P<adj>(?:\s+(?!(?:" + "|".join(_STOP) + r")\b)[A-Za-z][a-z-]*){0,2}?)\s+"
    r"(?P<noun>(?i:\b(?:" + _NOUN + r")\b))(?!" + _HYPHEN + r")"
    r"(?:\s*[(\[]\s*(?P<pct>" + _NUM + r")\s*%\s*[)\]])?"
)
_COUNT_PCT = re.compile(  # "30 (25%)", "386 [64.4%]", "20/44 (45%)"
    r"(?<![\w.])(?P<value>" + _NUM + r")\s*(?:/\s*(?P<slash>" + _NUM + r")\s*)?"
    r"[(\[]\s*(?P<pct>" + _NUM + r")\s*%\s*[)\]]"
)
_PCT_COUNT = re.compile(  # "77%; 46 of 60", "68% (41 of 60)", "95% (20/21)"
    r"(?<![\w.])(?P<pct>" + _NUM + r")\s*%\s*(?:;\s*|[(\[]\s*)(?P<value>" + _NUM + r")"
    r"\s*(?:/\s*|\s+of\s+(?:the\s+)?)(?P<den>" + _NUM + r")(?![\w.%])(?:\s*[)\]])?"
)
_OF_COUNT = re.compile(  # a bare "46 of 60" or "20/21" with no noun after it
    r"(?<![\w.])(?P<value>" + _NUM + r")\s*(?:/\s*|\s+of\s+(?:the\s+)?)(?P<den>" + _NUM + r")"
    r"(?![\w.%/])"
)
_SNELLEN = re.compile(r"\b(?:acuity|vision|visual|VA|BCVA|Snellen)\b", re.IGNORECASE)
_N_EQUALS = re.compile(r"(?<![\w])[nN]\s*=\s*(?P<value>" + _NUM + r")")
_PCT_RANGE = re.compile(
    r"(?<![\w.])(?P<low>" + _NUM + r")\s*%" + _DASH + r"(?P<high>" + _NUM + r")\s*%"
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
    cleaned = text.replace(",", "").replace("·", ".").replace("−", "-").replace("–", "-")
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


def _clean_unit(unit: str | None) -> str:
    if not unit:
        return ""
    unit = re.sub(_HYPHEN, "-", unit)
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

    def claim(self, match: re.Match[str]) -> bool:
        if not self.free(match.start(), match.end()):
            return False
        self.take(match.start(), match.end())
        return True


def _ratio_measure(printed: str) -> str:
    lowered = re.sub(r"\s+", " ", printed.lower()).removeprefix("adjusted ")
    return _RATIO_NAMES.get(lowered, printed.upper() if len(printed) <= 4 else printed)


def _in_parentheses(sentence: str, start: int) -> bool:
    return sentence[:start].rstrip().endswith(("(", "["))


def _estimates(sentence: str, claims: _Claims) -> list[Found]:
    """Ratios, estimates and percentages with a confidence interval, and p values."""
    found: list[Found] = []
    for m in _RATIO.finditer(sentence):
        if claims.claim(m):
            level = m["level"] or m["hlevel"]
            found.append(Found(
                FigureKind.RATIO, m.start(), m.end(), _number(m["value"]),
                measure=_ratio_measure(m["measure"]),
                low=_number(m["low"]) if m["low"] else None,
                high=_number(m["high"]) if m["high"] else None,
                interval=f"{level}% CI" if m["low"] and level else ("CI" if m["low"] else None),
            ))
    for m in _CI_ESTIMATE.finditer(sentence):
        if claims.claim(m):
            before = sentence[max(0, m.start() - 40) : m.start()]
            unit = _clean_unit(m["unit"])
            found.append(Found(
                FigureKind.PERCENTAGE if unit == "%" else FigureKind.ESTIMATE, m.start(), m.end(),
                _number(m["value"]), quantity=_clean_quantity(re.split(r"[;,(]", before)[-1]),
                unit="" if unit == "%" else unit, low=_number(m["low"]), high=_number(m["high"]),
                interval=f"{m['level']}% CI",
            ))
    for m in _P_VALUE.finditer(sentence):
        if claims.claim(m):
            value = _number(m["value"])
            if m["exp"]:
                value *= 10 ** int(m["exp"].replace("−", "-").replace(" ", ""))
            found.append(Found(FigureKind.P_VALUE, m.start(), m.end(), value, measure=m["cmp"]))
    return found


def _summaries(sentence: str, claims: _Claims) -> list[Found]:
    """Medians and means (with a range, IQR or SD), and stand-alone ranges."""
    found: list[Found] = []
    for pattern, kind in ((_MEDIAN_PAREN, FigureKind.MEDIAN), (_MEDIAN, FigureKind.MEDIAN),
                          (_MEAN_PAREN, FigureKind.MEAN), (_MEAN, FigureKind.MEAN)):
        for m in pattern.finditer(sentence):
            if not claims.claim(m):
                continue
            groups = m.groupdict()
            unit = (_clean_unit(groups.get("vunit")) or _clean_unit(groups.get("unit"))
                    or _clean_unit(groups.get("hunit")))
            end = m.end()
            if groups.get("unit") and not _clean_unit(groups.get("unit")):
                end = m.start("unit")
            low_unit = _clean_unit(groups.get("lunit"))
            interval = groups.get("interval")
            found.append(Found(
                kind, m.start(), end, _number(m["value"]),
                quantity=_clean_quantity(m["quantity"]), unit=unit,
                low=_number(groups["low"]) if groups.get("low") else None,
                high=_number(groups["high"]) if groups.get("high") else None,
                low_unit=low_unit if low_unit and low_unit.lower() != unit.lower() else "",
                interval=("IQR" if interval and interval.lower() != "range" else "range")
                if groups.get("low") else None,
                sd=_number(groups["sd"]) if groups.get("sd") else None,
            ))
    for m in _PLUS_MINUS.finditer(sentence):
        if claims.claim(m):
            found.append(Found(
                FigureKind.MEAN, m.start(), m.end(), _number(m["value"]),
                unit=_clean_unit(m["unit"]) or _clean_unit(m["unit2"]), sd=_number(m["sd"]),
            ))
    for m in _RANGE.finditer(sentence):
        if claims.claim(m):
            word = m["quantity"].lower()
            found.append(Found(
                FigureKind.RANGE, m.start(), m.end(), None,
                quantity="age" if word.startswith("age") else "",
                unit=_clean_unit(m["unit"]) or _clean_unit(m["lunit"]),
                low=_number(m["low"]), high=_number(m["high"]), interval="range",
            ))
    for m in _PCT_RANGE.finditer(sentence):
        if claims.claim(m):
            found.append(Found(FigureKind.RANGE, m.start(), m.end(), None, unit="%",
                               low=_number(m["low"]), high=_number(m["high"]), interval="range"))
    return found


def _percentage_of(sentence: str, m: re.Match[str], count: Found, denominator: int | None) -> Found:
    end = sentence.index("%", m.end("pct")) + 1
    return Found(FigureKind.PERCENTAGE, m.start("pct"), end, _number(m["pct"]),
                 quantity=count.quantity, denominator=denominator, of_count=count)


def _counts(sentence: str, claims: _Claims) -> list[Found]:
    """Counts, with a stated denominator and the percentage printed beside them when there is one."""
    found: list[Found] = []
    for m in _PCT_COUNT.finditer(sentence):
        if claims.claim(m):
            denominator = int(_number(m["den"]))
            count = Found(FigureKind.COUNT, m.start("value"), m.end("den"), _number(m["value"]),
                          denominator=denominator, note="stated in the text")
            found += [_percentage_of(sentence, m, count, denominator), count]
    for m in _N_EQUALS.finditer(sentence):
        if claims.claim(m):
            found.append(Found(FigureKind.COUNT, m.start(), m.end(), _number(m["value"]),
                               quantity="n", is_group_size=True))
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
        quantity = f"{m['adj'].strip()} {noun}".strip() if not is_sex else noun.lower()
        if m["all"] and m["all"].strip().lower() == "a total of":
            quantity = f"total {quantity}"
        count = Found(
            FigureKind.COUNT, start, m.end("noun"), value, quantity=quantity,
            unit="" if is_sex else plural(noun.lower()), denominator=denominator,
            note="stated in the text" if denominator is not None else None,
            is_person=bool(_PERSON_RE.match(noun)), is_event=not _PERSON_RE.match(noun),
            is_all=is_all, is_sex=is_sex, in_parentheses=_in_parentheses(sentence, start),
        )
        found.append(count)
        if m["pct"]:
            found.append(_percentage_of(sentence, m, count, denominator))
    for m in _COUNT_PCT.finditer(sentence):
        if claims.claim(m):
            denominator = int(_number(m["slash"])) if m["slash"] else None
            after = _NOUN_AFTER.match(sentence, m.end())
            noun = after["noun"] if after else ""
            is_person = bool(noun and _PERSON_RE.match(noun))
            count = Found(
                FigureKind.COUNT, m.start(), m.end("slash") if m["slash"] else m.end("value"),
                _number(m["value"]), quantity=noun.lower(),
                unit=plural(noun.lower()) if noun and not _SEX_RE.match(noun) else "",
                denominator=denominator,
                note="stated in the text" if denominator is not None else None,
                is_person=is_person, is_sex=bool(noun and _SEX_RE.match(noun)),
                is_event=bool(noun) and not is_person,
            )
            found += [count, _percentage_of(sentence, m, count, denominator)]
    for m in _OF_COUNT.finditer(sentence):
        if _SNELLEN.search(sentence[max(0, m.start() - 40) : m.start()]) and "/" in m[0]:
            continue  # "acuity worse than 20/200" is a Snellen fraction, not a count
        if claims.claim(m):
            found.append(Found(FigureKind.COUNT, m.start(), m.end(), _number(m["value"]),
                               denominator=int(_number(m["den"])), note="stated in the text"))
    return found


def _loose_intervals(sentence: str, claims: _Claims, found: list[Found]) -> None:
    """Give a CI printed apart from its estimate to the nearest earlier figure lacking one."""
    for m in _LOOSE_CI.finditer(sentence):
        if not claims.claim(m):
            continue
        earlier = [f for f in found if f.end <= m.start() and f.low is None
                   and f.kind in (FigureKind.PERCENTAGE, FigureKind.ESTIMATE, FigureKind.RATIO)]
        if earlier:
            target = max(earlier, key=lambda f: f.end)
            target.low, target.high = _number(m["low"]), _number(m["high"])
            target.interval = f"{m['level']}% CI"


def _scan(sentence: str) -> list[Found]:
    """Every figure in one sentence, in the order of the patterns (most specific first)."""
    claims = _Claims()
    found = _estimates(sentence, claims)
    found += _summaries(sentence, claims)
    found += _counts(sentence, claims)
    loose = [m for m in _LOOSE_CI.finditer(sentence) if claims.free(m.start(), m.end())]
    for m in loose:  # keep a CI's level ("95%") from being read as a percentage
        claims.take(m.start("level"), m.end("level") + 1)
    for m in _PERCENT.finditer(sentence):
        if claims.claim(m):
            found.append(Found(FigureKind.PERCENTAGE, m.start(), m.end(), _number(m["value"])))
    for m in _DURATION.finditer(sentence):
        if claims.claim(m):
            before = sentence[max(0, m.start() - 12) : m.start()].lower()
            quantity = "age" if re.search(r"\bage[d]?\b", before) else ""
            if m["after"]:
                quantity = "follow-up"
            found.append(Found(
                FigureKind.DURATION, m.start(), m.end("unit"), _number(m["value"]),
                quantity=quantity, unit=_clean_unit(m["unit"]).lower(),
            ))
    for m in loose:
        claims.spans.remove((m.start("level"), m.end("level") + 1))
    _loose_intervals(sentence, claims, found)
    return found


def _printed_value(text: str, figure: Found) -> str | None:
    """The value exactly as printed, so checks know its decimals ('48.60', not 48.6)."""
    if figure.value is None:
        return None
    for token in re.findall(_SNUM, text):
        try:
            if _number(token) == figure.value:
                return token.replace("−", "-").replace("–", "-").replace("·", ".")
        except ValueError:
            continue
    return None


def extract_figures(sections: tuple[Section, ...] | list[Section]) -> tuple[Figure, ...]:
    """Every figure in the sections, in reading order, with spans into each section's text."""
    found: list[Located] = []
    for index, section in enumerate(sections):
        for s_start, s_end in sentence_spans(section.text):
            sentence = section.text[s_start:s_end]
            for figure in sorted(_scan(sentence), key=lambda f: (f.start, f.kind is FigureKind.COUNT)):
                figure.value_text = _printed_value(sentence[figure.start : figure.end], figure)
                while figure.end > figure.start and sentence[figure.end - 1].isspace():
                    figure.end -= 1
                figure.start += s_start
                figure.end += s_start
                found.append(Located(index, figure, sentence, s_start))
    infer_denominators(found)
    return tuple(_to_figure(item, sections[item.section]) for item in found)


def _to_figure(item: Located, section: Section) -> Figure:
    f = item.figure
    return Figure(
        kind=f.kind, value=f.value, quantity=f.quantity, unit=f.unit, low=f.low, high=f.high,
        low_unit=f.low_unit, interval=f.interval, sd=f.sd, measure=f.measure,
        denominator=f.denominator, denominator_note=f.note, denominator_candidates=f.candidates,
        of_count=f.of_count.value if f.of_count is not None else None,
        value_text=f.value_text, section_index=item.section, section_label=section.label,
        text=section.text[f.start : f.end], span=Span(start=f.start, end=f.end),
        sentence=item.sentence,
        sentence_span=Span(start=item.sentence_start,
                           end=item.sentence_start + len(item.sentence)),
    )


def with_figures(abstract: StructuredAbstract) -> StructuredAbstract:
    """The abstract with its ``figures`` filled in from its sections."""
    return abstract.model_copy(update={"figures": extract_figures(abstract.sections)})
