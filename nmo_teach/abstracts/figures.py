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
   age of 30", "65 years or older") and fold changes;
2. summaries: medians and means with a range, IQR or SD in any bracket form ("2 [range 0-4.5]",
   "812 [301, 2405]", "−0.42% ± 0.61"), ranges ("aged 18-65", "between 55 and 94", "14-29 days");
3. doses ("500 mg twice daily", "1200 mg/day"), and estimates bracketed with no words
   ("0.32 [0.05-0.60]");
4. counts with their denominators and percentages ("46 out of 60 (77%)", "386 [64.4%] female",
   "153 3-year-old and 144 8/9-year-old children"), then percentages and durations;
5. bare counts: integers no pattern read, in a count's position ("174 received inebilizumab and
   56 received placebo"), never years, labels ("phase 3", "aquaporin 4"), dates or citations.

Rule-based on purpose (see the brief, §5.5): a rule that misses is easy to see and fix, and each
rule covers a class of printed forms, measured on the evaluation corpus by
``benchmarks/bench_abstracts.py``. Every lookbehind is bounded, so the cost is linear in the text
(``benchmarks/bench_abstract_scaling.py``).

Each figure keeps the sentence it comes from and its character span in the section text. What
each figure is out of is worked out afterwards, across the abstract (``denominators``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from nmo_teach.abstracts.denominators import Located, infer_denominators
from nmo_teach.abstracts.found import Found, plural
from nmo_teach.abstracts.model import Figure, FigureKind, Section, Span, StructuredAbstract
from nmo_teach.abstracts.numbers import Canonical, canonical

_NUM = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:[.·]\d+)?|[.·]\d+"  # '·': Lancet decimals
_SNUM = rf"[-−–]?(?:{_NUM})"
_HYPHEN = "[-‐‑]"  # ASCII hyphen, Unicode hyphen U+2010 and non-breaking hyphen U+2011
_DASH = r"\s*(?:[-‐‑–—]|to)\s*"
_SEP = r"(?:\s*(?:[-‐‑–—]|to)\s*|\s*,\s*)"  # between the bounds of a bracketed interval
_ANYNUM = rf"(?<![\w./])(?<![A-Za-z][-‐‑])(?<!\d[-‐‑–])(?:{_NUM})"  # number words are digits by now (numbers.canonical)
# ⱖ/ⱕ: how some PDFs encode ≥/≤; "> or =": how PubMed's text of older records prints ≥
_CMP = r"(?:≥|≤|>=|<=|=>|=<|⩾|⩽|ⱖ|ⱕ|>\s?or\s?=|<\s?or\s?=|>|<)"

_PERSON_NOUNS = (
    "patients?", "participants?", "subjects?", "individuals?", "persons?", "people", "adults?",
    "children", "child", "infants?", "women", "woman", "men", "man", "cases?", "volunteers?",
    "respondents?", "survivors?", "recipients?", "mothers?", "newborns?", "neonates?",
    "students?", "residents?", "veterans?", "girls?", "boys?", "controls?", "donors?",
    "physicians?", "neurologists?", "clinicians?", "nurses?", "doctors?", "raters?", "carriers?",
    "smokers?", "users?", "twins?", "siblings?", "relatives?", "families", "family", "members?",
    "responders?", "non-?responders?", "completers?", "decedents?", "inpatients?", "outpatients?",
)
_SEX_WORDS = ("females?", "males?")
_EVENT_NOUNS = (
    "relapses?", "attacks?", "events?", "deaths?", "infusions?", "doses?", "episodes?",
    "admissions?", "hospitali[sz]ations?", "recurrences?", "lesions?", "procedures?",
    "operations?", "surger(?:y|ies)", "infections?", "fractures?", "births?",
    "pregnanc(?:y|ies)", "visits?", "trials?", "stud(?:y|ies)", "eyes?", "cent(?:er|re)s?",
    "hospitals?", "sites?", "countries", "articles?", "records?", "reports?", "samples?",
    "rcts?", "vaccinations?", "injections?", "vaccines?",
    "specimens?", "sera", "scans?", "images?", "tests?", "assays?", "cycles?", "courses?",
    "treatments?", "exacerbations?", "flares?", "strokes?", "seizures?", "falls?", "clinics?",
    "practices?", "units?", "wards?", "publications?", "papers?", "cohorts?", "datasets?",
    "databases?", "registries", "questionnaires?", "interviews?", "responses?", "pairs?",
    "arms?", "groups?", "regions?", "cities", "states?", "provinces?", "municipalities",
    "districts?", "schools?", "households?", "nations?", "teams?",
)
_NOUN = "|".join(_PERSON_NOUNS + _SEX_WORDS + _EVENT_NOUNS)
_PERSON_RE = re.compile(r"^(?:" + "|".join(_PERSON_NOUNS + _SEX_WORDS) + r")$", re.IGNORECASE)
_SEX_RE = re.compile(r"^(?:" + "|".join(_SEX_WORDS) + r")$", re.IGNORECASE)
_TIME_UNITS = (
    r"(?:patient|person)[-‐‑](?:years?|months?)|days?|weeks?|months?|years?|decades?|hours?|minutes?|seconds?"
    r"|wk|wks|mo|yr|yrs|y|d|h|min"
)
_STOP = {
    "and", "or", "in", "of", "vs", "versus", "with", "the", "a", "an", "for", "to", "at", "on",
    "was", "were", "is", "are", "by", "among", "after", "before", "from", "per", "compared",
    "than", "that", "which", "who", "had", "have", "has", "did", "respectively", "range",
    "overall", "as", "but", "not", "all", "each", "both",
}
_RATIO_NAMES = {
    "hazard ratio": "HR", "odds ratio": "OR", "risk ratio": "RR", "relative risk": "RR",
    "rate ratio": "RR", "incidence rate ratio": "IRR", "standardized incidence ratio": "SIR",
    "standardised incidence ratio": "SIR", "standardized mortality ratio": "SMR",
    "standardised mortality ratio": "SMR", "prevalence ratio": "PR",
    "positive likelihood ratio": "LR+", "negative likelihood ratio": "LR-",
}
_ESTIMATE_NAMES = {
    "sensitivity": "sensitivity", "specificity": "specificity", "accuracy": "accuracy",
    "positive predictive value": "PPV", "negative predictive value": "NPV", "kappa": "kappa",
    "mean difference": "MD", "standardised mean difference": "SMD",
    "standardized mean difference": "SMD", "weighted mean difference": "WMD",
    "risk difference": "RD", "area under the curve": "AUC", "auroc": "AUC", "auc": "AUC",
    "area under the receiver operating characteristic curve": "AUC",
    "area under the roc curve": "AUC", "β": "beta", "κ": "kappa",
    "number needed to treat": "NNT", "number needed to harm": "NNH",
}
# Estimates that may be printed in per cent and stay estimates ("risk difference 1.3%"); a
# sensitivity or a specificity in per cent is read as a percentage.
_DIFFERENCES = {"MD", "SMD", "WMD", "RD"}
_UNIT = r"(?P<unit>%|[A-Za-z][A-Za-z/²0-9]*(?:\s+per\s+[A-Za-z]+)?)"
_LEVEL_SIGN = r"(?:\s*%|\s+percent\b)\s*"  # "95% CI", or "95 percent confidence interval" (older NEJM)
_CI_WORDS = (  # "... interval [CI], 1-2", "95% UI", "credible interval (CrI) of"
    r"(?:C\.I\.|CI|IC|CrI|UI|PI|(?:confidence|credible|uncertainty|prediction)\s+interval)"
    r"(?:\s*[\[(]\s*(?:CI|CrI|UI|PI)\s*[\])])?"
    r"(?:\s+of\b)?"
)

