"""Heading -> NLM category: NLM's list first, the documented keyword rule second."""

from __future__ import annotations

import hashlib

import pytest

from nmo_teach.abstracts.labels import (
    LABEL_FILE,
    categorise,
    keyword_category,
    load_label_map,
    normalise_label,
)
from nmo_teach.abstracts.model import CategorySource, NlmCategory
from nmo_teach.paths import data_dir

# The hash and size recorded in data/nlm/README.md (NLM release of 6 Nov 2013).
NLM_SHA256 = "832d04af636255ee9e59f6ad51a79ec7a9e0404be090ce9508120cef1f9fe5de"


def test_the_shipped_label_list_is_the_documented_nlm_release():
    data = (data_dir() / LABEL_FILE).read_bytes()
    assert hashlib.sha256(data).hexdigest() == NLM_SHA256
    assert len(data.decode("ascii").splitlines()) == 2455
    # Three lines are "KEY POINTS" padded with spaces (all CONCLUSIONS), and six labels are listed twice, with and
    # without spaces round a slash ("SETTING / PARTICIPANTS", "SETTING/PARTICIPANTS"), each pair in one category:
    # 2,447 distinct labels; 123 more are listed with both "&" and "AND" ("AIMS & OBJECTIVES", "AIMS AND
    # OBJECTIVES"), each pair in one category, which the parser looks up as one: 2,324.
    assert len(load_label_map()) == 2324


@pytest.mark.parametrize(
    ("label", "category"),
    [
        # Kleiter's eight headings (brief §2.1 table, VERIFIED in the list)
        ("OBJECTIVE", "OBJECTIVE"), ("DESIGN", "METHODS"), ("SETTING", "METHODS"),
        ("PATIENTS", "METHODS"), ("INTERVENTION", "METHODS"),
        ("MAIN OUTCOME MEASURES", "METHODS"), ("RESULTS", "RESULTS"),
        ("CONCLUSIONS", "CONCLUSIONS"),
        # the JAMA Network set (brief §2.1): IMPORTANCE is OBJECTIVE, not BACKGROUND
        ("Importance", "OBJECTIVE"), ("Design, Setting, and Participants", "METHODS"),
        ("Exposures", "METHODS"), ("Main Outcomes and Measures", "METHODS"),
        ("Conclusions and Relevance", "CONCLUSIONS"), ("Context", "BACKGROUND"),
        # Lancet
        ("Findings", "RESULTS"), ("Interpretation", "CONCLUSIONS"),
    ],
)
def test_listed_labels_take_nlm_s_category(label: str, category: str):
    assert categorise(label) == (NlmCategory(category), CategorySource.NLM_LIST)


def test_lookup_ignores_case_trailing_colon_and_spacing():
    assert normalise_label("  Main   outcome measures: ") == "MAIN OUTCOME MEASURES"
    assert categorise("main outcome measures:")[0] is NlmCategory.METHODS


@pytest.mark.parametrize(
    ("label", "category"),
    [
        ("Patient cohort and procedure", NlmCategory.METHODS),
        ("Key results of the audit", NlmCategory.RESULTS),
        ("Take-home implications", NlmCategory.CONCLUSIONS),
        ("Rationale for screening", NlmCategory.BACKGROUND),
    ],
)
def test_unlisted_labels_fall_back_to_the_keyword_rule(label: str, category: NlmCategory):
    assert label.upper() not in load_label_map()
    assert categorise(label) == (category, CategorySource.KEYWORD_RULE)


def test_a_label_no_rule_knows_is_unassigned():
    assert keyword_category("Zebra crossings") is None
    assert categorise("Zebra crossings") == (NlmCategory.UNASSIGNED, CategorySource.NONE)
    assert categorise(None) == (NlmCategory.UNASSIGNED, CategorySource.NONE)
