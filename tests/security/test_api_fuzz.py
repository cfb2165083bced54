"""Fuzzing (hypothesis, bounded for CI) of the CSV loader, `detect` and every field of the API: answers are
rows or a located error, findings or a one-line exit, and HTTP statuses other than 500 — never a traceback."""
from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reifegrad.cli import main
from crawler.municipalities import COLUMNS, CsvError, load
from webapp.app import create_app
from webapp.directory import Directory

from .api_service import api_settings

FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                          HealthCheck.too_slow])
tricky_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["²", "١٢٣", "9" * 4300, "-1", "1e9", "0x10", " 12 ", "\r\n", '"', "\x00", "\ufeff", "ß" * 50]),
    st.from_regex(r"https?://[a-zA-Z0-9.\-:\[\]@%]{0,30}/?[^\s]{0,20}", fullmatch=True),
)
ALLOWED = {200, 202, 303, 307, 400, 403, 404, 405, 413, 422, 429}


@FAST
@given(rows=st.lists(st.fixed_dictionaries({c: tricky_text for c in ("ags", "name", "website_url", "population", "level")}),
                     max_size=6))
@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
def test_csv_rows_with_any_field_values(tmp_path, rows):
    path = tmp_path / "fuzz.csv"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    try:
        path.write_text(buffer.getvalue(), encoding="utf-8")
    except UnicodeEncodeError:  # lone surrogates cannot be written as UTF-8 at all
        return
    try:
        valid, _ = load(path)
    except CsvError as err:
        assert all(p.startswith(f"{path}:") for p in err.problems)
        assert all(len(p) < 600 for p in err.problems)  # no 4,300-digit echo
        valid, _ = load(path, skip_invalid=True)
    assert all(m.population is None or 0 <= m.population < 10**9 for m in valid)
    Directory(valid)  # the service's view of the same rows


@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
@FAST
@given(body=st.binary(max_size=3000), url=tricky_text, as_json=st.booleans())
def test_detect_any_file_and_url(tmp_path, capsys, body, url, as_json):
    page = tmp_path / "page.html"
    page.write_bytes(body)
    try:
        code = main(["detect", str(page), f"--url={url}", *(["--json"] if as_json else [])])
    except SystemExit as exit_:
        assert exit_.code not in (0, None)
        assert "Traceback" not in capsys.readouterr().err
        return
    out = capsys.readouterr().out
    assert code == 0
    if as_json:
        assert isinstance(json.loads(out), list)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    settings_ = api_settings(tmp_path_factory.mktemp("api"), rate_limit=10**6, admin_token="geheim")
    with TestClient(create_app(settings_), base_url="http://testserver", follow_redirects=False) as client:
        yield client


json_values = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(),
                                     st.floats(allow_nan=False, allow_infinity=False), tricky_text),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=8)
header_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)


def assert_handled(response) -> None:
    assert response.status_code in ALLOWED, (response.status_code, response.text[:300])
    assert response.headers.get("x-content-type-options") == "nosniff"


@FAST
@given(body=st.dictionaries(st.sampled_from(["ags", "url", "force", "x"]), json_values, max_size=4) | json_values,
       token=st.none() | header_text)
@pytest.mark.slow  # the slowest unmarked test (10 s on a loaded machine): kept out of `make test-fast`
def test_api_checks_any_body(client, body, token):
    headers = {"X-Admin-Token": token} if token is not None else {}
    assert_handled(client.post("/api/checks", json=body, headers=headers))


@FAST
@given(raw=st.binary(max_size=300), content_type=st.sampled_from(["application/json", "text/plain", "multipart/form-data"]))
def test_api_checks_any_bytes(client, raw, content_type):
    assert_handled(client.post("/api/checks", content=raw, headers={"content-type": content_type}))


@FAST
@given(check_id=tricky_text | st.integers().map(str), ags=tricky_text, run_id=tricky_text | st.integers().map(str),
       q=tricky_text, limit=tricky_text | st.integers().map(str))
@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
def test_every_get_field(client, check_id, ags, run_id, q, limit):
    segment = quote(check_id, safe="") or "x"
    place = quote(ags, safe="") or "x"
    for path in (f"/api/checks/{segment}", f"/pruefungen/{segment}"):
        assert_handled(client.get(path))
    for path in (f"/api/results/{place}", f"/ergebnis/{place}"):
        assert_handled(client.get(path, params={"run_id": run_id}))
    assert_handled(client.get("/api/municipalities", params={"q": q, "limit": limit}))


@FAST
@given(fields=st.fixed_dictionaries({}, optional={name: tricky_text for name in ("ags", "q", "url", "force", "admin_token")}))
@pytest.mark.slow  # 120 form posts with a CSRF round trip each: kept out of `make test-fast`
def test_form_any_fields(client, fields):
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").text).group(1)
    assert_handled(client.post("/pruefen", data={"csrf_token": token, **fields}))
