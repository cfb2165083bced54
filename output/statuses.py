"""The visit status catalogue (``output/statuses.json``): the one source of the closed status vocabulary.

The crawler maps failures onto these ids, the store checks them (``Store`` generates its triggers from
here), Datasette's column descriptions and the web app's labels are filled from here.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Status:
    id: str
    label: str  # German, as a person reads it
    explanation: str  # what happened, in German
    advice: str  # what to do, in German
    permanent: bool  # not worth another attempt


@cache
def catalogue() -> tuple[Status, ...]:
    data = json.loads(resources.files("output").joinpath("statuses.json").read_text("utf-8"))
    return tuple(Status(**entry) for entry in data["statuses"])


def status_ids() -> tuple[str, ...]:
    return tuple(s.id for s in catalogue())


def by_id() -> dict[str, Status]:
    return {s.id: s for s in catalogue()}


def permanent_ids() -> frozenset[str]:
    return frozenset(s.id for s in catalogue() if s.permanent)


def vocabulary_text() -> str:
    """The vocabulary as Datasette's column descriptions name it."""
    return "Status (geschlossene Liste): " + ", ".join(status_ids())


def label(status: str) -> str:
    """The German label of a status id (the id itself for one not in the catalogue)."""
    status_ = by_id().get(status)
    return status_.label if status_ else status