# "95% CI, 0.31-0.87", "CI, 0.77 to 2.10", "95% CI -1.40, -0.30", or bare "(0.31-0.87)"
_CI_TAIL = (
    r"(?:(?:\s*[;,(\[]\s*|\s+(?=\d{2}(?:\.\d)?\s*%\s*(?:CI|IC|C\.I\.)\b))"
    r"(?:(?:with\s+an?\s+)?(?:(?P<level>\d{2}(?:\.\d)?)" + _LEVEL_SIGN + r")?" + _CI_WORDS
    + r"[\s,:;=]*)?(?:[\[(]\s*(?=[-−–]?[\d.·]))?"
    r"(?P<low>" + _SNUM + r")" + _SEP + r"(?:[<>]\s*)?(?P<high>" + _SNUM + r")\s*[)\]]?(?:\s*[)\]])?)?"
)
_RATIO = re.compile(
    r"(?P<measure>\b(?:[aA]?HR|[aA]?OR|a?RR|IRR|SIR|SMR|PR)s?\b|\bLR\s?[+−-]|(?i:\b(?:adjusted\s+)?"
    r"(?:incidence\s+rate\s+ratio|hazard\s+ratio|odds\s+ratio|risk\s+ratio|relative\s+risk|rate\s+ratio|"
    r"standardi[sz]ed\s+(?:incidence|mortality)\s+ratio|prevalence\s+ratio|"
    r"(?:positive|negative)\s+likelihood\s+ratio)s?\b))"
    r"(?:\s*[(\[]\s*(?:(?P<hlevel>\d{2}(?:\.\d)?)\s*%\s*CI|[A-Za-z]{1,5})\s*[)\]])?"
    r"(?P<clause>\s+(?:for|of|in)\s[^,;:()=]{1,140}?(?:\s(?:was|were|is|are)\b|(?=,\s*\d)))?"
    r"[\s,:=]*(?:of\s+|was\s+|were\s+)?(?:(?P<cmp>[<>≤≥])\s*)?(?P<value>" + _NUM + r")"
    r"(?![\d.]|\s*[-–—]\s*\d)" + _CI_TAIL
)
_NAMED_ESTIMATE = re.compile(  # "MD: -0.85; 95% CI -1.40, -0.30", "AUC 0.71 (0.51-0.89)"
    r"(?P<measure>\b(?:S?MD|WMD|RD|AUC|AUROC|PPV|NPV|NNT[BH]?|NNH)\b|(?<![A-Za-z])[βκ](?![A-Za-z\d])|"
    r"(?i:\bnumber\s+needed\s+to\s+(?:treat|harm))|"
    r"(?i:\b(?:(?:standardi[sz]ed|weighted)\s+)?"
    r"mean\s+difference|\brisk\s+difference|\barea\s+under\s+the\s+(?:receiver\s+operating\s+"
    r"characteristic\s+|ROC\s+)?curve|\bsensitivity|\bspecificity|\baccuracy|"
    r"\b(?:positive|negative)\s+predictive\s+value|\bkappa|\b(?:estimate|coefficient)(?=\s*[=:]))|"
    r"(?<![\w-])(?:r|rs|rho|ρ)(?=\s*=))"
    r"(?:\s+(?:for|of)\s+[^,;:()=]{1,40}?\s+(?:was|were|is))?"
    r"(?:\s*\([A-Za-z ]{1,12}\))?[\s,:=]*(?:of\s+|was\s+|is\s+)?(?P<value>" + _SNUM + r")"
    r"(?P<pct>\s*%)?(?!\.?\d|[-‐‑][A-Za-z])" + _CI_TAIL
)
_CI_ESTIMATE = re.compile(
    r"(?<![\w./])(?P<value>" + _SNUM + r")\s*(?P<unit>%|[A-Za-z][A-Za-z/]*(?:\s+per\s+[A-Za-z]+)?)?"
    r"\s*[(\[,;]\s*(?:with\s+an?\s+)?"
    r"(?:(?P<level>\d{2}(?:\.\d)?)" + _LEVEL_SIGN + r")?" + _CI_WORDS + r"[\s,:=]*"
    r"(?P<low>" + _SNUM + r")\s*%?" + _SEP + r"(?P<high>" + _SNUM + r")\s*%?\s*[)\]]?"
)
_PCT_POINTS = re.compile(
    r"(?<![\w.])(?P<value>" + _SNUM + r")\s*(?:%\s*|percent(?:age)?[-\s]+)points?\b"
    r"|(?<![\w.])(?P<value3>" + _SNUM + r")\s*(?:pp|p\.p\.)(?![\w])"
)
_SQUARED = re.compile(  # "I2 = 45%", "I² 12%", "R2=0.52", "r² of 0.3"
    r"(?<![\w])(?P<measure>[IRr])(?:²|2|\^2|\s2(?=\s*[=:]))(?![\w])(?:\s+(?:statistic|value))?"
    r"\s*(?:=|:|of|was|,)?\s*(?P<value>" + _SNUM + r")(?P<pct>\s*%)?"
)
_META_TRIPLE = re.compile(  # "(0.91, 0.80 to 1.04, 12%)": estimate, CI, I²
    r"[(\[]\s*(?P<value>" + _SNUM + r")\s*[,;]\s*(?P<low>" + _SNUM + r")" + _DASH
    + r"(?P<high>" + _SNUM + r")\s*[,;]\s*(?P<i2>" + _NUM + r")\s*%\s*[)\]]"
)
_BARE_INTERVAL = re.compile(  # "0.32 [0.05-0.60]", "54% (40-66)": an estimate with its interval
    r"(?<![\w.])(?P<value>" + _SNUM + r")(?P<pct>\s*%)?\s*[(\[]\s*(?P<low>" + _SNUM + r")\s*%?" + _SEP
    + r"(?P<high>" + _SNUM + r")\s*%?\s*[)\]]"
)
_MEAS_UNIT = (
    r"(?:%|mm\s?H2O|mm\s?Hg|cm\s?H2O|(?:[pnµμm]?g|[pnµμmd]?[lL]|[mµμn]?mol|IU|U|cells|copies|mm|cm|"
    r"kg)(?:\s*/\s*(?:[pnµμmd]?[lL]|kg|m2|m²|mm3|mm²|day|d|h|min|week|wk|1\.73\s?m2))*|points?|"
    r"(?i:" + _TIME_UNITS + r"))(?![\w/])"
)
_THRESHOLD_WORD = re.compile(
    r"(?i:\b(?:cut-?\s?offs?|cutoffs?|thresholds?|cut\s+points?)(?:\s+(?:value|level|point|score)s?)?"
    r"(?:\s+(?:of|at|was|were|is))?)[\s,:=]*(?:[A-Za-z][\w-]{0,15}\s+(?:of|=|:)\s*)?"
    r"(?P<cmp>" + _CMP + r")?\s*(?P<value>" + _SNUM + r")"
    r"(?:\s*(?P<unit>" + _MEAS_UNIT + r"))?"
)
_TITRE = re.compile(r"(?P<cmp>" + _CMP + r")\s*1\s*:\s*(?P<value>\d+)(?![\d.])")  # "≥1:160", "≥ 1:640"
_THRESHOLD_CMP = re.compile(
    r"(?P<cmp>" + _CMP + r")\s*(?P<value>" + _SNUM + r")(?!\d|\s*/\s*\d|\s*:\s*\d)(?:\s*(?P<unit>" + _MEAS_UNIT + r"))?"
)
_THRESHOLD_PHRASE = re.compile(
    r"(?i:\b(?P<cmp>(?:less|greater|more)\s+than\s+or\s+equal\s+to|equal\s+to\s+or\s+(?:less|greater|more)\s+than|"
    r"(?:more|less|greater|fewer|older|younger|higher|lower|longer|shorter)\s+than|"
    r"at\s+least|at\s+most|no\s+more\s+than|up\s+to|under|over|above|below|exceeding|"
    r"beyond|before(?=\s+(?:the\s+)?age\b))\s+"
    r"(?P<age>(?:(?:the|an?)\s+)?age\s+(?:of\s+)?)?)(?P<value>" + _SNUM + r")(?!\s*[/:]\s*\d|\s+of\s+\d)"
    r"(?:\s*(?P<unit>" + _MEAS_UNIT + r"))?"
)
_AGE_BEFORE = re.compile(r"\bage[ds]?\b|\bolder\b|\byounger\b", re.IGNORECASE)
_TIME_UNIT_RE = re.compile(r"(?i:" + _TIME_UNITS + r")")
_PHRASE_COMPARATORS = {
    "at least": "≥", "at most": "≤", "no more than": "≤", "up to": "≤", "under": "<", "below": "<",
    "above": ">", "over": ">", "exceeding": ">", "before": "<", "beyond": ">",
}
_AGE_AFTER = re.compile(r"\s*(?:of\s+age|old)\b", re.IGNORECASE)
_PEOPLE_BEFORE = re.compile(r"\b(?i:" + "|".join(_PERSON_NOUNS) + r")\s*$")
_REPORTED_BEFORE = re.compile(r"\b(?:was|were|is|are|both|all)\s*$", re.IGNORECASE)
_DURATION_BEFORE = re.compile(r"follow[- ]?up|\bperiod\b|\bduration\b", re.IGNORECASE)
_DOSE_UNIT = (
    r"(?:mg|g|µg|μg|mcg|ug|microg|micrograms?|milligrams?|grams?|IU|MIU|units?|m[lL]|c?Gy|[MG]?Bq|m?Ci)(?:\s*/\s*(?:kg|m2|m²|day|d|week|wk|dose|h))*"
    r"(?:\s+per\s+(?:kg|day|week|dose|m2))*(?![\w/])"
)
_FREQUENCY = (
    r"(?:\s+(?:(?:once|twice|three\s+times|four\s+times|thrice)\s+)?(?:daily|a\s+day|per\s+day|"
    r"weekly|a\s+week|per\s+week|monthly|a\s+month|per\s+month|"
    r"every\s+(?:other\s+)?(?:\d+\s+)?(?:days?|weeks?|months?|hours?))"
    r"|\s+(?:once|twice)\s+(?:daily|weekly)|\s+(?:bid|tid|qid|qd|b\.i\.d\.|t\.i\.d\.))?"
)
_RATIO_NAME = re.compile(
    r"\b(?:[aA]?HR|[aA]?OR|a?RR|IRR|SIR|SMR)s?\b|(?i:\b(?:incidence\s+rate|hazard|odds|risk|rate|"
    r"standardi[sz]ed\s+(?:incidence|mortality)|prevalence|likelihood)\s+ratios?\b|\brelative\s+risks?\b)"
)
_RATE_NAME = re.compile(r"\brates?\b(?!\s+ratios?)", re.IGNORECASE)
_NAMED_ESTIMATE_NAME = re.compile(
    r"\b(?:S?MD|WMD|RD)\b|(?i:\b(?:standardi[sz]ed\s+)?mean\s+difference|\brisk\s+difference)")
