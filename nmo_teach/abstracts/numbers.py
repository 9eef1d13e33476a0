"""Printed numbers in one canonical form, with a map back to the characters as printed.

Journals print one number many ways: "2,318", "48 212" and "10 000" (thin, narrow no-break or
plain spaces as thousands separators), "−0.42" (Unicode minus), "0·272" (Lancet's middle dot),
"One hundred forty-two" (words). The figure grammar in ``figures`` should not have to know them
all, so each section's text is first rewritten into a canonical form, where every number is
plain ASCII digits ("2318", "-0.42", "142"), every exotic space is a space, a sign printed in a
variant spelling ("per cent") has one spelling, and the grammar runs on that. ``Canonical.span``
maps a span of the canonical text back to the printed text, so that a figure's span and text are
exactly the characters the user pasted ("One hundred forty-two", not "142").

Number words are read by the ``text2num`` library (``text_to_num.text2num``), which knows English
cardinals to the millions, hyphenated or not, in any case; this module only finds where a run of
number words starts and ends.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import islice

from text_to_num import text2num

# One printed character -> one canonical character, so these need no entry in the offset map.
_CHAR_MAP = str.maketrans({
    "\u2212": "-",  # minus sign
    "\u2010": "-", "\u2011": "-",  # hyphen, non-breaking hyphen
    "\u2500": "–",  # a box-drawing line a page prints for a range's dash ("(range 18.2% ─ 35.1%)")
    # What a PDF's symbol font leaves for <, >, ± and = when its text is copied ("P ⬍ 0.001")
    "\u2b0d": "<", "\u2b0e": ">", "\u2afe": "±", "\u2afd": "=",
    "\u2d1e": "±", "\u2d1d": "=",  # the Georgian letters a PDF font leaves for ± and = ("43.5 ⴞ 6.5", "n ⴝ 398")
    # ... and the Coptic, Greek and Armenian letters of a math font's mapping ("P Ͻ .001", "n ϭ 20", "54 Ϯ 8")
    "\u03ed": "=", "\u03fd": "<", "\u03fe": ">", "\u03ee": "±", "\u03e9": "+", "\u03ea": "-", "\u0546": "≥",
    "\u0545": "≤",
    "\u060e": "±", "\u060d": "=",  # Arabic signs another PDF font leaves for ± and = ("age 56 ؎ 10 years", "P ؍ .03")
    "\u02c2": "<", "\u02c3": ">",  # modifier-letter arrowheads some pages print for < and > ("I2 ˃ 80%")
    "\u2267": "≥", "\u2266": "≤",  # the East Asian forms of ≥ and ≤ ("≧12 months")
    **{c: " " for c in "\u00a0\u2007\u2009\u202f\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u205f"},
    # Letters and digits in a mathematical alphabet, as a page typeset in math italics leaves them ("M𝑎𝑔𝑒= 57.6",
    # "𝑛 = 24"): the plain letter or digit each stands for (its compatibility form).
    **{chr(code): plain for code in range(0x1D400, 0x1D800)
       if len(plain := unicodedata.normalize("NFKC", chr(code))) == 1 and plain.isascii()},
})
_MIDDLE_DOT = re.compile(r"(?<=\d)\u00b7(?=\d)")
# "2,318", "48 212", "10 000", "1 234 567": a group of 1-3 digits, then groups of exactly three.
# Not inside a decimal or a longer number, and not a list ("1, 2, 3": the comma is followed by a
# space) or a range ("10 000-20 000" is fine; "2 100-mg" is not a thousand grouping).
_GROUPED = re.compile(r"(?:(?<![\d.,])|(?<=[A-Za-z]{2}\.))(?!0\D)\d{1,3}(?:(?P<sep>[, ])\d{3})(?:(?P=sep)\d{3})*(?![\d,]\d|\d)")
# Spellings of a sign that the grammar reads in one form only: British "per cent", the comma a
# PDF's symbol font leaves for "<" after a P ("(P , 0.0001)"), and a lost sign after a P.
# Words a signed value follows, each as a fixed-width look-behind: "from - 8.02", "of - 0.20", "(WMD) - 1.16".
_VALUE_BEFORE = "|".join(rf"(?<=\b{word}\s)" for word in ("from", "of", "to", "by", "was", "were", "is", "are",
                                                          "difference", "average", "mean", "change")
                         ) + r"|(?<=[A-Z]\)\s)"  # a measure's abbreviation: "a mean (WMD) - 1.16"
_SPELLINGS = ((re.compile(r"\bper\s+cent\b", re.IGNORECASE), "percent"),
              (re.compile(r"\bplus\s+or\s+minus\b", re.IGNORECASE), "±"),  # "6.3 plus or minus 4.2 years"
              # A spread's name between its sign and its number ("43.2% ± S.D. 5.24%", "54 +/- SD 8"): the sign says it
              (re.compile(r"(?:±|\+/-)\s*(?-i:S\.\s?D\.|SD)\s*(?=\.?\d)"), "± "),
              (re.compile(r"(?<=\b[Pp]\s),(?=\s*0?\.\d)"), "<"),
              # A minus after a P's "=" ("P=-.002"): a slip, since no p value is negative.
              (re.compile(r"(?:(?<=\b[Pp]=)|(?<=\b[Pp]\s=)|(?<=\b[Pp]=\s)|(?<=\b[Pp]\s=\s))-(?=0?\.\d)"), ""),
              (re.compile(r"(?<=\d)--(?=\d)"), "–"),  # a range typed with two hyphens, as old records print it ("4--12")
              # Per mille, a rate on the scale of a thousand ("2.21‰"); printed on both bounds of a range, it is
              # read once, after the top ("0.73‰-1.19‰").
              (re.compile(r"(?<=\d)\s?‰(?=\s?(?:[-–]|to\s)\s?\d)"), ""),
              (re.compile(r"(?<=\d)\s?‰"), " per 1000"),
              # An en dash that no number stands before is a minus ("MG-ADL, –5.1", "(–0.77 to –0.30)");
              # after a number it joins a range ("12–15", "12 – 15").
              (re.compile(r"(?<![\w.%)\]])(?<![\d%)\]]\s)–(?=\.?\d)"), "-"),  # "and –7.24" too
              # A minus set apart from its number after a bracket, a sign or a list's comma ("WMD: - 1.24;
              # 95% CI - 1.77, - 0.71", "MD = - 12.04 (- 22.33 ~ - 1.75)"), as text copied from a PDF has it:
              # no dash opens a bracket or follows "=". So too after a word that a value follows ("increased
              # from - 8.02 ± 6.11 to - 6.48", "an average of - 0.20"). After another word or a number it
              # stays a dash ("SUV alone - 95.31%", "18 - 65").
              # (The look-ahead comes first, so that the look-behinds are tried only at a spaced dash.)
              (re.compile(r"(?=[-–]\s+\.?\d)(?:(?<=[(\[=:~;,])|(?<=[(\[=:~;,]\s)|" + _VALUE_BEFORE + r")[-–]\s+"), "-"),
              # ... and after a difference's abbreviation when no interval follows to decide (``_spaced_minus_signs``
              # in figures), the clause closing on the number or a P ("(WMD – 3.9 days, p<0.001)", "(MD – 0.85)").
              (re.compile(r"(?:(?<=\bMD\s)|(?<=\bSMD\s)|(?<=\bWMD\s)|(?<=\bRD\s))[-–]\s+"
                          r"(?=\.?\d[\d.]*(?:\s*[A-Za-z%]+)?\s*(?:[;)\]]|,\s*[Pp]\b))"), "-"),
              # ... and after any word, when a spread follows the number ("and − 1.7 ± 4.9 ml"): a value, no range.
              (re.compile(r"(?<![\d%)\]]\s)(?<=[A-Za-z]\s)[-–]\s+(?=\.?\d[\d.]*\s*(?:±|\+/-))"), "-"),
              # So too a plus ("the placebo group (+ 4.4 kg)", "change in slope: + 0.479").
              (re.compile(r"(?=\+\s+\.?\d)(?:(?<=[(\[=:~;,])|(?<=[(\[=:~;,]\s)|" + _VALUE_BEFORE + r")\+\s+"), "+"),
              # A tilde between two numbers joins a range, as Chinese journals print one ("12~15 years",
              # "(-22.33 ~ -1.75)"); before a lone number it means "about" ("~30%") and stays.
              (re.compile(r"(?=\s*[~∼])(?:(?<=\d)|(?<=\d%))\s*[~∼]\s*(?=[-–]?\s*\.?\d)"), " to "),  # "8% ∼ 9.9%" too
              # More of PubMed's ASCII for signs: "p approximately equal to 0.01", "40.6 .+-. 5.4 days", "UK pound
              # sterling 13,257" (a cost, as "£13,257" is).
              (re.compile(r"\bapproximately\s+equal\s+to\b", re.IGNORECASE), "≈"),
              (re.compile(r"\s?\.\+-\.\s?"), " ± "),
              # ... and the other entities of those records, a name between full stops (".gtoreq. 2 TIA", "10 .mu.g",
              # "37 .degree.C", "2 .times. 10"): the signs they name.
              (re.compile(r"\.gtoreq\."), "≥"), (re.compile(r"\.ltoreq\."), "≤"),
              (re.compile(r"\.apprx\.\s?"), "~"), (re.compile(r"\.mu\.(?=[A-Za-z])"), "μ"),
              (re.compile(r"\s?\.degree\.\s?"), "°"),
              (re.compile(r"\s?\.times\.\s?"), " × "),
              (re.compile(r"\b(?:UK\s+)?pounds?\s+sterling\s*(?=\d)", re.IGNORECASE), "£"),
              # "<" and ">" left URL-encoded by a scraped page ("(p %3C; 0.001)").
              (re.compile(r"%3[Cc];?\s?(?=\s*\.?\d)"), "< "),
              (re.compile(r"%3[Ee];?\s?(?=\s*\.?\d)"), "> "),
              # SGML entities as some publishers' feeds print them, their names in brackets ("84[percnt]",
              # "12.1[plusmn]3.4"): the signs they name.
              (re.compile(r"\[percnt\]"), "%"),
              (re.compile(r"\s?\[plusmn\]\s?"), " ± "),
              # A value parted from its CI's level by a spaced dash: "OR 0.29 – 95% CI: 0.18–0.45", not a range to 95.
              (re.compile(r"(?<=\d)\s[–—-]\s(?=\d{2}(?:\.\d)?\s?%\s?(?:CI|C\.I\.|confidence\b))"), ", "),
              # "≥" and "≤" as PubMed's older records spell them in ASCII (">or=65 years", "> or =400 IU/d",
              # "p </= 0.05"): a sign, so that no rule reads "or=" as the "=" of a value ("rates ... >or=65 years").
              (re.compile(r">\s?(?:or\s?=|/=)"), "≥"),
              (re.compile(r"<\s?(?:or\s?=|/=)"), "≤"),
              # "mug" for "μg", as PubMed's older records spell the Greek letter in ASCII ("100 mug/min").
              (re.compile(r"(?=mug\b)(?:(?<=\d)|(?<=\d\s))mug"), "μg"),
              (re.compile(r"(?=Cl\b)(?:(?<=\d%)|(?<=\d%\s))Cl"), "CI"),  # "95% Cl": a lower-case L for I
              (re.compile(r"\bconfidential(?=\s+intervals?\b)", re.IGNORECASE), "confidence"),  # a common slip
              (re.compile(r"\bconfi\s+dence\b", re.IGNORECASE), "confidence"),  # a PDF's lost "fi" ligature: "confi dence"
              # BMJ's "3.43 v 7.46 days", and "VS" in capitals ("(17.5 VS 8%")
              (re.compile(r"(?<=[\d%)\]])\s+(?:v|V[Ss])\.?\s+(?=[-−$£€]?\.?\d)"), " vs "),
              (re.compile(r"(?<=\bvs)\.(?=\d)"), ". "),  # "(59 vs.53)": the full stop of "vs.", no decimal point
              # The quartiles that name an IQR ("IQR 25–75%: 110.2–128.8", "Median (25%, 75%) change"): the name
              # alone, as usually printed.
              (re.compile(r"(?<=IQR)\s*25(?:th)?\s*%?\s*[-–—]\s*75(?:th)?\s*%?(?=\s*[:,]?\s*\d)"), ""),
              (re.compile(r"(?<=[Mm]edian)\s*\(\s*25(?:th)?\s*%?\s*,\s*75(?:th)?\s*%?\s*\)"), ""),
              # A level parted from "CI" by a stray semicolon ("(OR: 1.59; 95%; CI: 1.14, 2.20)").
              (re.compile(r"(?<=(?<![\d.])9[059]%);\s?(?=CI\b)"), " "),
              (re.compile(r"(?<=\d)\s(?=(?:st|nd|rd|th)\b)"), ""),  # "14 th, 21th, 35 th wks": ordinals
              # A decimal comma ("p=0,032", as European journals print it): no thousands begin with 0.
              (re.compile(r"(?<![\d.,]0)(?<=0),(?=\d+(?![,\d]))"), "."),
              # ... and one in a per cent ("3,47%", "12,63 %"): thousands are never grouped in twos.
              (re.compile(r"(?=,\d{1,2}\s*%)(?:(?<=(?<![\d.,])\d)|(?<=(?<![\d.,])\d\d)),"), "."),
              # ... and one in a sum of money ("€ 9,20", "8,28 €"): cents are two digits, a thousands group three.
              (re.compile(r"(?:(?<=[€$£]\d)|(?<=[€$£]\s\d)|(?<=[€$£]\d\d)|(?<=[€$£]\s\d\d)),(?=\d\d(?![\d,]))"
                          r"|(?<=\d),(?=\d\d\s?€)"), "."),
              # ... and one beside a "±" ("29,30 ± 5,16 SD"): a thousands group has three digits, not one or two.
              (re.compile(r"(?:(?<=(?<![\d.,])\d)|(?<=(?<![\d.,])\d\d)|(?<=(?<![\d.,])\d\d\d)),(?=\d{1,2}\s*±)"
                          r"|(?:" + "|".join(f"(?<=±{space}{digits})" for space in ("", " ") for digits in
                                            (r"\d", r"\d\d", r"\d\d\d")) + r"),(?=\d{1,2}(?![\d,]))"), "."),
              # A "<" lost between a P and its decimal point ("(P.001)", "; P.03"): no word is a P glued to ".001".
              (re.compile(r"(?=\.\d)(?:(?<=[(\[;,]\s[Pp])|(?<=[(\[;,][Pp]))"), "<"),
              # A "<" a PDF's font turned into a backslash after a P ("P \ 0.00001").
              (re.compile(r"(?<=\b[Pp]\s)\\(?=\s*0?\.\d)"), "<"),
              # A thin space a scraped page lost to "?" ("3?mg", "12?weeks"): a question mark never
              # sits between a number and its unit.
              (re.compile(r"(?<=\d)\?(?=[A-Za-zµμ%])"), " "),
              # A "<" a PDF's symbol font left as "o" after a P ("po0.05"): no word is a P glued to a number.
              (re.compile(r"(?=o0?\.\d)(?<![A-Za-z][Pp])(?<=[Pp])o"), "<"),
              # A "±" typed as "+-" ("30.94 +- 12.23 years"), as "+/-" is read.
              (re.compile(r"(?<=[\d%])\s*\+-\s*(?=\.?\d)"), " ± "),
              # A "±" a page's encoding lost to "?" ("(11.4? 3.7)"): a question never ends in a number
              # that another number follows.
              (re.compile(r"(?<=\d)\?\s?(?=\d)"), " ± "),
              # An "=" a PDF's symbol font left as "¼" ("P ¼ .011", "n ¼ 13", "rate¼1.24"): a quarter never
              # follows a letter.
              (re.compile(r"(?<=[A-Za-z])\s?¼\s?(?=[-−]?\.?\d)"), " = "),
              # A group size whose "=" a scan dropped ("(n 734)"): read as "n = 734".
              (re.compile(r"(?<=[(\[;,][nN])\s(?=\d+\s*[)\];,])"), " = "),
              # A superscript 2 that PubMed's text prints in brackets ("I (2) = 99.58%", "χ (2) = 9.8"): I², χ².
              (re.compile(r"(?<=\b[IχX])\s?\(2\)(?=\s*[=:<>≤≥])"), "2"),
              # A p value whose italic P a page lost, closing a bracketed list ("(1.52, 1.40 to 1.67, <0.001)"):
              # a small decimal after a bare "<" there is nothing else.
              (re.compile(r"(?<=[,;]\s)<(?=\s*0?\.0\d*\s*[)\]])"), "P<"),
              # A p value whose sign a PDF dropped ("; P 0.003)", "(17.5 VS 8%, P0.004)"): read as "=", the only sign left.
              (re.compile(r"(?=\s?0?\.\d+\s*[)\];,])(?:(?<=[(\[;,][Pp])|(?<=[(\[;,]\s[Pp]))\s?"), " = "))
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fourty fifty sixty seventy eighty ninety".split()  # "Fourty-two": a common slip
_SCALES = ("hundred", "thousand", "million")
_RESTATED = re.compile(r"\s*\(\s*(?P<digits>\d+)\s*\)")  # the digits a formal text repeats after the words
_AND_A_HALF = re.compile(r"\s+and\s+(?:a\s+)?half\b(?!\s+(?:of|the)\b)", re.IGNORECASE)  # "one and half year" too
_BETWEEN_WORDS = re.compile(r"[\s\-‐‑–]*(?:and\s+)?")
_MAX_WORDS = 12  # "nine hundred and ninety-nine thousand nine hundred and ninety-nine" is 11
# Tens and ones run together, as a scan or an old typescript prints them ("Twentythree per cent").
_GLUED_TENS = r"(?:" + "|".join(_TENS) + r")(?=(?:" + "|".join(_ONES[1:10]) + r")\b)"
_WORD = r"(?:" + _GLUED_TENS + "|" + "|".join(_ONES + _TENS + list(_SCALES)) + r")"
_NUMBER_WORDS = re.compile(  # "fourfold" reads as "4fold", so that the fold rule sees a number; "Eighty- nine"
    # keeps the space a hyphen at a line end left; "One-hundred-and-thirty-nine" hyphenates its "and" too; "One thousand,
    # one hundred and eighty two" sets its thousands apart with a comma, as digits are
    rf"(?i:(?:\ba\s+(?=(?:hundred|thousand)\b))?\b{_WORD}(?:(?:[-‐‑–] ?(?:and[-‐‑–])?|(?:(?<=thousand)|(?<=million)),(?=\s+[A-Za-z]+\s+hundred\b)\s+|\s+(?:and\s+)?|(?<=ty)(?={_WORD}\b)){_WORD})*"
    r"(?:\b|(?=fold\b)))(?![-‐‑–](?:thirds?|fourths?|"
    r"fifths?|halves|half|quarters?)\b)"
)


@dataclass(frozen=True)
class Canonical:
    """A text rewritten so that every number is in plain digits, and the way back.

    ``_cuts`` holds each rewritten stretch as (canonical start, canonical end, printed start,
    printed end), in order; characters outside them map one to one with a fixed shift.
    """

    text: str
    printed: str
    _cuts: tuple[tuple[int, int, int, int], ...]
    _starts: tuple[int, ...]
    _words: tuple[int, ...] = ()  # canonical starts of numbers that were printed as words
    _grouped: tuple[int, ...] = ()  # canonical starts of numbers printed with thousands separators ("1,959")

    def words_in(self, start: int, end: int) -> tuple[int, ...]:
        """Canonical offsets, within ``[start, end)``, of numbers printed as words."""
        return self._words[bisect_left(self._words, start): bisect_left(self._words, end)]

    def grouped_in(self, start: int, end: int) -> tuple[int, ...]:
        """Canonical offsets, within ``[start, end)``, of numbers printed with thousands separators: quantities,
        never a year ("1,959 case subjects") or a record number ("$315,400,000"), whatever their digits."""
        return self._grouped[bisect_left(self._grouped, start): bisect_left(self._grouped, end)]

    def _char(self, index: int) -> tuple[int, int]:
        """Printed (start, end) of the canonical character at ``index``."""
        k = bisect_right(self._starts, index) - 1
        if k >= 0:
            c_start, c_end, p_start, p_end = self._cuts[k]
            if index < c_end:
                return p_start, p_end
            shifted = index + (p_end - c_end)
        else:
            shifted = index
        return shifted, shifted + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The printed span of the canonical span ``[start, end)``."""
        if end <= start:
            point = self._char(start)[0] if start < len(self.text) else len(self.printed)
            return point, point
        return self._char(start)[0], self._char(end - 1)[1]


