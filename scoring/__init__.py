"""Scoring: a versioned model as data (``models/v1.yaml``) and a pure scorer over plain ids and numbers.

Imports nothing from crawler/, output/, farm/, webapp/ or detectors/ (docs/architecture.md §5).
"""
from scoring.diff import ModelDiff, format_diff, model_diff
from scoring.lognormal import lognormal_score
from scoring.model import Model, ModelError, load_model, parse_model
from scoring.profile import Profile, kommunentyp
from scoring.recommend import Recommendation, recommend
from scoring.scorer import score
from scoring.types import MunicipalityContext, Observations, ScoreResult

__all__ = [
    "Model",
    "ModelDiff",
    "ModelError",
    "MunicipalityContext",
    "Observations",
    "Profile",
    "Recommendation",
    "ScoreResult",
    "format_diff",
    "kommunentyp",
    "load_model",
    "lognormal_score",
    "model_diff",
    "parse_model",
    "recommend",
    "score",
]
