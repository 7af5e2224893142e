"""Damage around quotes and titles, found for :mod:`dutyreport.clean.corruptions`.

Quote and title marks that lost their partner (``…成效”``, a bracket left open inside ``《…》``); a site's
label glued to a title line (the addressee pushed onto it); spam in the place of the report's words: of
the issuing city before its colon (named by the abbreviation of its 文号), of 关于 before a document
title, or of an opening quote. Each finder yields corruptions into the original input.

The words are the tables of :mod:`dutyreport.lang.corruptions`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final

import regex

from ..lang.corruptions import (
    ADDRESSEE_ENDS,
    ADMIN_SUFFIXES,
    QUOTE_LEAD_VERBS,
    QUOTE_SOFT_STOPS,
    SITE_LABEL,
    TITLE_ENDS,
    TITLE_VERBS,
    UNCERTAIN_IN_QUOTE,
)
from ..lang.punctuation import (
    CLAUSE_ENDS,
    CLOSE_BRACKETS,
    COLON_MARKS,
    COLONS,
    COMMAS,
    LIST_MARKS,
    OPEN_BRACKETS,
    QUOTE_MARKS,
    SEMICOLONS,
)
from ..lang.script import alternation
from ..model.report import Corruption, CorruptionKind, DocNumber, Noise, NoiseKind
from ..patterns import char_class, char_led, find_all
from ..spans import SpanSet
from .damage_text import _words
from .lines import line_matches, line_starts

# --- site labels ----------------------------------------------------------------------------------

_TITLE_END: Final = f"(?:{_words(TITLE_ENDS)})"
_SITE_TITLE_RE: Final = regex.compile(
    rf"""
    ^[ \t\u3000]*+
    (?P<pre> \p{{Han}}{{2,12}}+ [ \u3000]++ )?                    # a site's words before the title
    (?P<title> [^\s，。；：:,、《》<>]{{4,60}}? {_TITLE_END} )        # the title, to its last word
    (?P<label> {SITE_LABEL.pattern} )                             # the label glued to it
    (?: [ \u3000]++
        (?P<addr> \p{{Han}}{{2,30}}? (?:{_words(ADDRESSEE_ENDS)}) )   # the addressee pushed onto the line
        (?={char_class(COLONS)})
    )?
    """,
    regex.MULTILINE | regex.VERBOSE,
)
# What every title with a site label holds, anywhere in its line: the lines to try _SITE_TITLE_RE on (it is
# tried where the first character of a title's last word stands: patterns.char_led).
_SITE_LABEL_RE: Final = re.compile(f"{_TITLE_END}(?:{SITE_LABEL.pattern})")
_SITE_LABEL_AT: Final = char_led(_SITE_LABEL_RE)

# --- quotes and title marks -----------------------------------------------------------------------

_LEAD_VERB_RE: Final = regex.compile(f"(?:{alternation(QUOTE_LEAD_VERBS, either_script=False)})了?")
_QUOTE_PAIRS: Final = dict(zip(QUOTE_MARKS[::2], QUOTE_MARKS[1::2], strict=True))  # opener -> its closer
_QUOTE_CLOSERS: Final = {v: k for k, v in _QUOTE_PAIRS.items()}
_BRACKET_PAIRS: Final = dict(zip(OPEN_BRACKETS, CLOSE_BRACKETS, strict=True))  # opener -> its closer
_BEFORE_QUOTE: Final = COMMAS + LIST_MARKS + COLONS  # where a short quote opened by no verb may stand
_CLAUSE_STOPS: Final = frozenset(
    CLAUSE_ENDS + LIST_MARKS + OPEN_BRACKETS + CLOSE_BRACKETS + QUOTE_MARKS + "\r\t \u3000"
)
_SOFT_STOPS: Final = tuple(e.word for e in QUOTE_SOFT_STOPS)
_UNCERTAIN_IN_QUOTE: Final = frozenset(e.word for e in UNCERTAIN_IN_QUOTE)
_MARKS: Final = "".join(_QUOTE_PAIRS) + "".join(_QUOTE_CLOSERS)
# A quote or title mark, or a whole pair with no mark between on one line (it can leave no orphan,
# so it is passed over in one step). The mark class comes first: the engine then skips to marks.
_NOT_MARK: Final = char_class(_MARKS + "\n", negated=True)  # (nor a line end)
_MARK_RE: Final = re.compile(
    f"{char_class(_MARKS)}(?:"
    + "|".join(f"(?<={re.escape(o)}){_NOT_MARK}*+{re.escape(c)}" for o, c in _QUOTE_PAIRS.items())
    + ")?"
)
_QUOTE_AFTER_RE: Final = regex.compile(
    char_class(QUOTE_MARKS + COMMAS + SEMICOLONS + COLONS + LIST_MARKS + "。\n", negated=True)
    + "{1,12}?"
    + char_class(_QUOTE_CLOSERS)
)
_TITLE_RE: Final = regex.compile(r"《[^《》\n]{0,120}+》")
_HAN_RUN: Final = regex.compile(r"\p{Han}+")

# --- spam in place of the report's words ----------------------------------------------------------

_TITLE_VERB_RE: Final = regex.compile(rf"[ \u3000]?+(?:{alternation(TITLE_VERBS, either_script=False)})")
_HAN_PAIR: Final = regex.compile(r"\p{Han}{2}")
_ADMIN_SUFFIXES: Final = "".join(e.word for e in ADMIN_SUFFIXES)
_ADMIN_SUFFIX_SET: Final = frozenset(_ADMIN_SUFFIXES)


def _clause_back(text: str, pos: int, floor: int) -> int:
    """Start of the clause that ends at ``pos`` (not before ``floor``)."""
    s = pos
    while s > floor and text[s - 1] not in _CLAUSE_STOPS and pos - s < 40:
        s -= 1
    return s


def _clause_forward(text: str, pos: int) -> int:
    e = pos
    while e < len(text) and text[e] not in _CLAUSE_STOPS and e - pos < 40:
        if e > pos and text.startswith(_SOFT_STOPS, e):
            break
        e += 1
    return e


def _group_adjacent(positions: list[int]) -> list[tuple[int, int]]:
    """Runs of adjacent positions as (first, last) pairs."""
    runs: list[tuple[int, int]] = []
    for p in positions:
        if runs and runs[-1][1] == p - 1:
            runs[-1] = (runs[-1][0], p)
        else:
            runs.append((p, p))
    return runs


def _orphan_marks(text: str) -> list[tuple[int, list[int], list[int]]]:
    """Per line holding an orphan: (line start, orphan openers, orphan closers) of quotes and title marks."""
    lines: list[tuple[int, int, list[int], list[int]]] = []  # (start, end, openers, closers)
    stack: list[int] = []
    open_count: dict[str, int] = {}
    closers: list[int] = []
    line_start, line_end = 0, -1
    for m in _MARK_RE.finditer(text):
        i = m.start()
        if m.end() - i > 1:
            continue  # a closed pair
        if i > line_end:  # the first mark of another line
            if stack or closers:
                lines.append((line_start, line_end, stack, closers))
            stack, closers, open_count = [], [], {}
            line_start = text.rfind("\n", max(line_end, 0), i) + 1
            line_end = text.find("\n", i)
            line_end = len(text) if line_end < 0 else line_end
        ch = text[i]
        if ch in _QUOTE_PAIRS:
            stack.append(i)
            open_count[ch] = open_count.get(ch, 0) + 1
            continue
        opener = _QUOTE_CLOSERS[ch]
        if not open_count.get(opener):
            closers.append(i)
            continue
        while True:  # openers of another kind above the match are left as orphans
            top = stack.pop()
            open_count[text[top]] -= 1
            if text[top] == opener:
                break
    if stack or closers:
        lines.append((line_start, line_end, stack, closers))
    # A quote left open at a line's end and closed first thing on the next line is fine.
    for k in range(len(lines) - 1):
        if lines[k + 1][0] != lines[k][1] + 1:
            continue  # not the next line
        openers, following = lines[k][2], lines[k + 1][3]
        n = 0
        while openers and n < len(following) and _QUOTE_PAIRS[text[openers[-1]]] == text[following[n]]:
            openers.pop()
            n += 1
        del following[:n]
    return [(ls, openers, closers) for ls, _, openers, closers in lines]


def _unbalanced(text: str) -> Iterable[Corruption]:
    """Orphan quotes and title marks, line by line (a quote may run on into the next line)."""
    for line_start, openers, closers in _orphan_marks(text):
        for first, last in _group_adjacent(closers):
            start = _clause_back(text, first, line_start)
            lead = _LEAD_VERB_RE.match(text, start, first)
            if lead:
                start = lead.end()
            inner = text[start:first]
            opener = _QUOTE_CLOSERS[text[last]]
            certain = (
                first == last
                and 2 <= len(inner) <= 10
                and not _UNCERTAIN_IN_QUOTE.intersection(inner)
                and (
                    lead is not None
                    or (start > line_start and len(inner) <= 8 and text[start - 1] in _BEFORE_QUOTE
                        and _HAN_RUN.fullmatch(inner) is not None)
                )
            )
            yield Corruption(
                start=start, end=last + 1, text=text[start : last + 1], kind=CorruptionKind.UNBALANCED,
                repaired=opener + inner + text[last] if certain else None, note=f"{text[last]} without {opener}",
            )
        for first, last in _group_adjacent(openers):
            end = _clause_forward(text, last + 1)
            yield Corruption(
                start=first, end=end, text=text[first:end], kind=CorruptionKind.UNBALANCED,
                note=f"{text[first]} without {_QUOTE_PAIRS[text[first]]}",
            )
    # A bracket opened inside 《…》 and never closed before 》: (2020-2022年》
    for m in _TITLE_RE.finditer(text):
        body = m.group()
        for b in OPEN_BRACKETS:  # (a loop, no generator: this runs per title, and most hold no bracket)
            if b in body:
                break
        else:
            continue
        depth: list[int] = []
        for off, ch in enumerate(body):
            if ch in OPEN_BRACKETS:
                depth.append(off)
            elif ch in CLOSE_BRACKETS and depth:
                depth.pop()
        if depth:
            o = m.start() + depth[-1]
            close = _BRACKET_PAIRS[text[o]]
            yield Corruption(
                start=o, end=m.end(), text=text[o : m.end()], kind=CorruptionKind.UNBALANCED,
                repaired=text[o : m.end() - 1] + close + "》",
                note=f"{text[o]} inside a title closed by 》 without {close}",
            )


def _city_name(text: str, mask: SpanSet, docs: Sequence[DocNumber]) -> str | None:
    """The issuing city named by a doc-number abbreviation, where the text names it elsewhere.

    A city's 文号 starts with the city's first character (云教督委 for 云溪市). For each such
    character, the two-character names starting with it that stand in the text at least twice
    (outside 文号 and noise, never as a district or county, never already with 市) are
    collected; the city is certain only when exactly one character gives exactly one name.
    """
    doc_starts = {d.start for d in docs}
    cities: set[str] = set()
    for ch in {d.normalized[0] for d in docs if len(d.normalized.split("〔")[0]) >= 3}:
        candidates: Counter[str] = Counter()
        at = find_all(text, ch)
        before_suffix = _before_suffix(text, at)
        han_pair: dict[str, bool] = {}  # (most names recur: each is read once)
        for i in at:
            name = text[i : i + 2]
            pair = han_pair.get(name)
            if pair is None:
                pair = han_pair[name] = _HAN_PAIR.fullmatch(name) is not None
            if not pair or i in doc_starts or mask.overlaps(i, i + 2):
                continue
            candidates[name] += 1
        good = [
            n for n, c in candidates.items()
            if c >= 2 and n[1] not in _ADMIN_SUFFIXES and n not in before_suffix
        ]
        if len(good) == 1:
            cities.add(good[0])
    return f"{cities.pop()}市" if len(cities) == 1 else None


def _before_suffix(text: str, at: list[int]) -> set[str]:
    """The two characters from each of the places ``at`` where an administrative suffix follows them: of the
    names that stand before a suffix anywhere (noise and 文号 too), those that start with the character at
    those places, found from its places (not from every suffix of the text)."""
    return {text[i : i + 2] for i in at if text[i + 2 : i + 3] in _ADMIN_SUFFIX_SET}


def _lost_opener(text: str, start: int, end: int) -> str | None:
    """The opening quote spam took the place of: a closing mark follows the spam within a few
    characters, unmatched, the marks of the line before the spam being balanced (``…网址双减”成效``)."""
    m = _QUOTE_AFTER_RE.match(text, end)
    if m is None:
        return None
    closer = text[m.end() - 1]
    opener = _QUOTE_CLOSERS[closer]
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return opener if line.count(opener) == line.count(closer) else None


def _spam(
    text: str, noise: Sequence[Noise], mask: SpanSet, docs: Sequence[DocNumber]
) -> Iterable[Corruption]:
    noise = sorted(noise, key=lambda n: (n.start, n.end))
    spam = [n for n in noise if n.kind is NoiseKind.SPAM]
    if not spam:
        return
    others = [n for n in noise if n.kind is NoiseKind.CHROME]
    chrome = SpanSet((n.start, n.end) for n in others)
    guanyu: list[bool] = []  # whether 关于 stands in the report's words: read the first time a spam span asks

    def no_guanyu() -> bool:
        if not guanyu:
            words = "".join(
                text[a:b]
                for a, b in zip([0, *[n.end for n in noise]], [*[n.start for n in noise], len(text)], strict=True)
            )
            guanyu.append("关于" in words)
        return not guanyu[0]

    city: str | None = None
    city_done = False
    for n in spam:
        if chrome.overlaps(n.start, n.end):
            continue
        end = n.end
        repaired: str | None = None
        note = "spam in place of the report's words; the lost words are not certain"
        if text[end : end + 1] in COLON_MARKS:
            end += 1
            if not city_done:
                city, city_done = _city_name(text, mask, docs), True
            if city is not None:
                repaired = city
                note = f"spam with ':' in place of the city name {city} (abbreviated in the 文号)"
        elif _TITLE_VERB_RE.match(text, end) and no_guanyu():
            repaired = "关于"
            note = "spam in place of 关于 before a document title (关于 never occurs in the report)"
        elif (opener := _lost_opener(text, n.start, end)) is not None:
            repaired = opener
            note = f"spam in place of an opening {opener} (its closing mark follows, unmatched)"
        yield Corruption(start=n.start, end=end, text=text[n.start : end], kind=CorruptionKind.SPAM,
                         repaired=repaired, note=note)


def _site_labels(text: str) -> Iterable[Corruption]:
    labels = _SITE_LABEL_AT.finditer(text)
    for m in line_matches(_SITE_TITLE_RE, text, line_starts(text, (m.start() for m in labels))):
        title, addr = m.group("title"), m.group("addr")
        end = m.end()
        repaired = title + ("\n" + addr if addr else "")
        start = m.start("pre") if m.group("pre") else m.start("title")
        yield Corruption(start=start, end=end, text=text[start:end], kind=CorruptionKind.SITE_LABEL,
                         repaired=repaired, note="site label glued to the title")
