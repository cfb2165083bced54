"""bench/findings_diff.py: what counts as the same detector output before and after a change."""
from __future__ import annotations

from bench.findings_diff import compare


def _match(rule: str, confidence: int = 100) -> dict:
    return {"component": "de_mail", "product": None, "confidence": confidence,
            "evidence": {"url": "https://www.m.de/", "kind": "text", "match": "x", "pattern_id": f"{rule}/text/ab12cd34",
                         "view": "static", "mark": [0, 1], "markup": False}}


def _record(pages: list[list[dict]], confidence: int = 100) -> dict:
    return {"findings": [{"component": "de_mail", "confidence": confidence}], "pages": pages}


def test_reordered_matches_are_the_same_output_and_counted_apart():
    key = ("farm", "www.m.de", "one-pass")
    before = {key: _record([[_match("a"), _match("b")], [_match("a")]])}
    after = {key: _record([[_match("b"), _match("a")], [_match("a")]])}
    differing, tally = compare(before, after, watch={"b"})
    assert differing == []
    assert tally["farm", "one-pass"] == {"keys": 1, "pages": 2, "findings": 1, "matches": 3, "reordered": 1, "watched": 1}


def test_any_change_of_a_finding_or_match_differs():
    key, other = ("realpages", "a", "plain"), ("realpages", "b", "plain")
    before = {key: _record([[_match("a")]]), other: _record([[_match("a")]])}
    assert compare(before, {key: _record([[_match("a")]], 90), other: before[other]})[0] == [key]
    assert compare(before, {key: _record([[_match("a", 60)]]), other: before[other]})[0] == [key]
    assert compare(before, {key: _record([[_match("c")]]), other: before[other]})[0] == [key]
    assert compare(before, {key: before[key]})[0] == [other]
