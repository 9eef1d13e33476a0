"""The printed forms the figure reader knows: number shapes, units, measure names and the
regular expressions built from them.

Kept apart from the reading (``figures``) so that a new printed form is added here as vocabulary
and the order and logic of reading stay in one place. Every lookbehind is bounded, so matching
stays linear in the text (``benchmarks/bench_abstract_scaling.py``).
"""

from __future__ import annotations

import re

NUM = r"(?:(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:[.·]\d+)?|[.·]\d+)"  # '·': Lancet decimals; grouped, so it composes
SNUM = rf"[-−–]?(?:{NUM})"
HYPHEN = "[-‐‑]"  # ASCII hyphen, Unicode hyphen U+2010 and non-breaking hyphen U+2011
DASH = r"\s*(?:[-‐‑–—]|to)\s*"
# Where a number ends: no more digits and no decimal part. A full stop may follow, ending the
# sentence ("per 100 000."); a lookahead that refused any "." lost every figure at a sentence's end.
WHOLE = r"(?!\d|\.\d)"
BAND_TOP = r"(?:<\s*)?"  # a band's open top: "6.5% to <7.0%", "48 to <53 mmol/mol" is one range
BAND_BOTTOM_BEFORE = re.compile(r"(?<![\w.<>≤≥=])(?<![<>≤≥=]\s)\d+(?:\.\d+)?\s*%?\s*(?:to|[-–—])\s*$")  # what a band's "<" follows
SEP = r"(?:\s*(?:[-‐‑–—]|to)\s*|\s*,\s*)"  # between the bounds of a bracketed interval
# Bounds parted by a semicolon when a bracket closes after the second ("MD −8.99 [−24.00; 6.01]"), as some European
# journals print them; without the bracket "1.7; 2.3" is a list.
BRACKETED_SEP = r"(?:" + SEP + r"|\s*;\s*(?=" + SNUM + r"\s*%?\s*[)\]]))"
CI_SEP = r"(?:\s*(?:[-‐‑–—]|to)\s*|\s*[,;]\s*)"  # after the words of a CI, a semicolon too: "(95% CI: 1.7; 95.1%)"
ANYNUM = rf"(?<![\w./])(?<![A-Za-z][-‐‑])(?<!\d[-‐‑–])(?<!\d:)(?:{NUM})"  # "1:1 allocated groups": a ratio
# (number words are digits by now: numbers.canonical)
# ⱖ/ⱕ: how some PDFs encode ≥/≤ (PubMed's ASCII ">or=" and ">/=" are "≥" by now: numbers.canonical)
CMP = r"(?:≥|≤|>\s?=|<\s?=|=>|=<|⩾|⩽|ⱖ|ⱕ|>|<)"
THAN_WORDS = r"(?:less|lower|more|greater|higher)\s+than"  # a bound in words: "less than 140/90", "greater than 1:320"

PERSON_NOUNS = (
    "patients?", "participants?", "subjects?", "individuals?", "persons?", "people", "adults?",
    "children", "child", "infants?", "women", "woman", "men", "man", "cases?", "volunteers?",
    "respondents?", "survivors?", "recipients?", "mothers?", "newborns?", "neonates?",
    "students?", "residents?", "veterans?", "girls?", "boys?", "controls?", "donors?",
    "physicians?", "neurologists?", "clinicians?", "nurses?", "doctors?", "raters?", "carriers?",
    "smokers?", "users?", "twins?", "siblings?", "relatives?", "families", "family", "members?",
    "responders?", "non-?responders?", "completers?", "decedents?", "inpatients?", "outpatients?",
    "schoolchildren", "adolescents?", "teenagers?", "youths?", "pupils?", "workers?", "employees?", "athletes?",
    "soldiers?", "teachers?", "pharmacists?", "dentists?", "surgeons?", "trainees?", "interns?", "households?",
    "couples?", "victims?", "casualties", "migrants?", "refugees?", "prisoners?", "inmates?", "drivers?",
    "personnel", "staff", "service\\s?(?:men|women|members?)", "recruits?", "cadets?", "officers?",
)
SEX_WORDS = ("females?", "males?")
EVENT_NOUNS = (
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
    "(?:false|true)[-‐‑ ](?:positive|negative)s?",  # "9 false negative and one false positive": results counted
)
NOUN = "|".join(PERSON_NOUNS + SEX_WORDS + EVENT_NOUNS)
PERSON_RE = re.compile(r"^(?:" + "|".join(PERSON_NOUNS + SEX_WORDS) + r")$", re.IGNORECASE)
# The second of two counts split by sex with a slash: "617 females/447 males", "45 men/30 women".
SEX_SLASH_SECOND = re.compile(r"(?i:(?<=females/)|(?<=males/)|(?<=women/)|(?<=men/)|(?<=girls/)|(?<=boys/))"
                              r"(?P<value>\d+)\s*(?P<noun>(?i:females?|males?|women|men|girls|boys))\b")
SEX_RE = re.compile(r"^(?:" + "|".join(SEX_WORDS) + r")$", re.IGNORECASE)
PERSON_TIME = r"(?:patient|person|child|wom[ae]n|m[ae]n)[-‐‑ ](?:years?|months?)"  # exposure: "1864770 women-years"
TIME_UNITS = (
    PERSON_TIME + r"|calendar\s+(?:days?|weeks?|months?|years?)"  # "(1 calendar year)"
    r"|days?|weeks?|months?|years?|decades?|hours?|minutes?|seconds?"
    r"|wk|wks|(?-i:mos?|Mos?)|mths?|yr|yrs|(?-i:hrs?|Hrs?)|min|(?-i:y|d|h)"  # "3D", "2H" are not times: single letters
    # in lower case; nor "type 1 HRS" (hepatorenal syndrome), nor "12 MOs" (medical officers)
)
STOP = {
    "and", "or", "in", "of", "vs", "versus", "with", "the", "a", "an", "for", "to", "at", "on",
    "was", "were", "is", "are", "by", "among", "after", "before", "from", "per", "compared",
    "than", "that", "which", "who", "had", "have", "has", "did", "respectively", "range",
    "overall", "as", "but", "not", "all", "each", "both",
    "we", "they", "he", "she", "it", "there",  # "In 1994 we included men": a subject, no word of what is counted
}
RATIO_NAMES = {
    "hazard ratio": "HR", "odds ratio": "OR", "risk ratio": "RR", "relative risk": "RR",
    "rate ratio": "RR", "incidence rate ratio": "IRR", "mortality rate ratio": "MRR", "standardized incidence ratio": "SIR",
    "standardised incidence ratio": "SIR", "standardized mortality ratio": "SMR",
    "standardised mortality ratio": "SMR", "standardized infection ratio": "SIR", "standardised infection ratio": "SIR",
    "prevalence ratio": "PR", "relative hazard": "HR", "relative odds": "OR",
    "rh": "HR",  # "RH=0.13": a relative hazard
    "positive likelihood ratio": "LR+", "negative likelihood ratio": "LR-",
    "geometric mean ratio": "GMR", "ratio of geometric means": "GMR", "ratio of the geometric means": "GMR",
    "gmr": "GMR", "gmeans ratio": "GMR", "gmean ratio": "GMR",
    "odds": "OR", "adjusted odds": "OR",  # "the adjusted odds of death were 0.50 (95% CI ...)"
    "time ratio": "TR",  # an accelerated failure time model's ratio of survival times
}
ESTIMATE_NAMES = {
    "t": "t", "z": "Z", "d": "d", "g": "g", "df": "df",  # a t statistic, its degrees of freedom and effects d and g
    # keep their lower case
    "χ2": "χ2", "χ²": "χ2", "chi2": "χ2",
    "sensitivity": "sensitivity", "specificity": "specificity", "accuracy": "accuracy",
    "sensitivities": "sensitivity", "specificities": "specificity",
    "positive predictive value": "PPV", "negative predictive value": "NPV", "kappa": "kappa",
    "mean difference": "MD", "standardised mean difference": "SMD",
    "standardized mean difference": "SMD", "weighted mean difference": "WMD",
    "risk difference": "RD", "area under the curve": "AUC", "auroc": "AUC", "auc": "AUC", "ausroc": "AUC",
    "area under the receiver operating characteristic curve": "AUC",
    "area under the roc curve": "AUC", "β": "beta", "κ": "kappa",
    "number needed to treat": "NNT", "number needed to harm": "NNH", "number needed to screen": "NNS",
    "effect size": "effect size", "beta": "beta",
    "es": "effect size",
}
# The degrees of freedom printed with a test statistic ("t25", "F(2, 30)", "χ2(1)"), not part of its name.
DEGREES_OF_FREEDOM = re.compile(r"(?<=^[tF])\d+(?:,\s?\d+)?$|\s?\([\d.,\s]+\)$")
# Estimates that may be printed in per cent and stay estimates ("risk difference 1.3%"); a
# sensitivity or a specificity in per cent is read as a percentage.
DIFFERENCES = {"MD", "SMD", "WMD", "RD", "d", "estimate"}  # "effect estimate of 3.7%", "d = 1.6%"
# Measures that are shares, printed in per cent or as a fraction ("The NPVs were 81.3, 86.2 and 100%").
SHARE_MEASURES = frozenset({"PPV", "NPV", "sensitivity", "specificity", "accuracy"})
BODY_SURFACE = r"(?:(?<=/)|(?<=per\s))1\.73\s?m[2²]"  # a filtration rate's standard body surface: "mL/min/1.73 m2"
PCT_SIGN = r"(?:%|(?i:per\s?cent)\b)"  # a per cent as a sign or in words ("47%", "47 percent", "47 per cent")
UNIT = (r"(?P<unit>%|[°º◦](?:\s?[CF]\b)?|[A-Za-zµμ](?:" + BODY_SURFACE + r"|[A-Za-z/²³0-9])*(?:·[A-Za-z]+|\(A\))?"
        r"(?:\s+per\s+(?:" + BODY_SURFACE + r"|[A-Za-z]+))?)")  # "μg/m3", "mGy·cm", "dB(A)", "mL/min/1.73 m2"
# "95% CI", "95 percent confidence interval" (older NEJM), "95%: CI", "95 CI"
LEVEL_SIGN = r"(?:\s*%|\s+percent\b|(?=\s+CI\b))\s*[-‐:]?\s*"
RATIO_IN_INTERVAL = r"(?:\s+(?-i:RR|OR|HR))"  # "(95% CI RR 1.45 to 5.61)": a ratio's bounds, named
CI_WORDS = (  # "... interval [CI], 1-2", "95% UI", "credible interval (CrI) of"
    r"(?:C\.I\.?|c\.i\.|CIs?|IC|CrI|Crl|UI|PI|(?i:(?:confidence|credible|uncertainty|prediction)\s+intervals?|confidence\s+limits)"
    r"|(?<=%\s)CLs?\b|(?<=%)CLs?\b"  # "95% CL = 3.9, 5.4": confidence limits, after their level only
    r"|(?:(?<=[(\[])|(?<=[(\[]\s))Cl(?=\s*[,:]))"  # "68% (Cl, 61% to 75%)": a lower-case L a page's font left for I
    # "confidence interval [95% CI] 0.84–1.52", "95%-confidence interval, CI 1.33–16.35"
    r"(?:\s*[\[(]\s*(?:\d{2}\s?%\s*)?(?:CI|CrI|UI|PI)\s*[\])]|(?<=l),\s*CI\b)?"
    r"(?:(?<=CI|IC)\s?\d{2}(?:\.\d)?(?:\s?%|(?=\s+\d)))?"  # "CI95%", "CI95 7–13%", "IC95%", as some journals print it
    r"(?:\s+of\b|\s+[-–—](?=\s))?"  # "95% CI - 75.4-78.9%": a dash set apart, not a minus
)

# "95% CI, 0.31-0.87", "CI, 0.77 to 2.10", "95% CI -1.40, -0.30", or bare "(0.31-0.87)"
CI_TAIL = (
    r"(?:(?:\s*[;,(\[]\s*|\s+(?=\d{2}(?:\.\d)?\s*%\s*(?:CI|IC|C\.I\.)\b))"
    r"(?:(?:with\s+an?\s+)?(?:(?P<level>\d{2}(?:\.\d)?)" + LEVEL_SIGN + r")?" + CI_WORDS
    + r"[\s,:;=]*)?(?:[\[(]\s*(?=[-−–]?[\d.·]))?"
    r"(?P<low>" + SNUM + r")(?:\s*%|[°º◦])?" + BRACKETED_SEP + r"(?:[<>]\s*|\+)?(?P<high>" + SNUM + r")(?![.·]?\d|\s*,\s*-?\d)"  # not a list of four
    r"(?:\s*%|[°º◦])?\s*[)\]]?(?:\s*[)\]])?)?"  # "0.1° (95% CI: -3.2° to 3.5°)": bounds in degrees
)
# After a measure named in the plural and "of" or "for", what each value is of, listed with commas: "The DORs of
# testicular volume, HS, and MA were", "The AUCs of FSH, testicular volume and HS were".
PLURAL_OF_LIST = r"(?:(?<=s\sof\s)|(?<=s\sfor\s))[^;:()=]{1,80}?"
RATIO = re.compile(  # not a ratio named inside an interval: "(95% CI RR 1.45 to 5.61)"
    r"(?<!\bCI\s)(?P<measure>\b(?:(?:a?[sS]|cs|sd|[aAuU])?HR|[aAuUcCsSpPmM]?OR|a?RR|a?IRR|MRR|SIR|SMR|PR|R?DOR|dOR|RII|GMR|TR(?=\s*[=:]))"
    r"(?:s|adj(?:usted)?|crude)?\b|\bLR\s?[+−–-]|(?i:\b(?:adjusted\s+)?"  # "ORadjusted = 0.217": the same ratio
    r"(?:(?:incidence|mortality)\s+rate\s+ratio|(?<!maternal\s)mortality\s+ratio|hazards?\s+ratio|odds\s+ratio|risk\s+ratio|relative\s+risk|rate\s+ratio|"
    r"relative\s+(?:hazard|odds|incidence)|relative\s+[a-z]+\s+rate(?=\s*[\d,:=(])|"  # "relative detection rate 1.46": a rate ratio
    r"standardi[sz]ed\s+(?:incidence|mortality|infection)\s+ratio|(?:prevalence|incidence(?:\s+density)?)\s+ratio|"
    r"relative\s+ind(?:ex|ices)\s+of\s+inequality|"  # a ratio of the rates at the two ends of a social scale
    r"time\s+ratio|geometric\s+mean\s+ratio|ratio\s+of\s+(?:the\s+)?geometric\s+means|"
    r"gmeans?\s+ratio|"  # "(Gmeans ratio, 1.12)"
    r"(?:positive|negative)\s+(?:likelihood\s+ratio|LR)|(?:positive|negative)\s+likelihood(?=\s*\(LR\)))s?"
    r"(?:\s+estimates?)?\b))"  # "relative risk estimates of 1.8 and 2.6", "the rate ratio estimate was 23.7"
    r"(?:\s*[(\[]\s*(?:(?P<hlevel>\d{2}(?:\.\d)?)\s*%\s*CI|(?P<abbr>[A-Za-z]{1,5}(?:\s?[+−–-])?))\s*[)\]])?"  # "(LR+)"
    r"(?P<clause>\s+(?:for|of|in)\s[^,;:()=\d]{1,140}?[a-z](?<!\bthan)(?<!\bleast)(?<!\bmost)(?<!\bfrom)(?<!\bto)"
    # "HR for severe disease 0.74, 95% CI", "RR for remainder = 0.9"
    r"(?<!\bbelow)(?<!\babove)(?<!\bunder)(?<!\bover)(?=\s(?:" + NUM + r")\s*[,;(\[]|\s*=\s*[-−]?\.?\d)"
    r"|\s+(?:for|of|in)\s(?:[^,;:()=]{1,140}?\s(?:was|were|is|are)\b"
    r"|" + PLURAL_OF_LIST + r"\swere\b"
    # what the ratio is of, then "of" and the value: "a relative risk of death of 2.58 and 2.00, respectively"
    r"|[^,;:()=\d]{1,60}?(?=\s+of\s+" + NUM
    + r"(?!\d|\.\d)(?!\s+(?!(?:and|or|vs|versus|was|were|is|in|for|compared)\b)[a-z]))"
    r"|(?:(?!\d[\d.]*\s*(?i:" + TIME_UNITS + r")\b)[^,;:()=]){1,140}?(?=,\s*\d)))?"  # not "the OR in under 24 hours, 114"
    r"[\s,:=]*(?:of\s+|was\s+|were\s+)?(?:(?P<cmp>[<>≤≥])\s*)?"
    r"(?P<value_open>\(\s*(?=" + NUM + r"\s*\)))?(?P<value>" + NUM + r")(?(value_open)\s*\))"  # "Ratio (0.988)"
    # not "ORs, 95% CIs" (a level) nor "the RR was 23% lower" (a relative change; "SMR was 70 %" stays a ratio)
    r"(?!\d|\.\d|\s*[-–—]\s*\d|\s*%\s*(?:CIs?|confidence)\b"
    r"|\s*%\s+(?:lower|higher|less|greater|more|smaller|larger|reduction|increase|decrease)\b)" + CI_TAIL
)
# Values after a ratio named in the plural, joined by commas alone ("hazard ratio (HRs): 1.89, 1.93, 1.99"): a list
# of ratios, not one with its interval.
BARE_LIST_TAIL = re.compile(r"\s*,\s*" + SNUM + r"\s*,\s*" + SNUM + r"\s*\)?")
NAMED_ESTIMATE = re.compile(  # "MD: -0.85; 95% CI -1.40, -0.30", "AUC 0.71 (0.51-0.89)"
    r"(?P<measure>\b(?:(?:S?MD|WMD|RD|AUC|AUS?ROC|PPV|NPV)s?|NNT[BH]?|NNH|NNS|ARR)\b|(?<![A-Za-z])[βκ](?![A-Za-z\d-])|(?<![\w-])B(?=\s*=\s*[-−]?\d)|"
    r"(?<![\w-])(?i:beta)(?=\s*=\s*[-−]?[\d.])|"  # "Beta=0.29": a regression coefficient spelt out
    r"(?i:\bnumber[\s-]+needed[\s-]+to[\s-]+(?:treat|harm|screen))|"
    r"(?i:\b(?:(?:standardi[sz]ed|weighted)\s+)?"
    r"mean\s+differences?|\brisk\s+differences?|\barea\s+under\s+the\s+(?:(?:summary\s+)?receiver\s+operating\s+"
    r"characteristic\s+|s?ROC\s+)?curve|\barea\s+under\s+the\s+s?ROC\b|\bsensitivit(?:y|ies)|\bspecificit(?:y|ies)|\baccuracy|"
    r"\b(?:positive|negative)\s+predictive\s+value|\bkappa|\beffect\s+size|\bc[-\s]?statistics?|\bC[-\s]index|\b(?:estimate|coefficient)(?=\s*[=:]|\s+of\s+[-−]?\d))|"
    r"(?<![\w-])(?:Q|τ2|τ²|tau2|tau²|Z|z|t|df|d)(?=\s*[=:]\s*[-−]?[\d.])|"  # test statistics, their degrees of freedom
    # and effects: "Z = -2.81", "(t = 2.55, df = 30, p = 0.016)", "d = 1.6%"
    r"(?<![\w/:-])(?<![:/]\s)(?:t|F|χ2|χ²|chi2)(?:\s?\(\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)?\)|(?<=[tF])\d+(?:,\s?\d+)?)?"
    r"(?=\s*=\s*[-−]?[\d.])|"  # with their degrees of freedom: "t25 = 3.05", "F(2, 30) = 5.6", "χ2(1) = 22.0"
    r"(?<=[Hh]edges['’]\s)g(?=\s*[=:]\s*[-−]?[\d.])|(?<![\w-])(?<!\d\s)g(?=\s*=\s*[-−]?[\d.])|"  # "Hedges' g = 1.40"
    r"(?<![\w-])ES(?=\s*[=:]\s*[-−]?[\d.]|\s+[-−]?\d*\.\d)|"  # an effect size abbreviated: "ES: 0.07", "(ES 0.47)"
    r"(?<![\w-])(?:r|rs|rho|ρ)(?=\s*=))"
    r"(?:\s+values?\b)?"  # "the AUC values were 0.61 and 0.64"
    # "mean difference between group: 15"; after a plural, a list ("The AUCs of FSH, testicular volume and HS were")
    r"(?:\s+(?:for|of|between)\s+(?:[^,;:()=]{1,40}?|" + PLURAL_OF_LIST + r")"
    r"(?:\s+(?:was|were|is)|(?=\s*:))"
    # what a number needed to treat prevents, or whom it is for: "The NNT to prevent early nausea was 5", "(NNT to
    # prevent early and late vomiting, 4)", "(NNT in children, 91"
    r"|(?<=NNT|NNH)\s+(?:to\s+(?:prevent|avoid|cause)|in|for)\s+[^,;:()=\d]{1,50}?(?:\s+(?:was|is)|(?=\s*[:,]\s*\d)))?"
    r"(?:\s*[(\[][A-Za-z ]{1,12}[)\]])?[\s,:=]*(?:(?<!ies\s)of\s+|was\s+|is\s+|(?<=s\s)were\s+)?"  # "effect size [ES] 0.97"
    # "accuracy (0·85), sensitivity (0·94)": the value bracketed alone
    r"(?P<value_open>\(\s*(?=" + SNUM + r"\s*\)))?(?P<value>" + SNUM + r")(?(value_open)\s*\))"
    r"(?P<pct>\s*%|\s+percent\b)?(?!\.?\d|[-‐‑][A-Za-z]|" + DASH + "(?:" + NUM + r")\s*%|\s*%?\s+to\s+(?:" + NUM + r")\s*%)"
    + CI_TAIL  # not "was 64-88%" or "of 96% to 99%", a range
)
# The scale of a rate, part of its unit: "symptom-free days per 2 weeks", "seizures per 28 days".
# A time in brackets right after a share is when the share was read ("remission rates were 15.2% (3 months),
# 15.9% (6 months)"), a point of the survival curve, not how long anything lasted.
TIME_OF_A_SHARE = re.compile(r"(?<=%)\s*\(\s*\d+(?:\.\d+)?\s*(?i:days?|weeks?|months?|years?|mo|yr|yrs|y)\s*\)"
                             # ... or before it in a bracket of shares: "(3 months, 57.5% and 6 months, 65.8%)"
                             r"|(?:(?<=\()|(?<=\(\s)|(?<=\band\s)|(?<=[,;]\s))\d+\s*(?i:days|weeks|months|years)\s*,"
                             r"(?=\s*\d+(?:\.\d+)?\s*%\s*(?:,|;|and\b|\)))")
# A value per unit of time with nothing between ("41 per day", "2.1/year", "5.5/2 years"): a rate, not a count.
PER_TIME = re.compile(r"(?<![\w.,/])(?P<value>" + NUM + r")" + WHOLE + r"\s*(?:per|/)\s*(?:(?P<scale>\d+)\s*)?"
                      r"(?P<unit>(?i:days?|weeks?|months?|years?|hours?|wk|yrs?))\b(?![-‐‑/])")
RATE_SCALE = re.compile(r"\bper\s+\d+\s*(?i:days?|weeks?|months?|hours?|wk|mo)\b(?![-‐‑])")
ACRONYM_BEFORE = re.compile(r"\b[A-Z][A-Z0-9-]+\s$")  # "ITCA 650 group": an acronym naming a product or trial
ARM_NOUN = re.compile(r"(?i:groups?|arms?|trials?|study|cohorts?)")
DENOMINATOR_OF_A_SHARE_BEFORE = re.compile(r"%\s*[)\]]?\s+(?:out\s+)?of\s*$")
# What an estimate was per, or in whom, printed between it and its interval: "odds ratio 2.2 for each 10-year increase
# over age 45, 95% CI 1.3 to 3.7", "HR 1.5 for patients over 65 years, 95% CI". The interval is the estimate's.
QUALIFIER_BEFORE_INTERVAL = re.compile(
    r"\s+(?:per|for\s+(?:each|every|an?|one)|each|every|with\s+(?:each|every))\b[^,;:()=]{0,60}"
    r"|\s+(?:for|in|among)\s+[^,;:()=\d]{0,40}?\b(?:over|above|under|below|older\s+than|younger\s+than|aged)"
    r"(?:\s+(?:the\s+)?age(?:\s+of)?)?\s*", re.IGNORECASE)
CI_ESTIMATE = re.compile(  # not after a currency sign: a cost is read with its currency (``figures._economics``)
    # nor the top of a range, whose bracket is an earlier figure's interval ("by 64% for men aged 55-75 years (95% CI")
    r"(?<![\w./$£€])(?<![A-Za-z][-‐‑])(?<!\d[-–—])(?P<value>" + SNUM + r")"
    r"\s*(?P<unit>%|[A-Za-z][A-Za-z/]*(?:\s+per\s+[A-Za-z]+)?)?"
    r"\s*[(\[,;]\s*(?:with\s+an?\s+)?"
    # a p value the bracket gives first ("3.51 (P<0.001; 95% CI 2.28-5.42)"), left to the p value rules
    r"(?P<p>[Pp]\s*[=<>≤≥]\s*0?\.\d+\s*[;,]\s*)?"
    r"(?:(?P<level>\d{2}(?:\.\d)?)" + LEVEL_SIGN + r")?" + CI_WORDS + r"[\s,:=]*"
    # each bound may carry the value's unit and the upper one its sign ("6.6 mm (95% CI 1.6 mm to 11.6 mm)",
    # "30 mL (95% CI, -260 to +330 mL")
    r"(?P<low>" + SNUM + r")(?:\s*%|\s*(?P=unit)(?![\w/]))?" + CI_SEP
    + r"\+?(?P<high>" + SNUM + r")(?:\s*%|\s*(?P=unit)(?![\w/]))?\s*[)\]]?"
)
# The unit a value printed right before its bracketed CI carries ("6.6 mm (95% CI 1.6 to 11.6 mm)"): the CI is that
# value's, read with it.
UNIT_OF_THE_VALUE_BEFORE = re.compile(r"\d\s*(?P<unit>[A-Za-z][A-Za-z/]*)\s*[(\[,;]\s*$")
PER_CENT_BOUNDS = re.compile(r"\d\s*%\s*[)\]]?\s*$")  # an interval whose bounds carry the per cent sign
PCT_POINTS = re.compile(
    r"(?<![\w.])(?P<value>" + SNUM + r")\s*(?:%\s*|percent(?:age)?[-\s]+)(?:points?|units?)\b"  # "percentage units" too
    r"|(?<![\w.])(?P<value3>" + SNUM + r")\s*(?:pp|p\.p\.)(?![\w])"
)
POINTS_RANGE_BEFORE = re.compile(r"(?<![\w.,])(?P<low>\d+(?:\.\d+)?)\s*(?:to|[-–—])\s*$")  # "0 to [40 percentage points]"
# Readers numbered "R1, 4.3 ± 0.81; R2, 4.7 ± 0.83", as radiology abstracts name them: "R2" is a reader, not R².
READERS = re.compile(r"\bR1\s*[,:]\s*\d")
NAMED_RANGE_AFTER = re.compile(r"\s*[-–—]\s*(?P<high>" + NUM + r")")  # "AUC 0.580–0.623": a range of the measure
ESTIMATE_WITH_SE_BEFORE = re.compile(  # "areas under the ROC curves (0.940 +/- .018": an estimate and its SE, not a mean
    r"\b(?:AUCs?|areas?\s+under|ROC|kappas?|κ|c[- ]statistics?)\b[^;]{0,90}$", re.IGNORECASE)
