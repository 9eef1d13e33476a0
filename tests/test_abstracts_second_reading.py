"""The learned second reading (nmo_teach/abstracts/second_reading.py) and its shipped weights.

The mechanism is tested with small models written here, so each test says what the model is told
and what must follow; the shipped weights are tested for being current (fitted on today's keys and
today's grammar) and for being what fitting produces.
"""

from __future__ import annotations

import pytest

from benchmarks import bench_second_reading as training
from nmo_teach.abstracts import Figure, FigureKind, parse_string
from nmo_teach.abstracts.found import Found
from nmo_teach.abstracts.second_reading import (MODEL_FILE, NO_FIGURE, SecondReading, bare_numbers,
                                                passed_over, shipped)

LABELS = (NO_FIGURE, "count", "estimate", "duration")


def _model(weights: dict[str, dict[str, float]], bias_none: float = 1.0) -> SecondReading:
    """A model that says "no figure" unless a feature given here says otherwise."""
    index = {label: k for k, label in enumerate(LABELS)}
    return SecondReading(LABELS, (bias_none, 0.0, 0.0, 0.0),
                         {name: {index[label]: w for label, w in row.items()} for name, row in weights.items()})


STATISTIC_MODEL = _model({"L1=reached": {"estimate": 5.0}})
PASSED_OVER = "The c statistic reached 0.61."  # no rule of the grammar reads this number


def test_probabilities_are_a_softmax_and_unknown_features_add_nothing():
    probs = STATISTIC_MODEL.probabilities(["L1=reached", "never-seen"])
    assert sum(probs.values()) == pytest.approx(1.0)
    assert max(probs, key=probs.__getitem__) == "estimate"
    assert STATISTIC_MODEL.probabilities(["never-seen"]) == STATISTIC_MODEL.probabilities([])


def test_a_number_the_grammar_passed_over_is_added_with_the_kind_the_model_gives():
    assert parse_string(PASSED_OVER, second_reading=None).figures == ()
    read = parse_string(PASSED_OVER, second_reading=STATISTIC_MODEL)
    assert [(f.kind, f.value, f.text) for f in read.figures] == [(FigureKind.ESTIMATE, 0.61, "0.61")]


def test_an_unsure_model_adds_nothing():
    unsure = _model({"L1=reached": {"estimate": 0.5}})
    assert parse_string(PASSED_OVER, second_reading=unsure).figures == ()


def test_the_model_never_removes_a_grammars_figure_and_renames_one_only_when_sure():
    """A model that calls a ratio "no figure" leaves it as the grammar read it; one sure it is a
    count renames it in place, keeping its interval and marking it as the model's reading; one
    not sure enough (below ``RENAME_PROBABILITY``) leaves it; a range is never renamed."""
    text = "Of 40 patients, 12 (30%) relapsed (HR 0.61, 95% CI 0.4-0.9; P = 0.02), aged 20-40 years."
    grammar = parse_string(text, second_reading=None).figures
    assert parse_string(text, second_reading=_model({"rule=ratio": {NO_FIGURE: 9.0}})).figures == grammar
    assert parse_string(text, second_reading=_model({"rule=ratio": {"count": 0.5}})).figures == grammar
    renamed = parse_string(text, second_reading=_model({"rule=ratio": {"count": 9.0}, "rule=range": {"count": 9.0}}))
    changed = [(g.kind, f.kind, f.low, f.high, f.read_by) for g, f in zip(grammar, renamed.figures) if g != f]
    assert changed == [(FigureKind.RATIO, FigureKind.COUNT, 0.4, 0.9, "second reading")]


def test_bare_numbers_skip_what_the_grammar_covers_and_numbers_glued_to_words():
    text = "Of 40 patients in H2O and 3D scans, 12 were seen at 0.61 and 1.2.3 later"
    covered = [f for f in parse_string(text, second_reading=None).figures if f.text.startswith("40")]
    spans = bare_numbers(text, [])
    assert [text[a:b] for a, b in spans] == ["40", "12", "0.61"]
    assert covered and [text[a:b] for a, b in bare_numbers(text, [_found(covered[0])])] == ["12", "0.61"]


def test_the_scale_of_a_rate_is_never_offered_to_the_model():
    text = "Rates were 183.5 in 100 PY and 12 per 1000 births; 100 were seen."
    assert [text[a:b] for a, b in bare_numbers(text, [])] == ["183.5", "12", "100"]


def _found(figure: Figure) -> Found:
    return Found(figure.kind, figure.span.start, figure.span.end, figure.value)


def test_a_duration_added_takes_its_time_unit():
    model = _model({"L1=for": {"duration": 5.0}})
    found = parse_string("They were watched for 14 days.", second_reading=model).figures_of(FigureKind.DURATION)
    assert [(f.value, f.unit) for f in found] == [(14, "days")]


def test_json_round_trip_keeps_every_weight_and_the_digest():
    model = SecondReading(LABELS, (1.0, 0.0, -0.5, 0.25), {"L1=auc": {2: 5.0}, "R1=%": {1: -0.125}}, "abc")
    assert SecondReading.from_json(model.to_json()) == model


# --- the shipped weights --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def rows() -> list[tuple[list[str], str]]:
    return training.training_rows(training.load_all())


def test_the_shipped_model_is_fitted_on_todays_keys_and_grammar(rows):
    model = shipped()
    assert model is not None, f"{MODEL_FILE} is missing"
    assert set(model.labels) <= {NO_FIGURE, *(kind.value for kind in FigureKind)}
    assert model.trained_on == training.fingerprint(rows), (
        "the keyed abstracts or the figure grammar changed since the second reading was fitted: "
        "run `python -m benchmarks.bench_second_reading --train` and commit second_reading.json")


def test_fitting_again_gives_the_shipped_decisions(rows):
    """The shipped weights are what fitting produces: refitted on the same rows, the model labels
    the candidates as the shipped one does (weights are rounded in the file, so compare decisions)."""
    refitted, model = training.fit(rows), shipped()
    assert model is not None
    agree = sum(max(p := refitted.probabilities(names), key=p.__getitem__)
                == max(q := model.probabilities(names), key=q.__getitem__) for names, _ in rows)
    assert agree / len(rows) >= 0.995