def word_value(phrase: str) -> int | None:
    """The value of a run of English number words ("One hundred forty-two" -> 142), or None."""
    try:
        spaced = re.sub(r"[-‐‑–,]|(?<=ty)(?=[a-z])", " ", phrase.lower()).replace("fourty", "forty")  # "twentythree"
        spaced = re.sub(r"^a\s+", "one ", spaced)  # "a hundred and fortysix"
        spaced = re.sub(r"^(?=(?:hundred|thousand)\s)", "one ", spaced)  # "Hundred and seventy-eight women"
        return int(text2num(spaced, "en"))
    except ValueError:
        return None


def _word_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) for every run of number words that reads as one number.

    A run that ``text2num`` refuses as a whole ("five hundred six hundred") is shortened from the
    right until it reads, and the rest is read again on its own. At most ``_MAX_WORDS`` words are
    tried at a time (no number needs more), so a long run of number words costs linear time.
    """
    found: list[tuple[int, int, str]] = []
    for match in _NUMBER_WORDS.finditer(text):
        start, end = match.start(), match.end()
        while start < end:
            window = text[start:min(end, start + 40 * _MAX_WORDS)]
            words = list(islice(re.finditer(r"[A-Za-z]+", window), _MAX_WORDS))
            lead = words[0][0]
            # a scale word opens no number ("3 million people"), but a sentence may open with one, its "one" unprinted
            # ("Hundred and seventy-eight women were included")
            opening = lead in ("Hundred", "Thousand") and len(words) > 1
            if (lead.lower() in _SCALES or lead.lower() == "and") and not opening:
                start += words[1].start() if len(words) > 1 else end - start
                continue
            for count in range(len(words), 0, -1):
                stop = start + words[count - 1].end()
                value = word_value(text[start:stop])
                if value is not None:
                    restated = _RESTATED.match(text, stop)
                    if restated and restated["digits"] == str(value):
                        stop = restated.end()  # "one hundred and fifty (150)": one number, printed twice
                    half = _AND_A_HALF.match(text, stop)
                    if half:  # "two and a half years": 2.5
                        stop = half.end()
                    digits = f"{value}.5" if half else str(value)
                    if (not half and value and value % 1_000_000 == 0
                            and re.search(r"million$", text[start:stop], re.IGNORECASE)):
                        digits = f"{value // 1_000_000} million"  # "one million units": 1, as "1 million" reads
                    # A sentence that begins glued to the last one's full stop ("(p=0.006).One hundred mg")
                    # keeps a space there, or the stop would read as a decimal point (".100").
                    glued = start > 0 and text[start - 1] in ".,·"
                    found.append((start, stop, (" " if glued else "") + digits))
                    start = stop
                    break
            else:
                start = start + words[0].end()
            rest = _BETWEEN_WORDS.match(text, start, end)
            start = rest.end() if rest else start
    return found


def _groupings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) for numbers printed with thousands separators."""
    found = []
    for match in _GROUPED.finditer(text):
        if match["sep"] == " ":
            # A space is a separator unless the last group is glued to a word by a hyphen
            # ("3 100-mg doses"): then they are two numbers. A last group that opens with a nought
            # is no number of its own ("a 200 000-IU capsule").
            after = text[match.end(): match.end() + 2]
            if after[:1] in ("-", "–") and after[1:].isalpha() and not match[0].rsplit(" ", 1)[1].startswith("0"):
                continue
            found.append((match.start(), match.end(), match[0].replace(" ", "")))
        else:
            found.append((match.start(), match.end(), match[0].replace(",", "")))
    return found


