"""Sentence and clause vetoes (detectors/vetoes.py): where a sentence ends, which clause a hit is in, that a vetoed
hit lets the pattern's next hit count, and that a malformed veto file is refused by name."""
from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from detectors.engine import Engine
from detectors.haystack import PageHaystacks
from detectors.page import PageArtifact, parse_page
from detectors.rules import RuleError
from detectors.vetoes import _DATE, Vetoes, clause_before, clause_of, clauses_of, head_of, sentence

from .conftest import FIXTURES, load_cases


def _sentence_of(text: str, word: str) -> str:
    at = text.index(word)
    bounds = sentence(text, at, at + len(word))
    assert bounds is not None
    return text[bounds[0]:bounds[1]].strip()


@pytest.mark.parametrize("text, word, expected", [
    ("erster satz. die online-terminvergabe startet am 14. märz 2026 im bürgerbüro. dritter satz.", "online",
     "die online-terminvergabe startet am 14. märz 2026 im bürgerbüro."),
    ("vorher. gebühren, z. b. für pässe, zahlen sie online, ca. 5 euro. danach.", "online",
     "gebühren, z. b. für pässe, zahlen sie online, ca. 5 euro."),
    ("ende 2025. - eine eigene app lehnte der rat ab. geprüft wird", "app", "eine eigene app lehnte der rat ab."),
    ("wünschten sich 78 prozent eine app; 64 prozent online zahlen", "online", "64 prozent online zahlen"),
    # a news list: each headline stands between its date and the next (short or long form); a date the prose gives
    # after a preposition ends nothing ("startet am 14. märz 2026 …" above)
    ("aktuelles 12.09.2026 kita eingeweiht 28.08.2026 online-termine ab 2027 geplant 10.07.2026 ferienprogramm", "online",
     "online-termine ab 2027 geplant"),
    ("aktuelles 14. oktober 2026 amt plant online-terminvergabe für 2027 28. september 2026 badestelle", "online",
     "amt plant online-terminvergabe für 2027"),
])
def test_a_sentence_ends_at_its_full_stop_not_at_an_abbreviation_or_a_day(text, word, expected):
    assert _sentence_of(text, word) == expected


def test_a_menu_is_no_sentence():
    menu = " ".join(["startseite rathaus bürgerservice online-terminvergabe kultur sport"] * 12)
    at = menu.index("online", 300)
    assert sentence(menu, at, at + 6) is None
    assert sentence(menu[:200] + ". " + menu[200:], at + 2, at + 8) is not None


def test_a_clause_leaves_out_a_relative_clause_and_keeps_the_object_of_a_deliberation():
    text = "online-dienste der gemeinde, die ihn nutzen, gibt es noch nicht."
    assert clause_of(text, 0) == "online-dienste der gemeinde gibt es noch nicht."
    text = "die gebühr zahlen sie online, eine barzahlung ist nicht möglich."
    assert clause_of(text, text.index("online")) == "die gebühr zahlen sie online"
    text = "außerdem wurde geprüft, ob ein geoportal aufgebaut werden soll."
    assert clause_of(text, text.index("geoportal")) == text[:-1] + "."


def test_a_hit_is_read_in_the_clauses_of_its_end_and_each_it_spans_and_with_the_relative_clause_after_its_noun():
    text = "die schulleitung vergibt termine über den elternbrief; eine online-buchung gibt es nicht."
    start, end = text.index("termine"), text.index(" gibt")
    assert clauses_of(text, start, end) == ("eine online-buchung gibt es nicht.",
                                            "die schulleitung vergibt termine über den elternbrief")
    text = "das landesportal bietet eine reihe von online-anträgen, die wir nach und nach anbinden."
    at = text.index("online-anträgen")
    assert clauses_of(text, at, at + len("online-anträgen")) == (
        "das landesportal bietet eine reihe von online-anträgen", "die wir nach und nach anbinden.")
    text = "ihren antrag stellen sie online, eine abholung ist nicht nötig."
    assert clauses_of(text, text.index("online"), text.index(",")) == ("ihren antrag stellen sie online",)
    text = "3. daten: bis 2028 baut die stadt ein open-data-portal auf, in dem zum beispiel haushaltsdaten veröffentlicht werden."
    start, end = text.index("daten"), text.index(" werden")
    assert clauses_of(text, start, end) == ("in dem zum beispiel haushaltsdaten veröffentlicht werden.", "3. daten",
                                            "bis 2028 baut die stadt ein open-data-portal auf")  # the middle one too


def test_a_long_aside_in_brackets_is_left_out_and_a_short_one_stays():
    text = "bescheide lesen sie im postfach (mit anderen zugängen können sie einige bescheide nicht öffnen)."
    assert clause_of(text, text.index("postfach")).startswith("bescheide lesen sie im postfach")
    assert "nicht" not in clause_of(text, text.index("postfach"))
    text = "pflege des ratsinformationssystems (einführung geplant 2027)"
    assert clause_of(text, 0) == text