SQUARED = re.compile(  # "I2 = 45%", "I² 12%", "R2=0.52", "r² of 0.3"
    r"(?<![\w])(?P<measure>[IRr])(?:²|2|\^2|\(2\)|\s2(?=\s*[=:]))(?![\w])(?:\s+(?:statistic|value))?"  # "I(2)": PubMed's ASCII
    r"(?:\s*[\])](?=\s*[=:]))?"  # "heterogeneity [I2] = 98.2": the statistic named in brackets
    r"\s*(?:=|:|of|was|,)?\s*(?P<value>" + SNUM + r")(?![\d·]|\.\d)(?P<pct>\s*%)?(?!\s*%?\s*[-–—]\s*\d)"  # "R2 = 0.03-0.66": a range
)
SQUARED_AND_NEXT = re.compile(r"\s*%?\s+and\s+(?P<value>" + NUM + r")(?![\d.]|\s*%?\s*CI)(?P<pct>\s*%)?")  # "I2 = 98.2 and 99.8%"
META_TRIPLE = re.compile(  # "(0.91, 0.80 to 1.04, 12%)": estimate, CI, I²
    r"[(\[]\s*(?P<value>" + SNUM + r")\s*[,;]\s*(?P<low>" + SNUM + r")" + DASH
    + r"(?P<high>" + SNUM + r")\s*[,;]\s*(?P<i2>" + NUM + r")\s*%\s*[)\]]"
)
BARE_INTERVAL = re.compile(  # "0.32 [0.05-0.60]", "54% (40-66)", "10 [7:11]", "46 % [28 %; 64 %]": an estimate with its interval
    # a comma after a per cent before its bracket too: "(36.7%, [27.2%, 47.0%])"
    r"(?<![\w.])(?P<value>" + SNUM + r")(?P<pct>\s*%)?(?:(?<=%)\s*,)?\s*[(\[]\s*(?P<low>" + SNUM + r")\s*%?(?:" + SEP + r"|:|\s*;\s*)"
    + r"(?P<high>" + SNUM + r")\s*%?\s*[)\]]"
)
MEAS_UNIT = (
    r"(?:%|mm\s?H2O|mm\s?Hg|cm\s?H2O|torr|kPa|[cm]m[3³]|(?:[pnµμm]?g|[pnµμmd]?[lL]|[mµμn]?mol|m?Eq|IU|U|cells|copies|[µμn]m|microm|mm|cm|"
    r"kg|km|mi|miles?|[cmk]?m[²2]"  # an area: "larger than 10 cm²"
    r"|kJ|MJ|[kK]cal|(?:kilo)?calories)"  # energy: "2540 kJ/d"
    r"(?:\s*/\s*(?:(?:milli|deci)?lit(?:er|re)|[pnµμmd]?[lL]|kg|g(?![a-z])|m2|m²|m3|m³|mm3|mm²|day|d|24\s?h(?:ours?)?|h|min|week|wk|mol|"
    r"year|yr|1\.73\s?m[2²]|100\s?m[lL])"  # "44 mmol/24 h": a day's excretion
    r"|\s+per\s+(?:deci|milli)?lit(?:er|re))*|points?|logMAR|"  # "200 mg per deciliter [5.2 mmol per liter]"
    # noise and radiation: "50 dB(A)", "26 mGy", "1.8 mSv (180 mrem)"
    r"dB(?:\s?\(A\)|\s?A)?|m?Sv|[µμ]Sv|(?-i:m?rem)|mGy(?:\s?[·.]?\s?cm)?|kVp?|mAs|"
    r"beats\s*/\s*min(?:ute)?|beats\s+per\s+minute|bpm|"  # a heart rate
    r"c?m\s*/\s*s(?:ec)?|km\s*/\s*h|"  # a speed: "gait velocity (0.3 vs 0.4 m/sec)", "200 cm/s or more"
    r"ppm|ppb|parts\s+per\s+(?:million|billion)|"  # a level in soil, water or air: "(6447 vs. 2067 ppm)"
    r"(?:square\s+)?(?:kilo|centi|milli)?met(?:er|re)s|square\s+miles|"  # a distance or an area
    r"(?:milli|micro)?lit(?:er|re)s|(?:kilo|milli|micro)?grams|kilos|inches|"  # a volume, a mass, a length spelled out
    # metres as "m" after three digits or a decimal ("4559 m", "within 500 m", "37.9 m"), not "6 m" (months)
    r"(?:(?<=\d\d\d\s)|(?<=\d\d\d)|(?<=\.\d\s)|(?<=\.\d\d\s))m(?![²2³3\w/])|"
    # temperatures ("43 degrees C"), frequencies, and how much someone smoked ("56 pack-years")
    r"[°º]\s?[CF]|degrees?\s+(?:C|F|Celsius|Fahrenheit)|k?Hz|(?i:pack[-‐‑ ]?years?)|"
    r"[°º◦](?!\s?[CF]\b)|"  # an angle: "MCP 49° (41–54)", "from 32.5◦ to 8◦" ('◦' a PDF's degree sign)
    r"(?i:" + TIME_UNITS + r"))(?![\w/])"
)
# A measurement's unit or a per cent in words, for limits and spans ("over 90 per cent", "from 12 to 19 percent").
MEASURE_OR_PERCENT = r"(?:percent\b|" + MEAS_UNIT + r")"
# A unit of measurement that is neither a per cent nor a time, which rules of their own read.
UNTIMED_UNIT = r"(?!%|(?i:" + TIME_UNITS + r")(?![\w/]))" + MEAS_UNIT
# A limit set with "within" in a unit of measurement ("within 9 mm of one another", "within 50 km"); "within 30
# days" is read with the times, "within 20%" with the per cents.
WITHIN_LIMIT = re.compile(r"\bwithin\s+(?:±\s*)?(?P<value>" + NUM + r")" + WHOLE + r"\s*(?P<unit>" + UNTIMED_UNIT + r")")
# Two bare values compared in a bracket, one with decimals ("own capacity (2.8 vs 2.7, p=0.09)", "similar in both
# groups (4.63 versus 5.63)"): each group's mean, as the keys read them (39 of 52), unless a measure is named right
# before the bracket ("higher sensitivity (0.83 vs 0.66)": estimates).
_PAIR_NAMES = sorted((n for n in (*ESTIMATE_NAMES, *RATIO_NAMES) if len(n) > 2), key=len, reverse=True)
MEASURE_NAMED_BEFORE = re.compile(r"(?i:\b(?P<name>" + "|".join(re.escape(n) for n in _PAIR_NAMES) + r"))"
                                  r"(?:\s+values?)?\s*$", re.IGNORECASE)
# ... or a rate's ("ARR (0.40 vs 0.20)")
RATE_NAMED_BEFORE = re.compile(r"\b(?:prevalence|incidence|rates?|(?-i:ARR))\s*$", re.IGNORECASE)
BARE_PAIR_COMPARED = re.compile(r"(?<![\w.])[(\[]\s*(?P<a>" + NUM + r")\s*(?:vs\.?|versus)\s*(?P<b>" + NUM + r")"
                                r"(?=\s*(?:[,;)\]]|$))")
# A value in a unit of measurement that no rule above read ("Tmax (225.5 s vs 300.9 s posttraining)",
# "gains of 1.53kg and 6.34cm"): a summary when the sentence named one before it or compares it with "vs".
MEASURED = re.compile(r"(?<![\w.,/])(?P<value>" + NUM + r")" + WHOLE + r"\s*(?P<unit>"
                      r"(?!%|[°º]\s?[CF]|degree|(?i:" + TIME_UNITS + r")(?![\w/])|points?\b)" + MEAS_UNIT
                      + r"|s\b(?![\w/]))")
# The first of two values compared, its unit printed only after the second ("(0.3 vs 0.4 m/sec", "(6447 vs. 2067 ppm)").
MEASURED_PARTNER_BEFORE = re.compile(r"(?<![\w.,/±-])(?P<value>" + SNUM + r")\s*(?:vs\.?|versus)\s*$", re.IGNORECASE)
MEASURED_NOT_BEFORE = re.compile(r"(?:±|\+/-|\b(?:each|every|per))\s*$", re.IGNORECASE)  # an SD, a step
CHANGE_OF_BEFORE = re.compile(  # "a difference of 1.0 mmol/l", "increase of 8cells/μL", "(slower) by 1.16 ml"
    r"\b(?:differences?|changes?|increases?|decreases?|reductions?|declines?|improvements?)\s+(?:of\s+)?$"
    r"|\bby\s+$", re.IGNORECASE)
# A score's points changed ("decreased by 7.0 points", "8.6 points higher"): read only as a change, when one names
# them (``CHANGE_OF_BEFORE``, ``MORE_OR_LESS_AFTER``). A score's level in points, and a hyphenated change ("a 3-point
# improvement"), most often a limit that defines a response, are left to the second reading.
SCORE_POINTS = re.compile(r"(?<![\w.,/])(?P<value>" + NUM + r")" + WHOLE + r"\s*(?P<unit>points?)\b", re.IGNORECASE)
VERSUS_NEAR = re.compile(r"\s*(?:vs\.?|versus|v\b)\s*[−+-]?\d|\b(?:vs\.?|versus|v|compared\s+with)\s*[(\[]?\s*$",
                         re.IGNORECASE)  # "(−0.21 vs. −0.02 mmol/l", "(0.39 v −1.13", "compared with -2.6 kg"
THRESHOLD_WORD = re.compile(
    r"(?i:\b(?:cut-?\s?offs?|cutoffs?|thresholds?|cut\s+points?|(?:upper|lower)\s+limits?|discriminant(?=\s+value)"
    r"|(?:TOF|train-of-(?:four|4))(?:\s*\(TOF\))?\s+ratios?)(?:\s+(?:value|level|point|score)s?)?"  # "TOF ratio to 0.9": a target
    r"(?:(?P<clause>\s+(?:of|for)\s[^,;:()=\d]{1,160}?\s(?:was|were|is)\b)"  # "cut-off value of PCT for ... was 0.5"
    r"|\s+(?:of|at|was|were|is|to))?)[\s,:=]*(?:[A-Za-z][\w-]{0,15}(?:\s+of|\s*[=:])\s*)?"  # "limit of detection: 8"
    r"(?P<cmp>" + CMP + r")?\s*(?P<value>" + SNUM + r")"
    r"(?:\s*(?P<unit>" + MEASURE_OR_PERCENT + r"))?"
)
# A blood pressure as systolic/diastolic: "140/90 mmHg", "138.1/81.9 mm Hg", "163/90 (SD 21/10) mm Hg" (with the
# SD of each, or another pair in brackets); a change in each, signed ("−2.0/−1.2 mm Hg", "+0.4/+0.5 mm Hg").
PRESSURE = (r"(?P<systolic>[-−+]?(?:\d{2,3}(?:\.\d+)?|\d{1,2}\.\d+))\s*/\s*"
            r"(?P<diastolic>[-−+]?\d{1,3}(?:\.\d+)?)\s*"
            r"(?:[(\[]\s*(?:SD\s*[:=]?\s*)?(?P<systolic_sd>\d+(?:\.\d+)?)\s*/\s*(?P<diastolic_sd>\d+(?:\.\d+)?)"
            r"\s*[)\]]\s*)?(?P<unit>mm\s?Hg)")
# A blood pressure with the SD printed after each value: "162 +/- 14/100 +/- 7 mmHg".
PRESSURE_WITH_SDS = (r"(?P<systolic>\d{2,3}(?:\.\d+)?)\s*(?:±|\+/-)\s*(?P<systolic_sd>\d+(?:\.\d+)?)\s*/\s*"
                     r"(?P<diastolic>\d{2,3}(?:\.\d+)?)\s*(?:±|\+/-)\s*(?P<diastolic_sd>\d+(?:\.\d+)?)\s*(?P<unit>mm\s?Hg)")
BLOOD_PRESSURE = re.compile(  # "≥ 140/90 mmHg", "less than 140/90 mm Hg": a systolic and a diastolic limit
    r"(?P<cmp>" + CMP + r"|(?i:" + THAN_WORDS + r"|under|below|above|over|at\s+least))"
    r"\s*" + PRESSURE)
# "≥1:160", "≥ 1:640", "dilutions greater than 1:320", "a titre of less than 1:400"
TITRE = re.compile(r"(?P<cmp>" + CMP + r"|\b(?i:" + THAN_WORDS + r"))\s*1\s*:\s*(?P<value>\d+)" + WHOLE)
THRESHOLD_CMP = re.compile(
    r"(?P<cmp>" + CMP + r")\s*(?P<value>" + SNUM + r")(?!\d|\s*/\s*\d|\s*:\s*\d)"
    r"(?:\s*(?P<unit>" + MEASURE_OR_PERCENT + r"))?"
)
GRADE_LIMIT = re.compile(r"(?P<cmp>" + CMP + r")\s*(?P<scale>(?i:grade|stage|class))\s*(?P<value>\d+)" + WHOLE)
# A distance from a reference mean in standard deviations ("2 SD below the mean", "< 1 SD from the mean", "two standard
# deviations above"): a limit that defines a group, not a count of deviations.
SD_LIMIT = re.compile(r"(?:(?P<cmp>" + CMP + r"|(?i:at\s+least|(?:more|less|greater|fewer)\s+than)\b)\s*)?"
                      r"(?<![\w.])(?P<value>" + NUM + r")\s*(?:SDs?|standard\s+deviations?)"
                      r"(?:\s+or\s+more)?\s+(?:below|above|under|over|from)\b")
# Centiles as limits, alone or listed: bounded in words with "the" between ("above the 90th centile", "below the 3rd
# percentile for weight") or by a sign ("≥90th, 92.5th, 95th, and 97.5th percentiles"), or named as the reference a
# value is judged by ("using the 99th percentile", "gender-specific 99th percentile", "and the 75th percentile of the
# year-round distribution"). Not limits: a centile named as a statistic ("the 75th percentile was 10 days", "the 75th
# percentile of stay was 9 days"), and the bounds of a spread, which no "the" or sign leads ("(25th and 75th
# percentiles", "median and 75th percentiles").
CENTILE_NUMBER = r"\d{1,2}(?:\.\d)?"  # "90", "92.5"
ORDINAL = CENTILE_NUMBER + r"(?:st|nd|rd|th)\b"
CENTILE_LIMIT = re.compile(
    r"(?:(?i:\b(?P<cmp>above|below|over|under|exceeding|beyond|(?:greater|less|more|lower|higher)\s+than|"
    r"at\s+or\s+(?:above|below))\s+the\s+)|(?P<sign>" + CMP + r")\s*|"
    r"(?i:\b(?:the|their|its)\s+)(?:[a-z]+-specific\s+)?|(?i:\b[a-z]+-specific\s+))"
    r"(?P<list>" + ORDINAL + r"(?:\s*,\s*(?:and\s+|or\s+)?" + ORDINAL + r"|\s+(?:and|or)\s+" + ORDINAL + r")*)"
    r"(?=\s+(?:[A-Za-z-]+\s+){0,3}?(?:per)?centiles?\b(?P<statistic>\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:was|were|is|are)\b)?)")
CENTILE_VALUE = re.compile(r"(?P<value>" + CENTILE_NUMBER + r")(?:st|nd|rd|th)\b")  # each of a list's ORDINALs
# "up to" as a bound; "the total added up to 128 793 Yuan" is a sum.
UP_TO = r"(?<!\badd\s)(?<!\badds\s)(?<!\badded\s)(?<!\badding\s)up\s+to"
THRESHOLD_PHRASE = re.compile(
    r"(?i:\b(?P<cmp>(?:less|greater|more)\s+than\s+or\s+equal\s+to|equal\s+to\s+or\s+(?:less|greater|more)\s+than|"
    r"(?:more|less|greater|fewer|older|younger|higher|lower|longer|shorter|later|earlier|sooner|better|worse|"
    r"larger|smaller|bigger|wider|narrower|heavier|lighter|thicker|thinner)\s+than|"  # "larger than 10 cm²": a size
    r"at\s+least|at\s+most|no\s+more\s+than|" + UP_TO + r"|under|over|above|below|exceed(?:ing|ed|s)?|minimum(?:\s+of)?|"
    # a cap on how many ("a maximum of three attempts", "of 8 visits"); "a maximum of 40°C" is most often a result
    r"maximum\s+of(?=\s+\d+\s+(?!(?:" + TIME_UNITS + r")\b)[a-z]{3,}s\b)|"
    r"beyond|(?:before|prior\s+to|after|(?<!\d\s)through|until|past|(?-i:by))(?=\s+(?:the\s+)?age\b))\s+(?:the\s+(?=\d+\s*(?:years?\s+old|years?\s+of\s+age)\b))?"  # "over the 60 years old"
    r"(?P<age>(?:(?:the|an?)\s+)?age\s+(?:of\s+)?)?)(?:an?\s+(?=\d+(?:\.\d+)?\s*(?:%|percent\b)\s*(?:[a-z]+\s+)?"
    r"(?:reduction|decrease|increase|improvement|decline|change|drop|rise|fall|loss|gain)))?"  # "at least a 7 percent weight loss"
    r"(?:(?i:approximately|about|around|roughly)\s+|[~∼≈]\s*)?"  # "greater than approximately 2250 mg"
    r"(?P<value>" + SNUM + r")(?!\d|[.·]\d|\s*[/:]\s*\d|\s+of\s+\d|\s*%?\s*(?:[-–—]|\bto\b)\s*\d"  # "over 2–8 h",
    # "up to 20%-45%", "over 1 to 2 years": a range
    r"|\s+times\b|(?<=than\s\d)fold\b|(?<=than\s\d\d)fold\b"  # "more than two times that", "more than twofold":
    # a ratio ("at least fourfold" stays a limit)
    r"|\s*[apAP]\.?[mM]\b)"  # "closed later than 8pm": a clock time
    r"(?:(?:\s*|[-‐‑])(?:(?:consecutive|successive)\s+)?(?P<unit>" + MEASURE_OR_PERCENT + r"))?"
)
# A lower limit out of a whole ("at least 3 of 4 essential activities", "≥26 of 28 doses"); "at least 1 of 16
# therapies" says "any of them", an idiom (``figures._thresholds`` keeps limits of two or more).
LEAST_OF = re.compile(r"(?:\b(?i:at\s+least)\s+|[≥⩾]\s*|>=\s*)(?P<value>\d+)\s+of\s+(?P<of>\d+)(?![\d.,%])"
                      r"(?:\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+s)\b)?")
# A time unit spelled as a singular word can be an adjective ("a >12 month remission"); an
# abbreviation ("over 4 h", "<3 d") cannot.
SINGULAR_TIME_WORD = re.compile(r"(?i:second|minute|hour|day|week|month|year)")
AGE_BEFORE = re.compile(r"\bage[ds]?\b|\bolder\b|\byounger\b", re.IGNORECASE)
TIME_UNIT_RE = re.compile(r"(?i:" + TIME_UNITS + r")")
PHRASE_COMPARATORS = {
    "at least": "≥", "at most": "≤", "no more than": "≤", "up to": "≤", "under": "<", "below": "<",
    "above": ">", "over": ">", "exceeding": ">", "exceeded": ">", "exceeds": ">", "exceed": ">", "before": "<", "beyond": ">",
    "prior to": "<", "after": ">", "past": ">", "through": "≤", "until": "<", "by": "≤",  # "risk by age 90"
    "minimum": "≥", "minimum of": "≥", "a minimum of": "≥", "maximum of": "≤",  # "a maximum of three attempts"
}
AGE_AFTER = re.compile(r"\s*(?:of\s+age|old)\b", re.IGNORECASE)
PEOPLE_BEFORE = re.compile(r"\b(?i:" + "|".join(PERSON_NOUNS) + r")\s*$")
REPORTED_BEFORE = re.compile(r"\b(?:was|were|is|are|both|all|identified|detected|showed|found|reported)\s*$",
                             re.IGNORECASE)
# A result named before a per cent bounded in words: "a success rate of more than 90%", "a clearance rate of up to
# 89%", "Sensitivity levels of over 90 per cent" (a sign makes it a target: "a CR rate of ≥75%").
RESULT_NAMED_BEFORE = re.compile(
    r"\b(?:rates?|levels?|sensitivit(?:y|ies)|specificit(?:y|ies)|accuracy|yields?)\s+of\s*$", re.IGNORECASE)
# The share before a bounded one, each with what it is of: "16% (moderate) and < 1% (severe)" lists results (not
# after a bound: "greater than 50% (predicted success) or less than 50%" are two limits).
LABELLED_SHARE_BEFORE = re.compile(r"(?<![\d.<>≤≥])(?<![<>≤≥]\s)(?<!than\s)\d+(?:\.\d+)?\s*%\s*[(\[][A-Za-z][^()\[\]]{0,30}"
                                   r"[)\]]\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")
DURATION_BEFORE = re.compile(r"follow[- ]?up|\bperiod\b|\bduration\b", re.IGNORECASE)
FOLLOWED_BEFORE = re.compile(r"\bfollowed\b", re.IGNORECASE)  # "followed for at least 12 months": how long
# A bounded time led by "for" says how long something went on, whether it tells how long patients were
# followed or who was included: "followed for at least 4 years", "sober for at least five days", "for ≥4 weeks"; so
# too one before an event ("for as long as 72 hours after the reaction"), which is otherwise when, not how long
FOR_BEFORE = re.compile(r"\bfor\s+(?:an?\s+)?(?:(?:periods?|durations?)\s+(?:of\s+)?"  # "for periods >8 weeks"
                        r"|(?:as\s+long\s+as|up\s+to|at\s+least)\s+)?$", re.IGNORECASE)
GIVEN_BEFORE = re.compile(r"\b(?:received|receiving|given|administered|delivered|prescribed|took|taking|consumed|drank|"
                          r"(?:treated|dosed|injected)\s+with)\s+$",
                          re.IGNORECASE)  # "received 38-Gy": a hyphenated dose that was given, not a group's name
DOSE_UNIT = (
    r"(?:(?:mg|µg|μg|mcg|ug|microg|mu-g)(?:\s*/\s*kg)?\s*/\s*min(?![\w/])"  # an infusion: "100 μg/min" (not "ml/kg/min", a clearance)
    # "2 gm/day": older US journals; not "Six gram-negative bacilli", a stain
    r"|(?:mg|g|gm|µg|μg|mcg|ug|microg|mu-g|micrograms?|milligrams?|grams?(?![-‐‑ ]?(?i:negative|positive|stain))"
    r"|IU|MIU|MU"
    r"|(?:million\s+(?:international\s+)?|mega-?|international\s+)?units?|U(?!\.[A-Z])"  # "3 megaunits" of interferon,
    # "20 U" of a toxin, "5,000 international units" of heparin
    r"|million\s+IU|m[lL]|c?Gy|rads?|[MG]?Bq|m?Ci"  # "penicillin G 24 million units daily"
    # so many sachets or vials of a drug ("1 sachet of PM/Ca", "10 vials of antivenom"; keys count tablets and capsules,
    # "received one capsule from each of three bottles"); litres of a preparation named by its acronym ("2 L of PEG")
    r"|sachets?|vials?|ampoules?|L(?=\s+(?:of\s+)?[A-Z]{2,}\b)"
    r"|(?:milli|micro)?lit(?:er|re)s?(?=\s+of\s))"  # litres of something drunk or given: "3 litres of polyethylene glycol"
    r"(?:\s*/\s*(?:[kK]g|m\s?2|m\(2\)|m²|day|die|d|(?:\d\s*)?weeks?|wk|dose|24\s?h(?:ours?)?|h|hr|hour|capsule|tablet|vial|"
    r"patient))*"  # "mg/m 2", "mg/m(2)", "1 g/24 h"
    r"(?:\s+per\s+(?:kg|day|week|dose|m2|hour|h))*(?![\w/])"  # "6 units per hour": an infusion
    r"|mmol\s*/\s*kg(?:\s*/\s*h)?(?![\w/])"  # "0.3 mmol/kg" of contrast, "0.14 mmol/kg/h" of potassium
    r"|(?:litres?|liters?|[lL])\s*/\s*min(?![\w/]))"  # a gas's flow: "2 litres/min of oxygen", "oxygen at 12L/min"
)
# How often, after an amount: a dose's schedule ("500 mg twice daily"), or a time per day, which makes a bounded
# time a rate of exposure and a limit ("wore glasses for more than 8 hours a day").
PER_PERIOD = (
    r"(?:\s+(?:(?:once|twice|three\s+times|four\s+times|thrice)\s+)?(?:daily|nightly|an?\s+(?:day|night)|per\s+(?:day|night)|"
    r"weekly|a\s+week|per\s+week|monthly|a\s+month|per\s+month|"
    r"every\s+(?:other\s+)?(?:days?|weeks?|months?|hours?)|each\s+(?:day|night|week)|in\s+the\s+day)"  # "every 3
    # weeks" after a dose is a duration of its own; "for at least 15 hours each day" is a rate of exposure
    r"|\s+(?:once|twice)\s+(?:daily|weekly)|\s+(?:bid|tid|qid|qd|b\.i\.d\.|t\.i\.d\.))"
)
FREQUENCY = PER_PERIOD + "?"
PER_PERIOD_AFTER = re.compile(PER_PERIOD, re.IGNORECASE)
RATIO_NAME = re.compile(
    r"\b(?:(?:a?[sS]|cs|sd|[aA])?HR|[aAcCsSpPmM]?OR|a?RR|IRR|MRR|SIR|SMR|aPR|RH(?=\s*[=:]))(?:\s?M-?H)?s?\b|(?i:\b(?:incidence\s+rate|hazards?|odds|risk|rate|"
    r"standardi[sz]ed\s+(?:incidence|mortality)|prevalence|likelihood)\s+ratios?\b|\brelative[\s-]+(?:risk|hazard|odds|incidence|mortality)s?\b"
    r"|\b(?:adjusted\s+)?odds(?=\s+(?:of|for)\s))"  # "adjusted odds of death: JHH = 0.498 [95% CI ...]": an odds ratio
)
RELATIVE_RISK_WORDS = re.compile(
    r"(?i:\b(?:increased|higher|lower|reduced|decreased|elevated|greater)\s+risks?\b(?!\s+(?:difference|reduction))"
    r"|\brisks?\s+(?:of|was|were)\s*$)")
RATE_NAME = re.compile(r"\brates?\b(?!\s+ratios?)", re.IGNORECASE)
# The second of two values compared, printed with the per cent sign both share: "a sensitivity of
# 87.1 versus 97.3%" gives the first as a percentage too (not "and 95% CI", an interval's level).
PERCENT_PARTNER_AFTER = re.compile(
    r"\s+(?:versus|vs\.?|and|or|compared\s+with)\s+(?:" + NUM + r")\s*(?:%|percent\b)"
    r"(?!\s*(?:CIs?|confidence)\b)")
NAMED_ESTIMATE_NAME = re.compile(
    r"\b(?:S?MD|WMD|RD)\b|(?i:\b(?:standardi[sz]ed\s+)?mean\s+difference|\brisk\s+difference)")
# A radiotherapy schedule: "20 Gy/5 fractions", "30 Gy in 10 fractions": the total dose and the number of fractions.
FRACTIONATION = re.compile(r"(?<![\w.])(?P<dose>" + NUM + r")\s*(?P<unit>c?Gy)\s*(?:/|in)\s*(?P<count>\d+)\s*"
                           r"(?P<noun>fractions?|fx)\b")
