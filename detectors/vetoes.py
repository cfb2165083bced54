"""Sentence and clause vetoes: a text hit of an offer's phrase does not count where the words around it, in the
same sentence or clause, make it a plan, a rejection, a wish, a warning or a negation.

A look-ahead in each pattern reaches only a few words after the offer's noun, and Python's look-behinds have a
fixed width: "Ab Januar wird eine Online-Terminvergabe eingeführt", "Eine eigene Gemeinde-App lehnte der Rat ab",
"wünschten sich 78 Prozent … Gebühren online zu bezahlen" put the decisive words before the noun or far after it.
A veto (``fingerprints/_vetoes.json``) is a regex matched against the hit's sentence or clause, for the text
patterns of the components it lists; a vetoed hit is skipped and the pattern's next hit is tried, so the same
phrase elsewhere on the page still counts. Sentences end at ``. ! ? ;`` and list dashes, not after an
abbreviation ("z. B.", "ca.") or a day ("am 14. März"), and a news list's date bounds its headline; a hit without a
sentence end or date near it on either side is in a menu or a list of links, not prose, and is not vetoed; a clause
also ends at a comma, colon or dash, except before a relative clause (skipped) or "ob"/"dass" (the object of
"geprüft, ob …"). A link's label is a sentence of its own (``vetoed_label``): a teaser "Online-Termine ab 2027
geplant" is judged like the article it leads to.

A hit's clause is the one holding its end (the offer's noun ends most hits: "Termine über den Elternbrief; eine
Online-Buchung gibt es nicht"), and a relative clause right after the hit belongs to its noun and is read too
("Online-Anträge, die wir nach und nach anbinden"). A ``before`` veto reads the hit's clause up to the hit's last word
(its head), for words that determine the offer's noun itself ("keine Online-Terminvergabe", "keine Zahlung per PayPal",
"die frühere De-Mail-Adresse"). A
veto may name the components it judges (``components``): a negated requirement ("… ist nicht erforderlich")
says the account or the eID is not used, not that the service needing none is absent; and whether it reads questions
(``in_questions``): "Noch kein Servicekonto? Jetzt registrieren" invites, it negates nothing.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .rules import RuleError, required_clauses, with_terms
from .scan import LiteralIndex

REACH = 240  # characters searched on each side of a hit for its sentence's ends
REACHES = ("sentence", "clause", "before")
LITERALS = "vetoes"  # the name of the vetoes' literal database
KEYS = frozenset({"id", "reach", "pattern", "components", "in_questions", "note", "source"})
_NEXT_END = re.compile(r"[.!?;•–-] ")  # a sentence may end at such a character (_ends_at decides)
_LAST_END = re.compile(r"(?s:.*)[.!?;•–-] ")  # the last of them before a position (backtracking from it)
_DATE = re.compile(r"(?=\d)(?<!\bam )(?<!\bvom )(?<!\bab )(?<!\bbis )(?<!\bseit )(?<!\bzum )(?<!\bden )(?<!\bdem )(?<!\bstand )"
                   r"(?<!\bstand: )(?<!\bfrist )\b\d{1,2}\.(?:\d{1,2}\.|\s(?:januar|februar|märz|april|mai|juni|juli|august|"
                   r"september|oktober|november|dezember)\s)(?:\d{4}|\d{2})(?= )")
# a news item's date, which bounds its headline in a list; not a date the prose gives ("startet am 14. März 2027 …")
# (the look-ahead for its first digit, first: Python's re tries the eleven look-behinds only where a date can begin,
# not at every position of the 240 characters searched on each side of a text hit: 52 -> 5 us a side)
_ABBREVIATIONS = frozenset({"bzw", "ca", "nr", "str", "abs", "vgl", "evtl", "ggf", "inkl", "usw", "bspw", "zzgl", "tel",
                            "sog", "bzgl", "geb", "jan", "feb", "febr", "apr", "aug", "sep", "sept", "okt", "nov", "dez",
                            "dr", "prof", "st"})  # a full stop after these (or a letter, or a day: "14.") ends nothing
_CLAUSE_END = re.compile(r", (?!(?:ob|dass|wie|wann|wo|wer|was|damit|um)\b)|[;:] | [-–] ")
_ATTACHED = re.compile(r"[^\s,.;:!?–]*, (?:(?:in|mit|bei|über|für|von|an|auf|durch|nach|aus|zu) )?(?:die|der|das|den|"
                       r"dem|denen|deren|dessen|welche[rsnm]?) (?=(?:wir|sie|man|ich|ihr|es|er|noch|derzeit|bisher|erst|"
                       r"künftig|bald|zurzeit|aktuell|leider)\b)")  # a relative clause right after the hit's last word
# (a pronoun or an adverb after "die": "…, die wir nach und nach anbinden"; "…, die Zulassungsbescheinigung" is a list)
_BEFORE_END = re.compile(_CLAUSE_END.pattern + r"|[!?] ")
_ASIDE = re.compile(r"\((?:[^()\s]+\s+){5,}[^()]*\)?")  # a parenthesised clause (to the sentence's end if not closed)
_RELATIVE = re.compile(r", (?:(?:in|mit|bei|über|für|von|an|auf|durch|nach|aus|zu) )?(?:die|der|das|den|dem|denen|deren|"
                       r"dessen|welche[rsnm]?) [^,.;:!?–]{1,120}?,")


@dataclass(frozen=True)
class Veto:
    id: str
    reach: str  # "sentence" or "clause"
    regex: re.Pattern[str]
    literals: tuple[tuple[str, ...], ...]  # every match holds one of each set: a sentence lacking a set is not searched
    components: frozenset[str] | None = None  # the components it judges (None: all of the file's)
    in_questions: bool = True  # False: a question is no statement ("Noch kein Servicekonto? Jetzt registrieren")


class Vetoes:
    """The vetoes of a fingerprint directory, by component."""

    def __init__(self, by_component: dict[str, tuple[Veto, ...]] | None = None,
                 placeholder: re.Pattern[str] | None = None):
        """The vetoes' literals are looked up in a sentence in one Hyperscan pass (``in`` per literal cost more
        than the rest of the check). ``placeholder``: what says a page's content is not there yet ("Diese Seite ist im
        Aufbau"), whatever it is about (detectors/disclaimers.py reads it after a page's heading)."""
        self.by_component = by_component or {}
        self.placeholder = placeholder
        self._literals = LiteralIndex({LITERALS: [w for vs in self.by_component.values() for v in vs for c in v.literals
                                                  for w in c]})
        self._always = any(not v.literals for vs in self.by_component.values() for v in vs)  # a veto without literals
        self._woken_by = {c: _woken_by(vs) for c, vs in self.by_component.items()}

    @classmethod
    def load(cls, path: Path) -> Vetoes:
        """Read ``_vetoes.json`` (``{"components": [...], "terms": {name: regex}, "vetoes": [{id, reach, pattern,
        components?, note?, source?}], "placeholders": [{id, pattern, note?}]}``); an absent file is no veto, a
        malformed one raises RuleError naming the veto."""
        if not path.exists():
            return cls()
        data = json.loads(path.read_text("utf-8"))
        terms = data.get("terms", {})
        vetoes = []
        for raw in data.get("vetoes", ()):
            name = raw.get("id", "?")
            raw = {**raw, "pattern": with_terms(raw.get("pattern"), terms, f"{path.name}: veto {name}")}
            judged = raw.get("components")
            if set(raw) - KEYS or raw.get("reach") not in REACHES or not isinstance(raw.get("pattern"), str) \
                    or not isinstance(raw.get("in_questions", True), bool) \
                    or not (judged is None or isinstance(judged, list) and set(judged) <= set(data.get("components", ()))):
                raise RuleError(f"{path.name}: veto {name}: keys {sorted(KEYS)}, reach one of {REACHES}, components "
                                "among the file's")
            try:
                vetoes.append(Veto(name, raw["reach"], re.compile(raw["pattern"]), required_clauses(raw["pattern"]),
                                   None if judged is None else frozenset(judged), raw.get("in_questions", True)))
            except re.error as exc:
                raise RuleError(f"{path.name}: veto {name}: {exc}") from exc
        placeholders = []
        for raw in data.get("placeholders", ()):
            name = raw.get("id", "?")
            if set(raw) - {"id", "pattern", "note"} or not isinstance(raw.get("pattern"), str):
                raise RuleError(f"{path.name}: placeholder {name}: keys id, pattern, note")
            placeholders.append(str(with_terms(raw["pattern"], terms, f"{path.name}: placeholder {name}")))
        try:
            placeholder = re.compile("|".join(f"(?:{p})" for p in placeholders)) if placeholders else None
        except re.error as exc:
            raise RuleError(f"{path.name}: placeholders: {exc}") from exc
        return cls({c: tuple(v for v in vetoes if v.components is None or c in v.components)
                    for c in data.get("components", ())}, placeholder)

    def vetoed(self, component: str, text: str, start: int, end: int) -> bool:
        """Whether a veto of ``component`` matches the sentence or clause around ``text[start:end]``."""
        if component not in self.by_component:
            return False
        bounds = sentence(text, start, end)
        return bounds is not None and self._vetoed_in(component, text, *bounds, start, end)

    def vetoed_label(self, component: str, text: str, start: int, end: int) -> bool:
        """Whether a veto of ``component`` matches a link's label around its hit ``text[start:end]`` (``text`` holds
        one label per line): a label is a sentence of its own, so a news teaser "Online-Termine ab 2027 geplant"
        says what its article says."""
        if component not in self.by_component:
            return False
        return self._vetoed_in(component, text, *label_bounds(text, start, end), start, end)

    def _vetoed_in(self, component: str, text: str, first: int, last: int, start: int, end: int) -> bool:
        """Whether a veto of ``component`` matches the sentence ``text[first:last]`` (or the clause of it) around the
        hit ``text[start:end]``."""
        vetoes = self.by_component.get(component)
        if not vetoes:
            return False
        words = text[first:last]
        present = self._literals.found(LITERALS, words.encode("utf-8", "surrogatepass"))
        if not present and not self._always:
            return False
        clauses: tuple[str, ...] | None = None
        question = text[last - 1:last] == "?" or "? " in text[start:end]  # a hit may run past its question's end
        by_literal, always = self._woken_by[component]
        woken = set(always)  # those with one of their best set's literals in the sentence (most hits' sentences: none)
        for literal in present:
            woken.update(by_literal.get(literal, ()))
        for i in sorted(woken):
            veto = vetoes[i]
            held = veto.literals
            if question and not veto.in_questions:
                continue
            if len(held) > 1 and any(present.isdisjoint(c) for c in held[1:]):
                continue  # a further set without a literal ("eine" but no project noun): no regex either
            if veto.reach == "sentence":
                found = veto.regex.search(words) is not None  # the sentence as a string of its own: "^" is its start
            elif veto.reach == "before":
                found = veto.regex.search(clause_before(text[first:head_of(text, start, end)])) is not None
            else:
                clauses = clauses or clauses_of(words, start - first, end - first)
                found = any(veto.regex.search(c) for c in clauses)
            if found:
                return True
        return False


