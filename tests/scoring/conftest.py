"""Builders for observations that meet (or miss) exactly the conditions a test is about."""
from __future__ import annotations

import pytest

from scoring import MunicipalityContext, Observations, load_model

GEMEINDE = MunicipalityContext("09162000", "Musterhausen", "Gemeinde", "gemeinde", 12_000, "09")
LANDKREIS = MunicipalityContext("03458000", "Landkreis Musterland", "Landkreis", "kreis", 130_000, "03")

# Every component the model reads, and the nine of KGSt/ÖFIT among them.
ALL_COMPONENTS = ("form_server", "epayment", "service_account", "eid", "de_mail", "secure_mailbox", "site_search",
                  "mobile_app", "chatbot", "open_data", "appointment_booking", "council_info", "issue_reporting",
                  "participation", "geoportal", "accessibility_statement", "easy_language", "sign_language",
                  "imprint", "privacy_policy", "digital_strategy", "social_media", "newsletter")
BASKET = ("wohnsitz_anmelden", "meldebescheinigung", "melderegisterauskunft", "personalausweis", "reisepass",
          "fuehrungszeugnis", "gewerbe_anmelden", "hundesteuer", "bewohnerparkausweis", "kfz_zulassung",
          "geburtsurkunde", "briefwahl", "kita_platz", "wohngeld", "baugenehmigung", "sperrmuell")
GOOD_CHECKS = {"https": 1.0, "mobile_viewport": 1.0, "security_headers": 1.0, "trackers_before_consent": 1.0}


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