# An amount times hours per volume is an exposure, a drug's area under its concentration curve, not a dose
# ("57.15 microg x h/mL", "40.2 µg×h/mL", "310 mg·h/L").
EXPOSURE_TAIL = r"\s*[x×·*]?\s*(?i:h|hrs?|hours?)\s*(?:/\s*[dm]?[lL]\b|(?i:per\s+(?:deci|milli)?lit(?:er|re)))"
DOSE = re.compile(  # "500 mg twice daily", "a 0.1-mL dose", "500-mg tablets"
    r"(?<![\w.])(?P<value>" + NUM + r")(?:\s*|[-‐‑](?=[a-zA-Zµμ]))(?P<unit>" + DOSE_UNIT + r")(?!" + EXPOSURE_TAIL + r")"
    r"(?P<freq>" + FREQUENCY + r")"
)
# Units, millilitres, sachets and vials are a dose only with "of <drug>", a drug named, or how often (millions of
# units are always one: no measurement is printed in them).
FLOW_UNIT = re.compile(r"(?:litres?|liters?|l)\s*/\s*min", re.IGNORECASE)
BARE_UNITS = re.compile(r"units?|U|m[lL]|sachets?|vials?|ampoules?|" + FLOW_UNIT.pattern, re.IGNORECASE)
# A gas named before a flow in litres a minute: the flow is a dose of it ("2 litres/min of oxygen", "oxygen at 12L/min").
GAS_NAMED_BEFORE = re.compile(r"\b(?:oxygen|O2|air)\b[^.;]{0,40}$", re.IGNORECASE)
# A drug named right after an amount in units, or after one word ("20 U BTX-A", "21 units (U) incobotulinumtoxinA",
# "5000 U heparin", "80U prophylactic oxytocin"): a dose.
DRUG_IN_UNITS_AFTER = re.compile(r"\s+(?:\(U\)\s+)?(?:[a-z]+\s+)?"
                                 r"(?:[a-z]*toxin[A-Z]?\b|[a-z]*botulinum|BTX|BoNT|[Bb]otox|BOTOX|"
                                 r"Dysport|Xeomin|heparin|insulin|oxytocin|streptokinase|urokinase|interferon)")
# How a dose in bare units is given, printed after it ("5000 units 12-hourly", "5000 units subcutaneously").
GIVEN_AFTER = re.compile(r"\s+(?:(?:\d+|[a-z]+)[-‐‑]hourly|subcutaneously|intravenously|intramuscularly)\b")
GROUP_NAMED_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:groups?|arms?|cohorts?)\b")  # "10-mg/d donepezil groups"
DOSE_NOUN_AFTER = re.compile(  # "a 0.1-mL dose", "500-mg tablets", "the 10-μg primary vaccine series"
    r"\)?\s+(?:\([^()]{1,24}\)\s+)?"  # the dose restated in brackets: "60-mg (200 000-IU) supplements"
    r"(?:[a-z]+\s+)?(?:doses?|injections?|bolus(?:es)?|infusions?|aliquots?|tablets?|capsules?|vials?|vaccines?|"
    r"supplements?|sachets?|(?i:intrauterine\s+(?:system|device)s?|IUS|IUD|implants?|patch(?:es)?|pessar(?:y|ies)|"
    r"inhalers?|suppositor(?:y|ies)|pills?))\b")  # a device or form that delivers it: "a LNG 52-mg intrauterine system"
# A volume given of a solution of some strength ("top-ups of 15 mL 0.1% bupivacaine"): a dose.
STRENGTH_AFTER = re.compile(r"\s+(?:of\s+)?\d+(?:\.\d+)?\s*%\s*(?:[a-z]*caine\b|saline|dextrose|glucose|NaCl)", re.IGNORECASE)
OF_DRUG_AFTER = re.compile(r"\s+of\s+\d|\s+of\s+[a-z]|\s+of\s+[A-Z][A-Za-z]*[-‐]?[A-Z]")  # "100 units of BoNT-A"
LOOSE_CI = re.compile(  # a CI printed apart from its estimate: "96% (Kaplan-Meier; 95% CI, 76-99)"
    r"(?P<level>\d{2}(?:\.\d)?)\s*%\s*" + CI_WORDS + RATIO_IN_INTERVAL + r"?[\s,:=]*"
    r"(?P<low>" + SNUM + r")\s*[%°º◦]?"
    # "CI: -3.2° to 3.5°"; a comma or a semicolon when a bracket closes after the second ("(95% CI: −6.5; −1.7)")
    r"(?:" + DASH + r"|\s*[,;]\s*(?=" + SNUM + r"\s*[%°º◦]?\s*[)\]]))"
    r"(?P<high>" + SNUM + r")\s*[%°º◦]?"
)
# A CI whose bounds carry the estimate's unit or noun, as modelled counts and costs print them:
# "(95% CI 200 to 500 inpatient deaths)", "(95% CI $11 to $23 million)". One of the two is required.
UNIT_CI = re.compile(
    r"(?P<level>\d{2}(?:\.\d)?)\s*%\s*" + CI_WORDS + r"[\s,:=]*[$£€]?\s*(?P<low>" + SNUM + r")"
    r"(?:\s+(?:million|billion))?(?:\s+[a-z][a-z-]+){0,2}?\s*(?:to|[-–—])\s*(?P<cur>[$£€])?\s*(?P<high>" + SNUM + r")"
    r"(?P<tail>\s+(?:million|billion)\b|(?:\s+[a-z][a-z-]+){1,2}(?=\s*[)\]]))?")
P_VALUE = re.compile(
    r"(?:(?<![A-Za-z])|(?<=log-rank))[Pp](?:['’]s|s(?=\s*[<>=≤≥]))?"  # "p's < 0.031": several tests' p values
    r"(?:[\s_-]*values?\b)?(?:[\s_-]*(?:for\s+(?:interaction|trend|heterogeneity|difference|"
    r"non-?inferiority|superiority|(?:[a-z-]+\s+){1,2}(?:trend|pattern|interaction|effect|association))"  # "P for quadratic pattern"
    r"|interaction|trend|heterogeneity|linear|nonlinear|int|het|diff|non-?inferiority|superiority|NI|adj"  # "pNI=0·0018"
    r"|\s?\((?:trend|interaction|heterogeneity|linear\s+trend)\))(?:\b|(?<=\)))"  # "P(trend) = 0.02"
    r"(?:\s+(?:over|across)\s+(?:the\s+)?[a-z-]+)?"  # "P for trend over quintiles = 0.002"
    r"(?:\s+test\b)?(?:\s*,)?)?\s*"  # "P for trend test=.09", "(P for trend, < .001)"
    r"(?:(?i:is|was)\s+(?=(?i:less|greater|equal)\b))?"  # "p is less than 0.05" (BMJ, 1980s-90s)
    r"(?P<cmp>=\s*[<>]|<=|>=|=|<|>|≤|≥|≈|ⱕ|ⱖ|⩽|⩾|(?i:(?:less|greater)\s+than(?:\s+or\s+equal\s+to)?|equal\s+to|equals)"
    r"|(?:(?<=interaction)|(?<=trend)|(?<=heterogeneity))(?=\s+\d*[.·]\d)"  # "p for interaction 0.83": "=" unprinted
    r"|(?:(?<=value)|(?<=values))(?:\s+(?i:of|was|is)|(?=\s+\d*[.·]\d)))\s*"  # "a p-value of 0.823", "p value 0.19"
    r"(?P<value>\d*[.·]\d+|\d+(?:[.·]\d+)?)(?:\s*[×x]\s*10\s*(?P<exp_open>\()?(?P<exp>[-−]\s*\d+)(?(exp_open)\))"
    # a power of ten alone, its exponent no longer raised ("P<10(-7)", PubMed's ASCII; "P < 10−7"): no p value is 10
    r"|(?<=(?<![\d.])10)\s?(?P<power_open>\()?(?P<power>[-−]\d+)(?(power_open)\)))?"
    r"(?![\d·]|\.\d|\s*[-–]\s*0?\.\d)"  # not the first of a range of p values, "p ⩽ 0.001-0.017"
)
# A p value's comparator in words that ``figures._comparator`` does not read ("less than", "less than or equal
# to" it does): all say "=".
P_WORDS = {"equal to": "=", "equals": "=", "of": "=", "was": "=", "is": "="}
SUMMARY_TAIL = (
    r"[,:]?\s*(?:(?:was|were|is)\s+(?:greater|more|less|longer|shorter)\s+than\s+|was\s+|were\s+|of\s+|=\s*|is\s+)?"
    r"(?:[~≈∼]\s*|(?:approximately|about|around)\s+)?"  # "the median survival was greater than 75 months": a median
    r"(?<![A-Za-z])(?<![A-Za-z]-)(?<!the )(?:1\s*:\s*(?=\d))?"  # a titre, "median: 1:32"
    # not a number after a preposition or a time's label ("mean scores over baseline in five items", "mean score change
    # from baseline to month 12"; "from" and "to" lead a changed summary's values)
    + "".join(rf"(?<!\b{word}\s)" for word in ("in", "on", "over", "among", "for", "month", "week", "day",
                                                "year", "visit", "grade", "stage", "type"))
    + r"(?P<value>-?(?:" + NUM + r"))(?!\.?\d|[-‐‑][A-Za-z]|\s*/\s*\d|\s*:\s*\d)\s*"
    + UNIT + r"?"
)
CHANGE_VERBS = r"dropped|fell|declined|decreased|increased|rose|reduced|improved|lowered"
CHANGE_BY_BEFORE = re.compile(  # "dropped by ", "an average reduction of ", "reductions in risk of "
    r"\b(?:" + CHANGE_VERBS + r"|reductions?|increases?|"
    r"decreases?|declines?|improvements?)\b(?:\s+[A-Za-z-]+){0,3}\s+(?:by|of)\s*$", re.IGNORECASE)
# "a mean of 62.9% achieved disease stability", "an average of 17.8% of energy", "by a mean of 63% each week": a share
# of whom or what did something; "scored a mean of 75% on a test", "an average of 4%." stay means
A_MEAN_OF_PER_CENT = re.compile(r"(?:(?<=\ba\s)|(?<=\ban\s))(?:mean|average)\s+of\s+" + NUM + r"\s*(?:%|percent\b)"
                                r"(?=\s+(?:of|each|per|were|was|had)\b|\s+[a-z]+ed\b)", re.IGNORECASE)
# A bounded per cent of a reference value, not of a group: a limit ("incomes below 138% of the federal poverty level",
# "FEV1 below 80% of predicted", "more than 50% of the upper limit of normal"), burns' extent among them ("more than 30
# per cent of the total body surface", "less than 50% TBSA").
SHARE_OF_A_REFERENCE = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                                  r"(?:poverty\s+(?:level|line|guidelines?|threshold)|predicted|normal|upper\s+limit"
                                  r"|reference\s+(?:value|range)|median\s+income|body\s+surface)"
                                  r"|(?:total\s+)?body\s+surface|T?BSA)\b", re.IGNORECASE)
POINTS_NAMED_BEFORE = re.compile(r"\bpercentage[\s-]+points?(?:\s+(?:change|difference|increase|decrease|reduction))?"
                                 r"\s*[,:=]?\s*$", re.IGNORECASE)  # "percentage point change −4.7 (−7.9 to −1.4)"
CHANGED_BEFORE = re.compile(r"\b(?:" + CHANGE_VERBS + r")\s+$", re.IGNORECASE)  # "average VO2 max increased 5%"
# A range's top: "of 12 to 14%", "(mean 5.5-5.6 wet nights/week)", "mean HbA1c reaches its nadir at 3–6 months"
RANGE_TOP_AFTER = re.compile(r"\s*(?:to|[-–—])\s*(?P<high>\d+(?:\.\d+)?)\s*%"
                             r"|\s*[-–—]\s*(?P<top>\d+(?:\.\d+)?)(?![\d.])")
# "interquartile range [IQR] 3-9", "inter-quartile range [IQR] 32.2–67.7"
INTERVAL_WORDS = r"range|IQR|inter-?quartile\s+range(?:\s*[(\[]\s*IQR\s*[)\]])?"
# Words that put a period after a quantity: "mean IOPs through 6 months", "incidence during 1981-2007".
PERIOD_WORDS = r"during|within|through|throughout|until|after|before"
# A measure's abbreviation in brackets after its name ("mean body mass index (BMI) of 27.3"); not a summary's spread.
NAME_ABBREVIATED = r"\((?!(?:SDs?|SEM?|IQR|range)\))[A-Za-z][A-Za-z0-9-]{0,9}\)"
# A word of the quantity a median or mean names, up to its value: not one that compares groups
# ("median scores between stages 3 to 6" is not a median of 3), nor a period ("median costs during
# the 3 months" is not a median of 3 months), nor a range ("median follow-up ranged from 29 to 118"). A name may hold
# digits or a star ("FEV1", "CD4", "T2*").
QUANTITY_WORD = (r"(?!(?:between|and|or|versus|vs|compared|than|" + PERIOD_WORDS + r"|rang\w*|"
                 r"(?:did|does|was|were)\s+not|differ\w*|(?:was|were)\s+(?:[a-z]+ly\s+)?(?:longer|shorter|higher|lower|"
                 r"greater|smaller|larger|better|worse|similar|increased|decreased|reduced|improved|prolonged))\b)"
                 r"[A-Za-z-][A-Za-z0-9-]*\*?")
# The quantity's last word, and its abbreviation when that ends the name, right before the value ("mean body mass
# index (BMI) of 27.3"; not "mean titers (GMTs) of subjects of group 1").
QUANTITY_LAST = (r"(?:per\s+\d+\s+(?i:" + TIME_UNITS + r")(?=\s*:)"  # "mean symptom-free days per 2 weeks: 11.6"
                 r"|(?!(?:between|" + PERIOD_WORDS + r")\b)[A-Za-z-]*?(?:(?<=[A-Za-z])\s+" + NAME_ABBREVIATED
                 + r"(?=\s*(?:of|was|were|is|=|:)\s*[~≈∼]?\d))?)")
# ("median PFS did not differ between two groups": "two" counts groups)
RANGE_TAIL = (  # "; range 2-11", "(range, 0.4-7)", "[IQR 3-9]", or a bare "[301, 2405]"
    r"(?:\s*(?:[;,]\s*(?P<interval>" + INTERVAL_WORDS + r")|(?P<open>[(\[])\s*(?P<interval2>"
    + INTERVAL_WORDS + r")?)[,:]?"
    r"\s*(?:from\s+)?(?P<low>" + SNUM + r")\s*(?P<lunit>%|[A-Za-z]+)?" + SEP
    + r"(?:[<>≤≥]\s*)?"  # an open top: "(range, 20 to > 90 years)"
    + r"(?P<high>" + SNUM + r")(?:\s*(?P<hunit>%|[A-Za-z]+))?(?(open)\s*[)\]]))?"
)
MEDIAN_PAREN = re.compile(
    r"\bmedian\s*[(\[](?P<interval>range|IQR|interquartile range)[)\]]\s*(?P<quantity>(?:[A-Za-z-]+\s+){0,5}?)"
    r"[A-Za-z-]*?[,:]?\s*(?:was\s+|of\s+)?(?P<value>" + NUM + r")"
    r"(?:\s*(?P<vunit>(?i:" + TIME_UNITS + r"|%|[A-Za-z]+)))?"
    r"\s*[(\[]\s*(?P<low>" + SNUM + r")\s*(?P<lunit>[A-Za-z]+)?"
    + SEP + r"(?P<high>" + SNUM + r")\s*(?P<hunit>[A-Za-z]+)?\s*[)\]]\s*" + UNIT + r"?",
    re.IGNORECASE,
)
# A whole number alone in brackets after a word and a space ("pneumonia (126)", "(P-S) (36)"), for
# ``figures._bracketed_counts``; glued to the word it is PubMed's subscript ("FiO(2)", "FEV(1)", "F(1,270)").
BRACKETED_COUNT = re.compile(r"(?:(?<=[A-Za-z]\s)|(?<=[A-Za-z][)’'”]\s))\(\s*(?P<value>\d+)\s*\)")
# Points numbered in brackets ("(1) describe ..., (2) ... and (3) identify ..."), wherever they stand.
NUMBERED_POINT = re.compile(r"\(\s*(?P<value>\d)\s*\)")
# People or events named, or a share of them, before a lone bracketed count ("Eligible patients (1439)", "Episodes (93)
# of culture-positive endocarditis", "Less than half (170) had coronary artery disease").
COUNTED_NAMED_BEFORE = re.compile(r"(?:\b(?:" + NOUN + r"|majority|minority|half|rest|remainder|per\s?cent)|%)\s*$",
                                  re.IGNORECASE)
# A year after a preposition is when ("lower in 2010 in the intervention arm").
YEAR_PREPOSITION_BEFORE = re.compile(r"\b(?:in|by|since|until|from|during|of|to|after|before)\s+$", re.IGNORECASE)
# "1990 were assigned metoprolol and 2001 were assigned placebo": a year is never allocated, so a
# number that looks like one is a count here.
# So too one "in the placebo group" ("3737 women were included, 1878 in the alendronate group and 1859 in the placebo
# group").
ALLOCATED_AFTER = re.compile(r"\s+(?:(?:were|was)\s+(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\b"
                             r"|in\s+the(?:\s+[\w-]+){1,3}?\s+(?:group|arm)\b)")
# "D2B time", "CD4 count", "(first 24 h)", "age of 41 patients"; but not "at a mean of 6 months was 76%"
# "Median values for TTP, PFS, and OS were 5.2, 4.9, and 23.2 months": the quantities may be a list
# The words naming a summary's quantity before "was" or "were"; a genus's initial among them ("The median age of patients
# with E. coli BSI was 69 years").
VERB_QUANTITY = (r"(?:(?:[A-Za-z][A-Za-z0-9-]*,?|[A-Z]\.(?=\s+[a-z])|(?:(?<!\bof )\d+|\d+(?!\s+(?i:" + TIME_UNITS + r")\b))(?=\s+[A-Za-z])"
                 r"|\([^()\d]{0,12}\d+\s*[A-Za-z]+\))\s+){1,12}?(?=(?:was|were)\s+[~≈∼]?\d)")
# "the median nerve", "a median sternotomy": anatomy, no summary
ANATOMICAL_MEDIAN = r"(?!\s+(?:nerves?|sternotomy|plane|line|raphe|eminence|lobes?|arcuate|cubital|antebrachial)\b)"
MEDIAN = re.compile(
    r"\bmedians?" + ANATOMICAL_MEDIAN + r"(?:\s+|\s*[:,]\s*)(?P<quantity>" + VERB_QUANTITY + r"|(?:" + QUANTITY_WORD
    + r"\s+){0,8}?" + QUANTITY_LAST + r")" + SUMMARY_TAIL
    + RANGE_TAIL,
    re.IGNORECASE,
)
SD_BRACKET = r"[(\[](?:SD|standard deviation)[)\]]"
MEAN_PAREN = re.compile(  # "mean (SD) age was 35 (7)", "mean age (SD) of the deceased was 35 (7.35)"
    r"\bmean\s*(?:(?P<sd_first>" + SD_BRACKET + r")\s*)?(?P<quantity>(?:[A-Za-z-]+\s+){0,5}?[A-Za-z-]*?)"
    r"(?(sd_first)|\s*" + SD_BRACKET + r"(?:\s+(?:[A-Za-z-]+\s+){0,5}?[A-Za-z-]+)?)"
    r"[,:]?\s*(?:was\s+|of\s+)?(?P<value>" + SNUM + r")\s*[(\[]\s*(?P<sd>" + NUM + r")\s*[)\]]\s*"
    + UNIT + r"?",
    re.IGNORECASE,
)
MEAN = re.compile(  # the name's abbreviation may follow it: "Geometric mean (Gmean) myocardial T2* improved from ..."
    r"\b(?:mean|average)(?:\s*\((?!(?:SDs?|SEM?|IQR|range)\))[A-Za-z]{2,8}\))?(?:\s+|\s*[:,]\s*)"
    r"(?P<quantity>" + VERB_QUANTITY + r"|(?:" + QUANTITY_WORD
    + r"\s+){0,8}?" + QUANTITY_LAST + r")" + SUMMARY_TAIL
    + r"(?:\s*(?:±|\+/-|\(\s*SD[,:=]?\s*(?:±\s*)?|[,;]\s*SD[,:=]?\s*|\(\s*standard\s+deviation[,:]?\s*"
    r"|[,;]\s*standard\s+deviation[,:=]?\s*|\((?=\s*(?:" + NUM + r")\s*SD\s*\)))"  # "50.07, standard deviation 9.31", "4.2 (2.9 SD)"
    r"\s*(?P<sd>" + NUM + r")(?:\s*SD\b)?(?:\s*[A-Za-z%/]+(?=\s*\)))?\s*\)?)?" + RANGE_TAIL,  # "(SD, 10.5 years)": the SD's unit
    re.IGNORECASE,
)
SHARE_OR_RANGE_AFTER = re.compile(r"\s*(?:%|percent\b|to\s+\d|[-–]\s*\d)")  # "12.3%", "6 to 8", "6-8"
PLUS_MINUS = re.compile(  # "7.81°±61.98°", "25 (±11) days", "9 [± 10.3]": a value and its spread, bracketed or not
    r"(?<![\w.])(?P<value>-?(?:" + NUM + r"))\s*(?P<unit>%|°|[A-Za-z][A-Za-z/]*)?\s*(?P<open>[(\[]\s*)?(?:±|\+/-)\s*"
    r"(?P<sd>" + NUM + r")(?:\s*(?P<unit2>°|[A-Za-z][A-Za-z/]*|(?(open)%|(?!))))?(?(open)\s*[)\]])"
)
# The rest of a list of values with their spreads whose last carries the per cent sign for all ("64.3 ± 2.4, 55.8 ±
# 2.5 and 46.3 ± 2.7%").
PLUS_MINUS_LISTED_TO_PER_CENT = re.compile(
    r"(?:\s*,?\s*(?:and\s+)?(?:" + NUM + r")\s*(?:±|\+/-)\s*(?:" + NUM + r"))+\s*%")
RANGE = re.compile(
    # "at age 8 through age 16": a band of ages, the word printed with each bound
    r"\b(?P<quantity>aged|ages|age\s+(?:groups?|bands?)|age(?=\s+\d+\s+(?:through|to|until)\s+age\b)|range[ds]?|ranging)"
    r"\s*(?:from\s+|between\s+|,\s*|:\s*)?"
    r"(?P<low>" + SNUM + r")\s*(?P<lunit>[A-Za-z]+)?\s*(?:-|–|—|to|and|through)\s*(?:(?<=\s)age\s+)?(?P<high>" + SNUM
    + r")(?:\s*(?P<unit>" + TIME_UNITS + r"|[A-Za-z]+))?",
    re.IGNORECASE,
)
# A range printed as its two ends, each named: "(min=20, max=54, SD=8.033)", "minimum 20 and maximum 54 years".
MIN_MAX = re.compile(
    r"\b(?i:min(?:imum)?)\.?\s*[=:]?\s*(?P<low>" + SNUM + r")\s*(?P<lunit>%|[A-Za-z]+)?\s*[,;/]?\s*"
    r"(?:and\s+)?(?i:max(?:imum)?)\.?\s*[=:]?\s*(?P<high>" + SNUM + r")(?:\s*(?P<unit>%|(?i:" + TIME_UNITS + r")\b))?"
)
# A word between a count and its noun: "153 3-year-old children", "71 NMO- or NMO-SD patients", "52 type 2
# diabetic patients" (a type, grade or stage with its number is one word of the description).
ADJECTIVE = (r"(?:(?:[A-Z]\.){2,}|(?i:type|grade|stage|class)\s+(?:[1-4]|I{1,3}|IV)\b"
              r"|(?!(?:" + "|".join(STOP) + r"|until|during|since|when|while|if|"
              + TIME_UNITS + r")\b)(?:\d[\d/]*[-‐‑])?[A-Za-z][\w+/‐‑–-]*)")
COUNT = re.compile(
    r"(?P<all>\b(?:all|All|each of the|both|Both|a total of|A total of)\s+)?"
    r"(?P<value>" + ANYNUM + r")(?!\s+percent\b)"  # "77 percent reported some adverse event": a share
    r"(?:\s*/\s*(?P<slash>" + NUM + r")|\s+(?:out\s+)?of\s+(?:the\s+)?(?P<of>" + ANYNUM + r")"
    r"|\s+of\s+(?:the|these|those)(?=\s))?"
    r"(?P<adj>(?:(?:(?<=[A-Za-z)]),(?!\s+[a-z]+ing\b))?\s+" + ADJECTIVE  # "newly diagnosed, overweight patients"
    + r"(?:\s*\((?:[A-Z][A-Za-z0-9-]{0,9}|[A-Z][A-Za-z -]{8,60})\))?"  # "MS (RRMS) patients",
    r"(?:\s+(?:and|or)\s+" + ADJECTIVE + r")?){0,4}?)\s+"  # "SIRS (Systemic Inflammatory Response Syndrome) positive"
    r"(?P<noun>(?i:\b(?:" + NOUN + r")\b))(?!" + HYPHEN + r"|\s+(?:years?|months?)\b)"  # "1 914 691 person years": time
    r"(?:\s*[(\[]\s*(?:(?P<again>\d+)\s*/\s*(?P<again_of>\d+)\s*[,;]\s*)?"  # "87 patients (87/441, 19.7%)"
    r"(?P<pct>" + NUM + r")\s*%\s*[)\]])?"
)
# The first of two counts that share one noun, each with its own adjective ("69 UK and [three
# Australian centres]", "12 public and [8 private hospitals]"): the first counts the same things.
PARALLEL_COUNT_BEFORE = re.compile(r"(?<![\w.,/‐-])(?P<value>\d+)\s+(?!" + MEAS_UNIT + r")(?P<adj>" + ADJECTIVE
                                   + r")\s+(?:and|or)\s+$")
# The count printed in brackets after its share ("3.6% (5075) contained errors", "4% (644)"), or in square brackets
# as The Lancet prints it ("3% [80] vs 7% [222];") when a comparison or a clause's end follows: not a reference, which
# a word or a full stop follows ("approximately 80% [1]. The", "80% [1] bought coffee").
COUNT_AFTER_PCT = re.compile(r"\d\s?%\s?[(\[]\s*(?P<value>\d+)\s*(?:\)|\](?=\s*(?:vs\b\.?|versus\b|[;)\]])))")
COUNT_PCT = re.compile(  # "30 (25%)", "386 [64.4%]", "20/44 (45%)", "338 (7%) of 4731", "3 (<1%)"
    r"(?<![\w.-])(?P<value>" + NUM + r")\s*(?:/\s*(?P<slash>" + NUM + r")\s*)?"
    r"[(\[]\s*(?P<pcmp>[<>≤≥])?\s*(?P<pct>" + NUM + r")\s*" + PCT_SIGN + r"\s*(?:[)\]]"  # "102 (47 percent)"
    r"(?:\s+(?:out\s+)?of\s+(?P<of>" + NUM + r")(?![\w.%/‐‑-]|,\d))?|(?=[;,]|\s+of\b))"
)
# A count and its share split by a comma in a comparison: "(13, 25% vs. 28, 52%, p = 0.010)".
_AFTER_VERSUS = r"(?<=\bvs\.\s)|(?<=\bvs\s)|(?<=\bversus\s)"  # where the second of two compared values starts
COUNT_COMMA_PCT = re.compile(r"(?:(?<=[(\[;])|(?<=[(\[;]\s)|" + _AFTER_VERSUS + r")"
                             r"(?P<value>\d+),\s*(?P<pct>" + NUM + r")\s*%")