_DOSE = re.compile(
    r"(?<![\w.])(?P<value>" + _NUM + r")\s*(?P<unit>" + _DOSE_UNIT + r")(?P<freq>" + _FREQUENCY + r")"
)
_BARE_UNITS = re.compile(r"units?", re.IGNORECASE)
_LOOSE_CI = re.compile(  # a CI printed apart from its estimate: "96% (Kaplan-Meier; 95% CI, 76-99)"
    r"(?P<level>\d{2}(?:\.\d)?)\s*%\s*" + _CI_WORDS + r"[\s,:=]*"
    r"(?P<low>" + _SNUM + r")\s*%?" + _DASH + r"(?P<high>" + _SNUM + r")\s*%?"
)
_P_VALUE = re.compile(
    r"(?<![A-Za-z])[Pp](?:[\s_-]*(?:values?|for\s+(?:interaction|trend|heterogeneity|difference|"
    r"non-?inferiority|superiority)|interaction|trend|heterogeneity|int|het|diff)\b)?\s*"
    r"(?P<cmp>=\s*[<>]|[<>]\s?or\s?=|<=|>=|=|<|>|≤|≥|(?i:less\s+than|greater\s+than|equal\s+to))\s*"
    r"(?P<value>\d*[.·]\d+|\d+(?:[.·]\d+)?)(?:\s*[×x]\s*10\s*(?P<exp>[-−]\s*\d+))?"
)
_P_WORDS = {"less": "<", "greater": ">", "equal": "="}
_SUMMARY_TAIL = (
    r"[,:]?\s*(?:was\s+|were\s+|of\s+|=\s*|is\s+)?(?:[~≈∼]\s*|(?:approximately|about|around)\s+)?"
    r"(?<![A-Za-z])(?P<value>-?(?:" + _NUM + r"))(?!\d|[-‐‑][A-Za-z])\s*"
    + _UNIT + r"?"
)
_INTERVAL_WORDS = r"range|IQR|interquartile\s+range"
# A word of the quantity a median or mean names, up to its value: not one that compares groups
# ("median scores between stages 3 to 6" is not a median of 3).
_QUANTITY_WORD = r"(?!(?:between|and|or|versus|vs|compared|than)\b)[A-Za-z-]+"
_RANGE_TAIL = (  # "; range 2-11", "(range, 0.4-7)", "[IQR 3-9]", or a bare "[301, 2405]"
    r"(?:\s*(?:[;,]\s*(?P<interval>" + _INTERVAL_WORDS + r")|(?P<open>[(\[])\s*(?P<interval2>"
    + _INTERVAL_WORDS + r")?)[,:]?"
    r"\s*(?:from\s+)?(?P<low>" + _SNUM + r")\s*(?P<lunit>%|[A-Za-z]+)?" + _SEP
    + r"(?P<high>" + _SNUM + r")(?:\s*(?P<hunit>%|[A-Za-z]+))?(?(open)\s*[)\]]))?"
)
_MEDIAN_PAREN = re.compile(
    r"\bmedian\s*[(\[](?P<interval>range|IQR|interquartile range)[)\]]\s*(?P<quantity>(?:[A-Za-z-]+\s+){0,5}?)"
    r"[A-Za-z-]*?[,:]?\s*(?:was\s+|of\s+)?(?P<value>" + _NUM + r")"
    r"(?:\s*(?P<vunit>(?i:" + _TIME_UNITS + r"|%|[A-Za-z]+)))?"
    r"\s*[(\[]\s*(?P<low>" + _SNUM + r")\s*(?P<lunit>[A-Za-z]+)?"
    + _SEP + r"(?P<high>" + _SNUM + r")\s*(?P<hunit>[A-Za-z]+)?\s*[)\]]\s*" + _UNIT + r"?",
    re.IGNORECASE,
)
_VERB_QUANTITY = r"(?:(?:[A-Za-z-]+|\d+(?=\s+[A-Za-z]))\s+){1,12}?(?=(?:was|were)\s+[~≈∼]?\d)"
_MEDIAN = re.compile(
    r"\bmedian(?:\s+|\s*:\s*)(?P<quantity>" + _VERB_QUANTITY + r"|(?:" + _QUANTITY_WORD
    + r"\s+){0,8}?[A-Za-z-]*?)" + _SUMMARY_TAIL
    + _RANGE_TAIL,
    re.IGNORECASE,
)
_MEAN_PAREN = re.compile(
    r"\bmean\s*[(\[](?:SD|standard deviation)[)\]]\s*(?P<quantity>(?:[A-Za-z-]+\s+){0,5}?[A-Za-z-]*?)"
    r"[,:]?\s*(?:was\s+|of\s+)?(?P<value>" + _SNUM + r")\s*[(\[]\s*(?P<sd>" + _NUM + r")\s*[)\]]\s*"
    + _UNIT + r"?",
    re.IGNORECASE,
)
_MEAN = re.compile(
    r"\b(?:mean|average)\s+(?P<quantity>" + _VERB_QUANTITY + r"|(?:" + _QUANTITY_WORD
    + r"\s+){0,8}?[A-Za-z-]*?)" + _SUMMARY_TAIL
    + r"(?:\s*(?:±|\+/-|\(\s*SD[,:=]?\s*|[,;]\s*SD[,:=]?\s*|\(\s*standard\s+deviation[,:]?\s*)"
    r"\s*(?P<sd>" + _NUM + r")\s*\)?)?" + _RANGE_TAIL,
    re.IGNORECASE,
)
_PLUS_MINUS = re.compile(
    r"(?<![\w.])(?P<value>-?(?:" + _NUM + r"))\s*(?P<unit>%|[A-Za-z][A-Za-z/]*)?\s*(?:±|\+/-)\s*"
    r"(?P<sd>" + _NUM + r")(?:\s*(?P<unit2>[A-Za-z][A-Za-z/]*))?"
)
_RANGE = re.compile(
    r"\b(?P<quantity>aged|ages|range[ds]?|ranging)\s*(?:from\s+|between\s+|,\s*|:\s*)?"
    r"(?P<low>" + _SNUM + r")\s*(?P<lunit>[A-Za-z]+)?\s*(?:-|–|—|to|and|through)\s*(?P<high>" + _SNUM
    + r")(?:\s*(?P<unit>" + _TIME_UNITS + r"|[A-Za-z]+))?",
    re.IGNORECASE,
)
# A word between a count and its noun: "153 3-year-old children", "71 NMO- or NMO-SD patients".
_ADJECTIVE = (r"(?:(?:[A-Z]\.){2,}|(?!(?:" + "|".join(_STOP) + r"|until|during|since|when|while|if|"
              + _TIME_UNITS + r")\b)(?:\d[\d/]*[-‐‑])?[A-Za-z][\w+/‐‑–-]*)")
_COUNT = re.compile(
    r"(?P<all>\b(?:all|All|each of the|both|Both|a total of|A total of)\s+)?"
    r"(?P<value>" + _ANYNUM + r")"
    r"(?:\s*/\s*(?P<slash>" + _NUM + r")|\s+(?:out\s+)?of\s+(?:the\s+)?(?P<of>" + _ANYNUM + r")"
    r"|\s+of\s+(?:the|these|those)(?=\s))?"
    r"(?P<adj>(?:\s+" + _ADJECTIVE + r"(?:\s+(?:and|or)\s+" + _ADJECTIVE + r")?){0,3}?)\s+"
    r"(?P<noun>(?i:\b(?:" + _NOUN + r")\b))(?!" + _HYPHEN + r")"
    r"(?:\s*[(\[]\s*(?P<pct>" + _NUM + r")\s*%\s*[)\]])?"
)
_COUNT_PCT = re.compile(  # "30 (25%)", "386 [64.4%]", "20/44 (45%)", "338 (7%) of 4731", "3 (<1%)"
    r"(?<![\w.])(?P<value>" + _NUM + r")\s*(?:/\s*(?P<slash>" + _NUM + r")\s*)?"
    r"[(\[]\s*(?P<pcmp>[<>≤≥])?\s*(?P<pct>" + _NUM + r")\s*%\s*(?:[)\]]"
    r"(?:\s+(?:out\s+)?of\s+(?P<of>" + _NUM + r")(?![\w.%/‐‑-]|,\d))?|(?=[;,]|\s+of\b))"
)
# What a count is out of, printed after its percentage: "338 (7%) of 4731 patients". After "of
# the" the number names a group met before ("13 (76%) of the 17 patients"), a count of its own.
_OF_AFTER_PERCENT = re.compile(r"%\s*[)\]]\s+(?:out\s+)?of\s+$")
_PCT_COUNT = re.compile(  # "77%; 46 of 60", "68% (41 of 60)", "95% (20/21)"
    r"(?<![\w.])(?P<pct>" + _NUM + r")\s*%\s*(?:;\s*|[(\[]\s*)(?P<value>" + _NUM + r")"
    r"\s*(?:/\s*|\s+(?:out\s+)?of\s+(?:the\s+)?)(?P<den>" + _NUM + r")(?![\w.%])(?:\s*[)\]])?"
)
_OF_COUNT = re.compile(  # a bare "46 of 60", "46 out of 60 (77%)" or "20/21" with no noun after it
    r"(?<![\w./:])(?P<value>" + _NUM + r")\s*(?:/\s*|\s+(?:out\s+)?of\s+(?:the\s+)?)(?P<den>" + _NUM
    + r")(?![\w.%/‐‑-]|\s*:\s*\d)(?:\s*[(\[]\s*(?P<pct>" + _NUM + r")\s*%\s*[)\]])?"
)
_SNELLEN = re.compile(r"\b(?:acuity|vision|visual|VA|BCVA|Snellen)\b", re.IGNORECASE)
_N_EQUALS = re.compile(r"(?<![\w])[nN]\s*=\s*(?P<value>" + _NUM + r")")
_BETWEEN = re.compile(  # "between the ages of 55 and 94 years"
    r"\bbetween\s+(?:the\s+ages?\s+of\s+)?(?P<low>" + _SNUM + r")\s*(?:and|to|[-–—])\s*(?P<high>"
    + _SNUM + r")(?:\s*(?P<unit>" + _MEAS_UNIT + r"))?", re.IGNORECASE,
)
_SPAN = re.compile(  # "14-29 days", "stages 3 to 6", "0.213–0.503"
    r"(?<![\w./:;-])(?P<low>" + _SNUM + r")\s*(?:[-–—]|\bto\b)\s*(?P<high>" + _NUM + r")(?![\w/]|[.,]\d)"
    r"(?:\s*(?P<unit>" + _MEAS_UNIT + r"))?"
)
_CI_BEFORE = re.compile(r"(?:\b(?:CI|UI|PI|CrI)\b|C\.I\.|(?:confidence|credible|uncertainty|prediction)\s+interval)"
                        r"[\s,:=\])]*$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_RANGE_WORD = re.compile(r"\brang", re.IGNORECASE)
_FOLD = re.compile(  # "3.73-fold", "1.5 times greater", "4fold" (from "fourfold"), "1.6× higher"
    r"(?<![\w.])(?P<value>" + _NUM + r")\s*(?:[-‐‑]?\s*(?:fold|times)\b|×(?!\s*10\b))"
    r"(?!\s*[-‐‑]?\s*cross|\s+(?:daily|a\s+day|per\s+day|weekly|a\s+week|per\s+week|monthly))"
)
_THRESHOLD_AFTER = re.compile(  # "65 years or older", "70 or older", "3 or more relapses"
    r"(?<![\w./])(?<!/\s)(?P<value>" + _SNUM + r")(?:\s*(?P<unit>" + _MEAS_UNIT + r"))?(?P<age>\s+of\s+age)?"
    r"\s+(?P<cmp>(?:or|and)\s+"
    r"(?:older|more|greater|higher|above|over|younger|less|fewer|lower|below|under))\b"
)
_PCT_RANGE = re.compile(
    r"(?<![\w.])(?P<low>" + _NUM + r")\s*%" + _DASH + r"(?P<high>" + _NUM + r")\s*%"
)
_PEOPLE_AFTER = re.compile(
    r"(?:\s+[A-Za-z-]+){0,2}?\s+(?i:" + "|".join(_PERSON_NOUNS) + r")\b"
)
_NOUN_AFTER = re.compile(
    r"\s*(?:were|was|are|had|have)?\s*(?:[a-z-]+\s+)?(?P<noun>(?i:\b(?:" + _NOUN + r")\b))"
)
_FOLD_AFTER = re.compile(r"[-‐‑]?fold\b")
_UNIT_AFTER = re.compile(r"\s*" + _MEAS_UNIT)
_DAY_HOUR_AFTER = re.compile(r"\s+(?:d|h)\b")  # "56 d" is days; "in 56 h..." is not a unit
_TIME_POINT = re.compile(r"\b(?:at|until|end\s+of|age\s+of)\s*$|(?:^|[,;(]\s*)by\s*$", re.IGNORECASE)
_LIST_TO_UNIT = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?\d+|\s+(?:and|or)\s+\d+)+\s*(?i:" + _TIME_UNITS + r")\b")
# A hyphenated time before one of these nouns is how long something lasted ("a 2-week history",
# "the 12-month period"); before another noun it names a group or a time point ("12-month group").
_SPAN_NOUN = re.compile(
    r",?\s+(?:[a-z-]+\s+){0,2}?(?:history|wait|waiting|period|observation|follow-?up|course|treatment|"
    r"therapy|trial|study|extension|interval|window|delay|stay|duration|run-in|washout|regimen|"
    r"program(?:me)?)\b")
