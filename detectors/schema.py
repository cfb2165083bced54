"""Validation of fingerprint files against ``fingerprint.schema.json`` before anything is compiled.

A misspelt key ("confidnce", "requries") would otherwise be ignored silently and a rule would quietly
mean something else; the schema rejects unknown keys, and the component ids are taken from
``components.json`` (components, checks and the engine's internal components) so a typo there fails too.
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from .model import catalogue

MAX_REPORTED = 5


@cache
def validator() -> Draft202012Validator:
    schema = json.loads(resources.files("detectors").joinpath("fingerprint.schema.json").read_text("utf-8"))
    known = catalogue()
    ids = [c["id"] for key in ("components", "checks", "internal") for c in known.get(key, [])]
    schema["$defs"]["component"] = {"enum": sorted(set(ids))}
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_errors(data: object, name: str) -> list[str]:
    """One line per violation, naming the file, the rule and the offending key; [] when the file is valid."""
    errors = sorted(validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    return [_describe(error, data, name) for error in errors]


def _describe(error: ValidationError, data: object, name: str) -> str:
    path = list(error.absolute_path)
    where = name
    if len(path) >= 2 and path[0] == "rules" and isinstance(data, dict):
        rule = data["rules"][path[1]]
        rule_id = rule.get("id") if isinstance(rule, dict) else None
        where += f" rule {rule_id!r}" if rule_id else f" rules[{path[1]}]"
        path = path[2:]
    location = "/".join(map(str, path))
    message = error.message
    if error.validator == "pattern" and path and "\\;" in str(error.instance):
        message = "Wappalyzer tag in a regex: write the confidence as the entry's \"confidence\" key"
    elif error.validator == "enum" and (path[-1:] == ["component"] or path[:1] == ["hides"]):
        message = f"unknown component {error.instance!r} (not in detectors/components.json)"
    return f"{where}{' at ' + location if location else ''}: {message}"