# The number of events a reference population predicts, beside those observed ("62 deaths vs 1.6 expected",
# "8.4 expected (standardized mortality ratio ...)", "1501 expected examinations"): a count, decimals and all.
EXPECTED_COUNT = re.compile(r"(?:(?<![\w.,/])|(?<=observed/))(?P<value>" + NUM + r")\s+expected\b"  # "30 observed/34.2 expected"
                            r"(?!\s+(?:to|that|from|in|by|values?|numbers?|rates?|ratios?)\b)(?P<noun>\s+[a-z]+s\b)?")
# ... and printed after "expected" ("compared with an expected 23.7 deaths"), with the plural noun it counts.
EXPECTED_BEFORE_COUNT = re.compile(r"\b(?i:an?|the)\s+expected\s+(?P<value>" + NUM + r")(?P<noun>\s+[a-z]+s\b)")
# ... and with its noun before a verb ("56.1 BCCs were expected").
EXPECTED_WERE_COUNT = re.compile(r"(?<![\w.,/])(?P<value>" + NUM + r")(?P<noun>\s+[A-Za-z]+s)\s+(?:were|was)\s+expected\b")
# What a count is out of, printed after its percentage: "338 (7%) of 4731 patients". After "of
# the" the number names a group met before ("13 (76%) of the 17 patients"), a count of its own.
YEAR_BOUND_BEFORE = re.compile(r"\b(?:post|pre|since|before|until)[\s-]$", re.IGNORECASE)  # "three post 1980 studies"
# "12 out of 40": the whole a count is out of; not "..., out of 38 patients who ...", which opens a clause and counts
OUT_OF_BEFORE = re.compile(r"(?<![,;:]\s)(?<![,;:])\bout\s+of\s*$")
PERCENT_SIGN_AFTER = re.compile(r"\s*" + PCT_SIGN)
OF_AFTER_PERCENT = re.compile(PCT_SIGN + r"\s*[)\]]\s+(?:out\s+)?of\s+$")
# A count and what it is out of are whole numbers: "7.6% (7.0/8.3)" is a median and its quartiles
COUNTED = r"\d+(?!\d|\.\d)"
PCT_COUNT = re.compile(  # "77%; 46 of 60", "68% (41 of 60)", "95% (20/21)"
    r"(?<![\w.])(?P<pct>" + NUM + r")\s*%\s*(?:;\s*|[(\[]\s*)(?P<value>" + COUNTED + r")"
    r"\s*(?:/\s*|\s+(?:out\s+)?of\s+(?:the\s+)?)(?P<den>" + COUNTED + r")(?![\w.%])(?:\s*[)\]])?"
)
# The word that says which whole a count is out of: "Thirty-nine of the original 100 hips".
_WHOLE_NAMED = r"(?:original|initial|remaining|eligible|enrolled|evaluable|surviving)\s+"
OF_COUNT = re.compile(  # a bare "46 of 60", "46 out of 60 (77 per cent)" or "20/21" with no noun after it
    r"(?<![\w./:])(?P<value>" + COUNTED + r")\s*(?:/\s*|\s+(?:out\s+)?of\s+(?:the\s+(?:" + _WHOLE_NAMED + r")?)?)"
    r"(?P<den>" + COUNTED
    + r")(?![\w%/‐‑-]|\.\d|\s*:\s*\d(?![\d.]*\s*%))"  # "1/2:3" is none; "(12/90: 13%)" is one, with its share
    r"(?:\s*[(\[]\s*(?P<pct>" + NUM + r")\s*" + PCT_SIGN + r"\s*[)\]])?"
)
# What makes a bare estimate a change in units, never a ratio: "a 1.5 (0.2 to 2.9) unit increase in SMR".
UNIT_CHANGE_AFTER = re.compile(r"\s*[-‐]?\s*(?:units?|points?)\s+(?:increase|decrease|rise|fall|change|reduction"
                               r"|higher|lower)\b", re.IGNORECASE)
RATIO_BEFORE = re.compile(r"\bratios?\s*(?:of|was|is|=|:)?\s*$", re.IGNORECASE)
SNELLEN = re.compile(r"\b(?:acuity|vision|visual|VAs?|BCVAs?|Snellen)\b", re.IGNORECASE)
# A Snellen fraction: 20/x feet or 6/x metres, with a denominator from the chart ("20/200", "6/12").
SNELLEN_FRACTION = re.compile(r"(?<![\w./])(?:20/(?:10|12\.5|15|16|20|25|30|32|40|50|60|63|70|80|100|125|160|200|"
                              r"250|400|800)|6/(?:3|4\.5|5|6|7\.5|9|12|18|24|36|60))"
                              r"(?![\w/%]|\.\d|\s*[(\[]\s*\d+(?:\.\d+)?\s*%)")  # not "20/40 (45%)", a count
N_EQUALS = re.compile(  # "n = 47", and "(n 22 827)" as Public Health Nutrition and Br J Nutr print it; "n = ∼260,000"
    r"(?<![\w])(?:[nN]\s*=\s*(?:[~∼≈]\s*)?|(?:(?<=[(\[])|(?<=[;,]\s))n\s+(?=\d+\s*[)\],;]))(?P<value>" + NUM + r")")
# Groups' sizes listed by name in a bracket, "label = size" two or more times: "(LAP = 54, OP = 51)",
# "(AQP4=74, MOGAD=76)", "(male = 327, female = 671)"; never a statistic ("t = 2, df = 14").
_GROUP_SIZE = (r"(?!(?:[nNpPrRtTzZFkK]|df|DF|chi2?|χ2?|I2|R2|U|H|W|Q|ES|NNT|NNH|[aA]?[OHR]R|SD|SE|CI|AUC|ICC|d)\s?=)"
               r"[A-Za-z][\w+-]{0,15}\s?=\s?\d+(?![\d.,]\d|\s*(?:%|[A-Za-z/]))")
GROUP_SIZES = re.compile(r"(?:(?<=[(\[])|(?<=[(\[]\s)|(?<=%,\s)|(?<=%;\s))" + _GROUP_SIZE
                         + r"(?:\s*[,;]\s*(?:and\s+)?" + _GROUP_SIZE + r")+(?=\s*[)\]])")
GROUP_SIZE = re.compile(r"(?P<label>[A-Za-z][\w+-]{0,15})\s?=\s?(?P<value>\d+)")
N_LISTED = re.compile(  # the rest of a list of group sizes, up to its closing bracket: ", 15 and 20)"
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|vs\.?|versus)\s+)\d+(?![\d%]|\.\d))+(?=\s*[)\]])")
BETWEEN = re.compile(  # "between the ages of 55 and 94 years", "between 1.7% and 1.8%", "between 6 months and 18 months"
    r"\bbetween\s+(?:the\s+ages?\s+of\s+|ages?\s+)?(?P<low>" + SNUM + r")\s*(?P<lunit>" + MEAS_UNIT + r")?"
    r"\s*(?:and|to|[-–—])\s*(?P<high>"
    + SNUM + r")(?:\s*(?P<unit>" + MEAS_UNIT + r"))?", re.IGNORECASE,
)
SPAN = re.compile(  # "14-29 days", "stages 3 to 6", "0.213–0.503", "24- to 48-hour", "48 to <53 mmol/mol", "5 days to 24 weeks"
    r"(?<![\w./:;-])(?P<low>" + SNUM + r")(?:[-‐‑](?=\s+to\b)"
    r"|(?<=(?<![\w.])[01])\s*\([A-Za-z][A-Za-z ,'-]{0,30}\)(?=\s+to\s+\d)|"  # a scale: "0 (no pain) to 10"
    r"\s+(?P<lunit>(?i:" + TIME_UNITS + r"))(?=\s+to\s+" + NUM + r"\s*(?i:" + TIME_UNITS + r")\b))?"
    r"\s*(?:[-–—]|\bto\b|\bthrough\b)\s*" + BAND_TOP
    + r"(?P<high>" + NUM
    + r")(?![\w/]|[.,]\d)(?:(?:\s*|[-‐‑])(?P<unit>" + MEASURE_OR_PERCENT + r"))?"
)
_CI_NAME = (r"(?:\b(?:CIs?|UI|PI|CrI)\b|C\.I\.|(?:confidence|credible|uncertainty|prediction)\s+intervals?"
            r"|(?<=%\s)CLs?\b|(?<=%)CLs?\b)")  # "95% CL": confidence limits after their level
CI_NAMED = re.compile(_CI_NAME, re.IGNORECASE)  # an interval named anywhere in a clause
CI_BEFORE = re.compile(_CI_NAME + RATIO_IN_INTERVAL + r"?[\s,:=\])]*$", re.IGNORECASE)  # an interval named right before a value
# A value right before an opening bracket, whose interval the bracket then holds ("0.32 (0.05-0.60)",
# "39% ("); a digit glued to a name is not one ("AQP4 M23 (40–61,440)": the range of a titre).
VALUE_BEFORE_BRACKET = re.compile(r"(?<![A-Za-z\d.,·])\d+(?:[.,·]\d+)*\s*%?\s*[(\[]\s*$")
FROM_BEFORE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
BY_BEFORE = re.compile(r"\bby\s*$", re.IGNORECASE)  # "increased by 26% to 27%": how much, a range
# The later ranges of a list that "ranged from" opens ("ranged from 99.0% to 81.5%, 93.5% to 19.3% ... and 95.9%
# to 78.2%, respectively")
RANGES_LISTED_BEFORE = re.compile(r"\b(?:rang|var(?:ied|ies|ying|y)\b)\w*\s+(?:from\s+|between\s+)?"
                                  r"(?:[\d.]+\s*%\s*(?:to|[-–—])\s*[\d.]+\s*%\s*,?\s*(?:and\s+)?)+$", re.IGNORECASE)
RANGE_WORD = re.compile(r"\brang|\bvar(?:ied|ies|ying|y)\b", re.IGNORECASE)  # "varied from 23.4% to 35.8%": a range, not a change
FOLD_PARTNER_BEFORE = re.compile(r"(?<![\w.,])(?P<value>" + NUM + r")(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)$")
# Words after "N times" that say how often, not how many times as much: "3 times a week", "3 times daily", "followed
# up 6 times over 20 years", "3 times postoperatively".
_OCCASION_WORDS = (r"(?:an?|per|each|every|over|during|within|daily|weekly|monthly|yearly|annually|postoperatively|"
                   r"preoperatively|in\s+(?:total|all)|in\s+\d+)\b")  # "occurred 32 times in 22 patients"
FOLD = re.compile(  # "3.73-fold", "1.5 times greater", "4fold" (from "fourfold"), "1.6× higher"
    r"(?<![\w.])(?P<value>" + NUM + r")\s*(?:[-‐‑]?\s*(?:folds?|times(?!\s+" + _OCCASION_WORDS + r"|\s*/))\b"
    # not "2×2", "×10", "×— 103"; "up to four times over five years", "2.8 times/year" count occasions; "3×WHD" (three
    # times weekly haemodialysis) names a schedule
    r"|×(?!\s*—?\s*\d)(?!(?!ULN\b|LLN\b)[A-Z]{2,}))"
    # "2×weekly", "three-times-per-week haemodialysis": how often
    r"(?!\s*[-‐‑]?\s*(?:cross|daily|a[-‐‑\s]+day|per[-‐‑\s]+day|weekly|a[-‐‑\s]+week|per[-‐‑\s]+week|monthly))"
)
# How often something was done, a count of occasions (not a rate printed with a slash, "2.8 times/year").
OCCASIONS = re.compile(r"(?<![\w.])(?P<value>\d+)\s+times\s+(?=" + _OCCASION_WORDS + r")")
# How often, bounded: "more than 12 times a year", "a minimum of 6 times per week", ">3 times a day".
OCCASIONS_BOUND_BEFORE = re.compile(r"(?:\b(?P<words>(?:more|fewer|less|greater)\s+than|at\s+least|at\s+most|"
                                    r"no\s+more\s+than|up\s+to|over|(?:a\s+)?minimum\s+of)\s+|(?P<sign>[<>≤≥])\s*)$",
                                    re.IGNORECASE)
# Currencies printed as a code or a word beside a sum ("41 398 PLN", "USD 5429", "2,000 rupees"). Codes that are
# also clinical abbreviations are read only before a sum (CAD, INR: "47 CAD recipients", "at least one INR outside
# the range") or not at all (ALL, COP, CLP, IRR, SAR and AED name diseases, ratios and devices), and "pounds" weigh
# as often as they pay.
CURRENCY_CODE = (r"(?:USD|EUR|GBP|CHF|PLN|SEK|NOK|DKK|ISK|CZK|HUF|RON|BGN|HRK|RUB|UAH|ILS|EGP|QAR|KWD|NGN|KES|UGX|"
                 r"TZS|ETB|GHS|ZAR|XOF|XAF|PKR|BDT|LKR|NPR|CNY|RMB|JPY|KRW|TWD|HKD|SGD|MYR|THB|IDR|VND|AUD|NZD|"
                 r"BRL|MXN)")
# Capitalised too ("128 793 Yuan"), and "Pounds" as PubMed spells "£" ("39,000 Pounds"; "10 pounds" is a weight,
# "50,000 pounds per annum" a cost).
CURRENCY_WORD = (r"(?:(?i:euros?|(?:US\s+)?dollars|yen|yuan|renminbi|rupees|pesos|francs|kronor|kroner|kronur|zlotys?|"
                 r"złotys?|baht|reais|shillings|naira|pence)|Pounds(?:\s+sterling)?|pounds\s+sterling"
                 # "50,000 pounds per annum"
                 r"|pounds(?=\s+(?:per\s+(?:annum|year|patient|head|case)|a\s+year|annually)))")
# A count in millions, value as printed: "1.2 million individuals", "10.1 million". Not money ("$17 million",
# read first), a rate ("per million"), a dose ("1.6 million international units") or person-time.
MILLIONS = re.compile(
    r"(?<![\w.$£€/])(?<![$£€]\s)(?P<value>" + NUM + r")\s+(?P<scale>million|billion)\b"
    r"(?!\s+(?:(?:international\s+)?units?\b|IU|person|patient|population|people-years|per\b|pounds|"
    + CURRENCY_CODE + "|" + CURRENCY_WORD + r"))"
    r"(?:\s*[(\[]\s*(?P<low>" + NUM + r")\s*[-–—]\s*(?P<high>" + NUM + r")\s*[)\]])?"  # "310 million [235-392] YLDs"
    r"(?P<noun>(?:\s+(?!(?:in|of|and|or|to|at|from|with|were|was|had|who|the|per)\b)[A-Za-z][\w-]*){0,3})"
    r"(?:\s*[(\[]\s*(?P<low2>" + NUM + r")\s*[-–—]\s*(?P<high2>" + NUM + r")\s*[)\]])?")  # "610 million people [588-636]"
# "80+ years": 80 or older; "years 15+", "BMI 30+", "20+ teeth", "Age (90+ versus 65-69 years": an open-ended
# band (a marker "CD4+" is none, nor is a grade or a staining score printed "3+").
PLUS_LIMIT = re.compile(r"(?<![\w.,–-])(?P<value>\d{1,3})(?:\+|\s\+(?=\s+[a-z]))(?!\s*[\d/+-])"  # not "3 + 4", "10 + 3 + 5"
                        r"(?:\s*(?P<unit>years?|yrs?|yr|y)\b(?!\s*\d))?"
                        r"(?!\s*(?:immunohisto|IHC|staining|intensity|expression|scores?\b|Study\b|"
                        r"proteinuria|albuminuria|glu?cosuria|ha?ematuria|o?edema|pitting))")  # a dipstick's grade
PLUS_GRADE_BEFORE = re.compile(
    r"\b(?:grades?|HER-?2(?:/neu)?|IHC|immunohistochemical|staining|intensity|CIN|VIN|AIN)\s*(?:of\s+|score\s+)?$",
    re.IGNORECASE)  # "the risk of CIN 3+": a grade and those above it
TWICE = re.compile(r"\btwice\s+as\s+(?:likely|common|high|many|often|frequent|great|much|long|large|frequently|"
                   r"[a-z]+(?=\s+as\b))\b"  # "twice as good as with placebo"
                   r"|\btwice\s+the\s+(?:odds|risk|rate|hazard|incidence|likelihood)\b",  # "had twice the odds of"
                   re.IGNORECASE)  # "twice as likely to wheeze": a ratio of 2, as "2 times higher" is
FOLD_RANGE = re.compile(  # "1.12 to 1.50 times as likely", "2- to 4-fold", "10–100 × ULN": a range of ratios
    r"(?<![\w.])(?P<low>" + NUM + r")\s*(?:[-‐‑]?\s*(?:fold|times))?(?:[-‐‑](?=\s+to\b))?\s*(?:to|[-–—])\s*(?P<high>" + NUM
    + r")\s*(?:[-‐‑]?\s*(?:fold|times)\b|×(?!\s*\d))(?!\s+(?:daily|a\s+day|per\s+day|weekly|a\s+week|per\s+week|monthly|a\s+month|"
    r"per\s+month|a\s+year|per\s+year|yearly)\b)")
FOLD_AFTER_INTERVAL = re.compile(r"\s*[-‐‑]?\s*fold\b|\s+times\s+(?:that|those|as|higher|greater|more|the)\b")
# ... or after the intervals of values listed after it: "4.3 (95% CI 2.6 to 7.0) and 3.3 (2.1 to 5.3) times greater".
FOLD_AFTER_LISTED_INTERVALS = re.compile(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:" + NUM + r")\s*\([^()]{1,60}\))*"
                                         r"(?:" + FOLD_AFTER_INTERVAL.pattern + r")")
FACTOR_OF = re.compile(r"\b(?i:by\s+)?(?i:a\s+)?factor\s+of\s+(?:about\s+|approximately\s+|almost\s+|nearly\s+)?(?P<value>" + NUM + r")(?!\w|\.\d)")  # "varied by a factor of 2"
SUMMARY_WAS_BEFORE = re.compile(r"\b(?:median|mean)\s+(?:[A-Za-z-]+\s+){0,3}(?:was|were|is)\s+$", re.IGNORECASE)
THRESHOLD_AS = re.compile(  # "Using 2.5 ng/ml as the upper normal limit", "with 7.0% as the cut-off"
    r"(?<![\w./])(?P<cmp>)(?P<value>" + SNUM + r")(?:\s*(?P<unit>" + MEAS_UNIT + r"))?\s+as\s+(?:the|an?)\s+"
    r"(?:(?:upper|lower)\s+)?(?:(?:normal|reference)\s+)?(?:limit|cut-?\s?off|cutoff|threshold|cut\s+point)\b",
    re.IGNORECASE)
THRESHOLD_AFTER = re.compile(  # "65 years or older", "70 or older", "3 or more relapses"
    r"(?<![\w./])(?<!/\s)(?P<value>" + SNUM + r")(?:\s*(?P<unit>" + MEASURE_OR_PERCENT + r"))?"
    r"(?P<age>\s+(?:of\s+)?age|\s+old)?"  # "55 years age and older"
    r"\s+(?P<cmp>(?:or|and)\s+"
    r"(?:older|more|greater|higher|above|over|younger|less|fewer|lower|below|under|better|worse|"
    r"smaller|larger|bigger|longer|shorter))\b"  # "renal stones 20 mm or smaller"
    r"(?:\s+(?P<later>(?i:" + TIME_UNITS + r"))\b)?"  # "9 or more weeks of ...": the unit after the bound
)
# Two shares joined by "to" and compared by a test in one bracket ("rose (5.3% to 6.1%, p < 0.001)"),
# or after a verb of change ("fell 12% to 9%"): a change from one to the other, not a range.
_CHANGE_STEMS = (r"increas|decreas|rose|risen|fell|fallen|declin|improv|reduc|dropp|grew"  # verbs and nouns of change
                 r"|extend|prolong|shorten|lengthen")  # of a time: "extending treatment from 10 to 20 days"
CHANGE_VERB = r"\b(?:" + _CHANGE_STEMS + r"|chang|doubl|tripl|halv)\w*\b"
CHANGE_VERB_RE = re.compile(CHANGE_VERB, re.IGNORECASE)
# A measurement that changed from one value to another, its unit printed once after the second ("Weight decreased from
# 81.4 to 70.2 kg", "healing time fell from 25.2 to 14.9 days"): two values of one measure compared, not a range.
# Not a range's move to another ("from 9 to 12 g/d to 5 to 6 g/d").
# (``figures._measures_changed_from_to`` asks ``CHANGE_VERB_FROM_BEFORE`` for the verb.)
FROM_TO_IN_ONE_UNIT = re.compile(r"\bfrom\s+(?P<a>" + NUM + r")\s+to\s+(?P<b>" + NUM
                                 + r")\s*(?P<unit>(?!%)" + MEAS_UNIT + r")(?!\s+to\b)", re.IGNORECASE)
# Words that say a changed amount was given, a dose ("the injection volume increased from 0.05 to 0.1 ml").
DOSE_NAMED_BEFORE = re.compile(r"\b(?:doses?|dosages?|dosing|injections?|injected|infusions?)\b", re.IGNORECASE)
CHANGE_CONTINUED_BEFORE = re.compile(r"(?:\band|,)\s+(?:the\s+[^.;:%\d()]{1,50}?\s+)?from\s*$")  # "and the rate of discharge from"
CHANGE_VERB_BEFORE = re.compile(CHANGE_VERB + r"[^.;:%\d]{0,40}$", re.IGNORECASE)
# "increase the proportion of nurses with degrees from ": before "from", the verb reaches further
CHANGE_VERB_FROM_BEFORE = re.compile(CHANGE_VERB + r"[^.;:%\d]{0,80}\bfrom\s*$", re.IGNORECASE)
CHANGED_FROM_BEFORE = re.compile(  # "the increase was from [1.7 to 10.2 percentage points]", "fell from"
    r"\b(?:" + _CHANGE_STEMS + r")\w*\s+(?:(?:was|were)\s+)?from\s*$", re.IGNORECASE)
TESTED_P = r"[Pp]\s*(?:[=<>≤≥]|(?i:less|greater)\s+than\b)"  # "P < 0.02", PubMed's "P less than 0.02"
TESTED_PAIR_AFTER = re.compile(r"\s*[,;]\s*" + TESTED_P)
TESTED_AFTER = re.compile(r"\s*[,;(\[]\s*" + TESTED_P)  # "from 9.1% to 16.3% (p = 0.007)": a tested change
# Two shares in a bracket after a third: "by 12.1% (68.8% versus 56.7%)" (``figures._differences_in_points``).
PERCENT_PAIR_AFTER = re.compile(r"\s*[(\[]\s*(?P<a>" + NUM + r")\s*%\s*(?:versus|vs\.?|and|compared\s+with|to)\s+"
                                r"(?P<b>" + NUM + r")\s*%")
SECOND_INTERVAL_BEFORE = re.compile(r"(?:\bCIs?\b|confidence\s+intervals?)(?:\s*[\[(]\s*CI\s*[\])])?[\s,:=]*"
                                    r"\d+(?:\.\d+)?\s*%?\s*(?:[-–—]|to)\s*\d+(?:\.\d+)?\s*%?"
                                    r"\s*(?:versus|vs\.?|and|compared\s+with)\s*$", re.IGNORECASE)
PCT_RANGE = re.compile(
    r"(?<![\w.])(?P<low>[-−]?" + NUM + r")(?:\s*%|\s+percent\b)" + DASH + BAND_TOP + r"(?P<high>" + NUM
    + r")(?:\s*%|\s+percent\b)"  # "Nine percent to 16%", "from -9% to 24%"
)
# Comparators that set a limit on a number of people rather than round a count reported ("trials with at least 1000
# participants", "groups of no more than 20 physicians"; but "over 32,000 women were included" and a review's "with up
# to 1047 participants" are counts).
LIMIT_OF_PEOPLE = re.compile(r"(?i:at\s+least|at\s+most|no\s+more\s+than|minimum(?:\s+of)?|(?:fewer|less)\s+than)")
MILLIONS_AFTER = re.compile(r"\s+(?:million|billion)\b", re.IGNORECASE)
PEOPLE_AFTER = re.compile(
    r"(?:\s+[A-Za-z-]+){0,2}?\s+(?i:" + "|".join(PERSON_NOUNS) + r")\b"
)
NOUN_AFTER = re.compile(  # "33 110 (28 480–38 430) attributable deaths"; not "589 (549 to 629) for males"
    r"\s*(?:were|was|are|had|have)?\s*(?:(?!(?:for|in|among|of|with|by|at|to)\s)[a-z-]+\s+)?"
    r"(?P<noun>(?i:\b(?:" + NOUN + r")\b))"
)
FOLD_AFTER = re.compile(r"[-‐‑]?fold\b")
UNIT_AFTER = re.compile(r"\s*(?:" + MEAS_UNIT + r"|m\b(?!\s*[²2])"  # "walking 50 m": metres
                        r"|[×x]\s?(?:—\s?)?10\d{1,2}(?![\d.]))")  # "a 10 × 109/L trigger": a scale lost its superscript
DAY_HOUR_AFTER = re.compile(r"\s+(?:d|h)\b")  # "56 d" is days; "in 56 h..." is not a unit
TIME_POINT = re.compile(r"\b(?:at(?:\s+(?:the|both|an?|their|each))?|until|end\s+of|age\s+of|at\s+age|baseline\s+(?:to|and|vs?\.?)(?:\s+the)?)\s*$"
                        r"|(?:^|[,;(]\s*)by\s*$",
                        re.IGNORECASE)  # "at the 3-month follow-up", "at a 12-month follow-up", "from baseline to
# 3 months": when
# A time, or a list of times in one unit: "2 and 6 months", "12 weeks".
TIMES_AFTER = re.compile(r"\d+(?:\.\d+)?(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\d+(?:\.\d+)?)*\s*"
                         r"(?i:" + TIME_UNITS + r")\b")
LIST_TO_UNIT = re.compile(  # "at 1, 3, and 5 years", "(0.5, 1, 2, 3, and 4 kHz)", "(150, 300, and 600 mL)"
    r"(?:(?:\s*,\s*(?:and\s+|or\s+)?" + NUM + r"|\s+(?:and|or)\s+" + NUM + r")+"
    r"(?:(?:\s*(?:to|[-–])\s*" + NUM + r")?"  # the last a range of times: "for 2, 6, or 12 to 24 hours"
    r"\s*(?i:" + TIME_UNITS + r")\b|\s*"
    r"(?!%)" + MEAS_UNIT + r")"  # "(REL, 1,081, 52.83%)": a count and its share, not a list
    # the last hyphenated after "and" or "or": "the 12 and 24-week endpoints" ("196, 6-year olds" is a count and an age)
    r"|(?:\s*,\s*" + NUM + r")*,?\s+(?:and|or)\s+" + NUM + r"\s*" + HYPHEN + r"\s*(?i:" + TIME_UNITS + r")\b)")
