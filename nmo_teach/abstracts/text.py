"""Plain-text abstracts, as copied from PubMed, a journal page or a PDF.

A heading is a short label followed by a delimiter. The parser looks for labels at the start of
every line and at the start of every sentence, tries the longest label first (so that
"PATIENTS AND METHODS" is never cut into "PATIENTS" and "AND METHODS"), and accepts it according
to the delimiter that follows:

- a colon or a dash, with or without a full stop ("OBJECTIVE: ...", "Methods—We ...",
  "OBJECTIVE.—To ..." as older JAMA journals print it, "Results. —During ..."): a label in NLM's
  list, or an upper-case label the keyword rule can categorise; at the start of a line also a
  short title-case one ("Patient Cohort and Procedure: ...") or a lower-case listed one
  ("methods: ...");
- a full stop and a space (any space, the em space included: "Patients and methods. Forty ..."):
  only a label in NLM's list or an upper-case categorisable one, at most five words, followed by a
  capital or a digit, because a short sentence also ends in a full stop;
- the end of the line (a heading alone on its line, with or without a colon);
- nothing but a space, at the start of a line (The Lancet's "Findings Between 2014 and ..."):
  only a label in NLM's list followed by a capital or a digit.

Inside a paragraph, a heading must start with a capital and, after a colon or dash, be followed by
a capital, digit or bracket, so that an ordinary colon in a sentence is not mistaken for one.
Text without any heading becomes one UNASSIGNED section, as PubMed does for unstructured
abstracts. A short first line standing alone before the body is taken as the title; a leading
"Abstract" is dropped. Everything here is linear in the length of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from nmo_teach.abstracts.errors import AbstractError
from nmo_teach.abstracts.label_style import consistent_headings, reads_as_title
from nmo_teach.abstracts.labels import (READING_ORDER, categorise, is_known_label, is_trailer, keyword_category,
                                        normalise_label)
from nmo_teach.abstracts.model import CategorySource, NlmCategory, Section, StructuredAbstract
from nmo_teach.abstracts.numbers import word_value

_MAX_TITLE = 300
_MAX_WORDS = 8
_WORD = r"(?:[A-Za-z](?:[A-Za-z'’/()]|-(?!-))*|&)"  # "--" ends a word: "OBJECTIVE--To" (old BMJ)
_LABEL_WORD = re.compile(_WORD)
_LABEL_RUN = re.compile(rf"{_WORD}(?:(?:,?[ \t]+|[ \t]*/[ \t]*){_WORD}){{0,{_MAX_WORDS - 1}}}")  # "Background /Objective"
_DELIMITER = re.compile(
    r"(?P<colon>[ \t]*[:：](?:[ \t]*[:：])?[ \t]*(?:—|–|--)?[ \t]*)"  # "OBJECTIVE:--To investigate" (JAMA, 1992), "Purpose: :"
    r"|(?P<dash>[ \t]*\.?[ \t]*(?:(?:—|–|--)(?![a-z])|[ \t]-[ \t]|(?<=\.)-(?=[A-Z]))[ \t]*:?[ \t]*)"
    #  not a dash joining a compound's words ("Deep learning–trained")
    r"|(?P<stop>\.\s+)"
    r"|(?P<gap>[ \t]{2,})"  # "Objective  To assess": a bold label's lost style left two spaces
)
_ALONE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ,&/'’()\-]{0,79}?)\s*(?:[:.—–]\s*){0,2}$")  # "Purpose: :" (ARVO)
# Where a heading may start inside a line: after a sentence's end, with or without a space, or after a closing
# quotation mark ('... the “old-old.” METHOD:', '... standard care?" Methods:').
_SENTENCE_START = re.compile(r"(?<=[.?!)\]])\s+(?=[A-Za-z])|(?<=[.?!][”’\x22])\s+(?=[A-Za-z])"
                             r"|(?<=[A-Za-z0-9%)][.?!])(?=[A-Z][a-z])")
# A label with a full stop and a dash ("Conclusion. —", "OBJECTIVE.—") is a heading wherever it
# starts, even after a sentence that lost its end ("... (P Conclusion. —In addition ...").
_DASHED_LABEL = re.compile(r"(?<=\s)(?=[A-Z][A-Za-z ,&/'’()\-]{1,79}?\.(?:[ \t]?[—–]|-[A-Z]))")
# A listed upper-case label with a colon inside a sentence that lost its full stop ("... characteristics:
# 284 RESULTS: The 19 patients"): a heading wherever it stands, as a colon after capitals is no prose.
_CAPS_COLON_LABEL = re.compile(r"(?<=[a-z0-9%)\]] )(?=[A-Z]{3,}(?:[ \t]+(?:AND|[A-Z]{3,}))*[ \t]*:[ \t]*[A-Z0-9])")
# A main heading with no delimiter after a sentence that lost its full stop ("... using the Chi-square test
# Results Of 202 patients ..."): a heading only where labels need no delimiter.
_MAIN_LABELS = ("Results", "Methods", "Conclusions?", "Background", "Objectives?", "Findings", "Interpretation")
_MAIN_LABEL = r"(?:" + "|".join(_MAIN_LABELS) + ")"
# A main label glued to its text by a hyphen, the spaces round a lost dash gone in a PDF's copy
# ("Introduction-North American guidelines ... Methods-We conducted ..."): a word joined by a hyphen
# is read whole elsewhere, so only these labels, in title case or capitals, are cut from what follows.
_GLUED_LABELS = ("Introduction", "Aims?", "Purpose", "Discussion", *_MAIN_LABELS)
_HYPHEN_GLUED_LABEL = re.compile(r"(?:" + "|".join(_GLUED_LABELS + tuple(map(str.upper, _GLUED_LABELS)))
                                 + r")-(?=[A-Z][a-z])")
_BARE_LABEL_AFTER_LOST_STOP = re.compile(r"(?<=[a-z] )(?=" + _MAIN_LABEL + r"[ \t]+[A-Z0-9])")
# The same with its colon, in an abstract whose line opened with a heading ("... uncomplicated appen-
# dicitis Methods: Consecutive patients ..."): a title-case main label and a colon make no prose.
_COLON_LABEL_AFTER_LOST_STOP = re.compile(r"(?<=[a-z] )(?<!Abstract )(?=" + _MAIN_LABEL + r"[ \t]*:[ \t]*[A-Z0-9(])")
# An upper-case label of two or more words inside a sentence that lost its full stop ("... the
# diagnosis MAIN OUTCOME MEASURES Incidence of ..."): a heading only where labels need no delimiter.
_CAPS_LABEL = re.compile(r"(?<=[a-z0-9%)] )(?=[A-Z]{2,}(?:,?[ \t]+(?:AND|[A-Z]{2,}))+[ \t]+[A-Z][a-z])")
# PubMed's "Abstract" text display: citation line, title, authors, affiliations, abstract, then
# copyright, DOI and PMID lines. The parts that are not the abstract are recognised and dropped.
# The journal may be missing from a partial copy (" 2023 Feb 1;192(2):237-245. doi: ...").
_PUBMED_CITATION = re.compile(  # "1. J Korean Med Sci. 2026 Apr ...": a numbered export's first record
    r"^(?:\d{1,4}\.\s+)?(?:[A-Z][^\n]{1,120}?\.\s+"
    # the journal's name may lack its full stop before a date printed as PubMed prints it: "Am J Surg 1981 Feb;141(2)"
    r"|[A-Z][A-Za-z .&]{1,80}?\s+(?=(?:1[89]|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?;\d))?"
    r"(?:1[89]|20)\d\d\b[^\n]*[;:][^\n]*$")
# One author with the initials first ("J Watanabe", "B M Hagmar", "J.A. Smith"); a byline lists two or more.
_INITIALS_FIRST = r"(?:[A-Z]\.?[\s-]?){1,3}\s?[A-Z][a-z][\w'’-]*(?:\(\d+\))*"
_AUTHOR_LIST = re.compile(
    r"^(?:[^,()\n]+?\s[A-Z]{1,3}(?:\(\d+\))*,\s*)*[^,()\n]+?\s[A-Z]{1,3}(?:\(\d+\))*\.?$"  # "Dawson KP, Mogridge N"
    r"|^" + _INITIALS_FIRST + r"(?:\s*,\s*(?:and\s+)?" + _INITIALS_FIRST + r"|\s+and\s+" + _INITIALS_FIRST
    + r")+\.?$"  # "J Watanabe,Y Hiraoka,M Akimoto"
    r"|^(?:[A-Z]\.?\s){2,3}[A-Z][a-z][\w'’-]*\.?$")  # one author, two initials or more: "W J Schneider"
# A byline as PubMed prints it, two authors or more and a full stop ("Borow M, Goldson H."): strict enough to tell
# from a title on a record's first line.
_SURNAME_INITIALS = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s[A-Z]{1,3}"
_BYLINE_ON_TOP = re.compile(r"^" + _SURNAME_INITIALS + r"(?:,\s" + _SURNAME_INITIALS + r")+\.$")
# An author's address under the byline: "Department of Oto-Rhino-Laryngology, Svendborg Hospital, Denmark."
_AFFILIATION = re.compile(r"^(?:\(\d+\)\s*)?(?:Department|Dept\.|Division|Institute|School|Faculty|Laboratory|"
                          r"Cent(?:er|re)|Clinic|University|Hospital|Unit)\b[^\n]{0,300},[^\n]{0,300}$")
_METADATA_LINE = re.compile(
    r"^(?:©|\(c\)\s|Copyright\b|DOI:|PMID:|PMCID:|Conflict of interest statement:|Comment in\b|"
    r"Erratum in\b|Update of\b|Retraction in\b|Indexed for MEDLINE)", re.IGNORECASE)
# "Abstract", "ABSTRACT" glued to the first heading, or a PDF's letter-spaced "A B S T R A C T"
_ABSTRACT_PREFIX = re.compile(r"^(?:article\s+)?(?:abstract\b|A B S T R A C T\b)[\s:.—–-]*(?=\S)"
                              r"|^(?-i:ABSTRACT|Abstract)(?=(?-i:[A-Z][a-z]))"  # "ABSTRACTObjectives:", "AbstractThis paper"
                              r"|^summary\s*[:.—–-]\s*(?=[A-Z][A-Za-z ]{2,40}[:.—–])"  # "Summary: Purpose: ..."
                              r"|^summary\s+(?=(?:background|introduction|context|objectives?|aims?|purpose)\s+[A-Z])",
                              re.IGNORECASE)  # The Lancet: "Summary Background Patients with ..."
_ABSTRACT_INSIDE = re.compile(r"(?<=\S)\s+Abstract\s*[:.—–]\s*(?=[A-Z][A-Za-z ]{2,40}[:.—–])")
# A registry's own name as a closing label: "ClinicalTrials.gov identifier: NCT02680977".
_REGISTRY_LINE = re.compile(r"^(?P<label>(?:ClinicalTrials\.gov|ISRCTN|EudraCT|PROSPERO|ANZCTR|ChiCTR)"
                            r"(?:\s+(?:identifier|registration|number|ID|no\.?)){0,2})"
                            r"(?:\s*[:.—–-]\s*(?=\S)|\s+(?=(?-i:[A-Z]{2,}[-\d]*\d{5,})))",  # BMJ: "PROSPERO registration number CRD42..."
                            re.IGNORECASE)
_SKIP_LINES = {"ABSTRACT", "SUMMARY OF ABSTRACT", "ARTICLE ABSTRACT"}
# A repository's language tag after a line's "Abstract" ("Abstract [en]", DiVA; "Abstract (English)").
_LANGUAGE_TAG = re.compile(r"\s*(?:\[[a-z]{2,3}\]|\((?:english|eng|en)\))$", re.IGNORECASE)
# A first line that names the article's type before its title, as Frontiers and BMC print it ("Case Report: Clinical
# analysis of a cluster outbreak ..."): with no full stop in it, the words after the colon are the title, not a
# section's text, which would be sentences.
_ARTICLE_TYPE_TITLE = re.compile(
    r"^(?i:case\s+reports?|original\s+(?:article|research)|research\s+article|review\s+article|mini[-\s]?review|"
    r"brief\s+(?:report|communication)|short\s+(?:report|communication)|clinical\s+study)\s*:\s*[A-Z][^.]*$")
# Names of the whole abstract, not of a part of it: a lone leading "SUMMARY" or "Synopsis" heads
# an unstructured abstract (older British journals), as "Abstract" does.
_WHOLE_ABSTRACT_NAMES = {"SUMMARY", "SYNOPSIS", "ABSTRACT", "ARTICLE ABSTRACT"}
_PUNCTUATION_LINE = re.compile(r"^[:;.,—–-]+$")
_KEYWORDS_LINE = re.compile(r"^(?:key\s?words?|index\s+terms|MeSH\s+terms)\s*[:.—–-]", re.IGNORECASE)
_OPENING = (NlmCategory.BACKGROUND, NlmCategory.OBJECTIVE)
# Markdown a note-taking tool or chat leaves around a pasted abstract: "> " quote markers, "## " heading
# markers, "**Objective:**" bold labels and "*n*" italics. Only the markers go; the words stay.
_MARKUP = re.compile(r"^>\s?|^#{1,6}\s+|\*\*|__")
_ITALIC_SYMBOL = re.compile(r"(?<![\w*])\*(?P<symbol>[A-Za-z]{1,3})\*(?![\w*])")  # "(*n* = 24)", "*P* < 0.05"
_BRACKETED_LABEL = re.compile(r"\[(?P<label>[A-Za-z][A-Za-z ,&/-]{1,60})\]\s*(?:(?=\S)|(?P<alone>$))")
# A scraped page that dropped the space after a heading: "IntroductionAnti-NMDA receptor ...".
# Where a heading may end glued to its text: a lower-case letter then a capital that opens a word or an
# abbreviation, "A "/"I ", or a digit ("ParticipantsProspective", "ResultsA total", "Results22"); a
# full stop with no space after it ("Background.Interventions", "Methods.MORDOR"); or a heading in
# capitals before a word ("BACKGROUNDOpen appendectomy", "PATIENTS AND METHODSWe").
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]|[A-Z]{2}|[AI] |\d|\(\d\)\s)|(?<=[a-z]\.)(?=[A-Z])|(?<=[A-Z]{2})(?=[A-Z][a-z])")
# ("Conclusions(1) Elderly patients": a label glued to the first of its numbered points)
_GLUED_REACH = 60  # characters: the longest heading NLM lists that a page glues to its text


def _unglued(line: str) -> str:
    """A line whose headings lost their delimiter, each glued to its text at a sentence's start
    ("ImportanceSevere disability ...", "...evaluated.Design, Setting, And ParticipantsProspective
    cohort"), with ": " put back. Any label NLM lists qualifies, so JAMA's long labels do too; only
    a known label is split, so a name like "McDonald" or "iPhone" in a sentence is left alone."""
    out, last = [], 0
    for m in _CAMEL.finditer(line):
        end = m.start() - (line[m.start() - 1] == ".")
        begin = max(0, end - _GLUED_REACH)
        stop = max(line.rfind(mark, begin, end) for mark in ".!?")
        if stop < 0 and begin > last:
            continue  # no sentence opens within reach
        opening = max(stop + 1, last)
        label = line[opening: end].strip()
        if label[:1].isupper() and is_known_label(label):
            space = " " if stop >= 0 and opening == stop + 1 and line[opening: opening + 1] != " " else ""  # "adults.PATIENTS"
            out.append(line[last:opening] + space + line[opening:end] + ": ")
            last = m.start()
    return "".join(out) + line[last:] if out else line


# A page that lost the break before each heading line: "... have been inconsistent.Purpose" then the
# Purpose text on the next line. A known label glued to a sentence's full stop at a line's end.
_GLUED_AT_LINE_END = re.compile(r"(?<=[A-Za-z0-9%)\]][.!?])(?P<space>[ \t])?(?P<label>[A-Z][A-Za-z]+(?: [A-Za-z]+){0,3}):?$")  # "age.Objectives:"
# A bullet after a sentence's end and before a label and its colon, inside one paragraph: "... . • Design: ..."
_INLINE_BULLET = re.compile(r"(?<=[.!?])\s+•\s+(?=(?P<label>[A-Z][A-Za-z ]{1,40}?)\s*:)")
_BULLET = re.compile(r"^(?:[•▪◦‣●■*]|[-–](?=\s+[A-Z]))\s*")  # "• Objective. —To determine ...", "- BACKGROUND"
# How an abstract's first sentence opens when it states an aim or reports, and a title never does.
_PROSE_OPENING = re.compile(r"(?:We|Our|To\s+(?:assess|determine|evaluate|examine|investigate|compare|describe|"
                            r"identify|estimate|explore|quantify|test|characteri[sz]e|report|measure)|"
                            r"This\s+(?:study|paper|article|report|review|analysis|trial)|"
                            r"The\s+(?:aims?|purposes?|objectives?|goals?)\s+of)\b")
# A first line that opens with a sentence-case label and a colon, goes on in lower case and ends without a stop
# ("Clinical trial: comparative effectiveness of cephalexin ... cellulitis: a randomized controlled trial"): a title.
_TITLE_WITH_A_COLON = re.compile(r"[A-Z][a-z]+(?:\s[a-z]+){0,3}:\s+[a-z].*[^.:]$")
_CUT_IN_TWO = re.compile(r"(?:and|or|&)\b", re.IGNORECASE)
_FIRST_OF_A_LIST = re.compile(r"\((?:1|i|a)\)\s")  # "Objectives (1) investigate ..., (2) stratify ...": a list
# A listed word before a code names something ("Protocol B-14 patients received", "Study A-2 enrolled"): the
# word is part of that name, no heading run in.
# A roman numeral after it names something too ("Factor VIII-containing materials", "Type II diabetes").
_CODE_AFTER = re.compile(r"[A-Z]{1,3}[-‐‑]?\d|(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})(?![A-Za-z])")


def _words(label: str) -> int:
    return len(label.split())


def _is_upper(label: str) -> bool:
    letters = [c for c in label if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 3


def _is_title(label: str) -> bool:
    """Reads as a heading ('Patient Cohort and Procedure', 'Key results'), not as the start of a
    sentence ('We asked one question'): capitalised first word that is not a pronoun or article,
    and at most one lower-case content word after it."""
    words = label.replace(",", " ").split()
    small = {"and", "of", "the", "for", "with", "in", "to", "or", "a", "an", "&"}
    lowered = [w for w in words[1:] if w.islower() and w not in small]
    return words[0][:1].isupper() and len(lowered) <= 1 and words[0].lower() not in {
        "we", "i", "it", "this", "these", "they", "our", "there", "the", "a", "an"}


def is_heading(label: str, *, alone: bool, lenient: bool = False) -> bool:
    """Whether a label alone on its line (``alone``) or run in at a line's start is a heading.

    ``lenient`` (a line alone that is not the first line, so not the title) also accepts a short
    sentence-case label the keyword rule can categorise ("Hypothesis / aims of study", "Meaning").
    """
    label = label.strip()
    if not label or _words(label) > _MAX_WORDS:
        return False
    if is_known_label(label):
        return True
    if keyword_category(label) is None:
        return False
    if alone:
        return _is_upper(label) or (lenient and _words(label) <= 6 and label[:1].isupper())
    return _is_upper(label) or (_words(label) <= 4 and _is_title(label))


def _opens_with_a_number(label: str) -> bool:
    """Whether a phrase of two or more words opens with a number, in digits or words ("Two interventions"): it
    counts something, as a sentence does and a label does not."""
    first, *rest = label.split()
    return bool(rest) and (first.isdigit() or word_value(first) is not None)


def _valid(label: str, kind: str, where: str, body: str, extra: frozenset[str] = frozenset()) -> bool:
    """Whether ``label`` followed by a delimiter of ``kind`` is a heading (see module docstring);
    ``extra`` holds unlisted labels the abstract prints in its headings' own colon style."""
    if _CUT_IN_TWO.match(body):
        return False  # the label goes on: "PATIENTS" + "AND METHODS" is one heading
    if kind == "colon" and normalise_label(label) in extra and label[:1].isupper():
        return True
    starts_well = (body[:1].isupper() or body[:1].isdigit() or body[:1] in "([\"'“"
                   or body.startswith(("http", "www.")))  # "REGISTRATION: https://..."
    # "TRIAL REGISTRATION: clinicaltrial.gov", "Trial Registration: clinicaltrials.gov Identifier"
    named = kind in ("colon", "gap") and is_known_label(label) and (_is_upper(label) or _words(label) >= 2)
    if where != "line" and not (label[:1].isupper() and (starts_well or named)):
        return False
    if kind == "gap":  # a listed label at a line's or a sentence's start ("(n = 40). Intervention  Participants
        # received", "Trial Registration  clinicaltrials.gov"): two spaces inside a sentence are a typo
        return (where in ("line", "mid") and is_known_label(label) and label[:1].isupper()
                and (starts_well or named))
    if kind == "stop":  # a lower-case word and a full stop ends a wrapped sentence ("treatment. This")
        return (_words(label) <= 5 and starts_well and label[:1].isupper()
                and (is_known_label(label) or (_is_upper(label) and keyword_category(label) is not None)))
    if is_known_label(label):
        return True
    if keyword_category(label) is None or _opens_with_a_number(label):
        return False  # "Two interventions: (1) gradual withdrawal ...": a sentence that counts, no heading
    if _is_upper(label):
        return True
    return where == "line" and _words(label) <= 4 and _is_title(label)


def _heading_at(line: str, position: int, where: str, bare_ok: bool = False,
                extra: frozenset[str] = frozenset()) -> tuple[str, int, bool] | None:
    """(label, where its text starts, whether it had no delimiter) for a heading starting at
    ``position``, longest first. ``bare_ok`` lets a listed label with no delimiter start a heading
    inside the line too, once the line began with one ("Objective To ... . Methods We ...")."""
    glued = _HYPHEN_GLUED_LABEL.match(line, position)
    if glued and _glued_labels(line) >= 2:  # one alone may open a sentence: "Results-Based Financing was ..."
        return glued[0][:-1], glued.end(), False
    run = _LABEL_RUN.match(line, position)
    if not run:
        return None
    ends = [m.end() for m in _LABEL_WORD.finditer(line, position, run.end())]
    colon_after_more = False  # "INSTRUMENT SELECTION: ...": capitals run on to a colon, so no shorter bare label
    for end in reversed(ends):
        label = line[position:end]
        delimiter = _DELIMITER.match(line, end)
        if delimiter is None:
            body = line[end + 1: end + 24]  # a window, never the rest of a long line
            if not colon_after_more and ((where == "line" or (bare_ok and (_words(label) <= 3 or _is_upper(label))))
                    and line[end:end + 1] == " " and label[:1].isupper()
                    and (body[:1].isupper() or body[:1].isdigit() or (body[:1] in "‘“\"'" and body[1:2].isupper())
                         or _FIRST_OF_A_LIST.match(body))
                    and is_known_label(label)  # "Results ‘Clinical Activity Years 1–3’ was ..."
                    and not _CUT_IN_TWO.match(body) and not _CODE_AFTER.match(body)):
                return label, end + 1, True  # The Lancet: "Findings Between 2014 and ..."
            continue
        body = line[delimiter.end(): delimiter.end() + 24]
        # A listed label in capitals with its colon at a line's end has its text on the next line
        # ("... respectively. CONCLUSIONS:\nA significant mortality gap"), as hard-wrapped text prints it.
        wrapped = not body.strip() and delimiter.lastgroup == "colon" and _is_upper(label) and is_known_label(label)
        if (body.strip() or wrapped) and _valid(label, delimiter.lastgroup or "", where, body, extra):
            return label.strip(), delimiter.end(), False
        colon_after_more = colon_after_more or (":" in delimiter[0] and _is_upper(label))
    return None


@lru_cache(maxsize=8)
def _glued_labels(line: str) -> int:
    """How many main labels the line glues to their text with a hyphen (counted once per line)."""
    return len(_HYPHEN_GLUED_LABEL.findall(line))


def _title_with_a_label_word(line: str) -> bool:
    """Whether the text's first line is a title that opens with a listed label and no delimiter
    ("Complications Following Abdominal-Based Free Flap Breast Reconstruction: ...", or in capitals,
    "CLINICAL CASE OF NEUROMYELITIS OPTICA IN A YOUNG WOMAN": no heading's text is four words in capitals)."""
    bare = _heading_at(line, 0, "line")
    if bare is None or not bare[2]:
        return False
    rest = line[bare[1]:]
    return reads_as_title(rest) or (rest.isupper() and len(rest.split()) >= 4 and "." not in rest)


def _steps_back(label: str, previous: str | None) -> bool:
    """Whether a heading would take the abstract back from the part it is in to an earlier one
    (RESULTS to METHODS): how a capitalised word that opens a sentence ("Cohort 2 had 3,817
    cases") differs from a heading. Trailers filed under BACKGROUND (Funding, Trial
    registration) legitimately come last, so only a step back into OBJECTIVE, METHODS or
    RESULTS counts."""
    if previous is None:
        return False
    here, before = categorise(label)[0], categorise(previous)[0]
    return (here in (NlmCategory.OBJECTIVE, NlmCategory.METHODS, NlmCategory.RESULTS)
            and before in READING_ORDER and READING_ORDER[here] < READING_ORDER[before])


def _stays_under_main(label: str, previous: str | None) -> bool:
    """Whether a heading with no delimiter would open a part of the one it is in, under a main label
    ("Results: ... were analysed. Response Time threshold was ..."): a capitalised word of the text, since
    labels printed run-in move on ("Setting: ... Patients Twenty-four ..."), not subdivide a main part."""
    return (previous is not None and re.fullmatch(_MAIN_LABEL, previous, re.IGNORECASE) is not None
            and re.fullmatch(_MAIN_LABEL, label, re.IGNORECASE) is None
            and categorise(label)[0] == categorise(previous)[0])


def _repeats(label: str, previous: str | None) -> bool:
    """Whether a heading with no delimiter repeats the one it is in ("Patients: In the derivation cohort
    ... Hospitals. Patients 65 years of age or older were eligible"): a word of that part's text, since a
    heading moves on to another part."""
    return previous is not None and normalise_label(label) == normalise_label(previous)


def _after_bracket(line: str, position: int) -> bool:
    """Whether ``position`` follows a closing bracket with no full stop: inside a sentence, where
    only a heading with a colon or a dash may start."""
    return line[:position].rstrip()[-1:] in (")", "]")


def _split_line(line: str, previous: str | None = None, bare_style: bool = False,
                extra: frozenset[str] = frozenset(), opens_text: bool = False,
                continues_sentence: bool = False) -> tuple[list[tuple[str | None, str]], bool]:
    """The line cut at the headings in it: (label or None for text before any, text), and whether
    a heading with no delimiter was among them.

    ``previous`` is the heading the line continues, if any: a heading inside the line with no
    delimiter must not step back from it (``_steps_back``). ``bare_style`` says an earlier line
    of the abstract had a heading with no delimiter ("Objective To examine ..."), so a hard-wrapped
    line may hold the next one mid-line ("... adolescents. Method Eligible studies ..."). ``opens_text``
    says the line follows a heading alone on its line, so a listed word opening it with no delimiter is
    that heading's text ("Methods" then "Patients 35–79 years old with ..."), unless that heading names the
    whole abstract (Lancet's "Summary", then "Background Procalcitonin is ..."). ``continues_sentence`` says
    the line carries on a hard-wrapped sentence of the line above ("... enrolled in the Traumatic Coma" then
    "Data Bank (TCDB) during ..."), so a listed word opening it with no delimiter is no heading either."""
    cuts: list[tuple[int, str, int]] = []
    first = _heading_at(line, 0, "line", extra=extra)
    if first and first[2] and (opens_text or (continues_sentence
                                              and not re.fullmatch(_MAIN_LABEL, first[0], re.IGNORECASE))):
        first = None  # a main label ("Results Of 202 ...") after a title or a line that lost its stop still heads
    if first:
        cuts.append((0, first[0], first[1]))
        previous = first[0]
    # A line that opens with a heading may hold more without punctuation ("Setting: Mayo Clinic.
    # Patients Twenty-four patients ... Intervention Mycophenolate ..."), as AMA Archives print them.
    bare = first is not None or bare_style
    bare_seen = bool(first and first[2])
    starts = {m.end(): "glued" if m.start() == m.end() else "mid"
              for m in _SENTENCE_START.finditer(line)}
    for match in _DASHED_LABEL.finditer(line):
        starts.setdefault(match.end(), "mid")
    for match in _CAPS_COLON_LABEL.finditer(line):
        starts.setdefault(match.end(), "mid")
    if first is not None:
        for match in _COLON_LABEL_AFTER_LOST_STOP.finditer(line):
            starts.setdefault(match.end(), "mid")
    if bare_style or bare_seen:  # only where labels are printed with no delimiter at all
        for match in chain(_CAPS_LABEL.finditer(line), _BARE_LABEL_AFTER_LOST_STOP.finditer(line)):
            starts.setdefault(match.end(), "mid")
    for position in sorted(starts):
        if cuts and position < cuts[-1][2]:
            continue
        found = _heading_at(line, position, starts[position], bare, extra)
        if (found and not found[2] and ":" in line[position:found[1]]
                and re.search(r"\([^()]{0,30}$", line[max(0, position - 31):position])):
            continue  # "(median CASE: 15)": no heading starts inside a bracket
        if found and _after_bracket(line, position) and (
                found[2] or line[position + len(found[0]):found[1]].strip() == "."):
            continue  # "... (SEER) Program. Among those": a bracket ends no sentence
        if found and not (found[2] and (_steps_back(found[0], previous) or _stays_under_main(found[0], previous)
                                        or _repeats(found[0], previous))):
            cuts.append((position, found[0], found[1]))
            previous = found[0]
            bare_seen = bare_seen or found[2]
    pieces: list[tuple[str | None, str]] = []
    label: str | None = None
    start = 0
    for cut_start, cut_label, body_start in cuts:
        if line[start:cut_start].strip() or label is not None:
            pieces.append((label, line[start:cut_start]))
        label, start = cut_label, body_start
    pieces.append((label, line[start:]))
    return pieces, bare_seen


def clean_whitespace(text: str) -> str:
    """Runs of ordinary white space to one space; thin and no-break spaces stay as printed,
    because they can be thousands separators ("48 212") that a figure's text must keep."""
    return re.sub(r"[ \t\n\r\f\v]+", " ", text).strip()


def _section(label: str | None, text: str) -> Section:
    category, source = categorise(label)
    return Section(label=label, category=category, category_source=source, text=text)


def _paragraphs(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines + [""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


# What may follow a listed label on a line that is a heading of more words ending in a colon ("Intervention Methods:",
# "Setting Characteristics:"): a few capitalised words, not the text of a label run in ("Design Cross sectional survey").
_CAPITALISED_WORDS_TO_A_COLON = re.compile(r"[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|and|of)){0,3}\s*:\s*")


def _alone_heading(line: str, lenient: bool) -> str | None:
    """The heading a line holds alone, if it is one.

    A sentence-case line that opens with a listed label and goes on ("Design Multicentre
    pragmatic randomised clinical trial.", "Design Cross sectional survey", "Main outcome
    measures Being overweight was") is that label run in, not a heading: either the line ends
    in a full stop, or the label is followed by nothing but a space, as BMJ prints its labels."""
    alone = _ALONE.match(line)
    if not alone or not is_heading(alone["label"], alone=True, lenient=lenient):
        return None
    label = alone["label"].strip()
    if line.endswith(".") and re.match(r"(?:The|A|An)\s", label) and _words(label) >= 4:
        return None  # "The following results were obtained.": a sentence on its own line, not a heading
    if not is_known_label(label) and not _is_upper(label):
        run_in = _heading_at(line, 0, "line")
        if run_in and (line.endswith(".") or (run_in[2] and not _CAPITALISED_WORDS_TO_A_COLON.fullmatch(
                line, run_in[1]))):
            return None
    return label


def _unbracketed(match: re.Match[str]) -> str:
    """A known label printed in square brackets as a run-in label ("[Purpose] The present study"), or
    alone on its line ("[Methods]" above its text)."""
    if not is_known_label(match["label"]):
        return match[0]
    return match["label"] if match["alone"] is not None else f"{match['label']}: "


def _lines(text: str) -> list[str]:
    """The text's lines, a known label glued to (or ending the paragraph after) the end of a sentence put
    on a line of its own, and one in square brackets ("[Participants and Methods]", as J Phys Ther Sci
    prints them) read as a run-in label."""
    out: list[str] = []
    lines = text.split("\n")
    for index, line in enumerate(lines):
        line = _BRACKETED_LABEL.sub(_unbracketed, line) if "[" in line else line
        if "•" in line:  # "• Objective: To ... . • Design: Prospective ...": each bullet opens a heading of its own
            *parts, line = _INLINE_BULLET.sub(lambda m: "\n" if is_known_label(m["label"]) else m[0], line).split("\n")
            out += parts
        glued = _GLUED_AT_LINE_END.search(line.rstrip())
        # With a space after the full stop ("... the marketed tablet. Design" and a blank line, as a
        # page that moved each heading up to the paragraph before prints it) only at a paragraph's end:
        # a wrapped line may end in a label word that its sentence goes on from.
        paragraph_end = index + 1 == len(lines) or not lines[index + 1].strip()
        if glued and is_known_label(glued["label"]) and (not glued["space"] or paragraph_end):
            out += [line[:glued.start()], glued["label"]]
        else:
            out.append(line)
    return out


_MIN_PROSE_ABOVE = 150  # characters: more than a title, so the lines above a lone bare label are the abstract's text


def _wraps_on(line: str) -> bool:
    """Whether a line of prose stops mid-sentence as hard-wrapped text does: long, and ending in a word, a
    number or a comma rather than a stop (a title or a heading's short text stops without one)."""
    return len(line) >= 60 and (line[-1].isalnum() or line[-1] in ",-–(")


def _read(text: str, extra: frozenset[str] = frozenset()
          ) -> tuple[list[str], list[str], list[tuple[str, list[str]]], bool]:
    """Front matter (the lines above a line "Abstract", which are title and subtitle), lines
    before the first heading, each heading with the lines of its text, and whether a line
    "Abstract" was seen (then the lines below it are the abstract: its title is above).
    ``extra``: unlisted labels to read as headings (``label_style``)."""
    marked = False
    front: list[str] = []
    lead: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    bare_style = False
    key_points = False
    wrapped = False  # the line above is prose with no heading that stops mid-sentence (``_wraps_on``)
    lines = _lines(text)
    for index, raw in enumerate(lines):
        continues, wrapped = wrapped, False
        opening = not (front or any(lead) or sections)
        line = _unglued(_BULLET.sub("", _ITALIC_SYMBOL.sub(r"\g<symbol>", _MARKUP.sub("", raw.strip()))))
        target = sections[-1][1] if sections else lead
        if not line:
            target.append("")
            continue
        if _KEYWORDS_LINE.match(line):
            continue  # index terms, printed before or after the abstract: not a part of it
        if _PUNCTUATION_LINE.match(line):
            target.append("")
            continue  # a line of a page's layout (a lone ":" under "Abstract"): no words, so no text
        registry = _REGISTRY_LINE.match(line)
        if registry and (any(sections[-1][1]) if sections else any(lead)):
            # "ClinicalTrials.gov identifier: NCT02680977." closing the abstract, not under "Trial Registration"
            sections.append((registry["label"], [line[registry.end():].strip()]))
            continue
        if line.upper().rstrip(":.") == "KEY POINTS":
            key_points = True  # JAMA's box (Question, Findings, Meaning): labelled parts the reader keeps
            front, lead = front + lead, []
            continue
        if _LANGUAGE_TAG.sub("", line).upper().rstrip(":.") in _SKIP_LINES:
            if key_points:
                continue  # the abstract goes on after the Key Points box
            marked = True
            if any(lead) or sections:  # title, authors, a title with a colon read as a heading
                front = front + lead + [part for label, lines in sections for part in [label, *lines]]
                lead, sections = [], []
            continue
        if not sections:
            inside = _ABSTRACT_INSIDE.search(line)
            if inside:  # a PDF page flattened to one line: "... Published online: 2019 Abstract: Introduction: ..."
                front.append(line[:inside.start()].strip())
                line = line[inside.end():]
            line = _ABSTRACT_PREFIX.sub("", line)
        alone = _alone_heading(line, lenient=bool(sections or any(lead)))
        if alone and sections and not any(sections[-1][1]) and (line.endswith(".") or not is_known_label(alone)):
            # "Methods" then "Case report.", "Design" then "Prospective intervention study": the
            # second line is the first one's text
            alone = None
        if alone and sections and not is_known_label(alone) and _steps_back(alone, sections[-1][0]):
            alone = None  # "More participants reported distressing constipation" wrapped in the results: text
        if alone:
            sections.append((alone, []))
            continue
        if not sections and not any(lead) and not any(front) and (
                _title_with_a_label_word(line) or _ARTICLE_TYPE_TITLE.match(line)):
            lead.append(line)  # "Complications Following Abdominal-Based Free Flap ...": the title, first
            continue
        if opening and _TITLE_WITH_A_COLON.match(line) and index + 2 < len(lines) and not lines[index + 1].strip():
            lead.append(line)  # "Clinical trial: comparative effectiveness of ...", a paragraph above the text: title
            continue
        pieces, bare_seen = _split_line(line, sections[-1][0] if sections else None, bare_style, extra,
                                        opens_text=bool(sections) and not any(sections[-1][1])
                                        and normalise_label(sections[-1][0]) not in _WHOLE_ABSTRACT_NAMES,
                                        continues_sentence=continues)
        bare_style = bare_style or bare_seen
        wrapped = pieces[0][0] is None and _wraps_on(line) and not opening  # a first line may be the title
        for label, piece in pieces:
            if label is None:
                (sections[-1][1] if sections else lead).append(piece.strip())
            else:
                sections.append((label, [piece.strip()]))
    if len(sections) == 1 and bare_style and _lone_bare_label_is_text(lead, sections[0][0]):
        label, body = sections[0]
        lead, sections = lead + [f"{label} {body[0]}", *body[1:]], []
    return front, lead, sections, marked


def _lone_bare_label_is_text(lead: list[str], label: str) -> bool:
    """Whether the one heading an abstract printed with no delimiter, below unlabelled prose, is a word
    of its text ("... multiple and varied." then "Patients 65 yr or older undergoing ..."): a structured
    abstract labels its opening too, so a methods or results word alone after prose opens a sentence."""
    prose = [line for line in lead if line]
    return (sum(map(len, prose)) >= _MIN_PROSE_ABOVE and any(line.endswith(".") for line in prose)
            and categorise(label)[0] in (NlmCategory.METHODS, NlmCategory.RESULTS))


def _pubmed_display(text: str) -> tuple[str, str | None]:
    """The abstract part of PubMed's text display, and its title; other text is returned as is.

    Trailing copyright, DOI and PMID lines are dropped from any text.
    """
    lines = text.split("\n")
    while lines and (not lines[-1].strip() or _METADATA_LINE.match(lines[-1].strip())):
        lines.pop()
    joined = "\n".join(lines)
    # A copy that lost its blank lines keeps one part to a line ("Acta Otolaryngol. 1988 ...;105(1-2):45-9." /
    # title / authors / affiliation / abstract).
    blocks = joined.split("\n\n") if "\n\n" in joined.strip() else [line for line in lines if line.strip()]
    if not blocks or not _PUBMED_CITATION.match(blocks[0].strip()) or len(blocks) < 3:
        return joined, None
    title = clean_whitespace(blocks[1])
    rest = blocks[2:]
    while len(rest) > 1 and (_AUTHOR_LIST.match(clean_whitespace(rest[0])) or clean_whitespace(rest[0]).startswith(
            ("Author information:", "Collaborators:")) or _AFFILIATION.match(clean_whitespace(rest[0]))):
        rest = rest[1:]
    return "\n\n".join(rest), title


def _reads_as_prose(paragraph: str) -> bool:
    """Whether a short first paragraph is the abstract's opening rather than a title: it ends as
    a sentence and has a sentence that opens as an aim or a report does ("We investigated ...",
    "To assess ...", "This study ..."). A title may hold two sentences ("X. A randomised trial"),
    but not these."""
    body = paragraph.rstrip()
    return body.endswith(".") and any(_PROSE_OPENING.match(sentence)
                                      for sentence in re.split(r"(?<=[.?!])\s+(?=[A-Z])", body))


def _title_of(lead: list[str], paragraphs: list[str], headed: bool) -> bool:
    """Whether the first lead paragraph is the title: short, and either one line or a wrapped
    line that does not end like a sentence, with more text after it, and not prose."""
    if (not paragraphs or len(paragraphs[0]) > _MAX_TITLE or not (headed or len(paragraphs) > 1)
            or _reads_as_prose(paragraphs[0])):
        return False
    first_line = next(line for line in lead if line)
    return first_line == paragraphs[0] or not paragraphs[0].rstrip().endswith(".")


def _without_byline(lead: list[str]) -> list[str]:
    """The lead without the author and citation lines a record prints under its title
    ("Dawson KP, Mogridge N" / "N Z Med J. 1989;102(877):528."), when a short first line has them
    below it, nor a PubMed byline some databases print above the title ("Borow M, Goldson H."): they are
    neither title nor abstract."""
    filled = [i for i, line in enumerate(lead) if line]
    if len(filled) < 3 or len(lead[filled[0]]) > 200:
        return lead
    dropped = set()
    if _BYLINE_ON_TOP.match(lead[filled[0]]) and len(filled) > 3:
        dropped.add(filled[0])
        filled = filled[1:]
    for index in filled[1:]:
        line = lead[index]
        if _AUTHOR_LIST.match(line) or _PUBMED_CITATION.match(line) or _METADATA_LINE.match(line):
            dropped.add(index)
        else:
            break
    return [line for i, line in enumerate(lead) if i not in dropped]


# A subtitle after a title's full stop that names the study's design ("A randomized controlled trial", "Results of a
# 5-year prospective study", "A meta-analysis"): no sentence of an abstract is a bare noun phrase like it.
_DESIGN_SUBTITLE = re.compile(r"[.!]\s+(?:(?:An?|The|Results?\s+of\s+an?)\s+)?(?:[\w-]+\s+){0,5}?"
                              r"(?:trial|study|review|analysis|meta-analysis|report|series|survey|experience|"
                              r"comparison|evaluation|audit)s?\b(?:\s+(?:of|in|from|on|with|among|for)\b[^.!?]*)?$")


# Abbreviations whose full stop ends no sentence ("... interval training vs. low intense, longer-lasting training ...").
_ABBREVIATED = re.compile(r"\b(?:vs|e\.g|i\.e|cf|et al)\.")


# The English title PubMed gives an article in another language, in square brackets ("[Trabeculectomy. Long-term
# retrospective study].").
_TRANSLATED_TITLE = re.compile(r"\[[^\[\]]+\]\.?")


def _title_line(lead: list[str]) -> int | None:
    """The index of a title printed on the line right above the body, with no blank line between:
    a short first line that does not end like a sentence (a single closing full stop, as PubMed
    prints titles, is allowed, and a question mark after words in title case or before a subtitle),
    followed by a capitalised line at least twice as long (a wrapped paragraph has lines of similar length), or
    a line not in capitals below a first line in capitals, or a line in sentence case below a first
    line in title case (a hard-wrapped paragraph under its title: no sentence's line is in title case)."""
    filled = [i for i, line in enumerate(lead) if line]
    if len(filled) < 2 or filled[1] != filled[0] + 1:
        return None
    first, second = lead[filled[0]], lead[filled[1]]
    if _TRANSLATED_TITLE.fullmatch(first.strip()) and len(first) <= 200 and (
            second[:1].isupper() or second[:1].isdigit()):
        return filled[0]  # PubMed's translated title, bracketed, whatever full stops it holds
    after = filled[1] + 1
    if _in_title_case(second) and not second.rstrip().endswith(".") and (after == len(lead) or not lead[after]):
        return None  # a title and its subtitle, a paragraph of their own ("Paracetamol Overdosage" / "Pharmacological
        #              Considerations and Clinical Management"): read whole as the title paragraph
    body = first.rstrip().removesuffix(".")
    if body.endswith("?") and (reads_as_title(body) or len(second) >= 2 * len(first)):
        # a title that asks ("...: Is Vaccination Still a Debate?"), in title case as no sentence is, or alone on a
        # short line above a long one ("Does out-of-hospital EMS time affect trauma survival?")
        body = body[:-1]
    asked = re.search(r"\?\s+(?P<rest>.*)", body)  # "Should adrenaline be used ...? Incident case control study"
    # "Bystander-initiated CPR out-of-hospital. A first description of ...": a title and its subtitle above a long line
    # (MEDLINE ends both with a full stop when the subtitle names the design: "... varices. A 5-year prospective
    # controlled trial of emergency and long-term treatment.")
    subtitled = len(second) >= 2 * len(first) and (not first.rstrip().endswith(".") or _DESIGN_SUBTITLE.search(body))
    if (len(first) > 200 or body[-1:] in tuple(".?!:;,")
            or (re.search(r"[.!]\s", _ABBREVIATED.sub("", body)) and not subtitled)
            or (asked and (_PROSE_OPENING.match(asked["rest"]) or "?" in asked["rest"]))
            or _reads_as_prose(first) or not (second[:1].isupper() or second[:1].isdigit())  # "5,160 women aged ..."
            or (len(second) < 2 * len(first) and not (first.isupper() and not second.isupper())
                and not (_in_title_case(body) and not _in_title_case(second)))):
        return None
    return filled[0]


# Lower-case words of four letters or more that a title may keep ("Effects of Exercise with Diet"); any other makes
# a line a sentence's, however many names in capitals it holds ("The Frequent Hemodialysis Network Daily Trial
# randomized 245 patients to receive").
_TITLE_SMALL_WORDS = frozenset("with from into onto over than that this after among under versus between during "
                               "without within through upon".split())


def _in_title_case(line: str) -> bool:
    """Whether a line reads as a title's (``label_style.reads_as_title``) with no more than one lower-case
    word a title would capitalise."""
    prose_words = [word for word in re.findall(r"\b[a-z]{4,}\b", line) if word not in _TITLE_SMALL_WORDS]
    return reads_as_title(line) and len(prose_words) <= 1


def _placed(sections: list[Section]) -> list[Section]:
    """Sections whose label neither NLM's list nor the keyword rule knows ("Orientation",
    "Contribution/value-add"), given the category their place implies: before every other part,
    BACKGROUND; after the results, with nothing but conclusions to follow, CONCLUSIONS; else the
    category of the part before. Marked ``CategorySource.POSITION`` so no one mistakes it for NLM's."""
    known = [(i, s.category) for i, s in enumerate(sections) if s.category_source is not CategorySource.NONE]
    placed = []
    for index, section in enumerate(sections):
        if section.label is None or section.category_source is not CategorySource.NONE or is_known_label(section.label):
            placed.append(section)  # PubMed's "UNLABELLED" says on purpose that the part has no category
            continue
        before = [category for i, category in known if i < index]
        after = [category for i, category in known if i > index]
        if not before:
            category = NlmCategory.BACKGROUND
        elif before[-1] in (NlmCategory.RESULTS, NlmCategory.CONCLUSIONS) and set(after) <= {NlmCategory.CONCLUSIONS}:
            category = NlmCategory.CONCLUSIONS
        else:
            category = before[-1]
        placed.append(Section(label=section.label, category=category, category_source=CategorySource.POSITION,
                              text=section.text))
    return placed


def parse_text(text: str, source: str = "text") -> StructuredAbstract:
    """Parse a pasted abstract into sections; raises ``AbstractError`` if there is no text.

    If the abstract repeats a heading style the rules do not read (``label_style``), and reading
    its headings in that style finds more of them, that reading is the one returned."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if not text.strip():
        raise AbstractError(f"{source}: the abstract is empty; expected the text of an abstract")
    abstract = _parse_text(text, source)
    headings = sum(1 for section in abstract.sections if section.label)
    restyled = consistent_headings(text)
    # Tried when the style finds more headings, or finds labels NLM's list lacks between listed ones
    # (the style's own count may undercount them: "RISK OF BIAS:" between Cochrane's listed labels,
    # some of which step back); an unlisted label that would open the abstract is its title's first half,
    # so it is no evidence for the style ("Screening and Treatment of X: An Evidence Review" above "Background:").
    if restyled is not None and (restyled[1] > headings or restyled[2]):
        alternative = _parse_text(restyled[0], source, restyled[2])
        first = next((s.label for s in alternative.sections if s.label), None)
        opens_unlisted = int(first is not None and normalise_label(first) in restyled[2])
        if sum(1 for section in alternative.sections if section.label) - opens_unlisted > headings and (
                restyled[1] - opens_unlisted > headings or not opens_unlisted):
            return alternative
    return abstract


def _opens(label: str) -> bool:
    """Whether a heading opens an abstract (its background or objective), so that nothing above it
    is the abstract's; a trailer NLM files under BACKGROUND ("Clinical Trial Registration") does not."""
    return categorise(label)[0] in _OPENING and not is_trailer(label)


def _parse_text(text: str, source: str, extra: frozenset[str] = frozenset()) -> StructuredAbstract:
    text, title = _pubmed_display(text)
    front, lead, headed, marked = _read(text, extra)
    if title is None and any(front):
        title = clean_whitespace(_paragraphs(front)[0])
    if title is None:
        lead = _without_byline(lead)
    title_line = _title_line(lead) if title is None and not marked else None
    if title_line is not None:
        title = clean_whitespace(lead[title_line])
        lead = lead[:title_line] + lead[title_line + 1:]
    opening = next((i for i, (label, _) in enumerate(headed) if _opens(label)), None)
    if opening and not any((is_known_label(label) or normalise_label(label) in extra)
                           and normalise_label(label) not in _WHOLE_ABSTRACT_NAMES for label, _ in headed[:opening]):
        # A title that holds a keyword ("Predictors of Major Intervention in Infants") read as a
        # heading above the abstract's opening one: front matter, with the lead above it.
        lead = lead + [part for label, lines in headed[:opening] for part in ("", label, *lines)]
        headed = headed[opening:]
    lead_paragraphs = _paragraphs(lead)
    if headed and lead_paragraphs and _opens(headed[0][0]):
        if marked:  # below a line "Abstract", a sentence is the abstract's own unheaded opening; a byline is not
            lead_paragraphs = [p for p in lead_paragraphs if re.search(r"[.!?]\s*$", p)]
        else:
            # Nothing of an abstract comes before its background or objective: text above that
            # heading is what a page or PDF prints first (journal line, title, authors, copyright).
            title = title or clean_whitespace(lead_paragraphs[0])
            lead_paragraphs = []
    if title is None and not marked and _title_of(lead, lead_paragraphs, bool(headed)):
        title = clean_whitespace(lead_paragraphs[0])
        lead_paragraphs = lead_paragraphs[1:]
    sections = [_section(None, clean_whitespace(p)) for p in lead_paragraphs]
    sections += [_section(label, clean_whitespace(" ".join(lines))) for label, lines in headed]
    sections = _placed([s for s in sections if s.text])
    if not sections:
        raise AbstractError(f"{source}: no abstract text found (only headings or a title)")
    labelled = [s.label for s in sections if s.label]
    if not labelled or (len(labelled) == 1 and sections[0].label
                        and normalise_label(sections[0].label) in _WHOLE_ABSTRACT_NAMES):
        joined = " ".join(s.text for s in sections)
        sections = [Section(label=None, category=NlmCategory.UNASSIGNED,
                            category_source=CategorySource.NONE, text=joined)]
    return StructuredAbstract(title=title, sections=tuple(sections), source_format="text")
