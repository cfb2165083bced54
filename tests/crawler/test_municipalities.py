"""The target list: validation with file/line/column, selection flags, shared sites, the shipped CSV."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawler.municipalities import COLUMNS, CsvError, Municipality, full_rows, group_sites, load, select

REPO = Path(__file__).resolve().parents[2]
HEADER = ",".join(COLUMNS)


def row(ags="08111000", name="Musterstadt", url="https://www.musterstadt.de", level="gemeinde", pop="1000",
        state_code="08", state="Baden-Württemberg", typ="Stadt") -> str:
    values = dict.fromkeys(COLUMNS, "")
    values.update(ags=ags, name=name, website_url=url, level=level, population=pop, state_code=state_code,
                  state=state, type=typ)
    return ",".join(f'"{values[c]}"' for c in COLUMNS)


def write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "m.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def column_of(name: str) -> int:
    return COLUMNS.index(name) + 1


@pytest.mark.parametrize("bad, column, words", [
    (row(ags="0811100"), "ags", "malformed AGS"),
    (row(ags="99111000"), "ags", "malformed AGS"),
    (row(name=""), "name", "missing name"),
    (row(url="htp:/kaputt"), "website_url", "unparsable URL"),
    (row(url="https://www.x.de:99999/"), "website_url", "unparsable URL"),
    # what the crawler's address guard refuses on every request is named here, not found out night after night
    (row(url="https://192.168.10.4/rathaus/"), "website_url", "IP address or a local name"),
    (row(url="http://[2001:db8::1]/"), "website_url", "IP address or a local name"),
    (row(url="http://rathaus/"), "website_url", "IP address or a local name"),
    (row(url="https://www.x.de:8443/"), "website_url", "ports 80 and 443 only"),
    (row(url="https://amt:geheim@www.x.de/"), "website_url", "without user or password"),
    (row(level="bund"), "level", "unknown level"),
])
def test_bad_row_names_file_line_and_column(tmp_path, bad, column, words):
    path = write(tmp_path, row(ags="08111001"), bad)
    with pytest.raises(CsvError) as err:
        load(path)
    message = str(err.value)
    assert f"{path}:3:{column_of(column)}:" in message
    assert words in message


def test_duplicate_ags_points_at_first_occurrence(tmp_path):
    path = write(tmp_path, row(), row(name="Zweitstadt"))
    with pytest.raises(CsvError) as err:
        load(path)
    assert f"{path}:3:{column_of('ags')}: ags: duplicate AGS 08111000 (first on line 2)" in str(err.value)


def test_wrong_field_count_and_missing_column(tmp_path):
    path = write(tmp_path, row(), "08111002,only,three")
    with pytest.raises(CsvError, match=r":3:\d+: expected 17 fields, found 3"):
        load(path)
    bad_header = tmp_path / "h.csv"
    bad_header.write_text("ags,name\n08111000,X\n", encoding="utf-8")
    with pytest.raises(CsvError, match=r"h.csv:1:1: missing required column\(s\): website_url"):
        load(bad_header)


def test_a_quote_not_closed_names_where_it_opened_and_the_lines_it_swallowed(tmp_path):
    """A spreadsheet's stray quote makes the csv module read the next lines into one field: the rows swallowed
    are named, so `--skip-invalid` does not lose them silently."""
    def plain(ags: str, name: str) -> str:  # unquoted, as a spreadsheet writes it
        return row(ags=ags, name="NAME").replace('"', "").replace("NAME", name)

    path = write(tmp_path, plain("08111001", "Erste"), plain("08111002", '"Zweite'), plain("08111003", 'Dritte"'),
                 plain("08111004", "Vierte"))
    rows, problems = load(path, skip_invalid=True)
    assert [m.name for m in rows] == ["Erste", "Vierte"]
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{path}:3:{column_of('name')}: a quoted field is not closed: lines 3-4 were read as one row")


def test_skip_invalid_keeps_good_rows_and_reports_bad(tmp_path):
    path = write(tmp_path, row(), row(ags="x", name="Kaputt"), row(ags="08111003", name="Gut"))
    rows, problems = load(path, skip_invalid=True)
    assert [m.name for m in rows] == ["Musterstadt", "Gut"]
    assert len(problems) == 1 and ":3:1: ags" in problems[0]


def test_rows_without_website_are_kept_and_not_crawled(tmp_path):
    path = write(tmp_path, row(), row(ags="08111004", name="Ohneweb", url=""))
    rows, _ = load(path)
    sites, without = group_sites(rows)
    assert [m.name for m in without] == ["Ohneweb"]
    assert [s.key for s in sites] == ["musterstadt.de"]


def test_shared_site_is_crawled_once_for_all_members(tmp_path):
    path = write(
        tmp_path,
        row(ags="07231001", name="A-Dorf", url="https://www.vg-mosel.de/a-dorf", state_code="07"),
        row(ags="07231002", name="B-Dorf", url="https://www.vg-mosel.de/", state_code="07"),
        row(ags="07231003", name="C-Dorf", url="http://vg-mosel.de", state_code="07"),
        row(ags="07231004", name="Eigen", url="https://eigen.de", state_code="07"),
    )
    sites, _ = group_sites(load(path)[0])
    shared = next(s for s in sites if s.key == "vg-mosel.de")
    assert shared.ags == ["07231001", "07231002", "07231003"]
    assert shared.start_url == "http://vg-mosel.de"  # the root, not a member's sub-page
    assert shared.domain == "vg-mosel.de"


def test_selection_flags(tmp_path):
    names = {1: "Schleswig-Holstein", 8: "Baden-Württemberg"}
    rows = [row(ags=f"0{s}1110{i:02d}", name=f"G{s}{i}", state_code=f"0{s}", state=names[s]) for s in (1, 8) for i in range(10)]
    rows.append(row(ags="08111", name="Kreis", level="kreis", state_code="08", typ="Landkreis"))
    all_rows, _ = load(write(tmp_path, *rows))
    assert {m.ags for m in select(all_rows, ags=["01111003", "08111"])} == {"01111003", "08111"}
    assert all(m.state_code == "08" for m in select(all_rows, state="08"))
    assert len(select(all_rows, state="baden-württemberg")) == 11
    assert [m.level for m in select(all_rows, level="kreis")] == ["kreis"]
    assert len(select(all_rows, limit=3)) == 3
    a = select(all_rows, sample=5, seed=3)
    assert len(a) == 5 and a == select(all_rows, sample=5, seed=3)
    assert a != select(all_rows, sample=5, seed=4)
    # a state the file does not have is named with the ones it has (a typo, or "Baden-Wuerttemberg" for "ü")
    with pytest.raises(ValueError, match=r"--state 'Baden-Wuerttemberg' is no state .*known: 01 Schleswig-Holstein, 08 Baden-Württemberg$"):
        select(all_rows, state="Baden-Wuerttemberg")
    assert select(all_rows, state="08", level="gemeinde", ags=["01111003"]) == []  # a state it has: just no match


@pytest.mark.slow  # among the slowest unmarked tests (measured with --durations): kept out of `make test-fast`
def test_shipped_municipalities_csv_is_complete_and_valid():
    rows, problems = load(REPO / "municipalities.csv")
    assert not problems
    assert len(rows) == 11081
    assert sum(1 for m in rows if m.level == "kreis") == 294
    sites, without = group_sites(rows)
    assert len(without) == 30
    shared = sum(len(s.members) for s in sites if len(s.members) > 1)
    assert 2500 < shared < 2900  # "about 2,700 municipalities share a domain with their Amt or Verbandsgemeinde"


def test_bytes_that_are_not_utf8_give_a_located_error_and_stop(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(f"{HEADER}\n{row()}\n".encode() + "08111001,Müllheim,https://x.de\n".encode("latin-1"))
    with pytest.raises(CsvError, match=r"latin1.csv:3:11: not UTF-8 \(byte 0xfc\)"):
        load(path)


def full_row(m: Municipality) -> dict[str, str]:
    """One municipality's every column, as ``full_rows`` reads it for a whole run."""
    return next(full_rows([m]))[1]


