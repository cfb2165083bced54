"""The municipalities file is read when the service starts and again only when it changes: a check never reads
it, and an operator's new list is in service without a restart (a broken one never replaces a good one)."""
from __future__ import annotations

import csv
import os
from dataclasses import replace

from fastapi.testclient import TestClient

from crawler.municipalities import COLUMNS
from webapp.app import create_app
from webapp.checks import CheckQueue
from webapp.directory import DirectoryFile
from webapp.worker import Worker, check_files

from .conftest import wait_for, write_csv

NEW = {"ags": "09184114", "name": "Neudorf am Wald", "type": "Gemeinde", "level": "gemeinde", "state_code": "09",
       "state": "Bayern", "population": "1200", "website_url": "https://www.neudorf-am-wald.de/"}


def rows_of(path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def found(client: TestClient, name: str) -> list[str]:
    return [m["ags"] for m in client.get("/api/municipalities", params={"q": name}).json()]


def test_a_changed_file_is_served_without_a_restart(settings, municipalities_csv, caplog):
    with TestClient(create_app(replace(settings, directory_poll_s=0.05)), base_url="http://testserver") as client:
        assert found(client, "Neudorf") == []
        assert client.post("/api/checks", json={"url": NEW["website_url"]}).status_code == 400
        write_csv(municipalities_csv, [*rows_of(municipalities_csv), NEW])
        assert wait_for(lambda: found(client, "Neudorf") == ["09184114"], 10)
        assert client.post("/api/checks", json={"url": NEW["website_url"]}).status_code == 202
        # a list saved in another encoding keeps the last good one in service, and the log says why
        municipalities_csv.write_bytes(municipalities_csv.read_bytes().replace("Neudorf".encode(), "Neud\xf6rf".encode("latin-1")))
        assert wait_for(lambda: "cannot be read" in caplog.text, 10)
        assert found(client, "Neudorf") == ["09184114"] and found(client, "Musterstadt") == ["09162000"]
        # and so does a file emptied down to its header
        write_csv(municipalities_csv, [])
        assert wait_for(lambda: "holds no municipality" in caplog.text, 10)
        assert found(client, "Neudorf") == ["09184114"]


def test_a_check_does_not_read_the_file(settings, tmp_path):
    """The check's one-row CSV comes from the directory in service, with every column of the register, also
    when the file has gone meanwhile (it used to be read whole again for each check)."""
    full = tmp_path / "full.csv"
    row = {c: "" for c in COLUMNS} | NEW | {"ars": "091845000114", "lat": "49.1", "lon": "11.2", "url_source": "test"}
    with full.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerow(row)
    settings = replace(settings, municipalities=full)
    worker = Worker(settings, CheckQueue(settings.db), DirectoryFile(full))
    check = CheckQueue(settings.db).submit(ags=NEW["ags"], site="neudorf-am-wald.de", site_url="https://neudorf-am-wald.de/",
                                           client="c", forced=False).check
    os.replace(full, tmp_path / "moved.csv")
    files = check_files(settings, check.id)
    files["csv"].parent.mkdir(parents=True)
    assert worker.prepare(check, files) is None
    assert rows_of(files["csv"]) == [row | {"website_url": "https://neudorf-am-wald.de/"}]
