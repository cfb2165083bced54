"""Attribution every output carries (licences: /work/shared/data/PROVENANCE.md)."""
from __future__ import annotations

DESTATIS = "© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis, Gebietsstand 31.12.2021"
DESTATIS_LICENCE = "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)"
DESTATIS_LICENCE_URL = "https://www.govdata.de/dl-de/by-2-0"
WIKIDATA = "Websites und Wikidata-IDs: Wikidata (CC0 1.0)"
WIKIDATA_LICENCE_URL = "https://creativecommons.org/publicdomain/zero/1.0/"
KGST_STUDY = "KGSt/ÖFIT (2019): Wie sind die Kommunen digital aufgestellt? – Anteile 16 % / 32 % / 52 %"
DISCLAIMER = ("Die Reifestufe beschreibt nur das von außen sichtbare Web-Angebot (Außenperspektive). "
              "Sie ist keine amtliche OZG-Reifegradstufe und kein DQD-Zertifikat; die DQD-Bezeichnung ist "
              "nur eine Analogie.")


def attribution_lines() -> list[str]:
    return [f"Gemeindedaten: {DESTATIS}, {DESTATIS_LICENCE}", WIKIDATA]