def test_the_whole_row_is_read_again_from_its_file_and_a_site_travels_with_what_scores_need(tmp_path):
    """The crawl holds a few fields per municipality; the run stores every column, read from the file again."""
    from crawler.wire import site_from_json, site_to_json

    path = write(tmp_path, row(name='Bad ""Quelle"", am See', url="https://www.bad-quelle.de/"),
                 row(ags="08111001", name="Zweitort\\ä", url="https://www.bad-quelle.de/zweitort/"))
    rows, _ = load(path)
    assert full_row(rows[0])["name"] == 'Bad "Quelle", am See' and full_row(rows[1])["name"] == "Zweitort\\ä"
    assert list(full_row(rows[0])) == list(COLUMNS) and full_row(rows[0])["state"] == "Baden-Württemberg"
    assert sorted((m.ags, r["ags"]) for m, r in full_rows(reversed(rows))) == [(m.ags, m.ags) for m in rows]
    (site,), _ = group_sites(rows)
    back = site_from_json(site_to_json(site))
    assert back.members == rows and [m.population for m in back.members] == [m.population for m in rows]


def test_a_row_gone_from_its_file_is_stored_with_the_fields_the_crawl_holds(tmp_path):
    path = write(tmp_path, row(), row(ags="08111001", name="Zweitort", url="https://www.zweitort.de/"))
    first, second = load(path)[0]
    path.write_text(f"{HEADER}\n{row()}\n", encoding="utf-8")  # the list was edited during the run
    assert list(full_row(first)) == list(COLUMNS) and "ars" not in first.held_row()
    assert full_row(second) == second.held_row() and second.held_row()["name"] == "Zweitort"
    path.unlink()
    assert full_row(first) == first.held_row()