def test_before_is_the_clause_up_to_the_hits_head():
    text = "die gebühren nehmen wir bar, wir bieten keine zahlung per paypal an."
    start, end = text.index("zahlung"), text.index(" an.")
    assert text[head_of(text, start, end):end] == "paypal"
    assert clause_before(text[:head_of(text, start, end)]) == "wir bieten keine zahlung per "


RULES = [{"id": "offer", "component": "appointment_booking", "patterns": {"text": ["\\bonline-terminvergabe\\b"]}}]
VETOES = {"components": ["appointment_booking"],
          "vetoes": [{"id": "plan", "reach": "clause", "pattern": "\\bwird (?:\\S{1,40} ){0,8}?eingeführt\\b"}]}


def _engine(tmp_path: Path, vetoes: dict, one_pass: bool = True) -> Engine:
    (tmp_path / "r.json").write_text(json.dumps({"rules": RULES}), "utf-8")
    (tmp_path / "_vetoes.json").write_text(json.dumps(vetoes), "utf-8")
    return Engine.load(tmp_path, one_pass=one_pass)


@pytest.mark.parametrize("one_pass", [True, False])
def test_a_vetoed_hit_lets_the_same_phrase_count_elsewhere(tmp_path, one_pass):
    engine = _engine(tmp_path, VETOES, one_pass)
    plan = "<p>Ab Januar wird im Standesamt eine Online-Terminvergabe eingeführt.</p>"
    assert engine.detect(PageArtifact("https://www.stadt.de/", plan)) == []
    matches = engine.detect(PageArtifact("https://www.stadt.de/", plan + "<p>Die Online-Terminvergabe des "
                                                                         "Bürgerbüros finden Sie hier.</p>"))
    assert len(matches) == 1  # the second sentence's hit, marked there
    snippet, mark = matches[0].evidence.match, matches[0].evidence.mark
    assert mark is not None and mark[0] > snippet.index("eingeführt")


@pytest.mark.parametrize("veto", [{"id": "x", "reach": "page", "pattern": "a"},
                                  {"id": "x", "reach": "clause", "pattern": "("},
                                  {"id": "x", "reach": "clause", "pattern": "a", "kinds": ["text"]},
                                  {"id": "x", "reach": "before", "pattern": "a", "components": ["chatbot"]},
                                  {"id": "x", "reach": "clause", "pattern": "\\b(?:{{later}})\\b"}])
def test_a_malformed_veto_is_named(tmp_path, veto):
    with pytest.raises(RuleError, match="veto x"):
        _engine(tmp_path, {"components": ["appointment_booking"], "vetoes": [veto]})


def test_a_term_is_written_once_for_the_vetoes_that_share_it(tmp_path):
    engine = _engine(tmp_path, {"components": ["appointment_booking"], "terms": {"later": "bald|künftig"},
                                "vetoes": [{"id": "soon", "reach": "clause", "pattern": "\\b(?:{{later}})\\b"}]})
    assert engine.detect(PageArtifact("https://www.stadt.de/", "<p>Künftig gibt es die Online-Terminvergabe.</p>")) == []
    assert engine.detect(PageArtifact("https://www.stadt.de/", "<p>Hier die Online-Terminvergabe.</p>")) != []


def test_a_veto_without_literals_is_always_tried(tmp_path):
    engine = _engine(tmp_path, {"components": ["appointment_booking"],
                                "vetoes": [{"id": "year", "reach": "clause", "pattern": "\\b\\d{4}\\b"}]})
    assert engine.detect(PageArtifact("https://www.stadt.de/", "<p>Im Jahr 2027 die Online-Terminvergabe.</p>")) == []
    assert engine.detect(PageArtifact("https://www.stadt.de/", "<p>Hier die Online-Terminvergabe.</p>")) != []


def test_a_veto_judges_only_the_components_it_names(tmp_path):
    rules = RULES + [{"id": "map", "component": "geoportal", "patterns": {"text": ["\\bgeoportal\\b"]}}]
    (tmp_path / "r.json").write_text(json.dumps({"rules": rules}), "utf-8")
    (tmp_path / "_vetoes.json").write_text(json.dumps({
        "components": ["appointment_booking", "geoportal"],
        "vetoes": [{"id": "req", "reach": "clause", "pattern": "\\bnicht erforderlich\\b", "components": ["geoportal"]}]}),
        "utf-8")
    engine = Engine.load(tmp_path)
    page = "<p>Für die Online-Terminvergabe und das Geoportal ist eine Anmeldung nicht erforderlich.</p>"
    assert [m.component for m in engine.detect(PageArtifact("https://www.stadt.de/", page))] == ["appointment_booking"]