_OF_AGE = re.compile(r"\s+of\s+age\b", re.IGNORECASE)
# A number word counts without a noun only before a verb or "in/with": "three with AIDS",
# "two received", "one in the 12-month group".
_WORD_COUNT_AFTER = re.compile(
    r"\s+(?:in|with|had|were|was|met|received|developed|died|showed|did|required|underwent|took|"
    r"became|left|lost|fell|got|went|came|gave|saw|made|chose|grew|kept|[a-z]+ed)\b")
_BARE_COUNT = re.compile(
    r"(?<![\w./,:±=<>≤≥-])(?P<value>\d+)(?![\w/:%-]|[.,]\d|\s*(?:%|percent|[-–—]\s*\d|\)|/\s*\d))"
)
_LABEL_BEFORE = re.compile(  # "phase 3", "type 2", "Table 1", "stage 4", "EDSS 6", "aged 45"
    r"(?:\b(?:phases?|types?|grades?|stages?|steps?|days?|weeks?|months?|years?|visits?|cycles?|"
    r"tables?|figures?|figs?|refs?|versions?|waves?|arms?|groups?|class(?:es)?|categor(?:y|ies)|"
    r"leads?|chromosomes?|exons?|codons?|scores?|scales?|levels?|items?|criteri(?:on|a)|numbers?|"
    r"no|nos|cohorts?|aged?|ages|of\s+age|wk|mo|yr|CD|IL|HLA|COVID|covid|titer|titre)|"
    r"\b[A-Z]{2,}[\w-]*)\s*(?:of\s+)?$"
)
# What may stand before a bare count: punctuation, the sentence's start, a function word or a
# verb in -ed ("included 56"). A noun right before a number labels it ("aquaporin 4", "visit 2").
_COUNT_CONTEXT = re.compile(
    r"(?:^|[(\[,;:]|\b(?:in|of|and|or|to|with|were|was|are|is|total|than|among|from|by|for|vs|"
    r"versus|including|all|only|further|additional|another|remaining|these|those|the|a|"
    r"approximately|about|nearly|almost|some|overall|respectively|which|whom|whereas|while|but|"
    r"plus|at|had|have|has|enrol|include|recruit|study|screen|treat|follow|identify|[a-z]+ed|"
    r"found|met|saw|took|gave|got|sent|held|made|kept|lost|chose|drew|began|underwent|became|"
    r"[a-z]+ing|[a-z]+i[sz]e))\s*$",
    re.IGNORECASE,
)
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_AFTER = re.compile(rf"\s+(?:{_MONTHS})\b")
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\s*$")
_PERCENT = re.compile(  # not the level of an interval: "with 95% CIs", "95% confidence intervals"
    r"(?<![\w.])(?P<value>" + _NUM + r")(?:\s*%|\s+percent\b)"
    r"(?!\s*(?:CIs?|CrIs?|UIs?|PIs?|(?:confidence|credible|uncertainty|prediction)\s+intervals?)\b)"
)
_LIST_NEXT = re.compile(  # "0.75 for OCB, 0.83 for Select-3, and 0.71 for Select-6"
    r"\s+(?:for|in|with|among)\s+[^,;()]{1,40}?(?:,\s*(?:and\s+)?|\s+(?:and|versus|vs\.?)\s+)"
    r"(?P<value>" + _SNUM + r")(?!\.?\d|%)(?=\s+(?:for|in|with|among)\b)"
)
_RESPECTIVELY_NEXT = re.compile(  # "likelihood ratios of 45.9 and 0.245, respectively"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<value>" + _SNUM + r")(?![\d.%])(?=[^.;()]{0,60}?\brespectively\b)"
)
_RATE = re.compile(  # "The adjusted annualized relapse rate was 0.02 with eculizumab and 0.35 ..."
    r"(?i:\b(?P<measure>[a-z-]+(?:\s+\([A-Za-z]{1,8}\))?\s+rates?)\b(?!\s+ratio))(?:\s+(?:in|of|for|among|with)\s[^,;:()=]{1,60}?)?"
    r"(?:\s+(?:was|were|is|of)\s+|\s*[:=]\s*)(?P<value>" + _NUM + r")(?!\.?\d|%|\s*(?:±|\+/-|%|×|[-‐‑]?fold\b|times\b))"
    r"(?:\s*(?:/|\s+per\s+)(?P<scale>10{2,}(?![\d.])|million|thousand)(?:\s+(?:population|persons|"
    r"people|inhabitants|person-years|patient-years|per\s+year|a\s+year))*)?" + _CI_TAIL
)
_DURATION = re.compile(
    r"(?P<value>" + _ANYNUM + r")\s*(?:(?P<hyphen>[-‐‑])\s*)?(?P<unit>(?i:" + _TIME_UNITS + r"))\b"
    r"(?![-‐‑]old)"
    r"(?P<after>\s+(?:of\s+)?follow-up)?"
)
_PER_SCALE = re.compile(  # "~1/100,000 population", "<1/million", "3.5 per 100 000": a rate
    r"(?<![\w./])(?<!\d[-–—])(?:[~≈∼]\s*|(?P<cmp>" + _CMP + r")\s*)?(?P<value>" + _NUM + r")"
    r"\s*(?:/|\s+per\s+)"
    r"(?P<scale>1(?:0{0,2}(?:,000)+|0{2,})(?![\d.]|,\d)|million|thousand|billion)\b"
)
# A count whose noun is none of the listed ones: a number (digits or words), up to two words
# describing it, then a plural noun ("4 proposed components", "nine sibships", "two disorders").
_PLURAL_COUNT = re.compile(
    r"(?<![\w./,:±=<>≤≥~*-])(?P<value>\d+)(?![\w/:%-]|[.,]\d)"
    r"(?P<adj>(?:\s+(?!(?:" + "|".join(_STOP) + r")\b)[A-Za-z][\w+/‐‑–-]*"
    r"(?:\s+(?:and|or)\s+(?!(?:" + "|".join(_STOP) + r")\b)[a-z][\w‐‑-]*)?){0,2}?)"
    r"\s+(?!(?:" + "|".join(_STOP) + r")\b)(?P<noun>[a-z][a-z‐‑-]*[a-hj-rtv-z]s)\b"
    r"(?![‐‑/-]|\s+(?:per|that|the|an?)\b)"  # "6 indicates that": a verb, not a noun
)
_NOT_COUNTED = re.compile(r"(?i:" + _TIME_UNITS + r"|times|points?|percent|fold|units?)$")
_CITATION = re.compile(r"\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]")  # "[1]", "[2, 3]", "[4-6]": references
_TO_NEXT = re.compile(r"\s*to\s+(?P<value>" + _SNUM + r")(?![\d.]|\s*%)")
_SUMMARY_NAMED = re.compile(r"\b(median|mean)\b", re.IGNORECASE)
_SUMMARY_HEADER = re.compile(  # "median (IQR)", "mean [SD]": what every bracket after it holds
    r"\b(?:median|mean)\s*[(\[]\s*(?:IQR|range|SD|interquartile\s+range|standard\s+deviation)\s*[)\]]",
    re.IGNORECASE)
