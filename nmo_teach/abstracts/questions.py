"""Reading questions generated from any parsed abstract, in the quiz-bank question format.

Each question is a dict shaped like an entry of ``data/quizzes/*.yaml`` (see COMMON.md): id,
level, type, prompt, reference, and options with feedback (single choice) or an answer with
tolerance (numeric). Correct answers come from the parse, never from a person, so an instructor
can bring any abstract to class. A question is produced only when the parse supports it: no
design question for an abstract without a design, no n question without a sample count.
"""

from __future__ import annotations

from typing import Any

from nmo_teach.abstracts.appraisal import detect_design
from nmo_teach.abstracts.model import Figure, FigureKind, NlmCategory, StructuredAbstract

LABELS_REFERENCE = "nlm2013labels"
HEADINGS_REFERENCE = "haynes1990revisited"


def _option(text: str, correct: bool, feedback: str) -> dict[str, Any]:
    return {"text": text, "correct": correct, "feedback": feedback}


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _label(label: str | None) -> str:
    return label or "(no heading)"


def _design_question(abstract: StructuredAbstract, ref: str) -> dict[str, Any] | None:
    design = detect_design(abstract)
    labelled = [s for s in abstract.sections if s.label]
    if design is None or len(labelled) < 2:
        return None
    holder = next((s for s in labelled if design.split()[0].lower() in s.text.lower()
                   or ("design" in s.label.lower() and s.text)), None)
    if holder is None:
        return None
    options = [_option(_label(holder.label), True,
                       f"Yes: the {holder.label} section says '{_short(holder.text, 70).rstrip('.')}'.")]
    for other in labelled:
        if other is holder or len(options) >= 4:
            continue
        options.append(_option(_label(other.label), False,
                               f"The {other.label} section is about something else "
                               f"('{_short(other.text, 60)}'); the design is under {holder.label}."))
    return {
        "type": "single", "level": "recall", "reference": ref,
        "prompt": "Under which heading does this abstract state the study design?",
        "options": options,
    }


def _n_figure(abstract: StructuredAbstract) -> Figure | None:
    """The count that the other people-counts are taken out of: the study's n."""
    denominators = {f.denominator for f in abstract.figures
                    if f.denominator_note and f.denominator_note.startswith("inferred")}
    for figure in abstract.figures:
        if (figure.kind is FigureKind.COUNT and figure.value is not None
                and figure.value in denominators and figure.denominator is None):
            return figure
    return None


def _n_question(abstract: StructuredAbstract, ref: str) -> dict[str, Any] | None:
    figure = _n_figure(abstract)
    if figure is None or figure.value is None:
        return None
    return {
        "type": "numeric", "level": "recall", "reference": ref,
        "prompt": f"How many {figure.unit or 'participants'} did the study include (its n)?",
        "answer": int(figure.value), "tolerance": 0, "unit": figure.unit or "participants",
        "feedback": {
            "correct": f"Right: '{figure.sentence}'",
            "incorrect": f"Look for the first count of people in the results: '{figure.text}'.",
        },
    }


def _outcome_question(abstract: StructuredAbstract, ref: str) -> dict[str, Any] | None:
    outcome = next((s for s in abstract.sections if s.label and "outcome" in s.label.lower()), None)
    if outcome is None:
        return None
    others = [s for s in abstract.sections if s is not outcome and s.label and s.text]
    options = [_option(_short(outcome.text), True,
                       f"Yes: this is what the {outcome.label} section names.")]
    for other in others[:3]:
        options.append(_option(_short(other.text), False,
                               f"This is the {other.label} section, not the outcome measures."))
    return {
        "type": "single", "level": "recall", "reference": ref,
        "prompt": "What were the main outcome measures of the study?",
        "options": options,
    }


