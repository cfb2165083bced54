"""Another place's service told in the text: "Ulm führt Mängelmelder ein" on the Alb-Donau-Kreis's site, "Digitaler
Assistent in Saarbrücken" on Dillingen's, "Leipziger Schadensmelder" on Chemnitz's.

News of a neighbour, the Kreis or a big city name the place whose service it is; the site's own offers name none or
its own. A text hit is another place's when, in its sentence (case-folded, as the vetoes read it), a municipality or
Kreis of the census that is not the site's own
- heads the sentence before a verb of news ("Moormerland setzt auf Gemeinde-App", "Vogelsbergkreis beschließt …",
  after a kicker "Heimat-Info: " and a title "Die Stadt …"),
- follows the hit as its place ("… in Saarbrücken", "… der Landeshauptstadt Saarbrücken"; not "… des Landkreises X":
  a Kreis's service offered to the Gemeinde's citizens counts), or
- stands before it as an adjective or joined to it ("Leipziger Schadensmelder", "Moormerland-App"),
unless the sentence says the site joins in ("wir", "unser", "jetzt auch", "gemeinsam").
The site's own names are its municipalities' names (the crawler knows them) and the words of its domain; where the names
are not known, nothing is judged (a town writes "Serviceportal der Stadt Paderborn" on mein-digiport.de, a domain
without its name). Names that are also common words ("Buchen", "Weil", "Ohne") are never read as places.

The names (``fingerprints/_places.json``) come from the census in ``municipalities.csv`` (© Statistisches Bundesamt
(Destatis), Gemeindeverzeichnis, dl-de/by-2-0); ``python -m detectors.places municipalities.csv`` writes them again.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from .vetoes import sentence

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
GENERIC = frozenset({"stadt", "gemeinde", "markt", "sankt", "st", "kreis", "landkreis", "amt", "bad", "am", "an", "der",
                     "in", "im", "bei", "ob", "auf", "und", "region", "gross", "klein", "alt", "neu", "de"})
_BASE = re.compile(r"\s*[,(/].*")  # "Dillingen/ Saar", "Leer (Ostfriesland)", "Flensburg, Stadt" -> the name itself
_LOCATIVE = re.compile(r" (?:in|im|am|an der|an|bei|b\.|auf|ob|vor der|v\. d\.) .*")  # "Neustadt in Holstein"
TOWN_WORDS = frozenset({"stadt", "gemeinde", "landeshauptstadt", "hansestadt", "kreisstadt", "universitätsstadt",
                        "nachbarstadt", "nachbargemeinde"})  # what names a town before its name: "der Stadt Leipzig"
TOWNS = "(?:" + "|".join(sorted(TOWN_WORDS)) + ")"
_AFTER = re.compile(r" (?:(?:in|aus) (?:der )?(?:" + TOWNS + r" )?|der " + TOWNS + r" )")
_WORD = re.compile(r"[\w.-]+")
_STOP = re.compile(r"[.!?;|•]|\s[–-]\s|, ")  # where the hit's clause ends: the site joining in is said before it
NEAR = 120  # characters read on each side of a hit that has no sentence
CLAUSE_WORDS = 16  # words of the hit's sentence before it read for its place
_POSSESSIVES = frozenset({"ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "sein", "seine", "seinen", "seinem", "seiner"})
_OURS = re.compile(r"\b(?:wir|unser\w{0,2}|bei uns|auch hier|jetzt auch|nun auch|gemeinsam\w{0,2})\b")  # the site joins in


class Places:
    """The census's place names (case-folded) and the verbs of news that follow a place heading a sentence."""

    def __init__(self, names: Iterable[str], common: Iterable[str], verbs: Iterable[str], components: Iterable[str]):
        self.common = frozenset(common)
        self.names = frozenset(names) - self.common
        self.longest = max((n.count(" ") + 1 for n in self.names), default=1)
        self.verbs = frozenset(verbs)
        self.components = frozenset(components)

    @classmethod
    def load(cls, path: Path) -> Places:
        """Read ``_places.json``; an absent file knows no place."""
        if not path.exists():
            return cls((), (), (), ())
        data = json.loads(path.read_text("utf-8"))
        return cls(data["names"], data["common_words"], data["verbs"], data["components"])

    def another(self, component: str, text: str, start: int, end: int, own: frozenset[str],
                bounds: tuple[int, int] | None = None) -> bool:
        """Whether the hit ``text[start:end]`` is told as a place's other than the site's (``own``: ``own_for``), in
        its sentence or in ``bounds`` (a link's label); a hit without a sentence (a news list without stops) is read
        in the words around it."""
        if not own or component not in self.components or not self.names:
            return False
        first, last = bounds or sentence(text, start, end) or (max(0, start - NEAR), min(len(text), end + NEAR))
        lo = max((found.end() for found in _STOP.finditer(text, first, start)), default=first)  # the hit's clause
        head = max(start, text.rfind(" ", start, end) + 1)  # the hit's last word: "leipziger schadensmelder"
        place = self._subject(text[first:start]) or self._after(text, start, end, last) \
            or self._adjective(text[first:head])
        if place is None or not _foreign(place, own):
            return False
        stop = _STOP.search(text, end, last)
        return _OURS.search(text, lo, stop.start() if stop else last) is None

    def _place_at(self, words: list[str]) -> str | None:
        """The longest place name the words begin with."""
        for n in range(min(self.longest, len(words)), 0, -1):
            name = " ".join(words[:n])
            if name in self.names:
                return name
        return None

    def _subject(self, before: str) -> str | None:
        """A place before the hit in its sentence as the subject of a verb of news ("ulm führt mängelmelder ein",
        "moormerland setzt auf gemeinde-app", "die stadt ulm bietet ihren bürgern … einen mängelmelder an") or as the
        owner the hit's possessive points to ("mitarbeiter der stadt leipzig über ihren online-schadensmelder")."""
        words = _WORD.findall(before)[-CLAUSE_WORDS:]
        owned = bool(words) and words[-1] in _POSSESSIVES
        for at in range(len(words)):
            place = self._place_at(words[at:])
            if place is not None:
                rest = words[at + place.count(" ") + 1:]
                if rest and (rest[0] in self.verbs or owned and at and words[at - 1] in TOWN_WORDS):
                    return place
        return None

    def _after(self, text: str, start: int, end: int, last: int) -> str | None:
        """The hit's place, inside it or right after it ("… in saarbrücken", "… der landeshauptstadt saarbrücken";
        a long phrase holds it: "digitaler assistent in saarbrücken: … steht ihnen zur verfügung")."""
        for found in _AFTER.finditer(text, start, last):
            if found.start() > end:
                break
            place = self._place_at(_WORD.findall(text[found.end():last], 0, 60))
            if place is not None:
                return place
        return None

    def _adjective(self, before: str) -> str | None:
        """A place's adjective right before the hit's last word ("leipziger schadensmelder", "saarbrücker …"), or the
        place joined to it ("moormerland-app", a slug "…/leipzig-schadensmelder/")."""
        if before.endswith("-"):
            return self._place_at([re.split(r"[^\w.]", before[:-1])[-1]])
        word = before.rstrip().rpartition(" ")[2]
        if not before.endswith(" ") or not word.endswith("er") or len(word) < 5:
            return None
        stem = word[:-2]
        return next((n for n in (stem, stem + "en", stem + "e", stem + "n") if n in self.names), None)