# What leads a list of times that says how long ("for 12 or 16 weeks", "within 12, 18, and 24 hours"), not when:
# narrower than ``HOW_LONG_BEFORE``, whose "after", "until" and "of" lead lists of time points ("after 3, 6 and 12 months").
HOW_LONG_LIST_BEFORE = re.compile(r"\b(?:for|over|within|during|lasting|lasted)\s+(?:up\s+to\s+)?$", re.IGNORECASE)
# A lung function or other level in per cent of the value predicted for the person ("FEV1 36% predicted"): a
# measurement, not a share of people.
PREDICTED_AFTER = re.compile(r"\s*(?:of\s+(?:the\s+)?)?predicted\b(?!\s+(?:by|to|from|that)\b)", re.IGNORECASE)
# A regular spacing of visits or doses says how far apart they were, a duration even after "at"
# ("at 3-month intervals", "6 weekly intervals", "3 months interval"); "per 10-year interval" is a rate's scale.
SPACED_INTERVALS = re.compile(
    r"(?<!\bper\s)(?<!\bwithin\s)(?P<value>" + ANYNUM + r")\s*(?:" + HYPHEN + r"\s*)?"
    r"(?P<unit>(?i:" + TIME_UNITS + r"|hourly|daily|weekly|monthly|yearly))"
    r"(?:\s*" + HYPHEN + r"\s*|\s+)(?i:intervals?)\b"
    # "4-hourly", "six hourly for 24 hours", "3-monthly": how often, with no "intervals" after; a space only
    # before "hourly" and not before a plural noun ("twelve hourly samples" may count the samples)
    r"|(?<!\bper\s)(?<!\bwithin\s)(?P<often>" + ANYNUM + r")(?:\s*" + HYPHEN + r"\s*|\s+(?=(?i:hourly)\b"
    r"(?!\s+[a-z]+s\b)))(?P<often_unit>(?i:hourly|weekly|monthly|yearly))\b(?!" + HYPHEN + r")")
# A hyphenated time before one of these nouns is how long something lasted ("a 2-week history",
# "the 12-month period"); before another noun it names a group or a time point ("12-month group", "the 6-month
# follow-up visit").
_SPAN_WORD = (r"(?:(?!(?:in(?!\s+(?:vivo|vitro))|of|for|with|within|among|after|at|on|to|by|from)\s)[a-z][a-z‐‑–-]*"
              r"(?:\s+(?:and|or)\s+[a-z][a-z‐‑–-]*)?"
              r"|phase\s+(?:I{1,3}V?|IV|[1-4])[ab]?)")
# Up to two words between a hyphenated time and its noun, none a preposition: "the 1-year phase III study" ("1-year
# retention in treatment" is an endpoint's name; "in vivo" is no preposition); after a comma, up to four, listed with
# commas or not: "a 30-week, placebo-controlled, parallel-group study", "a 5-week, middle school–based obesity
# prevention intervention". Two kinds of one thing count as one word: "One-week triple and quadruple therapies".
_WORDS_TO_SPAN_NOUN = r"(?:\s+(?:" + _SPAN_WORD + r"\s+){0,2}?|\s*,\s+(?:" + _SPAN_WORD + r",?\s+){0,4}?)"
SPAN_NOUN = re.compile(
    _WORDS_TO_SPAN_NOUN +
    r"(?:history|wait|waiting|periods?|observation|courses?|treatment|cycles?|detoxification|lag|lead-in|deferral|"
    r"follow-?up(?!\s+(?:visit|exam|examination|assessment|appointment|interview|evaluation)s?\b)|"  # a visit is when
    r"therapy|therapies|trials?|study|studies|extension|interval|window|delay|stay|duration|run-in|washout|regimen|infusion|"
    r"program(?:me)?|supply|seasons?|regimens|interventions?|medication|training|supplementation|experience|"
    r"surveillance|sustainability|maintenance|monitoring|phase(?!\s+(?:\d|[IV]+\b))|surveys?|spans?|time-?frames?|"
    r"(?:space\s?)?flights?|missions?|expeditions?|deployments?|voyages?|trips?|sojourns?)\b")  # time away
# A sitting or a dose of something a hyphenated time in minutes or hours measures ("a 40-minute, semi-structured
# interview", "a 60-minute session", "four 15-minute exposures", "20-minute treatments"); in months or years the same
# noun names when it was held ("the 6-month interview").
SITTING_NOUN = re.compile(
    _WORDS_TO_SPAN_NOUN + r"(?:interviews?|sessions?|consultations?|lectures?|workshops?|classes|exposures?|treatments|"
    r"administrations?|films?|videos?)\b")
SHORT_TIME_UNIT = re.compile(r"(?i:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|h)")
# Hyphenated times listed before the noun they share ("the 24-month and 36-month course", "3-, 6- and 12-month").
HYPHENATED_TIMES_LISTED = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\d+(?:\.\d+)?\s*" + HYPHEN
                                     + r"\s*(?i:" + TIME_UNITS + r")\b")
OF_AGE = re.compile(r"\s+of\s+age\b", re.IGNORECASE)
# A number in words that opens a list of numbers in digits, which a noun at its end counts
# ("One hundred and sixty-eight, 123 and 93 participants", "Three demographic, 13 chronic and 12 acute").
WORD_LISTED_AFTER = re.compile(r"(?:\s+[a-z]+)?\s*,\s*\d+(?:\s+[a-z]+)?(?:\s*,\s*\d+(?:\s+[a-z]+)?)*,?\s+(?:and|or)\s+\d+\b")
# A number word counts without a noun only before a verb, "in/with" or "who": "three with AIDS", "two received",
# "one in the 12-month group", "the nine who completed", "One hundred and twenty four are lactating", "two have died"
# (not the idioms "the one who", "one has to").
WORD_COUNT_AFTER = re.compile(
    r"\s+(?:in|with|(?<!\b1\s)(?:who|are|have)|had|were|was|met|received|developed|died|showed|did|required|underwent|took|"
    r"became|left|lost|fell|got|went|came|gave|saw|made|chose|grew|kept|[a-z]+ed)\b")
# A bare number after the group it is drawn from, or after "that", with its verb: "Of the 251 patients with ankle
# sprains 33 had a fracture", "Of these infants 28 had", "showed that 21 were linked" (a count of that group).
SUBJECT_COUNT_BEFORE = re.compile(r"(?:(?:^|[;:(]\s*|\.\s+)(?i:of)\s+[^.;:()]{1,100}?[A-Za-z],?|\bthat)\s*$")
# A number word opening a sentence counts what the words after it name, up to its verb ("Twenty-one intravenous
# (i.v.) glucose tolerance tests were performed", "Six of these were"); not in the idioms "One of the",
# "One or more" nor in "Two factor analysis". Reading up to eight words ahead, only a verb that ends the subject
# counts (not "in", "with" or any word in "-ed", which the words of a subject can be).
WORD_OPENING_COUNT_AFTER = re.compile(r"(?!\s+(?:of\s+the|or\s+more|factors?)\b)"
                                      r"(?:\s+(?:\([^()\d]{1,20}\)|[A-Za-z][A-Za-z-]*)){1,8}?"
                                      r"\s+(?:were|was|had|received|underwent|took|completed|participated|entered|met)\b")
ENUMERATOR_AFTER = re.compile(r"[.)]\s+[A-Z]")  # "3) The mean ...": a number heading a point
BARE_COUNT = re.compile(
    r"(?<![\w./,:±=<>≤≥-])(?P<value>\d+)(?![\w/:%°-]|[.,]\d|[(\[][A-Za-z]|\s*(?:%|°|percent|[-–—]\s*\d|\)|/\s*\d)"
    r"|['′’][-‐A-Za-z\s]|\s*[apAP]\.?[mM]\b)"  # a locant ("3'-azido-3'-deoxythymidine", "the 5′ end"); "7 AM"
)
# A capitalised noun numbering one of a study's parts ("Scheme 2 practice analysis", "Study 1 participants"), not
# one that a count follows ("Sample of 200 adults").
PART_LABEL = (r"\b(?-i:Schemes?|Study|Studies|Trials?|Parts?|Periods?|Experiments?|Sessions?|Rounds?|Models?|Samples?|"
              r"Sites?|Regions?|Zones?|Blocks?|Panels?|Domains?|Questions?|Scenarios?|Options?|Sections?|Modules?)"
              r"(?!\s+of\b)")
LABEL_BEFORE = re.compile(  # "phase 3", "type 2", "Table 1", "stage 4", "EDSS 6", "aged 45"
    r"(?:\b(?i:phases?|types?|grades?|stages?|steps?|days?|weeks?|months?|years?|visits?|cycles?|"
    r"tables?|figures?|figs?|refs?|versions?|waves?|arms?|groups?|class(?:es)?|categor(?:y|ies)|"
    r"leads?|chromosomes?|exons?|codons?|scores?|scales?|levels?|items?|questions?|criteri(?:on|a)|numbers?|chi|χ|status|"
    r"no|nos|cohorts?|aged?|ages|of\s+age|wk|mo|yr|CD|IL|HLA|COVID|covid|titer|titre|Gleason|"
    r"levels?\s+of\s+evidence\s*[,:]?)|"
    r"\b[A-Z]{2,}[\w-]*|" + PART_LABEL + r")\s*(?:of\s+)?(?:\d+\s*(?:or|and|to|[-–])\s*)*$"  # "Grade 3 or 4 toxicities"
)
# What may stand before a bare count: punctuation, the sentence's start, a function word or a
# verb in -ed ("included 56"). A noun right before a number labels it ("aquaporin 4", "visit 2").
COUNT_CONTEXT = re.compile(
    r"(?:^|[(\[,;:]|\b(?:in|of|and|or|to|with|were|was|are|is|total|than|among|from|by|for|vs|"
    r"versus|including|all|only|further|additional|another|remaining|original|initial|eligible|these|those|the|a|"
    r"approximately|about|nearly|almost|some|overall|respectively|which|whom|whereas|while|but|"
    r"plus|at|had|have|has|enrol|include|recruit|study|screen|treat|follow|identify|[a-z]+ed|"
    r"found|met|saw|took|gave|got|sent|held|made|kept|lost|chose|drew|began|underwent|became|"
    r"[a-z]+ing|[a-z]+i[sz]e))\s*(?:[~∼≈]\s*)?$",  # "a population of ∼560 000": about that many
    re.IGNORECASE,
)
MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."  # "Dec. 31, 2010" (CMAJ, AMA style)
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+(?:19|20)\d\d\b)")  # "up to 30 Dec 2018"
DATE_AFTER = re.compile(rf"\s+(?:{MONTHS})(?:\b|(?<=\.))")  # "up to 5 Jan. 2019": no word boundary after a stop
DATE_BEFORE = re.compile(rf"\b(?:{MONTHS})\s*$")
OTHER_LIMIT_GAP = re.compile(r"\s+or\s+")  # between two limits of one criterion ("≥ 0.5 mg/dL or 25%")
LIMIT_NOUN_AFTER = re.compile(r"\s+(?:threshold|cut-?off|cutoff)\b", re.IGNORECASE)  # "the 10% threshold"
# A value taken as a limit: "Using 0.25 ml/kg/min as cutoff", "with 5 mm as the threshold".
AS_LIMIT_AFTER = re.compile(r"\s+as\s+(?:the\s+|a\s+)?(?:threshold|cut-?\s?off|cut[-\s]points?|limit)\b",
                            re.IGNORECASE)
# A survival or event-free share, or a cumulative incidence, which survival analyses print with its SE:
# "5-year EFS 52 ± 11%", "2-year cumulative incidence ... (35.4±6.4%)".
SURVIVAL_BEFORE = re.compile(r"\b(?:survival|EFS|OS|PFS|DFS|RFS|cumulative\s+incidence|freedom\s+from|patency"
                             r"|(?:event|disease|relapse|progression|recurrence)[-‐ ]free)\b",
                             re.IGNORECASE)
RISK_AFTER = re.compile(r"\s+risk\b", re.IGNORECASE)  # "at 50% risk of being a carrier": a group's limit
POWER_AFTER = re.compile(r"\s+(?:statistical\s+)?power\b", re.IGNORECASE)  # "90% power": a study's power
TARGET_BEFORE = re.compile(r"\b(?:(?:to|can|could|may|will)\s+(?:safely\s+)?achieve|target(?:s|ed)?\s+(?:of|at|to)|goal\s+of)\s+$",
                           re.IGNORECASE)  # "to achieve 7% HbA1c", "a target of 90%"; not "the target range for 61%"
# Target levels in a unit of measurement, one or a list ("a target blood concentration of 3, 4 or 5 μg/ml",
# "when the target was 5 μg/ml"): limits the design set, as target shares are.
TARGET_LEVELS = re.compile(r"(?i:\btarget(?:s|ed)?\b(?:\s+(?!dos(?:e|es|ing)\b)[a-z]+){0,3}?\s+(?:of|was|were|at|=|:)\s*)"
                           r"(?P<values>(?:" + NUM + r"\s*,\s*)*(?:" + NUM + r"\s*,?\s+(?:or|and)\s+)?)"
                           r"(?P<value>" + NUM + r")\s*(?P<unit>" + UNTIMED_UNIT + r")")
# The level of the intervals named apart from any of them: "a confidence interval of 95% (CI 95%)".
LEVEL_NAMED_BEFORE = re.compile(r"(?:\bconfidence\s+(?:intervals?|level)\s+(?:of|at)|[(\[]\s*CI)\s*$", re.IGNORECASE)
PERCENT = re.compile(  # not the level of an interval: "with 95% CIs", "95% confidence limits", "95% Bayesian credible
    # interval", "95% [confidence interval] CI", "95% C.I", "95% predictive intervals", "95% uncertainty limits"
    r"(?<![\w.])(?P<value>" + NUM + r")(?:\s*%|\s+percent\b)"
    r"(?!\s*(?:\[[^\]]{1,25}\]\s*)?(?:(?:Bayesian|one-sided|two-sided|lower|upper|simultaneous|Wald|exact|bootstrap(?:ped)?|"
    r"Clopper-Pearson|Wilson|score|profile(?:\s+likelihood)?)\s+)*"
    r"(?:CIs?|CrIs?|UIs?|PIs?|C\.\s?I\b|(?:confiden(?:ce|t)|credible|uncertainty|predicti(?:on|ve))\s+(?:intervals?|limits?|bounds?))"
    r"(?:\b|(?<=\.)))"
)
# A per cent that sets the level of a test: "the 5% significance level", "at 5% [one-sided] significance".
# "significant at the 5 per cent level": the level a test is held to, once significance was named before it.
SIGNIFICANT_AT_LEVEL = re.compile(r"\bsignifican\w*\s+at\s+the\s+$", re.IGNORECASE)
SIGNIFICANCE_AFTER = re.compile(r"\s*(?:\[[^\]]{1,20}\]\s*)?(?:(?:one|two)-sided\s+)?(?:level\s+of\s+)?significance\b",
                                re.IGNORECASE)
TELL_APART_BEFORE = re.compile(r"\b(?:differentiat|distinguish|discriminat)\w*\s*$", re.IGNORECASE)
# "a mean (SD) of 14.5% (8.0%)": after a header that names the SD, the bracket after a per cent holds it.
PERCENT_SD_AFTER = re.compile(r"\s*[(\[]\s*(?P<sd>" + NUM + r")\s*%\s*[)\]]")
SD_AFTER_PERCENT = re.compile(  # "17.6% (SD 24.5)", "71% (standard deviation [SD] = 1%)"
    r"\s*[(\[]\s*(?:SD|standard\s+deviation(?:\s*\[SD\]|\s*\(SD\))?)\s*[:=,]?\s*(?P<sd>" + NUM + r")\s*%?\s*[)\]]")
LIST_NEXT = re.compile(  # "0.75 for OCB, 0.83 for Select-3, and 0.71 for Select-6"
    r"\s+(?:for|in|with|among)\s+[^,;()]{1,40}?(?:,\s*(?:and\s+)?|\s+(?:and|versus|vs\.?)\s+)"
    r"(?P<value>" + SNUM + r")(?!\.?\d|%)(?=\s+(?:for|in|with|among)\b)"
)
VERSUS_NEXT = re.compile(r"\s+(?:versus|vs\.?)\s+(?P<value>" + SNUM + r")(?!\d|\.\d|%|\s*[-–(\[])")  # "AUC = 0.91 versus 0.72"
# Two groups' scores compared in a bracket, with the test's p value: "(102 vs. 107, p = 0.016)", "(26 versus 19, P < .001)".
# A summary whose own value, a time, came before this one: "after a median follow-up of 11.9 years was [11.9 cases
# per 10,000 person-years]" (the rate is no median).
SUMMARY_OF_A_TIME_BEFORE = re.compile(r"\b(?:median|mean|average)\b[^;]*?\d\s*(?i:" + TIME_UNITS + r")\b[^;\d]*$",
                                      re.IGNORECASE)
# An interval's level named with no bounds after it ("Estimates of 90 per cent confidence intervals for the true
# improvement"): no figure of its own.
LEVEL_OF_UNPRINTED_INTERVALS = re.compile(
    r"(?<![\w.])\d{2}(?:\.\d)?\s*(?:%|per\s?cent)\s+(?:confidence|credible|tolerance)\s+(?:intervals?|limits?)"
    r"(?![^;]{0,25}\d)", re.IGNORECASE)  # no bounds follow, even after "[CI]," or "of"
# A standard error printed in words after its estimate ("mean difference 2.6 days, standard error 0.3 days"): the
# estimate's spread, as an SD after "±" is, not a figure of its own.
STANDARD_ERROR = re.compile(r"\bstandard\s+errors?\s*(?:of\s+|[=:]\s*)?" + SNUM + r"(?:\s*(?:%|[A-Za-z]+\b))?",
                            re.IGNORECASE)
LEVEL_OF_AN_INTERVAL_AFTER = re.compile(r"\s*(?:limits?\s+of\s+agreement|CI\b|CrI\b|confidence|credible|prediction)",
                                        re.IGNORECASE)  # "differences (95% limits of agreement)"
SCORES_COMPARED_AFTER = re.compile(r"\s*(?:vs\.?|versus|v)\s*[,.]?\s*(?P<value>\d+(?:\.\d+)?)\s*[,;]\s*[Pp]\b")
SCORE_NAMED = re.compile(r"\b(?:scores?|IQ|scales?)\b", re.IGNORECASE)
OPEN_BRACKET_BEFORE = re.compile(r"[(\[]\s*$")
# The next value of a bare run after a named one: ", 0.245", " and 4.13".
_NEXT_IN_RUN = r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<value>" + SNUM + r")(?![\d%]|\.\d)"
RESPECTIVELY_NEXT = re.compile(  # "likelihood ratios of 45.9 and 0.245, respectively", "HR: 1.59 and 1.63, P<0.0001, respectively"
    _NEXT_IN_RUN + r"(?=(?:[^.;()]|(?<=\d)\.(?=\d)){0,60}?\brespectively\b)"
)
# The further values after a measure named in the plural ("adjusted ORs 4.85 and 4.13", "HRs of 1.2, 1.5 and
# 1.9"): a bare run of numbers, each one of the measure.
PLURAL_NEXT = re.compile(_NEXT_IN_RUN + r"(?!\s*[-–(\[])")
# Two more bare values after a singular name's first, by commas then "and" ("HR: 1.0, 0.60, and 0.53 in cohort 1"):
# a run of three, each the measure's; a single comma and value may be the first's interval.
RUN_OF_THREE_AFTER = re.compile(r"\s*,\s*(?:" + NUM + r")\s*,?\s+and\s+(?:" + NUM + r")(?![\d.]|\s*[-–(\[])")
# An absolute effect as GRADE summaries print it: "6 more events per 1000 (95% CI 10 fewer to 26 more)".
MORE_FEWER = re.compile(
    r"(?<![\w.])(?P<value>" + NUM + r")\s+(?P<dir>more|fewer|less)\s+(?P<noun>(?:[a-z]+\s+){0,3}?)per\s+(?P<scale>10{2,})(?!\d)"
    r"(?:\s*[,;(]\s*(?:\d{2}\s*%\s*)?(?:CI|confidence\s+interval)[\s,:]*(?P<low>" + NUM + r")\s+(?P<ldir>more|fewer|less)"
    r"\s+to\s+(?P<high>" + NUM + r")\s+(?P<hdir>more|fewer|less)\)?)?", re.IGNORECASE)
MORE_FEWER_BEFORE = re.compile(  # "29 fewer cardiovascular events and [14 fewer deaths per 1000]": the scale is shared
    r"(?<![\w.])(?P<value>" + NUM + r")\s+(?P<dir>more|fewer|less)\s+(?:[a-z]+\s+){0,3}?(?:and|,)\s+$", re.IGNORECASE)
PER_NOUN_AFTER = re.compile(r"\s+[a-z-]+\s+per\b")  # "one event per 10,340 patient-hours": a rate's events
RATE = re.compile(  # "The adjusted annualized relapse rate was 0.02 with eculizumab and 0.35 ..."
    r"(?i:\b(?P<measure>(?!(?:infusion|flow|drip)\b)[a-z-]+(?:\s+\([A-Za-z]{1,8}\))?\s+rates?)\b(?!\s+ratio))"
    r"(?:\s+(?:in|of|for|among|with)\s[^,;:()=]{1,60}?)?"
    r"(?:\s+(?:was|were|is|of)\s+|\s*[:=]\s*)(?P<value>" + NUM + r")(?!\.?\d|%|[-‐‑][A-Za-z]|\s*(?:±|\+/-|%|×|[-‐‑]?fold\b|times\b|percent\b)|\s*(?:units?|IU|U)\s*(?:/|per\b)|\s+(?:and|or|to|vs\.?|versus)\s+[\d.]+\s*(?:%|percent\b)"
    r"|\s*(?:to|[-–—])\s*[\d.,]+\s*(?:/|per\s|%))"  # "a rate of 40 to 70 per 100,000", "of 12–36%": ranges
    r"(?!\s*(?:/|\s+(?:out\s+)?of\s+)\s*\d+\s*[(\[]\s*[\d.]+\s*%|\s*[(\[]\s*[\d.]+\s*%\s*[)\]]"  # a count and its share: "the
    # stone-free rate was 39/66 (59%)", "survival rates were 148 of 628 (23.6%)", "the mortality rate was 15 (18.7%)"
    r"|\s+(?:" + "|".join(PERSON_NOUNS) + r")\b(?!\s+(?:in|per)\s+\d)"  # the people counted: "pregnancy rates of
    # 771 couples" (not "a prevalence rate of 27 cases in 10,000 people"); so are the things counted, after a whole
    # number with no scale ("the return rate of 69,377 sold implants was 2.78%", not "a rate of 35 deaths per 100,000",
    # "6 units per hour", "20.3 cases")
    r"|(?<![.,]\d)(?<![.,]\d\d)\s+(?:[a-z]+\s+)?(?!(?:times|" + TIME_UNITS + r")\b)[a-z]{3,}s\b"
    r"(?!\s*(?:/|[-‐‑]|(?:in|per)\s|\()))"
    r"(?:\s*(?:/|\s+per\s+)(?P<scale>10{2,}" + WHOLE + r"|million|thousand)(?:\s+(?:population|persons|"
    r"people|inhabitants|person-years|patient-years|per\s+year|a\s+year))*)?" + CI_TAIL
)
SUMMARY_OF_RATE = re.compile(r"\b(?P<summary>median|mean|average)\s+(?:[a-z-]+\s+){0,3}rates?\b",
                             re.IGNORECASE)  # "the median annual bleeding rate was"
DURATION = re.compile(
    r"(?P<value>" + ANYNUM + r")\s*(?:(?P<hyphen>[-‐‑])\s*)?"
    r"(?:(?:consecutive|successive|total|more|additional|further|extra|post-?operative)\s+)?"  # "2 more months"
    r"(?:(?P<scale>million|billion)\s+(?=(?i:" + PERSON_TIME + r")))?"  # "7.3 million person-years"
    r"(?P<unit>(?i:" + TIME_UNITS + r"))\b"
    r"(?![-‐‑]old)"
    r"(?P<after>\s+(?:of\s+)?follow-up(?!\s+(?:visit|exam|examination|assessment|appointment|interview|evaluation)s?\b))?"
)
# A gestational age: how far a pregnancy had gone, a limit of who was studied ("before 37 weeks of
# gestation", "until 34 weeks' gestation"), not how long anything lasted ("9 months of pregnancy" is).
GESTATION_AFTER = re.compile(r"(?:['’]s?)?\s+(?:of\s+)?gestation(?:al\s+age)?\b", re.IGNORECASE)
# An age that bounds a group or a risk ("after age 80 years", "until the age of 10 years"); "at age 5"
# is a time point of the schedule.
# Weeks that are a gestational age without saying so: "delivery before 39 weeks", "born after 34 weeks".
BIRTH_LIMIT_BEFORE = re.compile(r"\b(?:deliver(?:y|ies|ed)|born|births?|cesareans?|caesareans?)\s+(?:\w+\s+)?"
                                r"(?:before|after|beyond|by|from|until|at\s+or\s+(?:after|before))\s+$", re.IGNORECASE)
# ... or in a sentence about pregnancy or birth, weeks after a word of limit ("mortality of babies born before 32
# weeks was high, and after 32 weeks low", "stillbirth after 37 weeks").
WEEKS_LIMIT_BEFORE = re.compile(r"\b(?:before|after|beyond|from|until|by)\s+$|[<>≤≥⩽⩾]\s*$", re.IGNORECASE)
PERINATAL = re.compile(r"\b(?:gestation|pregnan|born\b|birth|stillbirth|deliver|preterm|fetal|fetus|perinatal|neonat)",
                       re.IGNORECASE)
GESTATIONAL_WEEKS = re.compile(r"(?<![\w.+])(?P<value>\d{2})(?:\+\d)?\s+gestational\s+weeks?\b", re.IGNORECASE)
WEEKS_AND_DAYS = re.compile(r"(?<![\w.+])(?P<value>\d{2})\+[0-6]\s*(?:weeks?|wk)\b")  # "41+0 weeks": weeks+days
THEN_AFTER = re.compile(r"\s+later\b", re.IGNORECASE)  # "Three years later, we identified": when, not how long
LATER_AFTER = re.compile(r"\s+or\s+(?:later|more|earlier|less|beyond|above|below)\b", re.IGNORECASE)
AGE_LIMIT_BEFORE = re.compile(r"\b(?:after|before|until|through|under|over|up\s+to|by|beyond|beginning\s+at|"
                              r"starting\s+at)\s+(?:the\s+)?age\s+(?:of\s+)?$"
                              r"|\b(?:from|reaching|reached)\s+age\s+$"  # "from age 12 years" ("from the age of 18": since when)
                              r"|(?<!\bwere\s)(?<!\bwas\s)\baged\s+$"  # "women aged 60 years": who was studied (9
                              # keys, all limits); "patients were aged 62.7 years" says how old they were
                              r"|\bage(?:\s+of\s+(?:sale|purchase|consent|eligibility))?\s+(?:to|from)\s+$",  # "the age of sale to 21 years"
                              re.IGNORECASE)
AVERAGED_BEFORE = re.compile(  # "follow-up averaged 4.1 years", "followed up, on average, for 2.1 years": a mean
    r"\baverag(?:ed|ing)\s+$|\bon\s+average,?\s+(?:for\s+)?$", re.IGNORECASE)
ON_AVERAGE_AFTER = re.compile(r"\s+(?:on|in)\s+(?:the\s+)?average\b", re.IGNORECASE)  # "followed 23.4 months in average"
# A measurement with the word of a comparison after it is how far two groups differ ("22 ml/year higher than").
TIMED_TEST_AFTER = re.compile(  # "the 6 min walk test", "6-minute walking distance": a test's name
    r"[\s-]*(?:walk(?:ing)?|step|stair[\s-]?climb(?:ing)?)[\s-]+(?:distance|test)\b", re.IGNORECASE)
