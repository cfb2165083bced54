"""Registered domains honour the private section of the Public Suffix List (and the suffixes it misses)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crawler.municipalities import group_sites, load, shared_hosting_report
from detectors.domains import registered_domain, shared_hosting_suffix

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("url, domain, suffix", [
    ("https://welmbuettel.blogspot.de/", "welmbuettel.blogspot.de", "blogspot.de"),
    ("http://attacker-blog.blogspot.de/x", "attacker-blog.blogspot.de", "blogspot.de"),
    ("https://www.foo.github.io/", "foo.github.io", "github.io"),  # in the PSL's private section
    ("https://mandern.jimdofree.com", "mandern.jimdofree.com", "jimdofree.com"),
    ("gemeinde.wordpress.com", "gemeinde.wordpress.com", "wordpress.com"),
    ("https://www.stadt.musterstadt.de/a", "musterstadt.de", ""),
    ("https://www.amt-buechen.eu", "amt-buechen.eu", ""),
    ("blogspot.de", "", "blogspot.de"),  # a bare suffix is nobody's site
    ("http://127.0.0.1/", "", ""),
])
def test_registered_domain_and_shared_suffix(url, domain, suffix):
    assert registered_domain(url) == domain
    assert shared_hosting_suffix(url) == suffix


def write_csv(tmp_path: Path, rows: list[tuple[str, str, str]]) -> Path:
    path = tmp_path / "m.csv"
    path.write_text("ags,name,website_url\n" + "".join(f"{a},{n},{u}\n" for a, n, u in rows), encoding="utf-8")
    return path


def test_two_blogs_on_one_suffix_are_two_sites_with_their_own_domain(tmp_path):
    rows, _ = load(write_csv(tmp_path, [("01051125", "Welmbüttel", "https://welmbuettel.blogspot.de/"),
                                        ("01051126", "Nachbarort", "https://nachbarort.blogspot.de/"),
                                        ("01053010", "A", "https://www.amt.de/"), ("01053015", "B", "https://amt.de/")]))
    sites, _ = group_sites(rows)
    assert sorted((s.key, s.domain, len(s.members)) for s in sites) == [
        ("amt.de", "amt.de", 2),
        ("nachbarort.blogspot.de", "nachbarort.blogspot.de", 1),
        ("welmbuettel.blogspot.de", "welmbuettel.blogspot.de", 1),
    ]


def test_report_lists_exactly_the_rows_on_shared_hosting(tmp_path):
    rows, _ = load(write_csv(tmp_path, [("01051125", "Welmbüttel", "https://welmbuettel.blogspot.de/"),
                                        ("09162000", "Musterstadt", "https://www.musterstadt.de/"),
                                        ("16066052", "Oberweid", "https://oberweid.jimdofree.com")]))
    report = shared_hosting_report(rows)
    assert [line.split()[0] for line in report] == ["01051125", "16066052"]
    assert "blogspot.de" in report[0] and "jimdofree.com" in report[1]


def test_validate_command_reports_the_shipped_csv_rows_on_shared_hosting():
    """`reifegrad validate`: the shipped list has one blogspot.de and three jimdofree.com websites."""
    proc = subprocess.run([sys.executable, "-m", "reifegrad", "validate", "--municipalities", "municipalities.csv"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    reported = {line.split()[2] for line in proc.stdout.splitlines() if line.startswith("shared hosting:")}
    assert reported == {"01051125", "07235081", "07235142", "16066052"}
    assert proc.stdout.splitlines()[-1].endswith("0 bad, 4 on a shared hosting suffix")


def test_validate_command_exits_1_on_a_bad_row(tmp_path):
    path = write_csv(tmp_path, [("0105112", "Kaputt", "https://x.de/")])
    proc = subprocess.run([sys.executable, "-m", "reifegrad", "validate", "--municipalities", str(path)],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "malformed AGS" in proc.stdout and "Traceback" not in proc.stderr