def _foreign(place: str, own: frozenset[str]) -> bool:
    """A place none of whose words is one of the site's own (a Kreis's site names its Kreis, a town's its town)."""
    words = own_words([place])
    return bool(words) and words.isdisjoint(own) and not any(w in o for w in words if len(w) >= 4 for o in own)


@lru_cache(maxsize=4096)
def own_for(site_domain: str, names: tuple[str, ...] = ()) -> frozenset[str]:
    """The site's own words: its municipalities' names and its domain's words, as a domain spells them."""
    return own_words(names) | frozenset(w for w in re.split(r"[^a-z0-9]+", site_domain.lower()) if len(w) >= 3)


def own_words(names: Iterable[str]) -> frozenset[str]:
    """The distinctive words of place names, spelt as a domain would ("Saarbrücken" -> saarbruecken)."""
    return frozenset(w for w in spelt_words(names) if len(w) >= 3 and w not in GENERIC)


def spelt_words(names: Iterable[str]) -> Iterator[str]:
    """The words of names as a domain spells them ("Bad Dürrheim" -> bad, duerrheim)."""
    return (w for name in names for w in re.split(r"[^a-z0-9]+", name.casefold().translate(_UMLAUTS)) if w)


def census_names(rows: Iterable[dict[str, str]]) -> list[str]:
    """Every municipality's and Kreis's name, case-folded, also without its locative ("Neustadt in Holstein" ->
    neustadt): what a text calls the place."""
    names = set()
    for row in rows:
        base = _BASE.sub("", row["name"]).strip().casefold()
        if base:
            names.add(base)
            names.add(_LOCATIVE.sub("", base))
    return sorted(names)


def main(argv: list[str]) -> int:
    """``python -m detectors.places municipalities.csv``: rewrite ``fingerprints/_places.json``'s names."""
    path = Path(__file__).with_name("fingerprints") / "_places.json"
    data = json.loads(path.read_text("utf-8"))
    with open(argv[0], encoding="utf-8", newline="") as f:
        data["names"] = census_names(csv.DictReader(f))
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