# Gestational age in weeks and sevenths ("38 6/7 weeks", "25+6/7weeks", "26 + 6/7 weeks"), read as one number of
# weeks; the first of two joined by a word or a dash too ("37 0/7–37 6/7 weeks", "38 0/7 and 38 6/7 weeks").
_WEEKS_THEN_DAYS = r"(?:\s+|\s*\+\s*)"  # "38 6/7", "25+6/7", "26 + 6/7"
_GESTATION = re.compile(r"\b(?P<weeks>[1-4]\d)" + _WEEKS_THEN_DAYS + r"(?P<days>[0-6])/7(?=\s*(?:weeks?|wks?)\b"
                        r"|(?:\s+(?:and|or|to)\s+|\s*[-–]\s*)[1-4]\d" + _WEEKS_THEN_DAYS + r"[0-6]/7\s*(?:weeks?|wks?)\b)")
# A whole number and a half or quarters in digits ("3 1/2 years", "2 1/2 times as frequent", "2-1/2 years"), as older
# records print them, or as one character ("4½ years", "1¼ hours"): one number. Not a "¼" before a number, which is a
# PDF's "=" (above).
_MIXED_FRACTION = re.compile(r"(?<![\d.,/])(?P<whole>\d{1,3})(?:\s+(?P<part>1/2|1/4|3/4)|[-‐‑](?P<half>1/2))"
                             r"(?=\s*[-‐‑]?\s*[A-Za-z])"
                             r"|(?<![\d.,/])(?P<glued_whole>\d{1,3})(?P<glyph>[½¼¾])(?!\s?[-−]?\.?\d)")


