"""Evaluation on real municipal pages (/work/shared/realpages, read in place; skipped when absent).

Expectations were taken from reading the pages: what a person sees in their footer and navigation.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from detectors.checks import check_site
from detectors.detect_file import detect_file, load_artifact

REAL = Path("/work/shared/realpages")
pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="real pages not available")

EXPECT = {
    # file: (present, absent)
    "stuttgart-startseite.html": ({"imprint", "privacy_policy", "site_search", "social_media", "newsletter"}, {"chatbot", "de_mail", "eid"}),
    "ahlen-reparaturcafe.html": ({"imprint", "privacy_policy", "site_search"}, {"epayment", "chatbot"}),
    "brackenheim-rathaus-aktuell.html": ({"imprint", "site_search"}, {"form_server", "mobile_app", "social_media"}),
    "ittlingen-rathaus-aktuelles.html": ({"imprint", "site_search"}, {"form_server", "epayment", "chatbot"}),
    "landkreis-oldenburg-ratsinfo-start.txt": ({"council_info"}, {"site_search", "chatbot"}),
    "landkreis-oldenburg-kfz-zulassungsstelle.txt": (set(), {"appointment_booking", "form_server", "epayment"}),
}


def url_of(name: str) -> str:
    meta = json.loads((REAL / (name.rsplit(".", 1)[0] + ".json")).read_text("utf-8"))
    return meta["original_url"].split(" ")[0]


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_real_page(name):
    present, absent = EXPECT[name]
    found = {f["component"] for f in json.loads(detect_file(REAL / name, url_of(name), as_json=True))}
    assert present <= found
    assert not (absent & found)


def test_ratsinfo_vendor():
    out = json.loads(detect_file(REAL / "landkreis-oldenburg-ratsinfo-start.txt", url_of("landkreis-oldenburg-ratsinfo-start.txt"), True))
    assert next(f for f in out if f["component"] == "council_info")["product"] == "SD.NET RIM"


@pytest.mark.parametrize("name,cms", [("ahlen-reparaturcafe.html", "TYPO3"), ("brackenheim-rathaus-aktuell.html", "OpenText RedDot"),
                                      ("untergruppenbach-aktuell.html", "TYPO3")])
def test_real_cms(name, cms):
    assert check_site(load_artifact(REAL / name, url_of(name)), None, [])["cms"].product == cms
