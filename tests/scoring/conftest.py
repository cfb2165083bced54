"""Builders for observations that meet (or miss) exactly the conditions a test is about."""
from __future__ import annotations

import pytest

from detectors.model import catalogue
from scoring import MunicipalityContext, Observations, load_model

GEMEINDE = MunicipalityContext("09162000", "Musterhausen", "Gemeinde", "gemeinde", 12_000, "09")
LANDKREIS = MunicipalityContext("03458000", "Landkreis Musterland", "Landkreis", "kreis", 130_000, "03")

# Every component the model reads: the contract's (detectors/components.json) that are not informative only
# (tests/scoring/test_model.py checks that these are exactly the ones the model's indicators read).
ALL_COMPONENTS = tuple(c["id"] for c in catalogue()["components"] if not c.get("informative"))
BASKET = ("wohnsitz_anmelden", "meldebescheinigung", "melderegisterauskunft", "personalausweis", "reisepass",
          "fuehrungszeugnis", "gewerbe_anmelden", "hundesteuer", "bewohnerparkausweis", "kfz_zulassung",
          "geburtsurkunde", "briefwahl", "kita_platz", "wohngeld", "baugenehmigung", "sperrmuell")
# Every technical check the model scores, each at its best (cms is informative: no indicator reads it; checked
# in test_model.py against the model).
GOOD_CHECKS = {c["id"]: 1.0 for c in catalogue()["checks"] if c["id"] != "cms"}


@pytest.fixture(scope="session")
def model():
    return load_model()


def exemplary(**changes) -> Observations:
    """A site that shows everything the model can observe: level 4 material."""
    obs = Observations(status="ok", components={c: 100 for c in ALL_COMPONENTS}, unobserved=set(),
                       services={s: 3 for s in BASKET}, checks=dict(GOOD_CHECKS), pages=40, rendered=True)
    for key, value in changes.items():
        setattr(obs, key, value)
    return obs


def without(obs: Observations, *components: str) -> Observations:
    obs.components = {c: v for c, v in obs.components.items() if c not in components}
    return obs
