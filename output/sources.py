"""Attribution every output carries (licences: /work/shared/data/PROVENANCE.md)."""
from __future__ import annotations

DESTATIS = "© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis, Gebietsstand 31.12.2021"
DESTATIS_LICENCE = "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)"
DESTATIS_LICENCE_URL = "https://www.govdata.de/dl-de/by-2-0"
WIKIDATA = "Websites und Wikidata-IDs: Wikidata (CC0 1.0)"
WIKIDATA_LICENCE_URL = "https://creativecommons.org/publicdomain/zero/1.0/"
# Our own data (findings, scores, recommendations): open, with attribution, like the register it builds on.
RESULTS = "Ergebnisse (Befunde, Scores, Empfehlungen): reifegrad"
RESULTS_LICENCE = "Creative Commons Namensnennung 4.0 International (CC BY 4.0)"
RESULTS_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.de"
KGST_STUDY = "KGSt/ÖFIT (2019): Wie sind die Kommunen digital aufgestellt? – Anteile 16 % / 32 % / 52 %"
DISCLAIMER = ("Die Reifestufe beschreibt nur das von außen sichtbare Web-Angebot (Außenperspektive). "
              "Sie ist keine amtliche OZG-Reifegradstufe und kein DQD-Zertifikat; die DQD-Bezeichnung ist "
              "nur eine Analogie.")


def licence_lines() -> list[str]:
    """What every export names: each source with its licence and where to read it, and our own data's."""
    return [f"Gemeindedaten: {DESTATIS}, {DESTATIS_LICENCE}, {DESTATIS_LICENCE_URL}",
            f"{WIKIDATA}, {WIKIDATA_LICENCE_URL}",
            f"{RESULTS}, {RESULTS_LICENCE}, {RESULTS_LICENCE_URL}",
            DISCLAIMER]