def _sentences() -> list[str]:
    """Sentences of plans, proposals, negations and offers, built from the vetoes' own words in many combinations."""
    times = ["im Laufe des Jahres", "bald", "künftig", "ab März", "Ende 2027", "demnächst", "nach und nach", "heute", ""]
    verbs = [("richten", "ein"), ("führen", "ein"), ("schalten", "frei"), ("binden", "an"), ("stellen", "um"), ("bieten", "an")]
    nouns = ["Einführung", "Beschaffung", "Aufbau", "Planung", "Nutzung"]
    out = []
    for time in times:
        for verb, particle in verbs:
            out += [f"Die Online-Terminvergabe {verb} wir {time} {particle}.", f"{time} {verb} wir die Online-Terminvergabe "
                    f"{particle}, die Sie dann nutzen.", f"Es gibt {time} keine Online-Terminvergabe, wir {verb} sie {particle}."]
        out += [f"Der Rat beschloss {time} die {noun} einer Online-Terminvergabe." for noun in nouns]
        out += [f"Wir schlagen {time} vor, eine Online-Terminvergabe {z}." for z in ("einzuführen", "zu entwickeln", "zu nutzen")]
    return out


def test_the_literal_sets_decide_as_trying_every_veto(engine):
    """A veto's regex runs only where the sentence holds a literal of each set its matches hold (a plan's set-up verb
    and a time still ahead): the same answers as trying every veto's regex, for each component, at every word of the
    sentences built from the vetoes' words and of the fixture pages' texts."""
    plain = Vetoes({c: tuple(replace(v, literals=()) for v in vs) for c, vs in engine.vetoes.by_component.items()})
    texts = [" ".join(s.lower() for s in _sentences())]
    texts += [PageHaystacks(a, parse_page(a), ()).get("text").text for a in
              (PageArtifact(c["url"], (FIXTURES / c["file"]).read_text("utf-8")) for c in load_cases()[:40])]
    answers = []
    for text in texts:
        for word in re.finditer(r"\S+", text):
            for component in engine.vetoes.by_component:
                answer = engine.vetoes.vetoed(component, text, word.start(), word.end())
                assert answer == plain.vetoed(component, text, word.start(), word.end()), (component, text[word.start():][:80])
                answers.append(answer)
    assert 100 < sum(answers) < len(answers)


def test_a_news_date_is_looked_for_only_where_a_digit_begins_it():
    """The date that bounds a news headline is looked for at digits only (its look-ahead stands first, before the
    eleven look-behinds Python's re would otherwise try at every position): the same dates as the pattern without it,
    after every word its look-behinds name, in every form it reads, at the start and end of the text."""
    assert _DATE.pattern.startswith("(?=\\d)")
    plain = re.compile(_DATE.pattern.removeprefix("(?=\\d)"))
    befores = ("", "x", "1", " ", "\n", "am ", "xam ", "vom ", "ab ", "bis ", "seit ", "zum ", "den ", "dem ", "stand ",
               "stand: ", "frist ", "meldung vom ", "news ")
    dates = ("14.03.2027", "1.1.27", "14. märz 2027", "14.\tjuni\t2027", "123.03.2027", "14.03.202", "03.2027",
             "14.03.2027x", "2.12.2026", "31. dezember 26")
    found = 0
    for before in befores:
        for date in dates:
            for after in ("", " ", " online-termine ab 2027 geplant", "x"):
                text = f"{before}{date}{after}"
                spans = [m.span() for m in _DATE.finditer(text)]
                assert spans == [m.span() for m in plain.finditer(text)], text
                found += bool(spans)
    assert 50 < found < 700


def test_other_agency_tries_its_dative_look_behinds_only_after_a_space(engine):
    """``other-agency``'s dative look-behinds ("beim ", "bei der " …) all end with a space, so the look-behind for the
    space alone, which stands before them, is implied by each: the same answers as the pattern without it, on sentences
    with the agencies in the dative, after the words its negative look-behinds name, and without any agency."""
    veto = next(v for vs in engine.vetoes.by_component.values() for v in vs if v.id == "other-agency")
    assert "|(?<= )(?:(?<=\\bbeim )" in veto.regex.pattern
    assert all(body.endswith(" ") for body in re.findall(r"\(\?<=((?:[^()\\]|\\.)*)\)", veto.regex.pattern))
    plain = re.compile(veto.regex.pattern.replace("|(?<= )(?:(?<=\\bbeim )", "|(?:(?<=\\bbeim )"))
    sentences = [f"{lead}{prep} {agency} online beantragen{tail}"
                 for lead in ("ein führungszeugnis können sie ", "die meldebescheinigung zur vorlage ", "wir bieten ",
                              "nachweis ", "und ", "oder ", "")
                 for prep in ("beim", "bei der", "bei dem", "bei ihrer", "bei ihrem", "bei", "mit dem", "xbeim")
                 for agency in ("finanzamt", "familienkasse", "bundesamt für justiz", "jobcenter", "rathaus", "ihk")
                 for tail in ("", ".", " und bezahlen.")]
    answers = [veto.regex.search(s) is not None for s in sentences]
    assert answers == [plain.search(s) is not None for s in sentences]
    assert 100 < sum(answers) < len(answers) - 100