# A decimal a PDF broke after its point ("CI, 1. 29 to 2.01", "2.17 +/- 0. 98 points").
_BROKEN_DECIMAL = re.compile(
    r"(?<=[\s(\[,±])(?P<whole>\d)\.\s(?P<part>\d{1,3})(?=%?\s*(?:to\b|[-–—),;\]]|points?\b))")  # "0.7% to 4. 4%)"


# A number whose space a scraped page lost: after a word ("ratios were10.69 (95% CI ...)"), only a
# decimal, as names glue whole numbers to letters ("covid19", "ISRCTN67338640"); before a word of
# three or more lower-case letters ("8cells/μL", "12months"), which no ordinal ("3rd") or short
# unit ("10mg") is. The rewrite puts the space back, so that the grammar sees a number.
_GLUED_AFTER_WORD = re.compile(r"(?<=[a-z]{3})\d+\.\d+(?!\d|\.\d)")
_GLUED_BEFORE_WORD = re.compile(r"(?<![A-Za-z\d.,])\d+(?:\.\d+)?(?=[a-z]{3})")
# A dose glued to its drug's name ("carbetocin100ug", "oxytocin10 IU"): a unit after the digits marks it, which no
# name with digits ("covid19", "ISRCTN67338640") has.
_GLUED_DOSE_AFTER_WORD = re.compile(r"(?<=[a-z]{4})\d+(?:\.\d+)?(?=\s?(?:mg|µg|μg|ug|mcg|IU|m[lL])\b)")
# A rate's scale glued to its person-time acronym ("4.9/1000PYAR", "2.1/100PY"): the scale is a power of ten.
_GLUED_SCALE = re.compile(r"(?<=/)10+(?=(?:PYAR|PYRS?|PYs?|PDs?)\b)")


