"""``reifegrad detect FILE``: lenient decoding, text+links dumps, JSON and table output."""
from __future__ import annotations

import json

from detectors.detect_file import decode, detect_file, text_to_html

PAGE = ('<html><head>{meta}<title>Rathaus</title></head><body><h1>Erklärung zur Barrierefreiheit</h1>'
        '<p>Öffnungszeiten: Montag – Freitag</p><a href="/impressum">Impressum</a></body></html>')


def test_windows_1252_declared(tmp_path):
    raw = PAGE.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">').encode("cp1252")
    path = tmp_path / "page.html"
    path.write_bytes(raw)
    out = json.loads(detect_file(path, "https://www.musterstadt.de/", as_json=True))
    components = {f["component"] for f in out}
    assert {"accessibility_statement", "imprint"} <= components
    statement = next(f for f in out if f["component"] == "accessibility_statement")
    assert "erklärung zur barrierefreiheit" in " ".join(e["match"] for e in statement["evidence"]).lower()


def test_undeclared_windows_1252_falls_back():
    raw = PAGE.format(meta="").encode("cp1252")
    text = decode(raw)
    assert "Erklärung" in text and "–" in text


def test_iso_8859_1_declared_and_utf8_bom():
    assert "Öffnungszeiten" in decode(PAGE.format(meta='<meta charset="iso-8859-1">').replace("–", "-").encode("latin-1"))
    assert "Öffnungszeiten" in decode(b"\xef\xbb\xbf" + PAGE.format(meta="").encode("utf-8"))


def test_text_and_links_dump(tmp_path):
    dump = ("Kreistagsinformationssystem Startseite Sitzungen Vorlagen\n\n"
            "[LINKS extracted from this page]\n"
            "- Sitzungen -> https://oldenburg-kreis.ratsinfomanagement.net/sitzungen\n"
            "- Impressum -> https://www.oldenburg-kreis.de/impressum\n"
            "https://www.oldenburg-kreis.de/datenschutz\n")
    path = tmp_path / "ris.txt"
    path.write_text(dump, encoding="utf-8")
    out = {f["component"]: f for f in json.loads(detect_file(path, "https://oldenburg-kreis.ratsinfomanagement.net/", True))}
    assert out["council_info"]["product"] == "SD.NET RIM"
    assert "imprint" in out
    assert all({"url", "kind", "match"} == set(e) for f in out.values() for e in f["evidence"])


def test_text_to_html_keeps_text_and_links():
    html = text_to_html("Hallo <Welt>\n- Start -> https://www.m.de/\n")
    assert "&lt;Welt&gt;" in html and '<a href="https://www.m.de/">Start</a>' in html


def test_table_output(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(PAGE.format(meta=""), encoding="utf-8")
    table = detect_file(path, "https://www.musterstadt.de/", as_json=False)
    assert table.splitlines()[0].startswith("component") and "imprint" in table
    empty = tmp_path / "e.html"
    empty.write_text("<p>nichts</p>", encoding="utf-8")
    assert detect_file(empty, "https://www.m.de/", as_json=False) == "no components found"
    assert json.loads(detect_file(empty, "https://www.m.de/", as_json=True)) == []


def test_text_dump_inline_links_become_links(tmp_path):
    """Crawled text dumps keep Markdown links and bare URLs; a reader follows them, so does detection."""
    path = tmp_path / "start.txt"
    path.write_text("### [ Ratsinfo ](https://www.m.de/politik/sessionnet/bi/si0040.php \"Ratsinfo\")\n"
                    "Pläne auch unter www.bauleitplanung.bayern.de.\n", encoding="utf-8")
    out = {f["component"]: f for f in json.loads(detect_file(path, "https://www.m.de/", True))}
    assert "council_info" in out
    html = text_to_html("Pläne unter www.bauleitplanung.bayern.de. Ende")
    assert '<a href="https://www.bauleitplanung.bayern.de">' in html and "</a>. Ende" in html