_VALUE_RANGE = re.compile(  # "0 [range 0-3.2]", "1.7 [range, 0.5-5]", "12 (IQR 3-9)"
    r"(?<![\w.])(?P<value>" + _SNUM + r")\s*(?P<unit>[A-Za-z]+)?\s*[(\[]\s*(?P<interval>range|IQR)"
    r"[,:]?\s*(?P<low>" + _SNUM + r")\s*(?:[-–—]|to)\s*(?P<high>" + _SNUM + r")\s*[)\]]"
)
# A value that continues a median or mean in a list: "20 months [95% CI 13-26] vs 15 months
# [13-17]", "22.7 months among men and 23.5 months among women", "6 (1.5-12.8) hours in total for
# the prone group and 0 (0-2) hours in the standard care group".
_SUMMARY_NEXT = re.compile(
    r"(?:\s*[(\[][^()\[\]]{1,40}[)\]])?(?:\s+[a-z]+)?(?:\s+(?:in|for|among|with|on)\s+[^,;()\d]{1,40}?)?"
    r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|vs\.?|versus|compared\s+with)\s+)"
    r"(?P<value>" + _SNUM + r")(?![.\d])(?:\s*(?P<unit>[A-Za-z]+))?"
    r"(?:\s*[(\[]\s*(?:(?:\d{2}%\s*CI|IQR|range)[,:]?\s*)?(?P<low>" + _SNUM + r")" + _SEP
    + r"(?P<high>" + _SNUM + r")\s*[)\]])?"
)
# Pages of a citation ("NEUROLOGY 1997;48: 384-393") and registry numbers ("2010-019469-26")
_CITATION_BEFORE = re.compile(r"\d{4}\s*;\s*\d+\s*(?:\(\s*\d+\s*\))?\s*:\s*$")
_NOT_REACHED = re.compile(  # "median overall survival not reached [95% CI 14 months to not reached]"
    r"\bmedian\b[^.;()\[\]]{0,60}?\bnot\s+(?:been\s+)?reached\s*(?:[(\[]\s*(?:\d{2}%\s*CI[,:]?\s*)?"
    r"(?P<low>" + _SNUM + r")\s*(?P<unit>[A-Za-z]+)?\s*(?:to|[-–—])\s*not\s+(?:been\s+)?reached\s*[)\]])?",
    re.IGNORECASE,
)
# A plain "difference" of percentages is in percentage points ("(difference -0.2% [95% CI ...])");
# a named one keeps its measure ("risk difference 1.3%", read by the named-estimate rule).
_DIFFERENCE_BEFORE = re.compile(r"(?<!risk )(?<!mean )\bdifferences?\b[\s:,=]*(?:of\s+|was\s+)?[(\[]?\s*$",
                                re.IGNORECASE)
# Disability milestones: "reaching sustained EDSS scores of 3.0, 4.0, and 6.0", "time to EDSS 6".
_MILESTONE_VALUE = r"\d{1,2}(?:\.\d)?(?![\d.%])"
_MILESTONES = re.compile(
    r"\b(?:milestones?|sustained|confirmed|reach(?:ing|ed)?|attain(?:ing|ed)?|time\s+to)\b[^.;()]{0,40}?"
    r"\b(?:EDSS(?:\s+scores?)?|scores?)\s+(?:of\s+)?(?P<list>" + _MILESTONE_VALUE
    + r"(?:\s*,\s*(?:and\s+|or\s+)?" + _MILESTONE_VALUE + r"|\s*,?\s+(?:and|or)\s+" + _MILESTONE_VALUE + r")*)",
    re.IGNORECASE,
)
_THRESHOLD_NEXT = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<value>" + _SNUM + r")(?![\d.%/]|\s*(?:%|[-–]\s*\d))"
    r"(?:\s*(?P<unit>" + _MEAS_UNIT + r"))?"
)
_COUNT_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?i:" + _NOUN + r")\b")
# "more than 40% of the patients", "40% or more of National Cancer Institute trials": a share of a
# counted group is a result; a bound on a measured amount ("more than 85% of juice") stays a threshold.
_SHARE_OF_GROUP = re.compile(
    r"\s+of\s+(?:the\s+|all\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,3}?(?i:" + _NOUN + r")\b")
_PER_BEFORE = re.compile(r"\bper\s*$", re.IGNORECASE)  # "per 10,000 persons": the scale of a rate
_OF_TREATMENT = re.compile(r"\s+of\s+(?:\w+\s+)?(?:treatment|therapy|follow-?up|exposure|observation|use|"
                           r"infusions?|dosing)\b", re.IGNORECASE)