# The per cent sign printed first, as Turkish and Persian journals print it ("%35", "(%95 CI"):
# not after a number or a word ("FEF50%/0.5FVC").
# (not a URL-encoded sign, "%3C", "%3E")
_PERCENT_FIRST = re.compile(r"(?<![\w%.])%\s?(\d+(?:\.\d+)?)(?![\d%]|[.,]\d|(?<=%3)[CcEe]\b)")


# A unit "per" something printed with a negative exponent, as anaesthesia and physiology journals print it
# ("5 μg.ml−1", "2 mg·kg−1·h−1", "30 ml.min-1"): the same as "μg/ml", "mg/kg/h", "ml/min".
_PER_BY_EXPONENT = re.compile(r"(?:(?<=[A-Za-zµμ])|(?<=[-−–‐]1))\s?[.·]\s?(?P<unit>m[lL]|[lL]|kg|min|hr?|d(?:ay)?)\s?[-−–‐]1"
                              r"(?!\d|\.\d)")


# Confidence limits joined by "and" ("(95 percent confidence limits, 61 and 83)", older NEJM): joined by "to".
_CI_BOUNDS_AND = re.compile(r"(?i:confidence\s+(?:limits|intervals?)|\bCIs?\b)\s*[,:]?\s*[-−]?\d+(?:[.·]\d+)?\s*%?"
                            r"(?P<joint>\s+and\s+)(?=[-−]?\.?\d)")


