"""Where a text names the defined measures: the synonyms of :mod:`dutyreport.lang.measures` as patterns, and
their literal parts, by which a text is looked through once for the names it holds.

A synonym is literal words, or literal parts with a gap between them (``GAP``: a few words, never across a
clause). A text holds a synonym's name where it holds its first part (:func:`names_in`); a measure is tried
(:func:`matches`) only where the text holds a name of its synonyms, and a synonym with gaps only where the text
holds each of its parts: the matches are those of the synonym's pattern searched overlapped.
"""

from __future__ import annotations

__all__ = [
    "KEYS_BY_FIRST",
    "NO_NAMES",
    "Names",
    "Spans",
    "keys_named",
    "matches",
    "named_spans",
    "names_a_measure",
    "names_in",
    "names_of",
    "synonym_end",
]

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import regex

from ..lang.measures import GAP, MEASURES, MeasureDef
from ..lang.punctuation import CLAUSE_ENDS
from ..lang.script import words_alternation
from ..patterns import char_class

Spans = tuple[tuple[int, int], ...]

# A gap in a synonym: a few words, never across a clause.
_GAP_LONGEST = 8
_GAP = rf"{char_class(CLAUSE_ENDS, negated=True)}{{0,{_GAP_LONGEST}}}?"
_GAP_STOP = re.compile(char_class(CLAUSE_ENDS))  # (what a gap never holds)


class _Synonym(NamedTuple):
    source: str  # the synonym as a regex (each literal part a group, a gap between): what it reads
    first: str  # its first literal part: a text without it cannot match
    rest: tuple[str, ...]  # its other literal parts (after gaps): a text without one of them cannot match

    @property
    def pattern(self) -> regex.Pattern[str]:
        """:attr:`source` compiled (the synonyms are found with ``str.find``, :func:`matches`: their patterns are
        compiled only where asked for, not at each import)."""
        return regex.compile(self.source)


def _compile(synonym: str) -> _Synonym:
    parts = synonym.split(GAP)
    return _Synonym(_GAP.join(f"({regex.escape(p)})" for p in parts), parts[0], tuple(parts[1:]))


_SYNONYMS: dict[str, tuple[_Synonym, ...]] = {m.key: tuple(_compile(s) for s in m.synonyms) for m in MEASURES}
# The first part of every synonym: a text without any of them names no measure (names_of: of some measures).
_FIRST_PARTS = sorted({syn.first for syns in _SYNONYMS.values() for syn in syns})
NO_NAMES: frozenset[str] = frozenset()  # (no names, no keys)
_WHOLE_SYNONYMS = frozenset(syn.first for syns in _SYNONYMS.values() for syn in syns if not syn.rest)  # (no gaps)
_WHOLE_SYNONYM = re.compile(words_alternation(_WHOLE_SYNONYMS))
# Each measure's first parts: a measure none of whose synonyms opens in a text is not tried there.
_MEASURE_FIRSTS: dict[str, frozenset[str]] = {k: frozenset(syn.first for syn in syns) for k, syns in _SYNONYMS.items()}
# Each measure's synonyms by their first part (their places in the measure's list, in its order).
_SYNONYMS_BY_FIRST: dict[str, dict[str, tuple[int, ...]]] = {
    k: {f: tuple(i for i, syn in enumerate(syns) if syn.first == f) for f in _MEASURE_FIRSTS[k]}
    for k, syns in _SYNONYMS.items()
}
KEYS_BY_FIRST: dict[str, frozenset[str]] = {
    f: frozenset(k for k, firsts in _MEASURE_FIRSTS.items() if f in firsts) for f in _FIRST_PARTS
}


def keys_named(names: frozenset[str]) -> frozenset[str]:
    """The keys of the measures some of ``names`` (first parts of synonyms, :func:`names_in`) name.

    >>> sorted(keys_named(frozenset())), "per_student_public_funds" in keys_named(names_in("生均公用经费"))
    ([], True)
    """
    if len(names) == 1:
        return KEYS_BY_FIRST[next(iter(names))]
    return NO_NAMES.union(*[KEYS_BY_FIRST[f] for f in names])


@functools.cache
def synonym_end() -> regex.Pattern[str]:
    """A pattern of every synonym, ending where the text searched ends (compiled once, where first asked for: few
    reports ask it, and it is the largest pattern of the key reader).

    >>> ends = synonym_end()
    >>> ends.search("学前三年毛入园率、生均公用经费") is not None, ends.search("生均公用经费情况") is None
    (True, True)
    """
    return regex.compile("(?:" + "|".join(syn.source for syns in _SYNONYMS.values() for syn in syns) + ")$")

def names_a_measure(text: str) -> bool:
    """Whether ``text`` names a measure (:func:`named_spans` finds one): a synonym of one part is
    named wherever its words stand, one with gaps is looked for only where no such synonym is."""
    if _WHOLE_SYNONYM.search(text):
        return True
    names = names_in(text)
    if not names:
        return False
    named = keys_named(names)
    return any(matches(m, text, names) for m in MEASURES if m.key in named)


