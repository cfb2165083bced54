"""Kommunentyp: an ÖFIT/KGSt 2020 type guessed from standout dimensions, always labelled a heuristic."""
from __future__ import annotations

from scoring import ScoreResult, kommunentyp

TYPES = {"Bedächtige", "Optimierer", "Serviceorientierte", "Community Manager"}


def result(**dims: float | None) -> ScoreResult:
    scored = [v for v in dims.values() if v is not None]
    return ScoreResult(sum(scored) / len(scored) if scored else None, None, None, None, 0, False, dims, {}, {},
                       "1.0.0", "x")


def test_legal_baseline_standing_out_is_bedaechtige():
    profile = kommunentyp(result(A=20, B=20, C=20, D=20, E=90))
    assert profile.name == "Bedächtige"
    assert profile.heuristic is True and "Heuristik" in profile.explanation and "nicht Teil des Scores" in profile.explanation


def test_access_and_payment_standing_out_is_optimierer():
    assert kommunentyp(result(A=30, B=95, C=30, D=30, E=30)).name == "Optimierer"


def test_communication_and_openness_is_community_manager():
    assert kommunentyp(result(A=20, B=20, C=80, D=80, E=20)).name == "Community Manager"


def test_services_and_contact_is_serviceorientierte():
    assert kommunentyp(result(A=85, B=30, C=80, D=30, E=30)).name == "Serviceorientierte"


def test_no_profile_when_nothing_stands_out_or_nothing_was_scored():
    assert kommunentyp(result(A=50, B=52, C=48, D=50, E=51)) is None
    assert kommunentyp(result(A=None, B=None, C=None, D=None, E=None)) is None