# A mass that is a weight, not a dose: after a verb of weighing, the values of its list too ("weighing 96 g, 183 g,
# and 200 g less").
MASS_UNIT = re.compile(r"k?g|grams?|kilograms?", re.IGNORECASE)
WEIGHED_BEFORE = re.compile(r"\bweigh(?:ed|ing|s|t\s+of)?\s+(?:[\d.,]+\s*k?g\s*,?\s*(?:and\s+|or\s+)?)*$",
                            re.IGNORECASE)
MORE_OR_LESS_AFTER = re.compile(r"\s+(?:higher|lower|greater|less|more|fewer|smaller|larger)\b", re.IGNORECASE)
# A time that one group reached before another ("resolved 1.7 days earlier in patients taking ..."), and a difference
# in age or in how long something lasted ("seven years older (95% CI", "waited 10 minutes longer"); "three months
# later." and "collected 20 years earlier and" time a narrative instead.
SOONER_AFTER = re.compile(r"\s+(?:(?:earlier|later|sooner|faster)\s+(?:in|with|for|than|among|on)\b"
                          r"|(?:older|younger|longer|shorter)\b)",
                          re.IGNORECASE)
LATER_YEARS_AFTER = re.compile(r"\s+or\s+(?:more\s+recent(?:ly)?|later|earlier|after|before|since)\b", re.IGNORECASE)
YEAR_AHEAD_BEFORE = re.compile(r"\b(?:by|until|till|in|to|through|before|after)\s+(?:the\s+year\s+)?$", re.IGNORECASE)
AT_BEFORE = re.compile(r"\bat\s*[~≈∼]?\s*$", re.IGNORECASE)  # "a test at ∼28 weeks of gestation": when
# A follow-up visit reached "by" ("retention by 3-month follow-up was 67%"): when, as "at 3-month follow-up" is.
BY_FOLLOW_UP = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
PER_SCALE = re.compile(  # "~1/100,000 population", "<1/million", "3.5 per 100 000", "2.39 deaths per 100 ICU days"
    r"(?<![\w./])(?<!\d[-–—])(?:[~≈∼]\s*|(?P<cmp>" + CMP + r")\s*)?(?P<value>(?<![-−])[-−]?" + NUM + r")"
    # a change in a rate keeps its sign ("women: −10.6 per 100 000"); what is counted, in one or two words
    # ("2 mesothelioma deaths per 1000 deaths")
    r"(?P<noun>(?:\s+(?!(?:of|and|or|in|to|the|an?|were|was|is|are|with|for|from|at|on|by|parts)\b)"
    r"(?:[a-z][a-z-]+|(?-i:[A-Z]{2,}s)\b)){1,2}?)?"  # "52 ADEs per 100 admissions": events by their acronym
    r"\s*(?:/(?:\s+(?=1(?:0{0,2},000|000)))?|\s+per\s+)"  # "157 / 100,000 live births" (not a Snellen "20/ 100")
    r"(?P<scale>1(?:0{0,2}(?:,000)+|0{2,})(?!\d|\.\d|,\d)|(?:(?:1|one)\s+)?(?:million|thousand|billion)"
    r"|(?:person|patient)[-‐‑ ](?:years?|months?)"
    # events per person counted ("3.5 consultations per patient"), not a dose ("10 mg per patient")
    r"|(?<=s\sper\s)(?:patient|person|capita|inhabitant|resident|individual|child|woman|household))\b"
    r"(?!\s*(?:mm\s?Hg|m[lL]|[dg])\b)"  # "167/100 mm Hg": a blood pressure; "333 mg/100 ml": a concentration
)
# The low end of a range of rates, with no "from" before it (which would make the two a change).
RATE_RANGE_LOW_BEFORE = re.compile(  # "40 to 70 per 100,000", "between 50 and 112 occurrences per 100,000"
    r"(?:(?P<between>\bbetween\s+)|(?<!\bfrom\s))(?<![\w./])(?P<low>" + NUM + r")\s*(?:to|[-–—]|(?(between)and|(?!)))\s*$")
# The first of two rates compared, printed before the one that states the scale: "6.38 intubations
# versus 21.25 intubations per 100 ICU days".
RATE_PARTNER_BEFORE = re.compile(  # "6.38 intubations versus [21.25 per 100 ICU days]", "from 21 to [25 per 100 000]"
    r"(?P<start>\bfrom\s+)?(?<![\w./])(?<!\bper\s)(?P<value>" + NUM + r")(?:\s+[a-z][a-z-]+)?\s+"
    r"(?:versus|vs\.?|and|(?(start)to|(?!)))\s+$")  # not a scale: "8.6 events per [1000 person-years] and"
# A count whose noun is none of the listed ones: a number (digits or words), up to two words
# describing it, then a plural noun ("4 proposed components", "nine sibships", "two disorders").
# Plurals that do not end in "s": "two bacteria", "three strata", "four criteria".
IRREGULAR_PLURALS = (r"(?:bacteria|criteria|strata|phenomena|taxa|genera|loci|foci|nuclei|fungi|stimuli|teeth|"
                     r"feet|mice|sera|curricula|indices|matrices|vertebrae|larvae|media)")
# A hyphenated time describing what is counted ("four 30-minute exposures", "six 24-h dietary recalls").
_HOW_LONG = r"\d+(?:\.\d+)?" + HYPHEN + r"(?i:" + TIME_UNITS + r")\b"
HYPHENATED_TIME = re.compile(r"(?<![\w.])" + _HOW_LONG)
PLURAL_COUNT = re.compile(
    r"(?<![\w./,:±=<>≤≥~*-])(?P<value>\d+)(?![\w/:%-]|[.,]\d)"
    r"(?P<adj>(?:(?:(?<=[A-Za-z]),(?!\s+[a-z]+ing\b))?\s+(?!(?:" + "|".join(STOP) + r")\b)(?:[A-Za-z]|" + _HOW_LONG
    + r")[\w+/‐‑–-]*"
    r"(?:\s+(?:and|or)\s+(?!(?:" + "|".join(STOP) + r")\b)[a-z][\w‐‑-]*)?){0,3}?)"
    r"\s+(?!(?:" + "|".join(STOP) + r")\b)(?P<noun>[a-z][a-z‐‑-]*[a-hj-rtv-z]s|[A-Z]{2,5}s|" + IRREGULAR_PLURALS + r")\b"  # "78 GPs"
    r"(?![‐‑/-]|\s+(?:per|that|the|an?)\b)"  # "6 indicates that": a verb, not a noun
)
# A unit of measurement between a number and its noun: "19 mm valves", "20 mg tablets" are sizes, no count.
MEASURED_BEFORE_NOUN = re.compile(r"\s+(?:[mck]?m|[mµμn]?g|mcg|[md]?[lL]|c?Gy|mmHg|k?Hz|dB|[mµμn]mol|IU)(?=\s|$)")
# Nouns after a number that make it no count: "43 degrees C" is a temperature, "56 pack-years" how much someone smoked.
NOT_COUNTED = re.compile(r"(?i:" + TIME_UNITS + r"|times|points?|percent|fold|units?|degrees?|pack[-‐‑]years|miles|"
                         r"(?:kilo|centi|milli|micro)?(?:met(?:er|re)s|lit(?:er|re)s|grams)|kilos|pounds|ounces|inches)$")
TIME_POINTS = re.compile(r"\btime points$", re.IGNORECASE)  # "at 4 time points": occasions counted, not points scored
# References: "[1]", "[2, 3]", "[4-6]"; a journal's volume, issue and pages closing the abstract ("Cancer Epidemiol
# Biomarkers Prev; 21(9); 1479–88. ©2012 AACR.", "(Fam Med 2011;43(5):338-43.)").
CITATION = re.compile(r"\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]"
                      r"|(?<![\w.])\d{1,4}\s*\(\s*\d+(?:\s*[–-]\s*\d+)?\s*\)\s*[;:]\s*\d+(?:\s*[–-]\s*\d+)?(?![\d.])")
# The value a summary changed to after "from": "from 1.3 to 0.4", "from 11.2 ms at baseline to 12.6 ms" (a time point of
# one word may sit between them).
TO_NEXT = re.compile(r"(?:\s+(?:at|before|after)\s+(?!to\b)[A-Za-z-]+)?\s*to\s+(?P<value>" + SNUM + r")" + WHOLE
                     + r"(?!\s*%)")
SUMMARY_NAMED = re.compile(r"\b(median|mean|average[ds]?)\b", re.IGNORECASE)  # "average", "averaged" name a mean
SUMMARY_WITH_SPREAD = re.compile(  # "median: 2; Q1, Q3 [1, 3]", "median 2 (IQR 1-3)", "mean 4.1 [3.2, 5.0]"
    r"\b(?P<word>median|mean)\b(?:\s+[A-Za-z][\w-]*){0,4}?(?:\s+(?:was|were|of))?[:,]?\s*-?\d[\d.]*\s*[;,]?\s*[(\[]?\s*"
    r"(?:IQR|inter\s*quartile\s+range|range|Q1\s*,\s*Q3|SD)?"
    r"[:,]?\s*[(\[]?\s*-?\d[\d.]*\s*(?:,|-|–|to)\s*-?\d[\d.]*\s*[)\]]",
    re.IGNORECASE)
_DIFFERENCE_IN = r"\bdifferences?\s+(?:in|of|between)\s+(?:the\s+)?"
DIFFERENCE_IN_BEFORE = re.compile(_DIFFERENCE_IN + r"$", re.IGNORECASE)  # "the difference in [mean IOP was 1.1 mmHg]"
DIFFERENCE_IN_MEAN = re.compile(_DIFFERENCE_IN + r"mean", re.IGNORECASE)  # "the difference in mean values ... was 1.3"
SUMMARY_HEADER = re.compile(  # "median (IQR)", "mean [SD]": what every bracket after it holds
    r"\b(?:median|mean)\s*[(\[]\s*(?:IQR|range|SD|inter\s*quartile\s+range|standard\s+deviation)\s*[)\]]",
    re.IGNORECASE)
VALUE_RANGE = re.compile(  # "0 [range 0-3.2]", "1.7 [range, 0.5-5]", "12 (IQR 3-9)", "60% (IQR 30% to 89%)"
    r"(?<![\w.])(?P<value>" + SNUM + r")\s*"
    r"(?:(?P<unit>(?:s|sec)\b|(?!%)" + MEAS_UNIT + r"|[A-Za-z]+)|(?P<pct>%)(?:\s+[a-z]+)?)?\s*[(\[]\s*"
    # what the value is, named before its spread ("12 days (median, IQR 4-20)"; seconds as "s" are a unit only where
    # the bracket says a measurement came before), or its unnamed SD before a range ("45.41 years (11.67, range 20–62
    # years)": a mean, its SD and its range)
    r"(?:(?P<name>(?i:mean|median|average|geometric\s+mean))(?:\s+(?i:time|value|duration|age|level|score))?\s*[;,]\s*"
    r"|(?P<sd>" + NUM + r")(?:\s*" + MEAS_UNIT + r")?\s*[,;]\s*(?=(?i:range)))?"
    r"(?P<interval>(?i:range|IQR|(?:inter)?quartile\s+range))"  # "12 months (quartile range 6–36)"
    r"[,:=]?\s*(?P<low>" + SNUM + r")\s*%?\s*(?:[-–—]|to)\s*(?P<high>" + SNUM + r")\s*(?:%|" + MEAS_UNIT
    + r"|[A-Za-z]{1,8})?\s*[)\]]"
)  # "13 days (interquartile range 7 to 26 days)": the bounds in the value's unit
# A value in a unit with its spread in brackets and no word for either: "[15.5 days (1–24)]", "8 h (3 h-52 h)",
# "24 months (11-108 months)", "48.8 mg/kg (10–571.1)".
VALUE_UNIT_SPREAD = re.compile(
    r"(?<![\w.])(?P<value>" + NUM + r")\s?(?!%)(?P<unit>" + MEAS_UNIT + r")\s*[(\[]\s*(?P<low>" + NUM + r")\s*"
    r"(?:" + MEAS_UNIT + r")?\s*(?:[-–—]|to)\s*(?P<high>" + NUM + r")\s*(?:" + MEAS_UNIT + r")?\s*[)\]]"
)
# A value that continues a median or mean in a list: "20 months [95% CI 13-26] vs 15 months
# [13-17]", "22.7 months among men and 23.5 months among women", "6 (1.5-12.8) hours in total for
# the prone group and 0 (0-2) hours in the standard care group".
# The rest of a list whose unit is printed once, after its last value ("8.8 and 8.3 months", ", 33 and 35 weeks").
LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"  # between a list's items: ", ", ", and ", " or "
UNIT_PRINTED_LAST = re.compile(r"(?:" + LIST_SEPARATOR + SNUM + r")*\s*(?:(?i:" + TIME_UNITS + r")|points?)\b")
# A summary that changed, named once: "The median ARR ... was 0.33, and this decreased significantly to 0",
# "approximately 57% at 12 months, which fell to 38.4% at three years": the new value is the same summary.
CHANGED_TO_NEXT = re.compile(
    r"[^;.()\d]{0,40}?\b(?:decreased|increased|fell|rose|dropped|declined|improved|reduced)(?:\s+[a-z]+ly)?\s+to\s+"
    r"(?P<value>" + NUM + r")(?!\.?\d)(?:\s*(?P<unit>%|[A-Za-z]+))?", re.IGNORECASE)
# A bare value opening a bracket, then a comma, before a range: "(94.3, [29.7–402.8 mIU/L]".
BARE_VALUE_IN_BRACKET_BEFORE = re.compile(r"[(\[]\s*(?P<value>" + NUM + r")\s*,\s*$")
SUMMARY_NEXT = re.compile(
    r"(?:\s*[(\[][^()\[\]]{1,40}[)\]])?(?:\s+[a-z]+)?(?:\s+(?:in|for|among|with|on|after|during)\s+[^,;()\d]{1,40}?)?"
    r"(?:\s*,\s*(?:and\s+)?|\s*\b(?:and|(?i:vs)\.?|v|versus|compared\s+with)\s+)"  # BMJ's "v"
    r"(?:1\s*:\s*(?=\d))?(?P<value>" + SNUM + r")(?!\d|\.\d|\s*:\s*\d)(?:\s*(?P<unit>(?!(?:vs|versus|and|or|v)\b)[A-Za-z]+))?"
    r"(?:\s*[(\[]\s*(?:(?:\d{2}%\s*CI|" + INTERVAL_WORDS + r")[,:]?\s*)?(?P<low>" + SNUM + r")" + SEP
    + r"(?P<high>" + SNUM + r")\s*[)\]])?"
)
# Pages of a citation ("NEUROLOGY 1997;48: 384-393") and registry numbers ("2010-019469-26")
# A reference printed in the text ("Hippokratia 2016, 20(2): 121-126", "Bone Jt Open 2024;5(2):147–153"): its volume,
# issue and pages are no figures.
REFERENCE_IN_TEXT = re.compile(r"(?<![\w.])(?:1[89]|20)\d{2}\s*[;,]\s*\d{1,4}\s*(?:\(\s*\d+(?:[-–]\d+)?\s*\))?\s*:\s*"
                              r"[eA-Z]?\d+(?:\s*[-–]\s*[eA-Z]?\d+)?(?![\d,]\d|\.\d)"
                              # APA: "Journal of Gerontological Nursing, 46(2), 32–40"
                              r"|(?<=[A-Za-z],\s)\d{1,4}\(\d{1,3}(?:[-–]\d{1,3})?\),\s*[eA-Z]?\d+\s*[-–]\s*[eA-Z]?\d+(?!\d)"
                              # the older closing citation: "(J. Urol., 140: 964-967, 1988)", "(JAMA229:409-418, 1974)"
                              r"|(?:(?<=[A-Za-z])|(?<=[A-Za-z]\s)|(?<=[A-Za-z][.,]\s)|(?<=[A-Za-z]\.,\s))"
                              r"\d{1,4}\s*:\s*\d+\s*[-–]\s*\d+\s*,\s*(?:1[89]|20)\d{2}(?=\s*\))"
                              # Elsevier's bracketed citation: "[Br. J. Plast. Surg. 48 (1995) 345]", "[N Engl J Med 333
                              # (1995) 1517-1521]"
                              r"|(?:(?<=[A-Za-z]\.\s)|(?<=[A-Za-z]\s)|^)\d{1,4}\s*\((?:1[89]|20)\d{2}\)\s*\d+(?:\s*[-–]\s*\d+)?(?=\s*\])")
# Numbers that are part of a name, claimed before any rule reads them: the first parts of hyphenated compounds
# sharing one tail ("1-, 3-, and 5-year survival", "3- and 6-month visits") and the second of FEV1 ("forced
# expiratory volume in one second").
PART_OF_A_NAME = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?[-‐‑](?=\s*(?:,|and\b|or\b|&))"  # ("3- to 4.5-hour window" is a range)
    r"|(?<=\bvolume in )1\s*s(?:ec(?:ond)?)?\b"
    # a schedule's name: "3×WHD" (three times weekly haemodialysis), "2×weekly" (``FOLD`` leaves both)
    r"|(?<![\w.])\d\s?×\s?(?:(?!ULN\b|LLN\b)(?-i:[A-Z]{2,})|daily\b|weekly\b|monthly\b)"
    r"|(?<![\w.,])\d{9,}(?!\d|[.,]\d)"  # a registration or record number ("Prospero No. 42017054854"), no quantity
    # a radionuclide's mass number, set apart from its element when a superscript is lost ("18 F-FDG", "99mTc-MDP")
    r"|(?<![\w.])(?-i:18\s?F|1[14]\s?C|13\s?N|15\s?O|99m\s?Tc|6[78]\s?Ga|12[345]\s?I|131\s?I|111\s?In|177\s?Lu|90\s?Y"
    r"|82\s?Rb|64\s?Cu|89\s?Zr|201\s?Tl|223\s?Ra|153\s?Sm)(?=[-‐‑]\s?[A-Za-z]|(?-i:[A-Z]{2}))"
    r"|(?<![\w.])18\s?\(F\)(?=[-‐‑]\s?[A-Za-z])"  # "18 (F)-fluoro-deoxyglucose"
    # the mass number after its element, named or as its symbol ("thallium-201", "Tl 201", "TI 201" as scanned,
    # "Ga-67", "technetium 99m"); "In" and "I" are words too, so their symbols need the hyphen ("In-111", "I-131")
    r"|\b(?i:thallium|thallous\s+chloride|technetium|iodine|gallium|indium|xenon|rubidium|krypton|chromium|strontium"
    r"|samarium|lutetium|yttrium|cobalt|ca?esium|iridium|fluorine|radium|zirconium)[\s-]\d{1,3}m?\b(?![.,]\d)"
    r"|\b(?-i:Tl|TI|Tc|Ga|Xe|Rb|Kr|Cr|Sr|Sm|Lu|Cs|Ir|Zr|Ra)[\s-](?-i:201|99m|6[78]|133|127|82|81m|51|89|153|177"
    r"|137|192|223)\b(?![.,]\d)"
    r"|\b(?-i:In|I|F|Y|Co)-(?-i:111|12[35]|131|18|90|5[78]|60)\b(?![.,]\d)"
    # a karyotype ("t(8;21)(q22;q22)", "inv(16)(p13q22)"): chromosome and band numbers name a rearrangement
    r"|(?<![\w.])(?-i:t|inv|del|dup|der|ins)\(\d+(?:;\d+)*\)(?:\([pq][\d.]+(?:;?[pq][\d.]+)*\))?"
    # a fraction in words ("two thirds of women", "one half of the studies"): not keyed, as the corpus README settles
    r"|(?<![\w.])[1-9]\s*[-‐‑]?\s*(?:halves|half|thirds?|quarters?|fifths?)\b(?![-‐‑])"
    # a response named by the share of improvement it requires ("PASI 75 response", "EASI-90", "ACR20"): an endpoint's
    # name (a PASI score tops at 72, so "PASI 75" is never a score)
    r"|(?:(?<=\bPASI[\s-])|(?<=\bEASI[\s-]))(?:50|75|90|100)\b(?![.,]\d)|(?:(?<=\bACR)|(?<=\bACR[\s-]))(?:20|50|70)\b(?![.,]\d)"
    # a gene's star allele ("CYP2C19*2 loss-of-function carriers", "*17"): the allele's name
    r"|(?<=[A-Za-z0-9]\*)\d+[A-Z]?\b"
    # a tumour marker's number ("CA 19-9", "CA-125", "CA 15-3"): the marker's name
    r"|(?<=\bCA[\s-])(?:19[-‐–]9|125|15[-‐–]3|72[-‐–]4|27[.-]29)(?![\d.])"
    # the window of an area under the curve ("AUC(0–24)", "AUC0-∞"): the name of a pharmacokinetic measure
    r"|(?<=AUC)\s?[(\[]?\s?0\s?[-–‐]\s?(?:\d+|∞|inf|t|last)\s?h?[)\]]?"
    # single digits crossed before a word that is no unit: the shape of a table or a design ("2 x 2 tables", "a 2×2
    # factorial trial") or an appliance's name ("2 × 4 fixed appliances", "partial (2 × 4) fixed appliances"); "5 × 4
    # Gy" and "5 x 7 cm" are a dose and a size
    r"|(?<![\w.])\d\s*[x×]\s*\d(?![\w.])(?=\s*\)|[\s-]+(?!(?:" + DOSE_UNIT + r"|" + MEAS_UNIT + r")\b)(?:[a-z]+\s+)?[a-z]+\b)"
    r"|(?<![\w.])#\s?\d+(?:/\d+)?"  # a numbered label ("protocol NMSG #5/94", "#3 hospital"), no quantity
    # the quartiles printed as a median's interval ("10 days (Q1 = 6; Q3 = 17)"): bounds, no counts
    r"|\bQ[13]\s*=\s*\d+(?:\.\d+)?"
    # a time of day ("at 06:00", "23:00 h"): when, no quantity
    r"|(?<![\w.:/])(?:[01]\d|2[0-3]):[0-5]\d(?![\d:])"
    # a response graded with plus signs ("graded 0 to 3+", "a 2+ response"): a grade, no count or limit
    r"|(?<=\bgraded\s)\d\s*(?:to|[-–])\s*\d\+|(?<![\w.])\d\+(?=\s+responses?\b)"
    # an age group named by one age ("9921 10 year olds"): a label, as keys leave it; a band ("15-19 year olds")
    # is a range of ages
    r"|(?<![\w.<>≤≥])(?<![-‐‑–<>≤≥]\s)(?<![-‐‑–])(?<!\bto\s)\d+\s*[-‐‑ ]\s*(?:years?|months?)[-‐‑ ]olds\b"
    # a power of ten whose exponent lost its superscript ("8.1×106 person years", "0.136 × 109/L"): the scale of
    # the number before it, never a figure of its own
    r"|(?:(?<=\d[×x])|(?<=\d[×x]\s)|(?<=\d\s[×x]\s)|(?<=\d\s[×x])|(?<=[×x]—\s)|(?<=[×x]—))"  # "1.5×— 103": a PDF's "×10³"
    r"10\d{1,2}(?![\d.])(?=\s*(?:/|[A-Za-zµμ]|to\b))",
    re.IGNORECASE)
# One out of so many ("1 in 83 for the C282Y mutation", "an estimated 1 in 575 women"): a count of one, the
# second number what it is out of ("One in five children" too); after a bound ("≥1 in 250", "more than 1 in 5"),
# a limit of one.
ONE_IN = re.compile(r"(?<![\w.,/±+-])(?P<bound>(?:" + CMP + r"|(?i:more\s+than|fewer\s+than|less\s+than|at\s+least"
                    r"|over|up\s+to))\s*)?(?P<value>1)\s+in\s+(?P<n>" + NUM + r")" + WHOLE
                    + r"(?!\s*(?:%|per\s*cent))")
NOT_REACHED = re.compile(  # "median overall survival not reached [95% CI 14 months to not reached]"
    r"\bmedian\b[^.;()\[\]]{0,60}?\bnot\s+(?:been\s+)?reached\s*(?:[(\[]\s*(?:\d{2}%\s*CI[,:]?\s*)?"
    r"(?P<low>" + SNUM + r")\s*(?P<unit>[A-Za-z]+)?\s*(?:to|[-–—])\s*not\s+(?:been\s+)?reached\s*[)\]])?",
    re.IGNORECASE,
)
# Two risks' difference named with its abbreviation, in percentage points even when signed: "risk difference [RD]
# -2.6%" (an absolute risk reduction is split in the keys: 4 in points, 3 as a percentage, the corpus's among them).
RISK_DIFFERENCE_NAME = r"\brisk\s+difference\s*[(\[]RD[)\]]"
RISK_DIFFERENCE_BEFORE = re.compile(RISK_DIFFERENCE_NAME + r"[\s:,=]*(?:of\s+|was\s+)?[(\[]?\s*$", re.IGNORECASE)
# A plain "difference" of percentages is in percentage points ("(difference -0.2% [95% CI ...])");
# a named one keeps its measure ("risk difference 1.3%", read by the named-estimate rule).
DIFFERENCE_BEFORE = re.compile(  # "therapeutic gain 46 % [28 %; 64 %]": active less placebo; "(Δ=11.4%)"
    r"(?:(?:(?<!risk )(?<!mean )\bdifferences?|\btherapeutic\s+gains?)\b|" + RISK_DIFFERENCE_NAME + r"|[Δ∆])"
    r"[\s:,=]*(?:of\s+|was\s+)?[(\[]?\s*$", re.IGNORECASE)
# Disability milestones: "reaching sustained EDSS scores of 3.0, 4.0, and 6.0", "time to EDSS 6".
MILESTONE_VALUE = r"\d{1,2}(?:\.\d)?(?![\d%]|\.\d)"
MILESTONES = re.compile(
    r"\b(?:milestones?|sustained|confirmed|reach(?:ing|ed)?|attain(?:ing|ed)?|time\s+to"
    r"|risks?\s+of(?=[^.;()]{0,40}?\bEDSS\b))\b[^.;()]{0,40}?"
    r"(?:\b(?:EDSS(?:\s+scores?)?|scores?)|\(EDSS\)(?:\s+scores?)?)\s+(?:of\s+)?(?P<list>" + MILESTONE_VALUE
    + r"(?:\s*,\s*(?:and\s+|or\s+)?" + MILESTONE_VALUE + r"|\s*,?\s+(?:and|or)\s+" + MILESTONE_VALUE + r")*)",
    re.IGNORECASE,
)
# What follows a count and its bracketed share, never a year's ("1934 (60%) underwent surgery", "2061 (10.3%)
# participants"), and what comes before a year with its share ("in 2010 (44.2%)", "from 2007 (19.8%) to 2008").
COUNTED_AFTER_SHARE = re.compile(r"\s+(?!(?:and|or|to|through|until|compared|versus|vs|than|in|with|respectively)\b)"
                                 r"[a-z]{2,}\b")
YEAR_NAMED_BEFORE = re.compile(r"(?:\b(?:in|from|since|before|after|during|by|between|to|until|through|and|years?)"
                               rf"|\b(?:{MONTHS})\.?(?:\s+\d{{1,2}},?)?)\s*$")