def _median_question(abstract: StructuredAbstract, ref: str) -> dict[str, Any] | None:
    medians = abstract.figures_of(FigureKind.MEDIAN)
    others = [f for f in abstract.figures
              if f.kind in (FigureKind.COUNT, FigureKind.DURATION, FigureKind.PERCENTAGE,
                            FigureKind.MEAN)]
    if not medians or not others:
        return None
    target = medians[0]
    options = [_option(f"'{target.text}'", True,
                       "Yes: the word 'median' marks the middle value of the sorted data.")]
    for other in others[:3]:
        options.append(_option(f"'{other.text}'", False,
                               f"This is a {other.kind.value.replace('_', ' ')}, not a median."))
    return {
        "type": "single", "level": "application", "reference": ref,
        "prompt": "Which of these figures from the abstract is a median?",
        "options": options,
    }


def _category_question(abstract: StructuredAbstract) -> dict[str, Any] | None:
    candidates = [s for s in abstract.sections
                  if s.label and s.category is not NlmCategory.UNASSIGNED]
    if not candidates:
        return None
    # Prefer a heading whose category is not its own name: those teach the mapping.
    section = next((s for s in candidates if s.category.value not in s.label.upper()), candidates[0])
    options = []
    for category in NlmCategory:
        right = category is section.category
        feedback = (f"Yes: NLM files '{section.label}' under {category.value}."
                    if right else
                    f"No: NLM files '{section.label}' under {section.category.value}.")
        options.append(_option(category.value, right, feedback))
    return {
        "type": "single", "level": "application", "reference": LABELS_REFERENCE,
        "prompt": f"Which NLM category does the heading '{section.label}' belong to?",
        "options": options,
    }


def _order_question(abstract: StructuredAbstract) -> dict[str, Any] | None:
    labels = [s.label for s in abstract.sections if s.label]
    if len(labels) < 3 or len(set(labels)) != len(labels):
        return None
    return {
        "type": "ordering", "level": "recall", "reference": HEADINGS_REFERENCE,
        "prompt": "Put the headings of this abstract in the order they are printed.",
        "items": labels,
        "feedback": {
            "correct": "Right: structured abstracts follow the order of the study itself.",
            "incorrect": f"The printed order is: {', '.join(labels)}.",
        },
    }


def _ambiguous_question(abstract: StructuredAbstract, ref: str) -> dict[str, Any] | None:
    ambiguous = next((f for f in abstract.figures if f.denominator_candidates), None)
    if ambiguous is None:
        return None
    readings = ambiguous.denominator_candidates
    options = [
        _option("The abstract does not say", True,
                f"Right: '{ambiguous.text}' follows a count of events in the same sentence, so it "
                f"could be over {readings[0]} values or over {readings[1]}."),
    ]
    for reading in readings:
        options.append(_option(f"Over {reading} values", False,
                               f"Possible, but the abstract does not say so; {ambiguous.denominator_note}."))
    return {
        "type": "single", "level": "appraisal", "reference": ref,
        "prompt": f"How many values is '{ambiguous.text}' taken over?",
        "options": options,
    }


def reading_questions(abstract: StructuredAbstract, reference: str | None = None,
                      prefix: str = "read") -> list[dict[str, Any]]:
    """Questions a student can answer from this abstract alone, with answers from its parse.

    ``reference`` is the bibtex key of the abstract's paper (default: the citation's
    ``bibtex_key``, else NLM's label list); heading questions cite NLM or Haynes et al. 1990.
    """
    ref = reference or abstract.citation.bibtex_key or LABELS_REFERENCE
    builders = (
        _design_question(abstract, ref),
        _n_question(abstract, ref),
        _outcome_question(abstract, ref),
        _median_question(abstract, ref),
        _ambiguous_question(abstract, ref),
        _category_question(abstract),
        _order_question(abstract),
    )
    questions = []
    for number, question in enumerate((q for q in builders if q is not None), start=1):
        questions.append({"id": f"{prefix}-{number:02d}", **question})
    return questions