_COMPOUND_TIME = re.compile(r"\d\s*(?:years?|yrs?|months?)\s+and\s*$", re.IGNORECASE)
# "the top and bottom 10% of the risk distribution": a per cent that defines a group
_LABEL_WORD_BEFORE = re.compile(r"\b(?:phases?|types?|grades?|stages?|class|steps?|tiers?|waves?)\s*$",
                                re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(?:at\s+least|at\s+most|more\s+than|no\s+more\s+than)\s*$", re.IGNORECASE)
_PERCENTILE_BEFORE = re.compile(
    r"\b(?:top|bottom|highest|lowest|upper|lower)(?:\s+(?:and|or)\s+(?:top|bottom|highest|lowest|"
    r"upper|lower))?\s*$", re.IGNORECASE)
_ABBREVIATIONS = ("et al", "e.g", "i.e", "vs", "fig", "no", "approx", "ca", "dr", "st", "resp", "c.i")


def _number(text: str) -> float:
    cleaned = text.replace(",", "").replace("·", ".").replace("−", "-").replace("–", "-")
    return float(cleaned)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; does not split after 'et al.', 'vs.' or inside '.03'."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"[.!?](?=\s+[\"'(\[]?[A-Z0-9])|(?<=[a-z)]{2})[.!?](?=[A-Z][a-z]{2}|\d+\s+[a-z])", text):
        before = text[max(start, match.start() - 12) : match.start()].rsplit(None, 1)
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
        insort(self.spans, (start, end))

    def claim(self, match: re.Match[str]) -> bool:
        if not self.free(match.start(), match.end()):
            return False
        self.take(match.start(), match.end())
        return True


def _ratio_measure(printed: str) -> str:
    lowered = re.sub(r"\s+", " ", printed.lower()).removeprefix("adjusted ")
    if re.fullmatch(r"lr\s?[+−-]", lowered):
        return "LR+" if lowered.endswith("+") else "LR-"
    if re.fullmatch(r"a(?:hr|or|rr)s?", lowered):  # "AOR", "aHR": adjusted, the same measure
        return lowered[1:3].upper()
    return _RATIO_NAMES.get(lowered, printed.upper() if len(printed) <= 4 else printed)


def _in_parentheses(sentence: str, start: int) -> bool:
    return sentence[max(0, start - 8):start].rstrip().endswith(("(", "["))


def _interval(m: re.Match[str], default: str = "CI") -> dict[str, object]:
    """low, high and interval of a match that may carry a CI tail (``_CI_TAIL``)."""
    groups = m.groupdict()
    if not groups.get("low"):
        return {}
    level = groups.get("level") or groups.get("hlevel")
    return {"low": _number(m["low"]), "high": _number(m["high"]),
            "interval": f"{level}% CI" if level else default}


def _named_measure(before: str) -> tuple[FigureKind, str | None]:
    """The kind and measure an unlabelled estimate takes from the text before it: the nearest
    measure named there ("RR (95% CI, I²): (0.91, 0.80 to 1.04, 12%)", "the rate ratios for
    adverse events (kidney stones: 1.17 [CI, ...]"), a ratio or a difference; else an estimate."""
    window = before[-200:]
    ratio = list(_RATIO_NAME.finditer(window))
    named = list(_NAMED_ESTIMATE_NAME.finditer(window)) + list(_RATE_NAME.finditer(window))
    named.sort(key=lambda m: m.start())
    if ratio and (not named or ratio[-1].start() > named[-1].start()):
        return FigureKind.RATIO, _ratio_measure(ratio[-1][0])
    if named and named[-1].re is _NAMED_ESTIMATE_NAME:
        return FigureKind.ESTIMATE, _estimate_measure(named[-1][0])
    return FigureKind.ESTIMATE, None


def _summary_named(before: str) -> FigureKind | None:
    """MEDIAN or MEAN when the clause just before a value names one ("median overall survival
    20 months [95% CI 13-26]"), or a header names one for the whole sentence ("median (IQR) 34%
    (17-57) versus 50% (35-64), ... (23% (5-63) versus 43% (16-60))"), so that its interval does
    not make it a bare estimate. A clause after a comma that names no summary ("1-year overall
    survival 70% [50-83]") is not one."""
    headers = _SUMMARY_HEADER.findall(before)
    if headers and not _RATIO_NAME.search(before[before.rfind(headers[-1]):]):
        return FigureKind.MEDIAN if headers[-1].lower().startswith("median") else FigureKind.MEAN
    clause = re.split(r"[;,]", before[-60:])[-1]
    named = _SUMMARY_NAMED.findall(clause)
    if (not named or _RATIO_NAME.search(clause) or _NAMED_ESTIMATE_NAME.search(clause)
            or re.search(r"\bby\s*$", clause)):
        return None  # "delayed the median time by 1345 days (95% CI ...)": a difference
    return FigureKind.MEDIAN if named[-1].lower() == "median" else FigureKind.MEAN


def _continued_summaries(sentence: str, claims: _Claims, found: list[Found]) -> list[Found]:
    """The values that continue a median or mean in a list (``_SUMMARY_NEXT``): the same unit
    after each, or, when the first had none, the same bracketed interval after each."""
    more: list[Found] = []
    for first in [f for f in found if f.kind in (FigureKind.MEDIAN, FigureKind.MEAN)]:
        position, unit = first.end, first.unit.lower()
        while (m := _SUMMARY_NEXT.match(sentence, position)) and claims.free(m.start("value"), m.end()):
            same_unit = (m["unit"] or "").lower() == unit if unit else bool(m["low"])
            if not same_unit:
                break
            claims.take(m.start("value"), m.end())
            interval = {"low": _number(m["low"]), "high": _number(m["high"]),
                        "interval": first.interval or "CI"} if m["low"] else {}
            more.append(Found(first.kind, m.start("value"), m.end(), _number(m["value"]),
                              quantity=first.quantity, unit=first.unit, **interval))
            position = m.end()
    return more


def _estimate_measure(printed: str) -> str:
    lowered = re.sub(r"\s+", " ", printed.lower())
    return _ESTIMATE_NAMES.get(lowered, printed.upper() if len(printed) <= 5 else printed)


def _estimates(sentence: str, claims: _Claims, words: frozenset[int]) -> list[Found]:
    """Ratios and other estimates (with their intervals), I² and R², percentage points, p values."""
    found: list[Found] = []
    for m in _META_TRIPLE.finditer(sentence):
        low, high = _number(m["low"]), _number(m["high"])
        if not low <= _number(m["value"]) <= high or not claims.claim(m):
            continue
        kind, measure = _named_measure(sentence[max(0, m.start() - 200): m.start()])
        found.append(Found(kind, m.start("value"), m.end("high"), _number(m["value"]),
                           measure=measure, low=low, high=high, interval="CI"))
        found.append(Found(FigureKind.ESTIMATE, m.start("i2"), m.end() - 1, _number(m["i2"]),
                           measure="I2", unit="%"))
    for m in _PCT_POINTS.finditer(sentence):
        if claims.claim(m):
            value = m["value"] or m["value3"]
            found.append(Found(FigureKind.PERCENTAGE_POINTS, m.start(), m.end(), _number(value),
                               unit="percentage points"))
    for m in _RATIO.finditer(sentence):
        # After a clause ("rate ratio for MS within two years in group A was 0.34"), the figure is
        # the value and its interval; the clause's own numbers stay free for the other rules.
        start = m.start("value") if m["clause"] else m.start()
        if claims.free(start, m.end()):
            claims.take(start, m.end())
            measure = _ratio_measure(m["measure"])
            found.append(Found(FigureKind.RATIO, start, m.end(), _number(m["value"]),
                               measure=measure, **_interval(m)))
            found += _listed(sentence, claims, m.end(), FigureKind.RATIO, measure)
    for m in _NAMED_ESTIMATE.finditer(sentence):
        if m["pct"] and _estimate_measure(m["measure"]) not in _DIFFERENCES:
            continue  # "sensitivity 85%": a percentage, read by the percentage rules
        if claims.claim(m):
            measure = _estimate_measure(m["measure"])
            found.append(Found(FigureKind.ESTIMATE, m.start(), m.end(), _number(m["value"]),
                               measure=measure, **_interval(m)))
            found += _listed(sentence, claims, m.end(), FigureKind.ESTIMATE, measure)
    for m in _RATE.finditer(sentence):
        if claims.free(m.start("value"), m.end()):
            claims.take(m.start("value"), m.end())
            measure = re.sub(r"\s+", " ", m["measure"])
            found.append(Found(FigureKind.ESTIMATE, m.start("value"), m.end(),
                               _number(m["value"]), quantity=measure,
                               unit=f"per {m['scale']}" if m["scale"] else "", **_interval(m)))
            found += _listed(sentence, claims, m.end(), FigureKind.ESTIMATE, None)
    for m in _PER_SCALE.finditer(sentence):
        if claims.claim(m):
            found.append(Found(FigureKind.ESTIMATE, m.start(), m.end(), _number(m["value"]),
                               quantity="rate", unit=f"per {m['scale']}",
                               measure=_comparator(m["cmp"]) if m["cmp"] else None))
    for m in _SQUARED.finditer(sentence):
        if claims.claim(m):
            measure = f"{m['measure'].upper()}2"
            found.append(Found(FigureKind.ESTIMATE, m.start(), m.end(), _number(m["value"]),
                               measure=measure, unit="%" if m["pct"] else ""))
    for m in _CI_ESTIMATE.finditer(sentence):
        if re.search(r"(?:(?<![A-Za-z])[Pp]\s*[=<>≤≥]|±|\+/-)\s*$", sentence[max(0, m.start() - 6): m.start()]):
            continue  # "p = 0.002, 95% PI ...", "23.5% ± 8.0 (95% CI ...)": the interval is another figure's
        if claims.claim(m):
            before = sentence[max(0, m.start() - 40) : m.start()]
            unit = _clean_unit(m["unit"])
            kind, measure = (FigureKind.PERCENTAGE, None) if unit == "%" else (
                (FigureKind.ESTIMATE, None) if unit else _named_measure(sentence[max(0, m.start() - 200): m.start()]))
            if unit != "%" and measure is None:
                kind = _summary_named(sentence[max(0, m.start() - 60): m.start()]) or kind
            if unit == "%" and _DIFFERENCE_BEFORE.search(before):
                kind, unit = FigureKind.PERCENTAGE_POINTS, "percentage points"
            found.append(Found(
                kind, m.start(), m.end(), _number(m["value"]), measure=measure,
                quantity=_clean_quantity(re.split(r"[;,(]", before)[-1]),
                unit="" if unit == "%" else unit, **_interval(m),
            ))
    for m in _P_VALUE.finditer(sentence):
        if claims.claim(m):
            value = _number(m["value"])
            if m["exp"]:
                value *= 10 ** int(m["exp"].replace("−", "-").replace(" ", ""))
            printed = re.sub(r"^=\s*(?=[<>])", "", m["cmp"].lower())  # "P = <0.01" is "P < 0.01"
            found.append(Found(FigureKind.P_VALUE, m.start(), m.end(), value,
                               measure=_P_WORDS.get(printed.split()[0], _comparator(printed))))
    found += _thresholds(sentence, claims, words)
    for m in _FOLD.finditer(sentence):
        if claims.claim(m):
            found.append(Found(FigureKind.RATIO, m.start(), m.end(), _number(m["value"]),
                               measure="fold"))
    return found


def _listed(sentence: str, claims: _Claims, position: int, kind: FigureKind,
            measure: str | None) -> list[Found]:
    """The values that continue a named one in a list: "was 0.75 for OCB, 0.83 for Select-3,
    and 0.71 for Select-6", "was 2.1 for men and 2.2 for women"."""
    found: list[Found] = []
    while (more := _LIST_NEXT.match(sentence, position) or _RESPECTIVELY_NEXT.match(sentence, position)) \
            and claims.free(more.start("value"), more.end("value")):
        claims.take(more.start("value"), more.end("value"))
        found.append(Found(kind, more.start("value"), more.end("value"), _number(more["value"]),
                           measure=measure))
        position = more.end()
    return found


def _comparator(printed: str) -> str:
    words = re.sub(r"\s+", " ", printed.lower())
    if "equal" in words and "than" in words:  # "less than or equal to", "equal to or greater than"
        return "≤" if re.search(r"\b(?:less|fewer)\b", words) else "≥"
    if words in _PHRASE_COMPARATORS:
        return _PHRASE_COMPARATORS[words]
    lower = ("less", "fewer", "younger", "lower", "shorter", "below", "under")
    if words.endswith("than"):
        return "<" if words.split()[0] in lower else ">"
    if words.startswith(("or ", "and ")):  # "65 years or older", "3 or fewer"
        return "≤" if words.split()[-1] in lower else "≥"
    words = re.sub(r"\s*or\s*=", "=", words)  # "> or =" is ">="
    return {">=": "≥", "=>": "≥", "<=": "≤", "=<": "≤", "⩾": "≥", "⩽": "≤", "ⱖ": "≥",
            "ⱕ": "≤"}.get(words, words)


def _thresholds(sentence: str, claims: _Claims, words: frozenset[int]) -> list[Found]:
    """Cut-offs and limits: "cut-off 25 pg/mL", "≥150 mm H2O", "under the age of 30", and the
    disability milestones a time-to-event analysis counts to ("sustained EDSS scores of 3.0, 4.0,
    and 6.0")."""
    found: list[Found] = []
    for m in _TITRE.finditer(sentence):
        if claims.claim(m):
            found.append(Found(FigureKind.THRESHOLD, m.start(), m.end(), _number(m["value"]),
                               measure=_comparator(m["cmp"]), unit="titre 1:x"))
    for m in _MILESTONES.finditer(sentence):
        for value in re.finditer(_MILESTONE_VALUE, sentence[m.start("list"): m.end("list")]):
            start, end = m.start("list") + value.start(), m.start("list") + value.end()
            if start not in words and claims.free(start, end):
                claims.take(start, end)
                found.append(Found(FigureKind.THRESHOLD, start, end, _number(value[0]), measure="≥",
                                   quantity="disability milestone"))
    for pattern in (_THRESHOLD_WORD, _THRESHOLD_CMP, _THRESHOLD_PHRASE, _THRESHOLD_AFTER):
        for m in pattern.finditer(sentence):
            groups = m.groupdict()
            if (pattern is _THRESHOLD_PHRASE and not m["unit"]
                    and _PEOPLE_AFTER.match(sentence, m.end("value"))):
                continue  # "more than 1000 patients" is a count, read by the count rules
            if m.start("value") in words and not (
                    groups.get("unit") or _FOLD_AFTER.match(sentence, m.end("value"))
                    or (pattern is _THRESHOLD_AFTER and _number(m["value"]) >= 2)):
                continue  # "at least one eye": words bound only a measured quantity
            if (pattern is _THRESHOLD_CMP and groups.get("unit") == "%"
                    and re.search(r"\d\s*[(\[]\s*$", sentence[max(0, m.start() - 12): m.start()])):
                continue  # "three (<1%) deaths": the count's share, read with the count
            if not claims.claim(m):
                continue
            first = _threshold(sentence, m, pattern is _THRESHOLD_WORD)
            found.append(first)
            if first.kind is FigureKind.THRESHOLD and pattern in (_THRESHOLD_CMP, _THRESHOLD_WORD):
                found += _listed_thresholds(sentence, claims, words, m.end(), first)
    return found


def _listed_thresholds(sentence: str, claims: _Claims, words: frozenset[int], position: int,
                       first: Found) -> list[Found]:
    """The values that continue a threshold in a list, with its unit (or none): "≥7 and 8",
    "≥2, 3 or 4". A following count noun ("≥2 relapses and 3 patients") ends the list."""
    found: list[Found] = []
    while (m := _THRESHOLD_NEXT.match(sentence, position)) and claims.free(m.start("value"), m.end()):
        if (m.start("value") in words or _clean_unit(m["unit"]) != first.unit
                or _COUNT_NOUN_AFTER.match(sentence, m.end())):
            break
        claims.take(m.start("value"), m.end())
        found.append(Found(FigureKind.THRESHOLD, m.start("value"), m.end(), _number(m["value"]),
                           measure=first.measure, unit=first.unit, quantity=first.quantity))
        position = m.end()
    return found


def _threshold(sentence: str, m: re.Match[str], named: bool) -> Found:
    """A bounded number: a threshold, or (by the class of what is bounded) a duration or a
    percentage that carries its bound in ``measure``.

    A bound on a time is a threshold when it sets a limit on who or what was studied or counted
    ("lasting less than 10 days", "aged <40 years", "EDLOS <4 hours", "≥12 month remission"), and
    a duration when it says how long something went on ("recruited over 12 months", "for up to 28
    days", "follow-up period of ≥2 years", "≥6 months of treatment"). A bounded percentage is a
    result when a reporting word precedes it ("were less than 5%", "both >95%") or it is a share
    of a counted group ("more than 40% of the patients"), and otherwise a threshold ("consumed more
    than 85% of juice", "when I2 ≥50%").
    """
    groups = m.groupdict()
    unit = _clean_unit(groups.get("unit"))
    if groups.get("age") and not unit:
        unit = "years"
    start = m.start()
    before = sentence[max(0, start - 30): start]
    kind = FigureKind.THRESHOLD
    timed = bool(unit) and _TIME_UNIT_RE.fullmatch(unit) is not None
    lasting = (m.re is not _THRESHOLD_CMP and re.sub(r"\s+", " ", (m["cmp"] or "").lower()) in ("over", "up to")
               or (timed and _OF_TREATMENT.match(sentence, m.end()) is not None))
    age = bool(groups.get("age") or _AGE_BEFORE.search(before) or _AGE_AFTER.match(sentence, m.end())
               or (timed and _PEOPLE_BEFORE.search(before)))
    adjectival = (timed and not unit.lower().endswith("s") and _number(m["value"]) != 1
                  and not _SPAN_NOUN.match(sentence, m.end()))
    if (not named and timed and not age and not adjectival
            and (lasting or _DURATION_BEFORE.search(before))):
        kind = FigureKind.DURATION
    elif m.re is _THRESHOLD_PHRASE and unit and re.fullmatch(_DOSE_UNIT, unit) and not _BARE_UNITS.fullmatch(unit) \
            and re.sub(r"\s+", " ", (m["cmp"] or "").lower()) == "up to":
        kind = FigureKind.DOSE
    elif not named and unit == "%" and (_REPORTED_BEFORE.search(before)
                                        or _SHARE_OF_GROUP.match(sentence, m.end())):
        kind = FigureKind.PERCENTAGE
    return Found(kind, start, m.end(), _number(m["value"]),
                 measure=_comparator(m["cmp"]) if m["cmp"] else None,
                 unit="" if kind is FigureKind.PERCENTAGE else unit,
                 quantity="age" if groups.get("age") or age else "")


def _doses(sentence: str, claims: _Claims) -> list[Found]:
    """Doses with their unit and how often: "500 mg twice daily", "1200 mg/day"."""
    found: list[Found] = []
    for m in _DOSE.finditer(sentence):
        if _BARE_UNITS.fullmatch(m["unit"]) and not m["freq"]:
            continue  # "resistance of 21.6 units": a measurement, not a dose
        if claims.claim(m):
            unit = re.sub(r"\s+", " ", m["unit"] + m["freq"]).strip()
            found.append(Found(FigureKind.DOSE, m.start(), m.end(), _number(m["value"]), unit=unit))
    return found


def _bare_intervals(sentence: str, claims: _Claims) -> list[Found]:
    """An estimate printed with its interval and no words: "0.32 [0.05-0.60]"."""
    found: list[Found] = []
    for m in _BARE_INTERVAL.finditer(sentence):
        value, low, high = _number(m["value"]), _number(m["low"]), _number(m["high"])
        summary = _summary_named(sentence[max(0, m.start() - 200): m.start()])
        if (("." not in m[0] and not m["pct"] and summary is None) or not low <= value <= high
                or not claims.claim(m)):
            continue
        kind, measure = _named_measure(sentence[max(0, m.start() - 200): m.start()])
        if summary is not None and measure is None:
            kind = summary
        elif m["pct"] and measure not in _DIFFERENCES:
            kind, measure = FigureKind.PERCENTAGE, None
        found.append(Found(kind, m.start(), m.end(), value, measure=measure, low=low, high=high,
                           interval="CI"))
    return found


def _interval_named_before(text: str) -> str | None:
    """The interval a header names for bare brackets: "median (IQR) ... 812 [301, 2405]"."""
    if re.search(r"\bIQR\b|interquartile", text, re.IGNORECASE):
        return "IQR"
    if re.search(r"\brange\b", text, re.IGNORECASE):
        return "range"
    return None


def _summaries(sentence: str, claims: _Claims, earlier: list[Found]) -> list[Found]:
    """Medians and means (with a range, IQR or SD) and the values that continue them in a list
    (also after those ``earlier`` rules read with an interval), then stand-alone ranges."""
    found: list[Found] = []
    for pattern, kind in ((_MEDIAN_PAREN, FigureKind.MEDIAN), (_MEDIAN, FigureKind.MEDIAN),
                          (_MEAN_PAREN, FigureKind.MEAN), (_MEAN, FigureKind.MEAN)):
        for m in pattern.finditer(sentence):
            # A number inside the quantity's words ("in the first 72 hours") stays free.
            start = m.start("value") if re.search(r"\d", m["quantity"] or "") else m.start()
            if not claims.free(start, m.end()):
                continue
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
            after = _TO_NEXT.match(sentence, end)
            if (after and _FROM_BEFORE.search(sentence[max(0, m.start("value") - 8): m.start("value")])
                    and claims.free(after.start("value"), after.end("value"))):
                claims.take(after.start("value"), after.end("value"))  # "decreased from 1.3 to 0.4"
                found.append(Found(kind, after.start("value"), after.end("value"),
                                   _number(after["value"]), quantity=_clean_quantity(m["quantity"]),
                                   unit=unit))
            found.append(Found(
                kind, start, end, _number(m["value"]),
                quantity=_clean_quantity(m["quantity"]), unit=unit,
                low=_number(groups["low"]) if groups.get("low") else None,
                high=_number(groups["high"]) if groups.get("high") else None,
                low_unit=low_unit if low_unit and low_unit.lower() != unit.lower() else "",
                interval=("IQR" if interval and interval.lower() != "range" else "range")
                if groups.get("low") and interval else None,
                sd=_number(groups["sd"]) if groups.get("sd") else None,
            ))
    for m in _NOT_REACHED.finditer(sentence):
        if claims.claim(m):  # no value to report; what follows continues it
            earlier = earlier + [Found(FigureKind.MEDIAN, m.start(), m.end(), None,
                                       unit=_clean_unit(m["unit"]), interval="CI")]
    found += _continued_summaries(sentence, claims, earlier + found)
    for m in _VALUE_RANGE.finditer(sentence):
        named = _SUMMARY_NAMED.findall(sentence[: m.start()])
        if named and claims.claim(m):  # "the median rate was lower (0 [range 0-3.2] vs 1.7 [...])"
            found.append(Found(
                FigureKind.MEDIAN if named[-1].lower() == "median" else FigureKind.MEAN,
                m.start(), m.end(), _number(m["value"]), unit=_clean_unit(m["unit"]),
                low=_number(m["low"]), high=_number(m["high"]),
                interval="range" if m["interval"].lower() == "range" else "IQR"))
    for m in _PLUS_MINUS.finditer(sentence):
        if claims.claim(m):
            unit = m["unit"] or m["unit2"] or ""
            found.append(Found(
                FigureKind.DOSE if re.fullmatch(_DOSE_UNIT, unit) else FigureKind.MEAN,
                m.start(), m.end(), _number(m["value"]),
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
    for pattern in (_BETWEEN, _SPAN):
        for m in pattern.finditer(sentence):
            if _CI_BEFORE.search(sentence[max(0, m.start() - 30): m.start()]) or re.search(
                    r"\d\s*%?\s*[(\[]\s*$", sentence[max(0, m.start() - 6): m.start()]) or re.search(
                    r"\b[Pp]\s*[=<>≤≥]\s*[\d.]+\s*[,;]\s*$", sentence[max(0, m.start() - 20): m.start()]):
                continue  # an interval, printed apart or right after its estimate
            if _CITATION_BEFORE.search(sentence[max(0, m.start() - 24): m.start()]) or re.match(
                    r"[-‐‑–]\d", sentence[m.end(): m.end() + 2]):
                continue  # pages of a citation, or a registry number in three parts
            low, high = _number(m["low"]), _number(m["high"])
            years = all(1800 <= v <= 2100 and v.is_integer() for v in (low, high))
            change = _FROM_BEFORE.search(sentence[max(0, m.start() - 8): m.start()]) and not (
                _RANGE_WORD.search(sentence[max(0, m.start() - 30): m.start()]))
            if low >= high or years or change or not claims.claim(m):
                continue
            found.append(Found(FigureKind.RANGE, m.start(), m.end(), None,
                               unit=_clean_unit(m["unit"]), low=low, high=high, interval="range"))
    for m in _PCT_RANGE.finditer(sentence):
        if _FROM_BEFORE.search(sentence[max(0, m.start() - 8): m.start()]) and not (
                _RANGE_WORD.search(sentence[max(0, m.start() - 30): m.start()])):
            continue  # "from 36.3% to 46.3%" is two percentages, a change
        if claims.claim(m):
            found.append(Found(FigureKind.RANGE, m.start(), m.end(), None, unit="%",
                               low=_number(m["low"]), high=_number(m["high"]), interval="range"))
    return found


def _percentage_of(sentence: str, m: re.Match[str], count: Found, denominator: int | None) -> Found:
    end = sentence.index("%", m.end("pct")) + 1
    return Found(FigureKind.PERCENTAGE, m.start("pct"), end, _number(m["pct"]),
                 quantity=count.quantity, denominator=denominator, of_count=count)


def _counts(sentence: str, claims: _Claims, words: frozenset[int]) -> list[Found]:
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
        if not float(_number(m["value"])).is_integer() or _PER_BEFORE.search(sentence[max(0, start - 6): start]):
            continue  # "fell from 21.6 units", "per 10,000 persons": not a count
        if re.search(r"\bout\s+of\s*$", sentence[max(0, start - 8): start]) or (
                _OF_AFTER_PERCENT.search(sentence[max(0, start - 16): start])) or (
                _LABEL_WORD_BEFORE.search(sentence[max(0, start - 12): start])):
            continue
        if (m.start("value") in words and m["value"] == "1"
                and _BOUND_BEFORE.search(sentence[max(0, start - 16): start])):
            continue  # "at least one case": an idiom of a definition, not a count
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
    for m in _OF_COUNT.finditer(sentence):
        if m.start("value") in words and m.start("den") in words:
            continue  # "one of two mixes": words counting the design, not data
        if "/" in m[0] and (_SNELLEN.search(sentence[max(0, m.start() - 80): m.end() + 30])
                            or _LABEL_BEFORE.search(sentence[max(0, m.start() - 20): m.start()])):
            continue  # "acuity worse than 20/200" is a Snellen fraction, not a count
        if claims.claim(m):
            denominator = int(_number(m["den"]))
            count = Found(FigureKind.COUNT, m.start(), m.end("den"), _number(m["value"]),
                          denominator=denominator, note="stated in the text")
            found.append(count)
            if m["pct"]:
                found.append(_percentage_of(sentence, m, count, denominator))
    for m in _COUNT_PCT.finditer(sentence):
        if _is_year(_number(m["value"])) and not m["slash"]:
            continue  # "between 1990 (64.0%) and 1997 (58.3%)": years, each with its percentage
        if claims.claim(m):
            denominator = (int(_number(m["slash"])) if m["slash"] else
                           int(_number(m["of"])) if m["of"] else None)
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
            percentage = _percentage_of(sentence, m, count, denominator)
            if m["pcmp"]:
                percentage.start, percentage.measure = m.start("pcmp"), _comparator(m["pcmp"])
            found += [count, percentage]
    return found


def _loose_intervals(sentence: str, claims: _Claims, found: list[Found]) -> None:
    """Give a CI printed apart from its estimate to the nearest earlier figure lacking one."""
    for m in _LOOSE_CI.finditer(sentence):
        if not claims.claim(m):
            continue
        earlier = [f for f in found if f.end <= m.start() and f.low is None and f.kind in (
            FigureKind.PERCENTAGE, FigureKind.ESTIMATE, FigureKind.RATIO, FigureKind.MEAN)]
        if earlier:
            target = max(earlier, key=lambda f: f.end)
            target.low, target.high = _number(m["low"]), _number(m["high"])
            target.interval = f"{m['level']}% CI"


def _is_year(value: float) -> bool:
    return float(value).is_integer() and 1800 <= value <= 2035


def _bare_counts(sentence: str, claims: _Claims, words: frozenset[int]) -> list[Found]:
    """Integers no rule above read, that read as counts: "174 participants received
    inebilizumab and 56 received placebo", "56 in men", "1539 adults in 1991 and 2055 in 1997".

    Not: years, numbers that label something ("phase 3", "Table 1", "EDSS 6", "aged 45"),
    dates, enumerations "(1)", ratios "1:7", and number words (which count only with a noun).
    """
    found: list[Found] = []
    for m in _BARE_COUNT.finditer(sentence):
        value = int(m["value"])
        if m["value"].startswith("0"):
            continue  # "protocol 0233": an identifier
        if (m.start() in words and not _WORD_COUNT_AFTER.match(sentence, m.end())) or (
                _is_year(value)) or value == 0:
            continue
        before = sentence[max(0, m.start() - 40): m.start()]
        if re.search(r"\d\s*:\s*$", before):
            continue  # "1: 32": a titre or a ratio, not a count
        listed = re.sub(r"(?:\d+\s*(?:,\s*)?(?:and|or)?\s*)+$", "", before)
        if _LIST_TO_UNIT.match(sentence, m.end()) or (listed != before and _LABEL_BEFORE.search(listed)):
            continue  # "at 1, 3, and 5 years", "on days 1 and 15"
        if re.search(r"\bout\s+of\s*$", before) or _OF_AFTER_PERCENT.search(before):
            continue  # "13 (13%) eyes out of 100 eyes", "307 (81%) of 378": what it is out of
        if re.fullmatch(r"10+", m["value"]) and re.search(r"\b(?:in|per)\s*$", before):
            continue  # "8.6 in 100 PY": the scale of a rate, not a count
        if (_LABEL_BEFORE.search(before) or not _COUNT_CONTEXT.search(before)
                or _DATE_AFTER.match(sentence, m.end())
                or _DATE_BEFORE.search(before)):
            continue
        if _UNIT_AFTER.match(sentence, m.end()) and not _DAY_HOUR_AFTER.match(sentence, m.end()):
            continue  # "(125 U/L)": a measurement, not a count
        if claims.claim(m):
            found.append(Found(FigureKind.COUNT, m.start(), m.end(), float(value),
                               in_parentheses=_in_parentheses(sentence, m.start())))
    return found


def _plural_counts(sentence: str, claims: _Claims) -> list[Found]:
    """Counts of things the noun lists do not name, from the plural noun that follows them:
    "4 proposed components", "nine sibships", "71 systematic reviews". Never a year, a label
    ("phase 3 trials"), a date, a time ("two decades" is a duration) or a measure ("3 points")."""
    found: list[Found] = []
    for m in _PLURAL_COUNT.finditer(sentence):
        value = int(m["value"])
        before = sentence[max(0, m.start() - 40): m.start()]
        if (value < 2 or _is_year(value) or _NOT_COUNTED.match(m["noun"]) or _PER_BEFORE.search(before)
                or re.search(r"(?:\bout\s+of|\d\s*(?:to|[-–—]))\s*$", before)
                or _TIME_UNIT_RE.fullmatch(m["noun"]) or _LABEL_BEFORE.search(before)
                or _DATE_BEFORE.search(before)):
            continue
        if claims.free(m.start("value"), m.end("value")):
            claims.take(m.start("value"), m.end("value"))
            found.append(Found(FigureKind.COUNT, m.start("value"), m.end("noun"), float(value),
                               quantity=f"{m['adj'].strip()} {m['noun']}".strip(),
                               unit=plural(m["noun"]), is_event=True,
                               in_parentheses=_in_parentheses(sentence, m.start())))
    return found


def _scan(sentence: str, words: frozenset[int] = frozenset()) -> list[Found]:
    """Every figure in one sentence, in the order of the patterns (most specific first).

    ``words`` holds the offsets of numbers that were printed as words.
    """
    claims = _Claims()
    found = _estimates(sentence, claims, words)
    found += _summaries(sentence, claims, found)
    found += _doses(sentence, claims)
    found += _bare_intervals(sentence, claims)
    found += _counts(sentence, claims, words)
    loose = [m for m in _LOOSE_CI.finditer(sentence) if claims.free(m.start(), m.end())]
    for m in loose:  # keep a CI ("95% CI: 77-96%") from being read as percentages
        claims.take(m.start(), m.end())
    for m in _PERCENT.finditer(sentence):
        if claims.claim(m):
            group = _PERCENTILE_BEFORE.search(sentence[max(0, m.start() - 30): m.start()])
            kind = FigureKind.THRESHOLD if group else FigureKind.PERCENTAGE
            found.append(Found(kind, m.start(), m.end(), _number(m["value"]),
                               unit="%" if kind is FigureKind.THRESHOLD else ""))
    for m in _DURATION.finditer(sentence):
        if _COMPOUND_TIME.search(sentence[max(0, m.start() - 24): m.start()]):
            claims.take(m.start(), m.end())
            continue  # "8 years and 9 months": one age, read with its years
        unlisted = re.sub(r"(?:\d+\s*,?\s*(?:and\s+|or\s+)?)+$", "", sentence[max(0, m.start() - 40): m.start()])
        if (m["hyphen"] and not _SPAN_NOUN.match(sentence, m.end())) or _TIME_POINT.search(
                sentence[max(0, m.start() - 12): m.start()]) or _TIME_POINT.search(unlisted[-12:]) or (
                _OF_AGE.match(sentence, m.end())):
            claims.take(m.start(), m.end())
            continue  # "a 12-month group", "at 12 months", "6 months of age": when, not how long
        if re.search(r"\bper\s*$", sentence[max(0, m.start() - 8): m.start()]):
            claims.take(m.start(), m.end())
            continue  # the scale of a rate ("4.6 events per 100 person-years"), not a time
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
        claims.spans.remove((m.start(), m.end()))
    _loose_intervals(sentence, claims, found)
    for m in _CITATION.finditer(sentence):
        claims.take(m.start(), m.end())
    found += _plural_counts(sentence, claims)
    found += _bare_counts(sentence, claims, words)
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
    """Every figure in the sections, in reading order, with spans into each section's text.

    The grammar reads each section's canonical text (``numbers.canonical``: plain digits, plain
    spaces); spans are mapped back so that a figure's ``text`` is exactly what was printed.
    """
    found: list[Located] = []
    printed: list[Canonical] = []
    for index, section in enumerate(sections):
        canon = canonical(section.text)
        printed.append(canon)
        for s_start, s_end in sentence_spans(canon.text):
            sentence = canon.text[s_start:s_end]
            words = frozenset(w - s_start for w in canon.words_in(s_start, s_end))
            for figure in sorted(_scan(sentence, words),
                                 key=lambda f: (f.start, f.kind is FigureKind.COUNT)):
                figure.value_text = _printed_value(sentence[figure.start : figure.end], figure)
                while figure.end > figure.start and sentence[figure.end - 1].isspace():
                    figure.end -= 1
                figure.start += s_start
                figure.end += s_start
                found.append(Located(index, figure, sentence, s_start))
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
        value_text=f.value_text, section_index=item.section, section_label=section.label,
        text=section.text[start:end], span=Span(start=start, end=end),
        sentence=printed_sentence,
        sentence_span=Span(start=s_start, end=s_end),
    )


def with_figures(abstract: StructuredAbstract) -> StructuredAbstract:
    """The abstract with its ``figures`` filled in from its sections."""
    return abstract.model_copy(update={"figures": extract_figures(abstract.sections)})
