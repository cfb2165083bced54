"""The catalogues as views (components, statuses, size classes, advice), generated from their one source.

Analysts join them for German labels and explanations (Datasette, exports); ``municipality_results`` takes
its size class and status label from them, so SQL and Python can never classify differently.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from detectors.model import catalogue
from output import sizes
from output.statuses import catalogue as statuses
from scoring.recommend import recommendation_texts


def literal(value: object) -> str:
    """A Python value as an SQL literal (the catalogues are our own files, quoting keeps them exact)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def values_view(name: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CREATE VIEW name AS SELECT … FROM (VALUES …): a small constant table that follows its source."""
    body = ",\n  ".join("(" + ", ".join(literal(v) for v in row) + ")" for row in rows)
    names = ", ".join(f"column{i + 1} AS {c}" for i, c in enumerate(columns))
    return f"CREATE VIEW {name} AS\nSELECT {names} FROM (VALUES\n  {body});\n"


def catalogue_views() -> str:
    cat = catalogue()
    gemeinde = [(name, "gemeinde", low, high) for name, low, high in sizes.ranges()]
    return "\n".join((
        "-- The component catalogue (detectors/components.json): id, German label, KGSt component, informative.",
        values_view("component_catalogue", ("component", "label", "kgst", "informative"),
                    [(c["id"], c["label"], bool(c.get("kgst")), bool(c.get("informative"))) for c in cat["components"]]),
        "-- The status catalogue (output/statuses.json): German label, what happened, what to do.",
        values_view("status_catalogue", ("status", "label", "explanation", "advice", "permanent"),
                    [(s.id, s.label, s.explanation, s.advice, s.permanent) for s in statuses()]),
        "-- Size classes of scoring_method.md §7.5 (output/sizes.py): by level, population from (inclusive) to",
        "-- (exclusive); Landkreise are one class whatever their population.",
        values_view("size_classes", ("size_class", "admin_level", "population_from", "population_to"),
                    [*gemeinde, (sizes.KREIS_CLASS, "kreis", None, None)]),
        "-- Handlungsempfehlungen per component (scoring/recommendations.yaml).",
        values_view("recommendation_texts", ("component", "label", "text"),
                    [(c, t.get("label"), t.get("text")) for c, t in recommendation_texts().items()]),
    ))
