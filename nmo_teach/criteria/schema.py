"""The published JSON Schema of the patient record, generated from the pydantic model.

The schema ships with the package (``nmo_teach/schemas/patient.schema.json``) so that editors and
other tools can check a record without Python. It is generated, never hand-edited: run
``python -m nmo_teach.criteria.schema`` after changing the model; a test fails while the file is
stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from nmo_teach.criteria.model import Patient

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "patient.schema.json"


def patient_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Patient``, with a title and description."""
    schema = Patient.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://nmo-teach.invalid/schemas/patient.schema.json",
        **schema,
        "title": "nmo-teach patient record",
        "description": (
            "One patient (real or synthetic) for the nmo-teach criteria engine (record format 2)."
            " Findings are 'yes', 'no' or 'unknown'; measurements a number or 'unknown'. Unknown is"
            " never read as negative. An attack lists every syndrome of one event; cord lesions"
            " are listed in mri.cord_lesions, each linked to the attack it caused by attack number"
            " (1 = first). A teaching aid, not a clinical decision tool."
        ),
    }


def schema_text() -> str:
    return json.dumps(patient_json_schema(), indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