def named_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names measures, overlapping names merged."""
    names = names_in(text)
    if not names:
        return []
    named = keys_named(names)
    spans = sorted(
        (found[0][0], found[-1][1]) for m in MEASURES if m.key in named for found in matches(m, text, names)
    )
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def names_in(text: str, of: Names | None = None) -> frozenset[str]:
    """The first parts of synonyms that ``text`` holds, by their first characters (a text is looked through
    once); ``of``: of these measures' synonyms only (:func:`names_of`), else of every measure's."""
    of = of or _ALL_NAMES
    by_char = of.by_char
    # (the first characters found by one search of their class: a set's intersection with the string makes a
    # string of each character it reads)
    return frozenset([f for ch in set(of.first_char.findall(text)) for f in by_char[ch] if f in text])


class Names(NamedTuple):
    """The first parts of some measures' synonyms: a pattern any of them matches, and each by its first character."""

    any_name: re.Pattern[str]
    by_char: dict[str, tuple[str, ...]]
    first_char: re.Pattern[str]  # any of their first characters (the keys of ``by_char``)


# The names of each set of measures asked for (the measures of a unit, and the per-unit ones a plain 元 amount
# adds): a few dozen sets of the measure table's words.
_NAMES_OF: dict[tuple[str, ...], Names] = {}


def names_of(measures: Sequence[MeasureDef]) -> Names:
    """The first parts of the synonyms of ``measures`` (not empty)."""
    keys = tuple(m.key for m in measures)
    found = _NAMES_OF.get(keys)
    if found is None:
        firsts = sorted({syn.first for k in keys for syn in _SYNONYMS[k]})
        by_char = {c: tuple(f for f in firsts if f[0] == c) for c in {f[0] for f in firsts}}
        found = _NAMES_OF[keys] = Names(
            re.compile(words_alternation(firsts)), by_char, re.compile(char_class(by_char))
        )
    return found


_ALL_NAMES = names_of(MEASURES)  # (of every measure: what names_in reads by default)


def matches(m: MeasureDef, text: str, names: frozenset[str]) -> list[Spans]:
    """Every match of the measure's synonyms in ``text``, overlapping ones too, as the spans of
    the synonym's literal parts (``names``: the first parts ``text`` holds, :func:`names_in`).

    A synonym of one part is found with ``str.find`` (each place it stands, as the pattern's
    overlapped search finds it); one with gaps is searched for only where ``text`` holds every part.
    """
    held = names.intersection(_MEASURE_FIRSTS[m.key])
    if not held:
        return []
    syns, by_first = _SYNONYMS[m.key], _SYNONYMS_BY_FIRST[m.key]
    order = by_first[next(iter(held))] if len(held) == 1 else sorted(i for f in held for i in by_first[f])
    out: list[Spans] = []
    for i in order:  # (the synonyms whose first part the text holds, in the table's order)
        syn = syns[i]
        first = syn.first
        if not syn.rest:
            n = len(first)
            i = text.find(first)
            while i >= 0:
                out.append(((i, i + n),))
                i = text.find(first, i + 1)
        else:
            for part in syn.rest:  # (a loop, not all() over a generator: most synonyms have one or two parts)
                if part not in text:
                    break
            else:
                out += _gapped(text, first, syn.rest)
    return out


def _gapped(text: str, first: str, rest: tuple[str, ...]) -> list[Spans]:
    """The matches of a synonym with gaps as its pattern's overlapped search finds them (the spans of its
    parts): one at each place its first part stands where the rest follows, each later part at the nearest
    place a gap reaches (a few characters, no clause break), a farther one only where the rest fails there."""
    out: list[Spans] = []
    n = len(first)
    i = text.find(first)
    while i >= 0:
        tail = _rest_at(text, i + n, rest)
        if tail is not None:
            out.append(((i, i + n), *tail))
        i = text.find(first, i + 1)
    return out


def _rest_at(text: str, pos: int, rest: tuple[str, ...]) -> Spans | None:
    """The spans of ``rest`` (parts after gaps) as the pattern reads them from ``pos`` on, or None."""
    if not rest:
        return ()
    part, n = rest[0], len(rest[0])
    stop = _GAP_STOP.search(text, pos, pos + _GAP_LONGEST)  # (a gap ends before a clause break)
    limit = (stop.start() if stop else pos + _GAP_LONGEST) + n
    j = text.find(part, pos, limit)
    while j >= 0:  # (the shortest gap first, as the lazy gap tries them)
        tail = _rest_at(text, j + n, rest[1:])
        if tail is not None:
            return ((j, j + n), *tail)
        j = text.find(part, j + 1, limit)
    return None
