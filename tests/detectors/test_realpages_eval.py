"""bench/realpages_eval.py: the counting rules of ../shared/realpages/README.md, on a small labelled set
written here (the real pages are never copied into the repository)."""
from __future__ import annotations

import json

from bench.realpages_eval import evaluate, half_of, main

HEADER = "slug,municipality,form_server,council_info,site_search,epayment,kind,evidence\n"
DOCS = {
    # slug: (kind, body, labels form_server, council_info, site_search, epayment, evidence)
    "a-online-antrag": ("text", "Den Antrag auf Sondernutzung können Sie ab sofort auch online stellen.",
                        "1,0,0,unknown", "form_server: 'online stellen'"),
    "b-sessionnet": ("html", '<html><body><p>Gemeinderat</p><a href="https://www.b-stadt.de/sessionnet/bi/si0040.php">'
                             "Sitzungskalender</a></body></html>",
                     "0,1,1,0", "council_info: SessionNet link || site_search: header search box"),
    "c-ueberweisung": ("text", "Bitte überweisen Sie die Gebühr unter Angabe des Kassenzeichens.",
                       "0,1,0,0", "council_info: 'Gremien' nav item || epayment=0 TRAP: bank transfer"),
}


def write_set(root):
    rows = [HEADER]
    for slug, (kind, body, labels, evidence) in DOCS.items():
        (root / f"{slug}.{'html' if kind == 'html' else 'txt'}").write_text(body, encoding="utf-8")
        (root / f"{slug}.json").write_text(json.dumps({"original_url": f"https://www.{slug}.de/seite", "kind": kind}))
        rows.append(f'{slug},Gemeinde {slug},{labels},{kind},"{evidence}"\n')
    (root / "labels.csv").write_text("".join(rows), encoding="utf-8")


def test_counting_rules(tmp_path):
    write_set(tmp_path)
    result = evaluate(tmp_path)
    t = result.tallies
    assert result.documents == 3
    assert (t["form_server"].tp, t["form_server"].fp, t["form_server"].fn) == (1, 0, 0)
    assert (t["council_info"].tp, t["council_info"].fn) == (1, 1)  # the nav word alone is not found
    # site_search: the text documents' zeros are "not observable" and skipped; the html miss counts
    assert (t["site_search"].tp, t["site_search"].fn, t["site_search"].tn) == (0, 1, 0)
    # epayment: unknown skipped, the bank-transfer trap is a true negative
    assert (t["epayment"].tp, t["epayment"].fp, t["epayment"].tn) == (0, 0, 2)
    misses = {(e.slug, e.component): e.evidence for e in result.errors if e.kind == "miss"}
    assert misses[("c-ueberweisung", "council_info")] == "council_info: 'Gremien' nav item"
    assert misses[("b-sessionnet", "site_search")] == "site_search: header search box"
    assert not result.goals_met()


def test_halves_partition_the_set(tmp_path):
    write_set(tmp_path)
    dev, check = evaluate(tmp_path, "dev"), evaluate(tmp_path, "check")
    assert dev.documents + check.documents == 3
    assert all(half_of(s) in ("dev", "check") and half_of(s) == half_of(s) for s in DOCS)


def test_json_output_and_missing_directory(tmp_path, capsys):
    write_set(tmp_path)
    assert main(["--pages", str(tmp_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 3 and out["components"]["form_server"]["recall"] == 1.0
    assert {e["kind"] for e in out["errors"]} == {"miss"}
    assert main(["--pages", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_command_line(tmp_path):
    """The README's command, as a process: figures only with --quiet, exit 0."""
    import subprocess
    import sys
    from pathlib import Path

    write_set(tmp_path)
    script = Path(__file__).resolve().parents[2] / "bench" / "realpages_eval.py"
    run = subprocess.run([sys.executable, str(script), "--pages", str(tmp_path), "--quiet", "--half", "dev"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "(all, micro)" in run.stdout and "misses" not in run.stdout