THRESHOLD_NEXT = re.compile(
    # not a band's lower end ("(<120, 120 to 129, 130 to 139, ≥140 mm Hg)": the next band, a range)
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<value>" + SNUM + r")(?![\d.%/]|\s*(?:%|[-–]\s*\d|to\s+\d))"
    r"(?:\s*(?P<unit>" + MEASURE_OR_PERCENT + r"))?"
)
COUNT_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?i:" + NOUN + r")\b")
# "more than 40% of the patients", "40% or more of National Cancer Institute trials": a share of a
# counted group is a result; a bound on a measured amount ("more than 85% of juice") stays a threshold.
# A bounded share reported with its count: "up to 38% (133 out of 350)".
SHARE_REPORTED_AFTER = re.compile(r"\s*[(\[]\s*\d+\s*(?:/|out\s+of\b|of\b)\s*\d+", re.IGNORECASE)
SHARE_OF_GROUP = re.compile(
    r"\s+of\s+(?:(?:the\s+|all\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,3}?(?i:" + NOUN + r")\b|them\b)")
# Any bounded per cent "of" something is a share of it too ("greater than 90% of multi-drug resistant MRSA", "over
# 80% of the causes"), unless the bound is a criterion something had to meet: what a cell, a picture or a treatment
# covered, or what a person took ("expression on at least 1% of tumour cells", "a warning covering at least 20% of
# the area", "treated for less than 50% of the follow-up", "consumed more than 85% of juice").
SHARE_OF_ANYTHING = re.compile(r"\s+of\s+(?![\d(]|(?:(?:the|their|his|her|its)\s+)?(?:initial|baseline|body|ideal|"
                               r"required|predicted|maximum|maximal|level|goal|target|expected|normal|usual)\b)",
                               re.IGNORECASE)  # not "5% or more of initial weight", "< 50% of the level"
CRITERION_BEFORE = re.compile(r"\b(?:on|with|to|covering|occupying|achieving|for|expressing|consum(?:ed|ing)|took|"
                              r"taking|received|receiving|drank|ate|eaten|lost|losing)\s+$", re.IGNORECASE)
# A sign printed on a per cent, not a dash between two numbers ("-27%", "(+3%)"; not "10-27%").
# A sign before a number; an ASCII hyphen with a space after it is a dash ("SAD - 89.06%").
# A number printed with its sign and read by no other rule ("usual care, −3.4 drinks per week", "SII: −50.0",
# "(+2.1 kg)"): a change or a difference, which no count or share can be. Not a bound of a range ("−6.6 to −2.7"),
# a temperature ("−80 °C") or a dash after a number ("18 - 65").
SIGNED_CHANGE = re.compile(
    r"(?:^|(?<=[\s\[;,:=])|(?<=(?<![A-Za-z])\())(?P<sign>[−+]|[-–](?=[\d.]))(?P<value>" + NUM + r")" + WHOLE
    + r"(?!\s*(?:°|º|%|(?:to|[-‐‑–—])\s*[-−–+]?\s*\d))"
    r"(?:\s*(?P<unit>mm\s?Hg|[A-Za-z][A-Za-z/²]*(?:\s+per\s+[a-z]+)?))?")
# "18 - 65", "5 mg – 10 mg": a dash between numbers; "CI, −4.00, −0.94", "IL-10, -4, and -6": the next of a list
NUMBER_BEFORE_DASH = re.compile(
    r"\d\s*(?:%|(?!(?:vs|versus|and|or)\b)[A-Za-z/]{1,8}\.?)?\s*(?:[,;]\s*(?:and\s+|or\s+)?)?$")
RANGE_CLAUSE_BEFORE = re.compile(r"\d[-–]\d+\s*;\s*$")  # "for ages 15-17; -0.524 (S.E. 0.256)": a clause ended
# A bound ("CI −3, +7") or a level read at two times ("from −5.60 dB at baseline to −3.60 dB"), not a change.
BOUND_NAMED_BEFORE = re.compile(r"(?:\bCIs?|\bC\.I\.?|\binterval|\brange|\bIQR|\bfrom"
                                r"|\bfrom\s*[−–-]\s*[\d.]+[^;()\d]{0,30}\bto)\W{0,4}$", re.IGNORECASE)
# A signed value compared ("larger than –6.00 D", "(-0.5 < 95% CI of difference < 0.5)"): a limit set, not a change.
SIGNED_LIMIT_BEFORE = re.compile(  # the comparator in ``cmp``, for ``figures._comparator``: "lower than", "above", "<"
    r"(?P<cmp>(?:\b(?:less|fewer|lower|smaller|greater|more|higher|larger)\s+)?\bthan|\b(?:below|above|under|exceeding)"
    r"|[<>≤≥])\s*$", re.IGNORECASE)
SIGNED_LIMIT_AFTER = re.compile(r"\s*[<>≤≥]")
TO_NEXT_BEFORE = re.compile(r"\bto\s*$", re.IGNORECASE)  # "from 1.2 kg at baseline to [−0.4 kg]"
SUMMARY_TO_NEXT = re.compile(r"[^;()\d]{0,30}\b(?:to|vs\.?|versus)\s*", re.IGNORECASE)  # "… at baseline to ", " vs. "
SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(\[;,:=]))(?P<sign>[−+]\s?|-)$")  # "(AGR=-28.75%)"
# A confidence level set off by commas after the estimate it belongs to: "OR: 1.22, [95 %, CI]: 1.04, 1.42".
VALUE_AND_COMMA_BEFORE = re.compile(r"\d\s*,\s*$")
LEVEL_SET_OFF_AFTER = re.compile(r"\s*%\s*,\s*(?:CI\b|[Cc]onfidence\s+[Ii]nterval)")
# A per cent that is the level of significance ("The significance level was 5%", "significance was set at 5%"),
# not a significant result ("a significant 47% lower risk").
SIGNIFICANCE_PERCENT_BEFORE = re.compile(
    r"(?:\bsignificance\s+level|\blevel\s+of\s+(?:statistical\s+)?significance|(?<![\w-])(?:alpha|α)(?:\s+level)?|"
    r"\bsignifican\w*\s+(?:was\s+|is\s+)?(?:set|taken|accepted|defined|considered)(?:\s+(?:at|as|to))?)"
    r"\s*(?:was|is|of|at|=)?\s*$", re.IGNORECASE)
# A p value that sets the level of significance rather than reporting a result.
SIGNIFICANCE_LEVEL = re.compile(
    r"(?:significan\w*|meaningfulness|(?<![\w-])alpha|(?<![\w-])α)\s*(?:level\s*)?(?:was\s+|is\s+)?"
    r"(?:(?:set|taken|accepted|defined|considered)\s+)?"
    r"(?:at|of|as|to|with\s+an?)?\s*$",  # "Statistical meaningfulness was considered as P<0.05", "significant with a p value"
    re.IGNORECASE)
# A significance level named as alpha ("at α = 0.05 level", "an alpha of 0.05"): a threshold, never a result.
ALPHA_LEVEL = re.compile(r"(?:(?:(?<![\w-])(?<!Cronbach's\s)(?<!Cronbach’s\s)(?:alpha|α)"
                         r"|\b(?:significance|confidence)\s+level)"  # "a confidence level of 0.01" (meaning significance)
                         r"(?:\s+level)?\s*(?:=|:|of|was|is)\s*"
                         r"|(?<![\w.])(?=0?\.\d+\s+(?:(?:significance\s+)?levels?\b|level\s+of\s+significance)))"  # "the .05 level"
                         r"(?P<value>0?\.(?:0\d*|10?))(?!\d)", re.IGNORECASE)  # 0.05, 0.01, 0.1: not "Cronbach's α = 0.83"
CONSIDERED_SIGNIFICANT = re.compile(
    r"\s*(?:(?:was|were|is|are)\s+(?:(?:considered|regarded|taken|defined|deemed|accepted)\s+(?:as\s+|to\s+be\s+)?|"
    r"set\s+as\s+(?:the\s+)?(?:level\s+of\s+)?)|for\s+)(?:statistical(?:ly)?\s+)?significan",  # "(p <0.05 for statistical significance)"
    re.IGNORECASE)
# The first of two values compared that shares the unit printed after the second: "26.5 versus 6.0% of participants",
# "5 versus 7 days", "66 and 72 per cent", "31·9 or 28·5 %" ("or" only after a decimal: "(37 or 48.7%)" is a count and
# its share).
PAIRED = re.compile(
    r"(?<![\w.,])(?P<value>" + NUM + r")\s+(?:(?:versus|vs\.?)\s+(?=(?:" + NUM + r")\s*(?P<unit>%|percent\b|(?i:"
    + TIME_UNITS + r"))(?![\w-]))|(?:and|(?<=\.\d\s)or|(?<=\.\d\d\s)or)\s+(?=(?:" + NUM + r")\s*(?P<pct>%|percent\b)))")
# Three or more values listed with one per cent sign, on the last ("were 18.7, 13.8, 8.0 and 38.1%", "(14.8 vs.
# 24.8 and 19.8%)"): the values before it are percentages too. Two values are ``PAIRED``'s.
_LIST_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|versus|vs\.?)\s+)"
# An item may be a range of shares ("reductions of 14–19, 23, 20, and 20%"), read by the range rule.
LIST_ITEM = re.compile(r"(?:" + NUM + r")(?:\s?[-–]\s?(?:" + NUM + r"))?")
PERCENT_LIST = re.compile(
    r"(?<![\w.,/])(?P<items>(?:" + LIST_ITEM.pattern + r")" + _LIST_JOIN + r"(?:(?:" + LIST_ITEM.pattern + r")"
    + _LIST_JOIN + r")+)(?P<last>" + NUM + r")\s*(?:%|percent\b)(?!\s*(?:CIs?|confidence)\b)")
LIST_GOES_ON_BEFORE = re.compile(r"\d\s*[^\W\d]*\s*,\s*$")  # "6.34cm, " before the list: a list of mixed units
# What may stand before the first of two percentages that share one sign ("survival was 66 and 72
# per cent"); a name's number ("copolymer 1 and 2%", "EDSS 6 and 29%") may not.
PAIRED_PERCENT_BEFORE = re.compile(r"(?:\b(?:was|were|is|are|of|in|by|be|remained|reached|to|with|for|versus|vs\.?|"
                                   r"only)|[(:=,]|[;,]\s*and|" + CHANGE_VERB + r")\s*"
                                   r"(?:(?:an?\s+)?(?:estimated|approximately|about|around|nearly|almost)\s+)?$",
                                   # "...; and 80, 65, 55 and 55 per cent", "by an estimated 16, 10, 6 and five percent"
                                   re.IGNORECASE)  # "compared to 55 and 52%", "decreased 88 and 65%"
# "(109 vs 113 μm)": the first of two measured values compared, not a count
MEASURED_PARTNER_AFTER = re.compile(r"\s+(?:versus|vs\.?)\s+(?:" + NUM + r")\s*" + MEAS_UNIT)
OR_BOUND_AFTER = re.compile(r"\s+(?P<cmp>or\s+(?:less|more|lower|higher|greater|below|above))\b")
PER_BEFORE = re.compile(r"\bper\s*$", re.IGNORECASE)  # "per 10,000 persons": the scale of a rate
# What a time is a time of, when it says how long something went on ("2 years of follow-up", "two years’ follow-up").
OF_TREATMENT = re.compile(r"(?:\s+of|['’])\s+(?:[\w‐-]+\s+)?(?:treatment|therapy|follow-?up|exposure|observation|use|"
                           r"infusions?|dosing|doses|medications?|care)\b", re.IGNORECASE)
# A time tied to an event ("6 months after the attack", "1 hour before the end of surgery") says
# when something was done or measured, not how long it lasted, when it is one of a list of such
# times ("12 and 24 hours after", "3 months through 36 months after") or follows a verb of
# measuring or giving ("measured 6 months after", "placebo 1 hour before"). Alone after any other
# word ("survived 6 months after", "within 14 days after") it stays an interval.
_LISTED_TIME = r"\d+(?:\.\d+)?\s*(?:(?i:" + TIME_UNITS + r")\s*)?"
# "after 3 and ", "at ages 2, 3, and ", "after 1, 3, 6, and ", "on day 1, 1 week, ": the earlier times of a list of
# time points (``more`` holds the middle ones of a longer list, which no narrative "after 12 months of" can be).
TIME_POINT_LISTED_BEFORE = re.compile(r"\b(?P<at>at|after|on(?=\s+days?\b))(?:\s+(?:ages?|days?))?\s+" + _LISTED_TIME
                                      + r"(?P<more>(?:,\s*" + _LISTED_TIME + r")*)" + _LIST_JOIN + r"$", re.IGNORECASE)
STUDY_BEFORE = re.compile(r"\bstud(?:y|ies)\s*$", re.IGNORECASE)
STUDY_NAMED_AFTER = re.compile(r"\s*(?:[,)]|(?:was|were|had|showed)\b)")
# What follows the earlier times of a list tied to an event ("3 days and 6 months after delivery", "six months, one
# year, and two years after POEM"): each is a time point, as the last one is.
TIMES_TO_EVENT_AFTER = re.compile(r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\d+(?:\.\d+)?\s*(?i:" + TIME_UNITS
                                  + r"))+\s+(?:after|before|post|following)\b", re.IGNORECASE)
EVENT_AFTER = re.compile(r"\s+(?:after|before|post|following|prior\s+to)\b", re.IGNORECASE)
TIME_LIST_BEFORE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:(?i:" + TIME_UNITS + r")\s*)?(?:,\s*|\s+)(?:and\s+|or\s+|through\s+|to\s+)?$"
    r"|\d+(?:\.\d+)?\s*(?:(?i:" + TIME_UNITS + r")\s*)?(?:and|or|through|to)\s+$")
# The earlier times of a list, to find what stands before its first ("at 3, 6 and 12 months", "at 3
# months, 6 months, and 12 months").
TIMES_LISTED_BEFORE = re.compile(  # "at baseline, 3 months, 1 year, and 3 years": baseline is one of them
    r"(?:(?:\d+(?:\.\d+)?\s*(?:(?i:" + TIME_UNITS + r")\s*)?|(?i:baseline)\s*),?\s*(?:and\s+|or\s+)?)+$")
MEASURED_OR_GIVEN_BEFORE = re.compile(
    r"\b(?:measured|evaluated|assessed|examined|obtained|recorded|repeated|collected|drawn|taken|"
    r"tested|scanned|worse|better|improved|i\.v\.|i\.m\.|s\.c\.|orally|intravenously\)?|placebo|"
    r"saline|beg[au]n|started|initiated|commenced)\s*$", re.IGNORECASE)  # "began 2 weeks before a target quit date"
# How long something went on after an event is led by a preposition, an article, a summary or a hedge ("within 3 months
# after", "for 1 year after", "the 6 weeks after", "median of 2 years after"), or by a verb of what happened then ("died
# five years after transplantation", "recovered 21 days after onset"); after a noun or an adjective ("mortality 28 days
# after colectomy", "independent one month after stroke", "before and 1 year after"), the time tied to the event says
# when an outcome was read.
WORD_BEFORE = re.compile(r"(?<![\w.-])(?P<word>[A-Za-z][A-Za-z-]*)\s*$")
VERB_FORM = re.compile(r"[A-Za-z-]+(?:ed|ing|en)|pregnant", re.IGNORECASE)
AFTER_EVENT = re.compile(r"\s+(?:after|post|following)\b", re.IGNORECASE)  # a window before an event is how long
# A time before an adverb or a "post-" word naming the event it is counted from is when something was seen
# ("1.8% (95% CI 1.1-2.4%) 24 months postoperatively", "pain measured 1 month post-surgery"), unless a word
# that leads a span of time comes first ("followed for 1 year postoperatively", "through 48 hours postburn"); the
# keys read "postpartum" as a period ("relapses in the 3 months postpartum", "24 months postpartum periods").
POST_EVENT_AFTER = re.compile(
    r"[\s-]+post[-‐‑]?(?:operatively|op\b|surg(?:ery|ically)|natal(?:ly)?"
    r"|injury|treatment|transplant(?:ation)?|infection|vaccination|procedure|discharge|stroke|dose|onset|diagnosis"
    r"|randomi[sz]ation|burn|injection|exposure|infusion|insult|trauma)\b", re.IGNORECASE)
SPAN_LEAD_BEFORE = re.compile(
    r"\b(?:for|within|first|1st|initial|over|during|until|till|through|by|to|least|most|than|of|the|mean|median|average"
    r"|minimum|maximum|total|next|last|past)\s*$", re.IGNORECASE)
HOW_LONG_WORD = re.compile(
    r"within|for|first|the|this|that|these|those|its|their|over|during|least|most|than|of|average|until|till|to|by|"
    r"up|took|takes?|taking|survived|lasting|lasted|last|next|mean|median|a|an|each|every|per|only|from|between|"
    r"after|before|in|since|some|about|approximately|around|nearly|almost|roughly|remained|was|were|is|are|been|"
    r"be|lived|living|another|additional|further|later|initial|ages?|aged", re.IGNORECASE)
# A per cent per unit of person-time ("0.51%/py", "1.2% per person-year") is an incidence rate,
# an estimate, not a share of a group.
PERSON_TIME_AFTER = re.compile(r"\s*(?:/\s*|per\s+)(?:py|pyrs?|(?:person|patient)[-‐‑\s]?(?:years?|yrs?))\b",
                               re.IGNORECASE)
SIGN_GLUED_BEFORE = re.compile(r"(?<![\w.,)\]%/])(?P<sign>[-−+])$")  # "(−3.2 days": a sign, not a range's dash
# A per cent per year printed with a slash ("BMD rose 1.2%/yr"): a rate of change, as the keys read all nine such.
PER_YEAR_SLASH_AFTER = re.compile(r"\s*/\s*(?:yr|y|year|annum)\b", re.IGNORECASE)
# Events per unit of person-time with no scale ("incidence rate 1.03/PY", "0.8 per patient-year"): a rate.
PER_PERSON_TIME = re.compile(r"(?<![\w.,/])(?P<value>" + NUM + r")" + WHOLE + PERSON_TIME_AFTER.pattern, re.IGNORECASE)
# A limit restated in other units in brackets right after it: "greater than 3.5 disk areas
# (8.9 mm2)", "no more than 1 line (7 letters)". The bracketed value is the same limit; people or studies counted
# there are not ("ACR >30 mg/g (13 studies)").
RESTATED_LIMIT = re.compile(
    r"(?:\s+[A-Za-z-]+){0,3}?\s*[(\[]\s*(?P<value>" + NUM + r")\s*(?P<unit>(?!%)" + MEAS_UNIT
    + r"|(?!(?i:" + NOUN + r")\b)[A-Za-z][A-Za-z/²³0-9]*)\s*[)\]]")  # "(8.9 mm2)", "[5.2 mmol per liter]"
# A non-inferiority or equivalence margin is a limit the trial set, whatever it is printed as:
# "a 20% non-inferiority margin", "noninferiority margin of 1.5 times the failure rate".
MARGIN_BEFORE = re.compile(r"\bmargins?\s*(?:of|was|is|=|:)?\s*$", re.IGNORECASE)
# A bare number set as a margin ("noninferiority margin of 1.8", "margin was 1.30.", "margin of 1.5 points"); a
# margin in per cent or percentage points is read as such and made a limit by MARGIN_BEFORE.
MARGIN_VALUE = re.compile(r"\bmargins?\s+(?:of|was|is|=|:)\s*(?P<value>\d*\.\d+|\d+)(?!\d|[.,]\d|\s*(?:%|percent|percentage)\b)",
                          re.IGNORECASE)
MARGIN_AFTER = re.compile(r"\s+(?:(?:non-?\s?inferiority|equivalence)\s+(?:margin|limit)|margins?\b)",  # "a 10% margin"
                          re.IGNORECASE)
# A time followed by "median follow-up" is that median ("with 5 years median follow-up").
SUMMARY_AFTER_TIME = re.compile(r"\s+(?:of\s+)?(?P<summary>median|mean)\s+follow-?up", re.IGNORECASE)
HOW_LONG_BEFORE = re.compile(r"\b(?:for|within|over|during|through(?:out)?|until|after|before|lasting|than|least"
                             r"|up\s+to|of|first)(?:\s+the)?(?:\s+(?:past|last|next|previous|preceding|following))?\s*$",
                             re.IGNORECASE)
COMPARED_AFTER = re.compile(r"\s*(?:versus|vs\.?|compared\s+with)\s+[<>≤≥]?\s*\d", re.IGNORECASE)
# "After 28 weeks, 1.5% had" is when a result was read; "after 12 weeks of acupuncture" says how
# long the treatment went on, and a case narrative ("after 5 days, she had stopped vomiting") times
# its events, so those stay durations.
AFTER_BEFORE = re.compile(r"\bafter\s*$", re.IGNORECASE)
# "after 4 weeks' treatment", "after 4 weeks treatment", "after four years ERT" (a therapy's acronym; not an
# imaging test's: "after 6 months CT")
OF_AFTER_TIME = re.compile(r"(?i:\s+of\b|['’]?\s*(?:treatment|therapy|follow-up)\b)"
                           r"|\s+(?!(?:C|PE|SPEC|OC)T\b)[A-Z]{1,3}T\b")
NARRATIVE = re.compile(r"\b(?:she|he|her|his)\b", re.IGNORECASE)
# A section that tells one patient's story before the sentence: its times are how long things took.
CASE_TOLD_BEFORE = re.compile(r"\b(?:she|he|her|his|him)\b|-year-old\b|\bthe\s+patient\b|\bcase\b", re.IGNORECASE)
# A season or financial year ("1992/93", "2004/2005"), not a count out of a total.
FROM_ZERO_BEFORE = re.compile(r"\bfrom\s+0\s*(?:h|hr|hours?|min|days?)?\s+to\s+$", re.IGNORECASE)
# Two times sharing a unit with a slash ("the 0/1 h algorithm", "0/3-h protocol"): a schedule, not a count.
TIME_PAIR = re.compile(r"(?<![\w./])\d+\s*/\s*\d+\s*[-‐]?\s*(?:h|hr|hours?|min)\b")
# Days of one month listed before its year ("between August 9 and 23, 2022"): a date, no count.
# Calendar years as a span ("for 1999 through 2008", "1990-2004") or after a word of dates with nothing
# counted after them ("followed up to 2004.", "reported until 2003 and"): dates, not limits nor summaries.
_YEAR = r"(?:1[89]\d\d|20[0-3]\d)"
CALENDAR_YEARS = re.compile(
    r"(?<![\w.,/])(?:" + _YEAR + r"\s*(?:[-–—]|\b(?:through|to|until|and)\b)\s*" + _YEAR
    + r"|(?:(?<=\bup\sto\s)|(?<=\buntil\s)|(?<=\bthrough\s)|(?<=\bsince\s)|(?<=\btill\s))" + _YEAR + r")"
    r"(?![\w/%]|[.,]\d|\s*[%µμ°]|\s+(?!(?:and|or|in|when|inclusive|onwards?|with|for|the|at|on|from|who|were|was|using|among|by|during|"
    r"through|within|across|to|as|into|of)\b)[A-Za-z])")  # "from 2010 to 2021 using registries"
DAYS_OF_A_MONTH = re.compile(rf"\b(?:{MONTHS})\s+\d{{1,2}}\s*(?:and|to|through|[-–])\s*\d{{1,2}},?\s+(?:19|20)\d\d\b")
# A time of day ("9 am", "10.30 pm", "7:00 a.m.", "23:00 h", "05:00 hours"): when, not a figure; a colon's time
# needs its "h" or its "am", as "1:20" alone is a ratio or a titre.
CLOCK_TIME = re.compile(r"(?<![\w.,/:])(?:[01]?\d|2[0-3])(?:(?:[:.][0-5]\d)?\s?(?:[ap]\.\s?m\.|[ap]m\b|[AP]M\b)"
                        r"|:[0-5]\d\s?(?:h\b|hrs?\b|hours\b))")
MONTH_YEAR = re.compile(r"(?<![\w./])(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\w./])")  # "between 11/2007 and 12/2009"
DATE_WORD_BEFORE = re.compile(r"\b(?:through|until|till|since|between|from)\s+$", re.IGNORECASE)
SEASON = re.compile(r"(?<![\w./])(?:1[89]|20)\d\d\s*/\s*(?:\d{1,2}|(?:1[89]|20)\d\d)(?![\w./])")  # "2004/5"
# What names a spread printed apart from its summary, and what may stand between them.
SPREAD_BEFORE = re.compile(r"(?:\brange[ds]?|\bIQR|inter-?quartile\s+range|\d+(?:st|th)\s*[-–]\s*\d+th\s+"
                           r"(?:centiles?|percentiles?))[\s,:;=]*(?:[(\[]\s*)?(?:from\s+)?$|^range[ds]?\b", re.IGNORECASE)
COMPARED_TO = re.compile(r"\s*(?:to|vs\.?|versus)\s*")  # "from a median of 5 to 3 d", "mean 3.43 vs 7.46 days"
COMPARED_GAP = re.compile(r"\s*(?:vs\.?|versus|compared\s+with|and)\s*")  # "23.2 months vs. 14.6 months"
MEASURE_WORD = re.compile(r"\b(?:rates?|means?|medians?|times?|differences?|scores?|levels?|proportions?)\b",
                          re.IGNORECASE)  # a word that names another measure between two items
# An item's number needed to treat or harm after its estimate, and the semicolon closing the item: ", NNT 5; ".
NNT_ITEM = re.compile(r"\s*,?\s*\b(?:NN[TH]|numbers?\s+needed\s+to\s+(?:treat|harm))\s*[=:]?\s*\d+(?:\.\d+)?\s*;?")
WORDS_BETWEEN_ITEMS = re.compile(r"[^\d.;]{0,100}")  # what may part two items of one list: words, not numbers or sentences
# A rate's scale named once for the numbers after it ("(all per 100,000): 41 in 40 to 49 years"),
# and what follows such a number in its list.
RATE_SCALE_BEFORE = re.compile(r"(?:\bper|/)\s*(?P<scale>10{2,})(?!\d)\)?\s*:")
RATE_LISTED_AFTER = re.compile(r"\s+in\b")
LIST_JOIN = re.compile(r"\s*(?:,|;)?\s*(?:and|or|vs\.?|versus)?\s*")  # between two items of a list
COUNT_BRACKETED_BETWEEN = re.compile(r"\s*\(\s*\d+\s*/\s*\d+\s*\)\s*\(\s*")  # a share's count between it and its CI
PER_UNIT_COMMA = re.compile(r"(?:\s+per\s+[A-Za-z-]+(?:\s+[A-Za-z-]+)?)?\s*,\s*")  # "% per year, " before a CI
# A minus set apart from its number after a label, "=" or ":" ("MD - 0.85", "= − 1.2"), not a dash
# between two numbers ("18 - 65").
SPACED_MINUS_BEFORE = re.compile(r"(?:(?<=[A-Za-z=:(,]\s)|(?<=[=:(]))[-−–]\s+$")
SPREAD_GAP = re.compile(r"[^.;()\[\]]{0,40}?[\s,;]*[(\[]?[^.;()\[\]]{0,40}")
# A mean printed APA style, "M = 4.2, SD = 1.1" or "M=43 days": the capital M alone is the mean; "Mage = 57.6" the
# mean age (M with "age" as its subscript).
APA_MEAN = re.compile(r"(?<![\w.])M(?:age)?\s*=\s*(?P<value>" + SNUM + r")" + WHOLE + r"(?:\s*(?P<unit>(?i:" + TIME_UNITS + r"))\b)?"
                      r"(?:\s*[,;]\s*SD\s*=\s*(?P<sd>" + NUM + r")|\s*\(\s*SD\s*=\s*(?P<sd2>" + NUM + r")\s*\))?")