def _woken_by(vetoes: tuple[Veto, ...]) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Which of the vetoes (by index) each literal of their best set wakes, and those without literals, which every
    sentence wakes: a sentence's few literals pick its vetoes, instead of each of a component's ~45 vetoes asked
    whether the sentence holds one of its literals (0.15 M instructions a real page)."""
    by_literal: dict[str, list[int]] = {}
    for i, veto in enumerate(vetoes):
        for literal in veto.literals[0] if veto.literals else ():
            by_literal.setdefault(literal, []).append(i)
    return ({literal: tuple(ids) for literal, ids in by_literal.items()},
            tuple(i for i, veto in enumerate(vetoes) if not veto.literals))


def label_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the line (one link's label) around ``text[start:end]``."""
    last = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if last < 0 else last


def sentence(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the sentence around ``text[start:end]``, at most REACH characters on each side; None where
    neither side has a sentence end within REACH (a menu or a list of links, not prose). Each side's regex stops at
    the nearest end (the left one backtracks from the hit), so the cost is the sentence's length, not REACH. A date
    ("28.08.2026") bounds it too: a news list's items are headlines between their dates, without full stops."""
    lo, hi = max(0, start - REACH), min(len(text), end + REACH)
    first, pos = -1, start
    while pos > lo:
        found = _LAST_END.match(text, lo, pos)
        if found is None:
            break
        if _ends_at(text, found.end() - 2):
            first = found.end() - 1
            break
        pos = found.end() - 2  # not an end ("z. B."): the one before it
    last, pos = -1, end
    while pos < hi:
        found = _NEXT_END.search(text, pos, hi)
        if found is None:
            break
        if _ends_at(text, found.start()):
            last = found.start() + 1
            break
        pos = found.start() + 1
    for dated in _DATE.finditer(text, max(lo, first), start):
        first = dated.end()
    after = _DATE.search(text, end, hi if last < 0 else last)
    if after is not None:
        last = after.start()
    if first < 0 and last < 0 and start - lo == REACH and hi - end == REACH:
        return None
    return max(first, lo), hi if last < 0 else last


def _ends_at(text: str, at: int) -> bool:
    """Whether the character at ``at`` (followed by a space) ends a sentence: a list dash after a space ("um- oder
    abmelden" is none), a full stop not after an abbreviation, a letter or a day ("14."), or ``! ? ;``."""
    mark = text[at]
    if mark in "-–•":
        return at > 0 and text[at - 1] == " "
    if mark != ".":
        return True
    chunk = text[max(0, at - 7):at]
    word = chunk.rpartition(" ")[2].lstrip("(")
    return not (len(word) <= 1 or (len(word) <= 2 and word.isdigit()) or word in _ABBREVIATIONS)


def clauses_of(sentence_text: str, start: int, end: int) -> tuple[str, ...]:
    """The clause holding the end of the hit ``sentence_text[start:end]``, each clause it runs over where the hit spans
    a clause's end ("Das Land plant ein Kita-Portal, über das man … vormerken kann"; "Daten: Bis 2028 baut die Stadt ein
    Open-Data-Portal auf, in dem … veröffentlicht werden", whose plan is the middle one), and, where one follows the
    hit's noun, its relative clause ("Online-Anträge, die wir nach und nach anbinden"); and where the hit heads the
    sentence before a colon, the clause after it ("Offene Daten: Die Stadt plant, künftig Daten … bereitzustellen")."""
    own = clause_of(sentence_text, max(start, end - 1))
    spanned = [clause_of(sentence_text, at) for at in
               (start, *(found.end() for found in _CLAUSE_END.finditer(sentence_text, start, max(start, end - 1))))]
    if sentence_text.startswith(": ", end) and len(sentence_text[:start].split()) <= 6:
        spanned.append(clause_of(sentence_text, end + 2))  # a heading's colon: what follows tells its status
    clauses = (own, *dict.fromkeys(c for c in spanned if c != own))
    attached = _ATTACHED.match(sentence_text, end)
    return clauses if attached is None else (*clauses, clause_of(sentence_text, attached.end()))


def head_of(text: str, start: int, end: int) -> int:
    """Where the hit's last word starts: the offer's head ("keine Zahlung per PayPal", "telefonisch und nicht über
    das Online-Portal" hold their negator inside a longer hit)."""
    return max(start, text.rfind(" ", start, end) + 1)


def clause_before(text: str) -> str:
    """The part of the hit's clause before the hit (``text`` runs from the sentence's start to the hit; a hit that runs
    past a question's end begins in the sentence before its head's)."""
    first = 0
    for found in _BEFORE_END.finditer(text):
        first = found.end()
    return " ".join(text[first:].split()) + " "


def clause_of(sentence_text: str, at: int) -> str:
    """The clause of a sentence that holds position ``at``: relative clauses and parenthesised asides of six words or
    more inside it are left out ("Online-Dienste, die ihn nutzen, gibt es noch nicht" is one clause; "im BundID-Postfach
    lesen (mit anderen Zugängen … können Sie einige nicht öffnen)" is not negated), a short parenthesis stays ("(Einführung
    geplant 2027)" tells of the noun before it); it ends at a comma, colon, semicolon or dash."""
    blanked = _ASIDE.sub(lambda m: " " * len(m.group()), _RELATIVE.sub(lambda m: " " * len(m.group()), sentence_text))
    if blanked[at:at + 1] == " " and sentence_text[at:at + 1] != " ":
        blanked = sentence_text  # the hit lies in a relative clause or an aside: its own clause is read as written
    first = 0
    for found in _CLAUSE_END.finditer(blanked, 0, at):
        first = found.end()
    found_end = _CLAUSE_END.search(blanked, at)
    return " ".join(blanked[first:found_end.start() if found_end else len(blanked)].split())
