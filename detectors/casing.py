"""``str.lower`` and ``str.casefold`` with the same results at a fraction of the cost on German pages.

Outside ASCII, CPython converts case character by character through its Unicode tables (about a
third of an lxml parse for a page's markup). German markup is nearly all Latin-1 (umlauts, ß), with a
dash or a quotation mark here and there: the Latin-1 stretches go through a byte table in C, the rest
through the str method itself.
"""
from __future__ import annotations

import sys
from collections.abc import Callable

MAX_WIDE_RUNS = 64  # stretches beyond Latin-1 handled one by one; past that, the str method does all
# What CPython adds to a text it holds one byte per character beyond ASCII, measured on a new text of two: the
# one-character "ä" is a shared object whose size grows once anything asks for its UTF-8, which CPython then keeps.
_ONE_BYTE = sys.getsizeof(b"\xe4\xe4".decode("latin-1")) - 2


def one_byte(text: str) -> bool:
    """Whether CPython holds the text one byte per character (all of it Latin-1), told by its size in O(1): a
    text of two or four bytes per character, or held otherwise, is never this size. False leaves it open (a
    Latin-1 text whose UTF-8 CPython keeps beside it, after sqlite3 or a C library asked for it, is larger)."""
    return text.isascii() or sys.getsizeof(text) == _ONE_BYTE + len(text)


class _Latin1Case:
    """One case conversion: a byte table for the Latin-1 characters it maps to one Latin-1 character,
    string replacements for the others (casefold: ß → ss, µ → μ)."""

    def __init__(self, convert: Callable[[str], str], contextual: str = ""):
        self.convert = convert
        self.contextual = contextual  # characters converted depending on their neighbours (final sigma)
        table = bytearray(range(256))
        self.extra: dict[str, str] = {}
        for code in range(256):
            mapped = convert(chr(code))
            if len(mapped) == 1 and ord(mapped) < 256:
                table[code] = ord(mapped)
            else:
                self.extra[chr(code)] = mapped
        self.table = bytes(table)

    def __call__(self, text: str) -> str:
        if text.isascii() or any(c in text for c in self.contextual):
            return self.convert(text)
        parts: list[str] = []
        at = 0
        for _ in range(MAX_WIDE_RUNS):
            chunk = text[at:]
            try:
                parts.append(self._latin1(chunk.encode("latin-1")))
                return "".join(parts)
            except UnicodeEncodeError as wide:
                parts.append(self._latin1(chunk[: wide.start].encode("latin-1")))
                parts.append(self.convert(chunk[wide.start: wide.end]))
                at += wide.end
        return "".join(parts) + self.convert(text[at:])

    def _latin1(self, data: bytes) -> str:
        text = data.translate(self.table).decode("latin-1")
        for char, mapped in self.extra.items():
            if char in text:
                text = text.replace(char, mapped)
        return text


lower = _Latin1Case(str.lower, contextual="\u03a3")  # capital sigma lowers to ς at a word's end
casefold = _Latin1Case(str.casefold)