# A value with its SD named in the bracket after it is a mean wherever no header named it: "was 21 (SD = 7)",
# "4.1 years (SD 2.3)", "(SD±2.3)" (keys: 40 means, 3 per cents, which the per-cent rules read first); so is one that
# opens a bracket with its SD after a comma, as BMJ once printed them: "(560, SD 340, ml vs 792, SD 440, ml)".
VALUE_WITH_SD = re.compile(
    r"(?<![\w.])(?P<value>-?" + NUM + r")(?:\s*(?P<unit>(?i:" + TIME_UNITS + r")|" + MEAS_UNIT + r"))?\b\s*"
    r"[(\[]\s*(?:SD|s\.d\.|(?i:standard\s+deviation))\s*[,:=]?\s*(?:±|\+/-)?\s*(?P<sd>" + NUM + r")\s*(?:[A-Za-z%/]+\s*)?[)\]]")
# A value with its standard error named in the bracket after it: an estimate ("0.9 (SE 0.09) injuries per 1000 player
# hours"); a share with its SE stays a share.
VALUE_WITH_SE = re.compile(r"(?<![\w.])(?P<value>-?" + NUM + r")(?!\s*%)\s*[(\[]\s*(?:SEM?|s\.e\.(?:m\.)?|(?i:standard\s+error))"
                           r"\s*[,:=]?\s*(?P<se>" + NUM + r")\s*[)\]]")
VALUE_COMMA_SD = re.compile(  # "(560, SD 340, ml vs 792, SD 440, ml)"
    r"(?:(?<=[(\[])|" + _AFTER_VERSUS + r")\s*(?P<value>-?" + NUM + r")"
    r"\s*[,;]\s*SD\s*[:=]?\s*(?P<sd>" + NUM + r")(?![\d.])"
    r"(?:\s*,\s*(?P<unit>" + MEAS_UNIT + r")\b)?")
# A value whose bracket names the summary it is, alone or with its SD: "56.2 years (mean)", "23 hours (median time)",
# "66 s (median)", "7.62 hours (mean; SD 7.08)" (with a range or an IQR it is ``VALUE_RANGE``'s). Seconds as "s" are a
# unit only here, where the bracket says a measurement came before. A number after the name ("94 years (mean, 74.3
# years)") is the summary of a range just printed, not this value's name.
VALUE_NAMED_SUMMARY_AFTER = re.compile(
    r"(?<![\w.,])(?P<value>-?" + NUM + r")(?:\s*(?P<unit>" + PCT_SIGN + r"|s\b|sec\b|" + MEAS_UNIT + r"))?\s*[(\[]\s*"
    r"(?P<name>(?i:mean|median|average|geometric\s+mean))(?:\s+(?i:time|value|duration|age|level|score))?"
    r"\s*(?:[)\]]|[;,]\s*(?:SD|s\.d\.|(?i:standard\s+deviation))\s*[:=]?\s*(?P<sd>" + NUM + r")\s*"
    r"(?:" + PCT_SIGN + r"|" + MEAS_UNIT + r")?\s*[)\]])")
# A decimal with one number in brackets and nothing else is a mean and its SD even without a "mean (SD)" header:
# "[pre 3.35 (2.0); post 3.49 (2.3)]" (keys: 62 means, 2 medians, 1 dose). A count would be whole, a share
# would carry "%", an interval two bounds.
DECIMAL_WITH_SPREAD = re.compile(r"(?<![\w.,])(?P<value>-?\d+\.\d+)\s*[(\[]\s*(?P<sd>\d+(?:\.\d+)?)\s*[)\]](?!\s*%)")
BRACKET_NAMED_BEFORE = re.compile(r"\b(?:median|mean)\s*[(\[]\s*[A-Za-z][A-Za-z ]*[)\]]", re.IGNORECASE)
# A "mean (SD)" header and the pairs it governs: "mean (SD) 4.2 (0.8) vs 1.7 (0.2)".
MEAN_SD_HEADER = re.compile(  # "mean (SD)", "mean (standard deviation [SD])", "mean[SE]", "Mean follow up duration (SD)"
    r"\b(?:mean|average)(?:\s+[A-Za-z-]+){0,4}?\s*[(\[]\s*(?:SD|standard\s+deviation|(?P<se>SEM?|standard\s+error))(?:\s*[(\[]\s*SD\s*[)\]])?\s*[)\]]",
    re.IGNORECASE)
MEAN_SLASH_SD_HEADER = re.compile(r"\bmean\s*/\s*(?:SD|s\.d\.)(?![\w.])", re.IGNORECASE)  # "mean/SD=183.8/36.5"
SLASH_SD_PAIR = re.compile(r"(?<![\w.:/])(?P<value>-?" + NUM + r")\s*/\s*(?P<sd>" + NUM + r")(?![\w/]|[.,]\d)")
SD_PAIR = re.compile(r"(?<![\w.:/])(?P<value>-?" + NUM + r")\s*(?P<unit>%|[A-Za-z]{1,6})?\s*[(\[]\s*(?P<sd>" + NUM
                     + r")\s*(?:(?P=unit)\s*)?[)\]]")  # "3.1 years (2.3 years)": the SD in the mean's unit
# p values listed after "P values were" with no P before each: ".007, <.001, .009, .04, and .03".
# The other bound of a p value printed between two ("0.01 < P < 0.02", "0.10>p>0.05"): a p value too, its
# comparator turned to face the P ("0.01 <" is "P > 0.01").
P_OTHER_BOUND = re.compile(r"(?<![\w.])(?P<value>\d*\.\d+)\s*(?P<cmp>[<>])\s*(?=[Pp]\s*(?P=cmp))")
# Assigned to one of several arms: "randomised to one of four groups", "placed into 1 of 3", "to receive 1 of 3"
ASSIGNED_TO_BEFORE = re.compile(r"\b(?:(?:in)?to|receiv(?:e|es|ed|ing))\s*$", re.IGNORECASE)
WORD_AFTER = re.compile(r"\s+[A-Za-z]")  # a noun follows ("1 of 3 subgroups"), not a bracket or a per cent
P_VALUE_LIST = re.compile(r"\b[Pp][\s-]?values?(?:\s*[=:]|\s+(?:were|are|of))?\s*(?P<list>(?:[<>≤≥=]?\s*\d*\.\d+[,;]?\s*"
                          r"(?:and\s+|or\s+)?){2,})")
_RATE_SCALE_BEFORE = re.compile(r"\b(?:in|per)\s*$")


def is_rate_scale(text: str, start: int, end: int) -> bool:
    """Whether the number at ``[start, end)`` is the scale of a rate ("8.6 in 100 PY", "per 1000
    births"): a power of ten after "in" or "per", never a figure of its own."""
    return bool(re.fullmatch(r"10+", text[start:end]) and _RATE_SCALE_BEFORE.search(text, max(0, start - 8), start))


# A p value whose "P" the print dropped ("(80 vs. 65%, < 0.05, ...)", "patients (< 0.01)", "days; = 0.001)"): a sign and
# a small decimal standing alone between a bracket or a comma and the next.
P_UNLABELLED = re.compile(r"(?:(?<=[(\[;,])|(?<=[(\[;,]\s))(?P<cmp>[<>=≤≥])\s*(?P<value>0?\.(?:0\d*|050*))(?=\s*[)\],;])")
P_CONTINUED = re.compile(  # ", 0.23 and 0.98 respectively)", "(P = 0.035 vs. 0.546)" after a p value: more p values,
    # each maybe naming what it tests ("(P=0.002 for EFS and 0.04 for OS)")
    r"(?:\s+for\s+[A-Za-z][\w-]*)?"
    r"\s*(?:,|;|,?\s+and|,?\s+or|\s+(?:vs\.?|versus)(?=\s*[<>≤≥=]?\s*0?\.\d+\s*[)\]]))"  # "vs. 0.546)" closing
    r"\s*(?P<body>(?P<cmp>[<>≤≥=])?\s*(?P<value>0?\.\d+))"
    r"(?![\d%]|\.\d)(?=\s*(?:[,;)\]]|and\b|or\b|respectively\b|for\s+[A-Za-z]|$))")
P_LISTED = re.compile(r"(?P<cmp>[<>≤≥=])?\s*(?P<value>\d*\.\d+)")
# Money and health economics: "US$3522.19", "THB244,915/QALY", "5429 USD", "0.488 QALYs". A sum after
# a willingness-to-pay threshold is that threshold.
CURRENCY = re.compile(
    r"(?:(?:(?<![\w.%])(?P<sign>-)\s?)?"  # "difference -£435": the sign printed before the currency
    r"(?P<cur>US\$|(?:NZ|CA?|AU?)\$|\$C|\$|€|£|¥|(?<![A-Za-z])(?:CAD|INR|Rs\.?|₹|" + CURRENCY_CODE + r"))\s?(?P<value>" + NUM + r")"
    r"|(?<![\w.])(?P<value2>" + NUM + r")(?P<scale>\s+(?:million|billion))?"  # "forty-four million dollars"
    r"\s?(?P<cur2>(?:" + CURRENCY_CODE + "|" + CURRENCY_WORD + r")\b|€|£))"
    r"(?P<per>\s*(?:/\s*|per\s+)(?:QALY|LYG|life[- ]years?(?:\s+gained)?|DALY|patient|person|case|year)s?\b)?")
# A sum's interval in brackets, each bound in the same currency or none: "£28 400 (£15 000 to £146 000)"; or
# after a comma, joined by "to" (``(?(open)...)`` picks the form the opening chose).
CURRENCY_INTERVAL_AFTER = re.compile(
    r"\s*(?:(?P<open>[(\[])\s*(?:(?:\d{2}\s?%\s*)?" + CI_WORDS + r"[\s,:]*)?"
    r"|,\s*(?=(?:-\s?)?(?:US\$|[$€£¥])))"  # or after a comma, each bound with its currency: "-£435, -£1406 to £536"
    r"(?P<lsign>-\s?)?(?:US\$|[$€£¥])?\s?(?P<low>" + SNUM + r")"
    r"\s*(?(open)(?:to|[-–—]|,)|to)\s*(?P<hsign>-\s?)?(?:US\$|[$€£¥])?\s?(?P<high>" + SNUM + r")"
    r"(?(open)\s*[)\]]|(?![\d.]))")
CI_WORDS_BEFORE = re.compile(CI_WORDS + r"[\s,:=]*$")  # "(95% CI, $657-$699)": an interval's bounds, not a range
# A range of sums, each bound with its sign, joined by a dash ("¥2,505–¥9,235 million", "$657-$699" outside a CI);
# "from £78.33 to £74.73" is a change, two costs.
# The top of a range of money: "$500–$1000"; "ranging from $15,502 to $40,308" (``to`` only after a range's word).
CURRENCY_RANGE_AFTER = re.compile(
    r"\s*(?:[-–—]|(?P<to>to(?=\s)))\s*(?P<hsign>-\s?)?(?:US\$|[$€£¥])\s?(?P<high>" + SNUM + r")(?![\d.])"
    r"(?P<scale>\s+(?:million|billion)\b)?")
# "pounds" after a sum, in a clause about costs ("the cost per case was less (445 pounds)"): money; elsewhere a weight
# ("lost 10 pounds"), which no rule counts.
POUNDS = re.compile(r"(?<![\w.$£])(?P<value>" + NUM + r")\s+pounds\b(?!\s+(?:sterling|per|a\s+year|annually))")
COST_NAMED_BEFORE = re.compile(r"\b(?:costs?|costing|price[sd]?|spent|spending|saving|savings|expenditures?|charges?"
                               r"|budget)\b[^;]{0,60}$", re.IGNORECASE)
CURRENCY_NAME_AFTER = re.compile(r"\s*(?P<unit>" + CURRENCY_CODE + "|" + CURRENCY_WORD + r")\b")
HEALTH_UNIT = (r"QALYs?|DALYs?|LYGs?|life[- ]years?(?:\s+gained)?"
               r"|(?i:(?:disability|quality)[-‐‑ ]adjusted\s+life[- ]years?)")  # "818,000 disability-adjusted life years"
HEALTH_UNITS = re.compile(r"(?<![\w.])(?P<value>" + NUM + r")\s*(?P<unit>" + HEALTH_UNIT + r")\b")
HEALTH_UNIT_AFTER = re.compile(r"\s*(?P<unit>" + HEALTH_UNIT + r")\b")  # "874 541 (768 837–989 068) DALYs"
WILLINGNESS_BEFORE = re.compile(r"(?:threshold|willingness[- ]to[- ]pay|\bWTP|minimum\s+(?:unit\s+)?pric(?:e|ing)(?:\s+\(MUP\))?)"
                                r"\b[^.;]{0,30}$", re.IGNORECASE)  # "a minimum price per unit of alcohol to 50 pence"
# A cost-benefit ratio printed as a proportion ("a cost-benefit ratio of 1:8.9", "ratio of cost to benefit was 1:3.7"):
# the benefit per unit of cost, a result (a sex or allocation ratio "1:2" names no cost).
COST_BENEFIT_RATIO = re.compile(r"(?i:\b(?:cost|benefit)s?[-\s]+(?:to[-\s]+)?(?:benefit|cost)s?\b)[^.;:]{0,40}?"
                                r"(?P<one>\b1)\s?:\s?(?P<value>" + NUM + r")(?![\d:])")
# A sum bounded by a word or sign ("educational debt greater than $250,000"): a limit, not a cost found.
MONEY_BOUND_BEFORE = re.compile(r"(?:\b" + THAN_WORDS + r"|\b(?:over|above|under|below|exceeding|"
                                r"at\s+least|" + UP_TO + r")|[<>≤≥])\s*$", re.IGNORECASE)
LIST_JOIN_BEFORE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)")
# The earlier values of a list whose unit is printed once, after its last: "by 1.8, 1.0 and [1.5 percentage points]".
LISTED_BEFORE_UNIT = re.compile(r"(?:(?<![\w.,/])" + SNUM + LIST_JOIN_BEFORE.pattern + r")+$")
# Drugs told by the endings of their generic names (local anaesthetics, beta blockers, prostaglandins, antiseptics,
# amides, azoles, -mycins, steroids, pyrethroids and avermectins, calcineurin inhibitors, retinoids, miotics, alpha
# agonists and diltiazem), agents given by strength whose names share no ending (nitrates, scabicides,
# keratolytics), and antiseptics by their abbreviations ("0.2% CHX-alcohol", "2% CHG", "5.25% NaOCl").
DRUG_BY_ENDING = (r"(?:[a-z]*caine|[a-z]*tropine|[a-z]{2,}(?:olol|oprost|hexidine|iodine|amide|azole|mycin|olone|isone|asone|"
                  r"ylephrine|thrin|mectin|limus|inoin|imod|uracil|fenac|carpine|onidine|afine|sporine|iazem)|"
                  r"glyceryl\s+trinitrate|nitroglycerine?|(?-i:GTN)|"  # nitrates on an anal fissure
                  r"lindane|malathion|crotamiton|benzyl\s+benzoate|(?:gamma\s+)?benzene\s+hexachloride|minoxidil|"
                  r"hydroquinone|capsaicin|podophyllin|(?:salicylic|azelaic|glycolic|fusidic)\s+acid|sul(?:ph|f)ur|"
                  r"cyclopentolate|clobetasol|adapalene|benzoyl\s+peroxide|ketorolac|"
                  r"(?-i:CHX|ChX|CHG|NaOCl|PVP-I))")  # "atropine 0.01%", "1% cyclopentolate"
FLUORIDE = r"(?:(?:sodium|stannous|amine|silver\s+diamine)\s+)?fluoride\b"  # "38% silver diamine fluoride"
# A per cent that is the strength of what is given ("3 % HS", "0.9% saline", "0.5% timolol", "3.0% hydrogen
# peroxide", "100% ethanol", "100% O(2)"): a dose.
SOLUTION_AFTER = re.compile(r"(?:\s*(?:,|,?\s*(?:or|and|to))\s*(?:an?\s+)?\d+(?:\.\d+)?\s*%)*"  # "0.0625% or 0.125%
                            # bupivacaine", "a 0.2% or a 0.1% solution"
                            r"\s*\)?\s*(?:(?:normal|hypertonic|isotonic|sodium\s+chloride|hyperbaric|plain)\s+)?"
                            r"(?:saline|NaCl|HS\b|dextrose|glucose\s+(?:solution|was\s+given|at\s+an?\s+(?:infusion|rate))|"
                            + DRUG_BY_ENDING + r"\b|"
                            r"(?:mixture|solution|infusion)s?\s+of\s+" + DRUG_BY_ENDING + r"\b|"  # "(0.125%) mixture of bupivacaine"
                            r"(?:hydrogen|carbamide)\s+peroxide|ethanol\b|oxygen\b(?![-‐])|O\s*\(?2\b|"
                            r"[a-z]*flurane\b|halothane\b|nitrous\s+oxide\b|N\s?2\s?O\b|xenon\b|"
                            r"(?:neutral\s+|acidulated\s+)?" + FLUORIDE + r"|NaF\b|SnF2\b|"
                            r"(?:human\s+)?albumin\b|mannitol\b|(?:hydroxyethyl\s+)?starch\b|HES\b|(?:sodium\s+)?bicarbonate\b|"
                            # a preparation, after the name of what it holds ("0.12% ChD mouthwash", "5% imiquimod cream")
                            r"(?:(?!(?:of|the|an?|and|or|in|with|to|had|has|were|was|used|using|applied|received)\s)"
                            r"[A-Za-z][\w-]*\s+){0,2}(?:mouth\s*(?:wash|rinse)|rinse|solution|gel|cream|ointment|eye\s*drops|"
                            r"drops|spray|varnish|lotion|shampoo|toothpaste|dentifrice|foam|suspension|emulsion|jelly|"
                            r"tincture)s?\b)", re.IGNORECASE)
# A drug named before its strength ("bupivacaine 0.5%", "timolol 0.5%", "latanoprost 0.005%", "chlorhexidine 2%"):
# the strength is a dose too.
SOLUTION_BEFORE = re.compile(r"\b(?:" + DRUG_BY_ENDING + r"|" + FLUORIDE + r")\s*(?:hydrochloride\s*|HCl\s*)?$",
                             re.IGNORECASE)
# Numbers listed before a dose or a rate share its unit ("12.5, 25, 50, 100, 150, 200 mg/day", "11.0, 7.8,
# and 4.8 cases per 100 person-years"); a number and a dash before a dose make a range of doses ("12.5–25 mg/day").
VALUES_LISTED_BEFORE = re.compile(  # "200 or 400 mg"; not a group's size, "(n=1206, 75/100,000)"
    r"(?:(?<![\w./=])(?<![nN]\s=\s)(?<![nN]=\s)(?<![nN]\s=)\d+(?:\.\d+)?" + LIST_SEPARATOR + r")+$")
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
AND_NUMBER_AFTER = re.compile(r"\s+and\s+\d")
DOSE_RANGE_BEFORE = re.compile(  # "12.5–25 mg/day", "between 1500g and 1999g"
    r"(?:(?<![\w./])(?P<low>\d+(?:\.\d+)?)\s*[-–—]|\bbetween\s+(?P<between>\d+(?:\.\d+)?)\s*(?:[a-zµμ]{1,3}\s*)?and\s)\s*$",
    re.IGNORECASE)
_SCHEDULE_WORDS = r"weeks?|days?|d|months?|visits?|cycles?"  # "on d 3–5"
SCHEDULE_WORD_BEFORE = re.compile(  # "postgraduate years 1 through 3", not "from year 2000 to 25.1%"
    r"\b(?:" + _SCHEDULE_WORDS + r"|years)\s*$", re.IGNORECASE)
NUMBERED_LABEL_BEFORE = re.compile(  # "in year 1", "in group 2": a numbered part's label before a share
    r"\b(?:" + _SCHEDULE_WORDS + r"|years?|groups?|arms?|cohorts?|periods?|phases?)\s*$", re.IGNORECASE)
ENDPOINT_AFTER = re.compile(  # "5 year actuarial risk", "The 3 yr PFS", "The 10 year results of a trial"
    r"\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}(?:mortality|survival|risk|incidences?|recurrence|remission|outcomes?|assessments?|"
    r"urinary|excretion|rates?|(?:local|locoregional|regional|disease|tumou?r)\s+control)\b"
    r"|\s+(?:results|PFS|OS|DFS|EFS|RFS|LFS|MFS|CSS|LC|LRC|DSS|LCR)\b")  # not "period yielded results"; "The five year LC"
CONFIRMED_AFTER = re.compile(r"\s+confirmed\s+(?:disability|progression|worsening|improvement|relapse)", re.IGNORECASE)
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# An estimate in brackets with its interval after a comma (or semicolon) and no name: "(0.94, 0.92
# to 0.96)", "(0·94, 0·69-1·28; p=0·68)", "(−2.04; −7.29 to 3.22)"; the measure is the one the sentence named before, if any.
BARE_PAIR = re.compile(  # "(0.94, 0.92 to 0.96)", "(3.5, 3.0 to 4.2 in men, 2.5, 2.1 to 3.0 in women)",
    # "scores 1-3: 1.17, 1.08 to 1.27; scores 4-6: 1.43, 1.31 to 1.56" (BMJ, a ratio named before the list)
    # "(0.58 mm Hg, −3.29 mm Hg to 4.44 mm Hg)": each number may carry the value's unit
    r"(?:(?<=[(\[])|(?<=,\s)|(?<=[:;]\s)|(?<=:))\s*(?P<value>-?\d*\.\d+)(?:\s*(?P<unit>(?!%)" + MEAS_UNIT + r"))?\s*[,;]\s*"
    r"(?P<low>-?\d*\.\d+)(?:\s*(?P=unit))?\s*(?:to|[-–—])\s*"
    r"(?P<high>-?\d*\.\d+)(?(unit)\s*(?P=unit))\s*(?=[;,)\]]|\.(?!\d)|$|\s+(?:in|for|among)\s+[^,;()]{1,30}[,;)\]])")
# What labels a number as an identifier, not a count: "ISRCTN number, 50189673", "NCT 0123".
IDENTIFIER_BEFORE = re.compile(r"\b(?:ISRCTN|NCT|registr\w*|identifier|number|PMID|PMCID|DOI)\b[\s,:.#]*$",
                               re.IGNORECASE)
FIELD_STRENGTH_AFTER = re.compile(r"\s*(?:T|Tesla)\b")  # "7 T MRI": a magnet's field, not a count
PRESSURE_PAIR = re.compile(r"(?<![\w./])" + PRESSURE)
PRESSURE_PAIR_WITH_SDS = re.compile(r"(?<![\w./])" + PRESSURE_WITH_SDS)
# A mass per volume after a value ± SD is a concentration, not a dose: "272 +/- 23 mg per deciliter".
# A drug's amount as an outcome measured ("morphine consumption at 12 hours (control group: 11.45 ± 7.64 mg"),
# a mean, not a dose given.
CONSUMPTION_BEFORE = re.compile(r"\b(?:consumption|requirements?|intake|consumed|used)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,90}$",
                                re.IGNORECASE)
CONCENTRATION_AFTER = re.compile(r"\s*(?:per\s+(?:deci|milli)?lit(?:er|re)|/\s*[dm]?[lL]\b)|" + EXPOSURE_TAIL,
                                 re.IGNORECASE)
# A count of more than one takes a plural noun; these nouns are singular.
SINGULAR_NOUN = re.compile(r"(?i:(?!.*(?:s|children|people|men|women|feet|teeth|mice|data|criteria|personnel|staff)$)"
                           r"[a-z-]+)")
# A median or mean named, then nothing but words (and one value compared with "vs") up to a time.
FIRST_VALUE_AFTER_SUMMARY = re.compile(  # "median OS was longer in the exon 19 deletion group (92 vs. 65 months"
    r"\b(?P<summary>(?:median|mean)\b|(?-i:m(?=(?:OS|PFS|DFS|EFS|RFS|TTP)\b)))"
    r"(?:(?:exons?|codons?)\s\d+|\d+\s+(?:groups|arms|cohorts)\b|[^\d.;]|(?<=[A-Za-z])\d+)*"
    r"(?:\d+(?:\.\d+)?\s*(?:vs\.?|versus)\s*)?$", re.IGNORECASE)
# Two groups' ages compared in a bracket after "younger" or "older" ("were younger than women (78 vs 82 years"):
# each group's mean age, as the keys read it (7 of 7)
AGES_COMPARED_BEFORE = re.compile(r"\b(?:younger|older)\b[^().;]{0,60}\(\s*$", re.IGNORECASE)
# ... or after "age" itself, when the bracket compares two ("differed except for age (38.4 vs. 49.7 years")
AGE_BRACKET_BEFORE = re.compile(r"\bages?\b[^().;\d]{0,30}\(\s*$", re.IGNORECASE)
COMPARED_NEXT = re.compile(r"\s*(?:vs\.?|versus|compared\s+with)\s", re.IGNORECASE)
YEAR_UNIT = re.compile(r"(?i:years?|yrs?|y)")
COMPOUND_TIME = re.compile(r"\d\s*(?:years?|yrs?|months?)\s+and\s*$", re.IGNORECASE)
# "the top and bottom 10% of the risk distribution": a per cent that defines a group
LABEL_WORD_BEFORE = re.compile(  # "phase 3", "Grade 3 or 4", "chi 2"
    r"\b(?:phases?|types?|grades?|stages?|class|steps?|tiers?|waves?|chi|χ|status|"
    r"(?-i:Groups?|Levels?|Arms?|Cohorts?)|exons?|codons?|levels?\s+of\s+evidence|"  # "Group 1 patients", "2 Level 1 trauma centers"
    r"(?:(?<=\ba\s)|(?<=\bthe\s))level|"  # "a level 3 university referral center"
    + PART_LABEL + r"|"
    r"CKD|GOLD|NYHA|ECOG|FIGO|BI-?RADS|Tanner|KDIGO|ISUP|Hoehn\s+(?:and|&)\s+Yahr|"  # "CKD 3–5 cohorts": stages
    r"Gleason(?:\s+(?:score|sum|grade|pattern))?)"
    r"[\s-]*(?:\d+\s*(?:or|and|to|[-–])\s*)*$",  # "ASA physical status 1 or 2", "ECOG performance status 0-1"
    re.IGNORECASE)
ONE_OF_THE = re.compile(r"\s+of\s+(?:the|these|those|its|their|our|his|her)\b", re.IGNORECASE)
# A per cent compared with another right after it ("a significant difference, 67% compared to 94%"): the first of two
# shares set side by side, not the difference a word before named.
PER_CENT_COMPARED_AFTER = re.compile(r"\s*(?:compared\s+(?:to|with)|vs\.?|versus)\s*" + NUM + r"\s*" + PCT_SIGN)
BOUND_BEFORE = re.compile(r"\b(?:at\s+least|at\s+most|more\s+than|no\s+more\s+than)\s*$", re.IGNORECASE)
PERCENTILE_BEFORE = re.compile(
    r"\b(?:top|bottom|highest|lowest|upper|lower)(?:\s+(?:and|or)\s+(?:top|bottom|highest|lowest|"
    r"upper|lower))?\s*$", re.IGNORECASE)
# Short forms whose full stop ends no sentence when a number follows: a month ("from Jan. 1, 2009") or the
# rupee ("from Rs. 3297 to 440").
# A month's or a currency's abbreviation before its number, opening a word or after a bracket or a range's dash
# ("(Jan. 1", "2017-Feb. 29, 2020", "Rs. 3297").
ABBREVIATION_BEFORE_NUMBER = re.compile(r"(?:.*[(\[\-–/])?(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Rs)")
ABBREVIATIONS = ("et al", "e.g", "i.e", "vs", "fig", "no", "approx", "ca", "dr", "st", "resp", "c.i")