# Bounds bracketed again after an interval's name and a colon ("67% [95% confidence interval: (61, 72)]", "[OR 5.1,
# 95% CI:(1.5-18.8)]"): the inner bracket adds nothing, and without it the bounds read as every other interval's.
_CI_INNER_BRACKET = re.compile(r"(?i:\b(?:CI|UI|(?:confidence|credible|uncertainty)\s+interval))\s*[:=]\s*"
                               r"(?P<open>[(\[])(?=[-−]?\.?\d[^()\[\]]{0,30}[)\]])[^()\[\]]*(?P<close>[)\]])")


def _respellings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical spelling) for every sign printed in a variant form."""
    found = [(match.start(), match.end(), spelling)
             for pattern, spelling in _SPELLINGS for match in pattern.finditer(text)]
    found += [(match.start(), match.end(), f"{match['whole']}.{match['part']}")
              for match in _BROKEN_DECIMAL.finditer(text)]
    found += [(match.start("joint"), match.end("joint"), " to ") for match in _CI_BOUNDS_AND.finditer(text)]
    found += [(match.start(side), match.end(side), "") for match in _CI_INNER_BRACKET.finditer(text)
              for side in ("open", "close")]
    for match in _GESTATION.finditer(text):
        weeks = int(match["weeks"]) + int(match["days"]) / 7
        glued = " " if text[match.end():match.end() + 1].isalpha() else ""  # "25+6/7weeks"
        found.append((match.start(), match.end(), f"{weeks:.3f}".rstrip("0").rstrip(".") + glued))
    for match in _MIXED_FRACTION.finditer(text):
        if match["glyph"]:
            value = int(match["glued_whole"]) + unicodedata.numeric(match["glyph"])
        else:
            numerator, denominator = (match["part"] or match["half"]).split("/")
            value = int(match["whole"]) + int(numerator) / int(denominator)
        found.append((match.start(), match.end(), f"{value:g}"))
    found += [(match.start(), match.end(), f"{match[1]}%") for match in _PERCENT_FIRST.finditer(text)]
    found += [(match.start(), match.end(), f" {match[0]}") for match in _GLUED_AFTER_WORD.finditer(text)]
    found += [(match.start(), match.end(), f" {match[0]}") for match in _GLUED_DOSE_AFTER_WORD.finditer(text)]
    found += [(match.start(), match.end(), f"{match[0]} ") for match in _GLUED_BEFORE_WORD.finditer(text)]
    found += [(match.start(), match.end(), f"{match[0]} ") for match in _GLUED_SCALE.finditer(text)]
    found += [(match.start(), match.end(), f"/{match['unit']}") for match in _PER_BY_EXPONENT.finditer(text)]
    return found


def canonical(printed: str) -> Canonical:
    """``printed`` with numbers in plain digits and exotic spaces made plain (see module doc)."""
    text = _MIDDLE_DOT.sub(".", printed).translate(_CHAR_MAP)
    worded = _word_numbers(text)
    grouped = _groupings(text)
    replacements = sorted(grouped + worded + _respellings(text))
    word_spans = {(start, end) for start, end, _ in worded}
    grouped_spans = {(start, end) for start, end, _ in grouped}
    words: list[int] = []
    grouped_starts: list[int] = []
    pieces: list[str] = []
    cuts: list[tuple[int, int, int, int]] = []
    position = 0  # in the printed text
    length = 0  # of the canonical text so far
    for start, end, digits in replacements:
        if start < position:
            continue  # overlaps an earlier replacement
        pieces.append(text[position:start])
        length += start - position
        pieces.append(digits)
        cuts.append((length, length + len(digits), start, end))
        if (start, end) in word_spans:
            words.append(length + len(digits) - len(digits.lstrip()))  # where its digits begin
        elif (start, end) in grouped_spans:
            grouped_starts.append(length)
        length += len(digits)
        position = end
    pieces.append(text[position:])
    return Canonical(text="".join(pieces), printed=printed, _cuts=tuple(cuts),
                     _starts=tuple(c[0] for c in cuts), _words=tuple(words), _grouped=tuple(grouped_starts))
