"""The cleaning stage's first half: mark what is not the report's own words.

Scraped copies of education-duty reports carry site chrome (breadcrumbs, stamps, menus, footers,
download blurbs) and injected spam (gambling, lottery, adult-site keywords). Nothing here rewrites
the text: :func:`find_noise` returns spans into the original input. The damage inside the report's own sentences is
:mod:`dutyreport.clean.corruptions`' part.

The patterns and words are the tables of :mod:`dutyreport.lang.noise`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable
from typing import Final, NamedTuple

import regex

from ..document import Document
from ..lang.noise import (
    CHROME_PATTERNS,
    EDGE_CHROME_PATTERNS,
    INDENT,
    MARKUP_PATTERNS,
    MENU_ITEMS,
    PINYIN_FINALS,
    PINYIN_INITIALS,
    SPAM_VOCABULARY,
    TONE_MARKS,
    TONED_VOWELS,
)
from ..lang.punctuation import (
    CLAUSE_ENDS,
    CLOSE_BRACKET_CLASS,
    CLOSE_BRACKETS,
    FULL_STOPS,
    LIST_MARKS,
    OPEN_BRACKET_CLASS,
    OPEN_BRACKETS,
    QUOTE_MARKS,
    SEMICOLONS,
)
from ..model.report import Noise, NoiseKind
from ..patterns import char_class, find_all, first_chars_of
from ..spans import SpanSet
from .lines import line_matches, line_starts, strip_span

__all__ = ["BULLET_MENU_MIN_RUN", "SPAM_MAX_GAP", "SPAM_MIN_SCORE", "find_noise", "pinyin", "wording_noise"]

BULLET_MENU_MIN_RUN: Final = 3  # bulleted menu lines count as chrome only in runs this long
SPAM_MIN_SCORE: Final = 5
SPAM_MAX_GAP: Final = 4  # characters allowed between two vocabulary hits of one spam string

# --------------------------------------------------------------------------------------------
# Compiled patterns
# --------------------------------------------------------------------------------------------

# Every line pattern reads its line after the line's indentation (put before it here, once for all its
# branches), unless it opens with ``^`` and reads the line from its first character (lang.noise.INDENT).
_INDENT: Final = char_class(INDENT) + "*+"


def _line_pattern(pattern: str) -> str:
    """A line pattern of the table as it runs: from a line's start, past the line's indentation."""
    return pattern if pattern.startswith("^") else f"^{_INDENT}(?:{pattern})"


_CHROME_RES: Final = tuple(
    (regex.compile(_line_pattern(e.pattern), regex.MULTILINE | regex.VERSION1), reason) for e, reason in CHROME_PATTERNS
)
_EDGE_CHROME_RES: Final = tuple(
    (regex.compile(_line_pattern(e.pattern), regex.MULTILINE | regex.VERSION1), reason)
    for e, reason in EDGE_CHROME_PATTERNS
)
_MENU_LINE: Final = "(?:" + "|".join(regex.escape(e.word) for e in MENU_ITEMS) + f"){_INDENT}$"
_MENU_RE: Final = regex.compile(_line_pattern(_MENU_LINE), regex.MULTILINE)
_MENU_REASON: Final = MENU_ITEMS[0].value


def _loose(pattern: str) -> str:
    """A ``re`` pattern that matches wherever ``pattern`` does: ``\\p{Han}`` (only ever the head of a
    class here) widens to everything from U+2E80, where the Han script starts; ``\\b`` is dropped."""
    assert pattern.count(r"\p{Han}") == pattern.count(r"[\p{Han}"), pattern
    return pattern.replace(r"\p{Han}", "\u2e80-\U0010ffff").replace(r"\b", "")


_LINE_RES: Final = (*(rx for rx, _ in _CHROME_RES), _MENU_RE)
_LINE_PATTERNS: Final = (*(e.pattern for e, _ in CHROME_PATTERNS), _MENU_LINE)  # (as the table writes them)
_HOLDS: Final = (*(e.holds for e, _ in CHROME_PATTERNS), ())
# The lines a chrome or menu pattern may match (those without ``holds``), found in one scan of the
# text with "\n" put before it (a literal first character lets the engine skip from line to line):
# every such pattern matches a whole line from its start and never runs past its end, so each then
# runs on these lines only, and only from the first one that may match there (the empty group after
# it names it). The scan reads the indentation once after the "\n" for all of them (the repeat is
# possessive and ``^`` holds right after a line break: the same place for every pattern).


def _after_indent(pattern: str) -> str:
    """What a line pattern without ``holds`` reads after a line's indentation, for the line scan (``re``)."""
    if pattern.startswith("^"):
        raise ValueError(f"a line pattern read from its line's first character without words it holds: {pattern}")
    return _loose(pattern)


@functools.cache
def _line_firsts() -> tuple[frozenset[str] | None, ...]:
    """Per pattern of _LINE_RES without ``holds``, the characters a line it matches holds first after its indent
    (``None``: any, or not known); read once, the first time a text is read (not when the module is loaded)."""
    return tuple(
        None if _HOLDS[i] else first_chars_of(_after_indent(pattern), re.MULTILINE)
        for i, pattern in enumerate(_LINE_PATTERNS)
    )


@functools.cache
def _chrome_line_re() -> re.Pattern[str]:
    """The scan of the lines (compiled the first time a text is read). Each branch is led by a look-ahead on
    the characters its matches start with, where they are known: the engine tries a branch opening with
    optional words (VIP, 免费) only at a line whose first character may start it."""
    firsts = _line_firsts()
    return re.compile(
        f"\n{_INDENT}(?:"
        + "|".join(
            ("" if (chars := firsts[i]) is None else f"(?={char_class(chars)})")
            + f"(?:{_after_indent(pattern)})(?P<p{i}>)"
            for i, pattern in enumerate(_LINE_PATTERNS)
            if not _HOLDS[i]
        )
        + ")",
        re.MULTILINE,
    )


# The words the patterns with ``holds`` need, found in one scan: at every place one starts, the longest one
# that starts there (the match is its first character, read again by a look-ahead inside a look-behind as
# _SPAM_RE does, so that words overlapping each other are all seen and the engine skips every character
# no word starts with; a word of two characters or more is tried only where one of their second characters
# follows). Each word credits the patterns holding it or a shorter word it starts with (会员分享 holds 会员).
_HELD_WORDS: Final = sorted({w for words in _HOLDS for w in words}, key=lambda w: (-len(w), w))


_HELD_RE: Final = re.compile(
    char_class(w[0] for w in _HELD_WORDS)
    + "(?<=(?="
    + "|".join(
        ([char_class(w[0] for w in _HELD_WORDS if len(w) > 1) + char_class(w[1] for w in _HELD_WORDS if len(w) > 1)])
        + ([char_class(w for w in _HELD_WORDS if len(w) == 1)] if any(len(w) == 1 for w in _HELD_WORDS) else [])
    )
    + ")(?=("
    + "|".join(re.escape(w) for w in _HELD_WORDS)
    + ")).)"
)
_HELD_BY: Final = {
    w: tuple(i for i, words in enumerate(_HOLDS) if any(w.startswith(h) for h in words)) for w in _HELD_WORDS
}


def _held_lines(text: str) -> list[list[int]]:
    """Per pattern of _LINE_RES with ``holds``, the starts of the lines holding one of its words."""
    positions: dict[int, list[int]] = {}  # (most patterns have no word in a text)
    for m in _HELD_RE.finditer(text):
        for i in _HELD_BY[m.group(1)]:
            positions.setdefault(i, []).append(m.start())
    lines: list[list[int]] = [[] for _ in _HOLDS]
    for i, where in positions.items():
        lines[i] = line_starts(text, where)
    return lines


def _starts(pattern: str, starts: str) -> str:
    """The characters a spam word's match can start with: given, or the first of each listed word."""
    return starts or "".join(word[0] for word in pattern.split("|"))


# The spam words as one pattern. Its skeleton:
#
#   first      the class of the characters a word can start with: the engine skips between those
#              without entering the rest of the pattern;
#   (?<= . )   a look-behind over that one character, which is the match ...
#   (?= … )    ... holding a look-ahead from the same place that reads the word itself, each word
#              followed by an empty group named ``s<i>`` (its row in SPAM_VOCABULARY): the word ends
#              where that group does, and ``m.lastgroup`` names it. A word that opens with a literal
#              character is passed over at once where the text has another.
#   (?=[…])    the words in two runs, those that start with an ASCII character (figures, Latin
#              letters) and the others, each run led by the class of its first characters: at a digit
#              the engine tries the few words a digit can start, not every word one after the other.
#              No character starts words of both runs, so the first word listed that matches is
#              found still. A run of plain words (no pattern of its own) is led by the class of their
#              second characters too: most places a first character stands (在, 开, 新) are passed over
#              on the character after it, without trying the words.
#
# The words are read with verbose mode off, as written in the table. _spam_words drops the words that
# start inside an earlier one.
#
# Two such patterns: of every word, and of the words that are not gated (Spam.gated) followed by the gated
# strong words, each with a group g<i> after it: a text where one stands is read again with the pattern of
# every word (_spam_words). No gated strong word starts as an ungated word does, so none is passed over:
# the scan of the ungated words tells whether the text holds one, as a search of them would.


def _spam_re(gated: bool) -> re.Pattern[str]:
    rows = [(f"s{i}", e.pattern, spam.starts) for i, (e, spam) in enumerate(SPAM_VOCABULARY) if gated or not spam.gated]
    if not gated:  # the gated strong words, last, each followed by a group g<i>: a text holding one is read again
        taken = {c for _, pattern, starts in rows for c in _starts(pattern, starts)}
        for i, (e, spam) in enumerate(SPAM_VOCABULARY):
            if spam.gated and spam.weight >= 3:
                if taken.intersection(_starts(e.pattern, spam.starts)):
                    raise ValueError(f"a gated strong word that starts as an ungated word does: {e.pattern}")
                rows.append((f"g{i}", e.pattern, spam.starts))
    first = char_class(c for _, pattern, starts in rows for c in _starts(pattern, starts))
    runs: dict[bool, list[tuple[str, str, str]]] = {}  # ASCII start or not -> (group, pattern, first characters)
    seconds: dict[bool, set[str] | None] = {}  # the second characters of a run's words, where all are plain words
    for name, pattern, starts in rows:
        chars = _starts(pattern, starts)
        ascii_start = chars.isascii()
        if not ascii_start and any(c.isascii() for c in chars):
            raise ValueError(f"a spam word that starts with ASCII and other characters: {pattern}")
        runs.setdefault(ascii_start, []).append((name, pattern, chars))
        plain = pattern.split("|")
        known = seconds.setdefault(ascii_start, set())
        if starts or any(len(w) < 2 for w in plain) or known is None:
            seconds[ascii_start] = None  # (a pattern's second characters are not read off its text)
        else:
            known.update(w[1] for w in plain)
    words = "|".join(
        "(?="
        + char_class(c for _, _, chars in run for c in chars)
        + (char_class(second) if (second := seconds[ascii_start]) else "")
        + ")(?:"
        + "|".join(f"(?:{pattern})(?P<{name}>)" for name, pattern, _ in run)
        + ")"
        for ascii_start, run in runs.items()
    )
    return re.compile(
        rf"""
        {first}  # first: a character a word can start with
        (?<=                             # one character back, where that character stands:
            (?=                          #   the word that starts there, and the empty group after it
                (?-x:{words})
            )
            .                            #   (the look-behind spans the first character)
        )
        """,
        re.VERBOSE,
    )


_SPAM_RE: Final = _spam_re(gated=False)
_SPAM_ALL_RE: Final = _spam_re(gated=True)
_SPAM_WEIGHTS: Final = {f"s{i}": spam.weight for i, (_, spam) in enumerate(SPAM_VOCABULARY)}
_SPAM_GAP_OK: Final = regex.compile(r"[\p{Han}A-Za-z0-9_\-·|【】\[\]]*+")
_GLUE: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_LATIN: Final = regex.compile("[A-Za-z]")
# what a repeated spam string is not widened over: the marks of lang.punctuation, a few more, white space
_PUNCT: Final = frozenset(
    CLAUSE_ENDS + LIST_MARKS + QUOTE_MARKS + OPEN_BRACKETS + CLOSE_BRACKETS + "〈〉.\"' \t\u3000\r"
)
_SENTENCE_END: Final = frozenset(FULL_STOPS + SEMICOLONS)
_SENTENCE_END_RE: Final = regex.compile(char_class(_SENTENCE_END))
_SENTENCE_END_BACK_RE: Final = regex.compile(_SENTENCE_END_RE.pattern, regex.REVERSE)  # last match first


def _bullet_runs(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep bulleted menu lines only where at least BULLET_MENU_MIN_RUN stand together."""
    bullets = sorted(sp for sp in spans if sp[2] == "bullet menu")
    keep: set[tuple[int, int, str]] = set()
    run: list[tuple[int, int, str]] = []
    for sp in bullets:
        if run and text[run[-1][1] : sp[0]].strip(" \t\u3000\r\n") == "":
            run.append(sp)
            continue
        if len(run) >= BULLET_MENU_MIN_RUN:
            keep.update(run)
        run = [sp]
    if len(run) >= BULLET_MENU_MIN_RUN:
        keep.update(run)
    return [sp for sp in spans if sp[2] != "bullet menu" or sp in keep]


def _edges(text: str, spans: list[tuple[int, int, str]]) -> tuple[int, int]:
    """Where the line of the report's first sentence end starts and the line of its last one ends
    (sentence ends inside chrome already found do not count); (len, len) when there is none."""
    if not spans:  # (no chrome to step over: the first and the last sentence end are one search each)
        found = _SENTENCE_END_RE.search(text)
        if found is None:
            return len(text), len(text)
        first = found.start()
        back = _SENTENCE_END_BACK_RE.search(text, first)
        assert back is not None  # (the first sentence end at least)
        last = back.start()
    else:
        chrome = SpanSet(((s, e) for s, e, _ in spans), len(text))
        at = next((m.start() for m in _SENTENCE_END_RE.finditer(text) if not chrome.hit(m.start())), None)
        if at is None:
            return len(text), len(text)
        first = at
        last = next(m.start() for m in _SENTENCE_END_BACK_RE.finditer(text, first) if not chrome.hit(m.start()))
    nl = text.find("\n", last)
    return text.rfind("\n", 0, first) + 1, len(text) if nl < 0 else nl


_INDENT_RE: Final = re.compile(_INDENT)


def _chrome_lines(text: str) -> list[list[int]]:
    """Per pattern of _LINE_RES, the starts of the lines it may match (all it matches, and a few more): a line
    the scan finds for one pattern is tried for it and for each pattern after it (the scan stops at the first
    pattern that matches) whose matches may start with the line's first character after its indent."""
    lines = _held_lines(text)
    tries = _line_tries()
    for m in _chrome_line_re().finditer("\n" + text):  # the added "\n" shifts offsets by one
        start = m.start()
        indent = _INDENT_RE.match(text, start)
        at = indent.end() if indent is not None else start  # (always a match: the indent may be empty)
        first = text[at : at + 1]
        for i, chars in tries[str(m.lastgroup)]:
            if chars is None or first in chars:
                lines[i].append(start)
    return lines


@functools.cache
def _line_tries() -> dict[str, tuple[tuple[int, frozenset[str] | None], ...]]:
    """By the group of the line scan that found a line (``p<i>``), the patterns of _LINE_RES the line is tried for
    (see :func:`_chrome_lines`): the i-th and each after it without ``holds``, each with its first characters."""
    firsts = _line_firsts()
    return {
        f"p{k}": tuple((i, firsts[i]) for i in range(k, len(_LINE_RES)) if not _HOLDS[i])
        for k in range(len(_LINE_RES))
    }


def _chrome_spans(text: str) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    lines = _chrome_lines(text)
    for (rx, reason), where in zip(_CHROME_RES, lines, strict=False):
        if not where:
            continue  # (most patterns have no line to try: no generator made for them)
        for m in line_matches(rx, text, where):
            s, e = strip_span(text, m.start(), m.end())
            if e > s:
                spans.append((s, e, reason))
    spans = _bullet_runs(text, spans)
    for m in line_matches(_MENU_RE, text, lines[-1]):
        s, e = strip_span(text, m.start(), m.end())
        if e > s:
            spans.append((s, e, _MENU_REASON))
    first, last = _edges(text, spans)
    # (an empty zone is left out: what a pattern finds in it is empty, and an empty span is never kept)
    zones = ([(0, first)] if first > 0 else []) + ([(last, len(text))] if last < len(text) else [])
    for rx, reason in _EDGE_CHROME_RES if zones else ():
        for lo, hi in zones:
            for m in rx.finditer(text, lo, hi):
                s, e = strip_span(text, m.start(), m.end())
                if e > s:
                    spans.append((s, e, reason))
    return spans


class _Cluster(NamedTuple):
    start: int
    end: int
    score: int
    strong: int


def _spam_words(text: str) -> list[tuple[int, int, int]]:
    """(start, end, weight) of the vocabulary words in ``text``, left to right, none inside another."""
    words = _words_read(_SPAM_RE, text)
    if words is None:  # a gated strong word stands in the text: every word is read
        words = _words_read(_SPAM_ALL_RE, text)
        assert words is not None  # (the pattern of every word has no gate group)
    return words


def _words_read(rx: re.Pattern[str], text: str) -> list[tuple[int, int, int]] | None:
    words: list[tuple[int, int, int]] = []
    end = 0
    for m in rx.finditer(text):
        name = str(m.lastgroup)  # the empty group after each word closes last
        if name[0] == "g":
            return None  # (wherever it stands: before the test of a word inside an earlier one)
        if m.start() < end:
            continue
        end = m.end(name)
        words.append((m.start(), end, _SPAM_WEIGHTS[name]))
    return words


def _spam_clusters(text: str) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    first = last = score = strong = -1  # the cluster being read (none while first < 0)
    gap_ok = _SPAM_GAP_OK.fullmatch
    for start, end, weight in _spam_words(text):
        if first >= 0:
            # (words that touch need no look at the gap: an empty one is always allowed)
            if start == last or (start - last <= SPAM_MAX_GAP and gap_ok(text, last, start)):
                last, score, strong = end, score + weight, strong + (weight >= 3)
                continue
            clusters.append(_Cluster(first, last, score, strong))
        first, last, score, strong = start, end, weight, int(weight >= 3)
    if first >= 0:
        clusters.append(_Cluster(first, last, score, strong))
    return clusters


_LATIN_OR_DIGIT = regex.compile(r"[A-Za-z0-9_]")


_HAN = regex.compile(r"\p{Han}")


def _odd(s: str) -> bool:
    """A string mixing scripts the way spam anchors do (CJK with Latin letters, digits or _)."""
    has_han = _HAN.search(s) is not None
    has_other = _LATIN_OR_DIGIT.search(s) is not None
    return has_han and has_other


def _extend_repeated(text: str, unit: str, occurrences: list[int]) -> tuple[int, int]:
    """How far every occurrence of ``unit`` agrees to the left and right (not over punctuation)."""
    left = 0
    while left < 12:
        chars = {text[o - left - 1] if o - left - 1 >= 0 else "" for o in occurrences}
        if len(chars) != 1:
            break
        c = chars.pop()
        if not c or c in _PUNCT:
            break
        left += 1
    right = 0
    n = len(unit)
    while right < 12:
        chars = {text[o + n + right] if o + n + right < len(text) else "" for o in occurrences}
        if len(chars) != 1:
            break
        c = chars.pop()
        if not c or c in _PUNCT:
            break
        right += 1
    return left, right


def _period(s: str) -> str:
    """The shortest unit that ``s`` repeats (two copies of a spam anchor glued together)."""
    for k in (4, 3, 2):
        if len(s) % k == 0 and s == s[: len(s) // k] * k:
            return s[: len(s) // k]
    return s


def _glued(text: str, start: int, end: int) -> tuple[int, int]:
    """A spam span widened over Latin letters, digits and hyphens glued to it (``w88``, ``-vip``)
    where the glued run holds a Latin letter (a year or figure right after spam stays the report's)."""
    i = start
    while i > 0 and text[i - 1] in _GLUE:
        i -= 1
    while i < start and text[i] in "-_":
        i += 1
    if _LATIN.search(text, i, start):
        start = i
    j = end
    while j < len(text) and text[j] in _GLUE:
        j += 1
    while j > end and text[j - 1] in "-_":
        j -= 1
    if _LATIN.search(text, end, j):
        end = j
    return start, end


_WORD_CHAR = regex.compile(r"[\p{Han}A-Za-z0-9]")


def _spam_spans(text: str) -> list[tuple[int, int, str]]:
    clusters = _spam_clusters(text)
    counts = Counter(text[c.start : c.end] for c in clusters)
    accepted: list[_Cluster] = []
    for c in clusters:
        body = text[c.start : c.end]
        if (c.score >= SPAM_MIN_SCORE and c.strong) or (
            counts[body] >= 3 and c.score >= 3 and len(body) >= 5 and _odd(body)
        ):
            accepted.append(c)
    if not accepted:
        return []
    accepted = [_Cluster(*_glued(text, c.start, c.end), c.score, c.strong) for c in accepted]
    # Units: the distinct spam strings; a cluster made of two glued copies is split back.
    texts = sorted({_period(text[c.start : c.end]) for c in accepted}, key=len)
    units: list[str] = []
    for t in texts:
        rest = t
        for u in units:
            while rest.startswith(u) and len(rest) > len(u):
                rest = rest[len(u) :]
        if rest == t or rest not in units:
            units.append(t)
    spans: list[tuple[int, int, str]] = []
    for u in units:
        occ = find_all(text, u)
        if len(occ) >= 3:
            left, right = _extend_repeated(text, u, occ)
            if left or right:
                u = text[occ[0] - left : occ[0] + len(u) + right]
                occ = find_all(text, u)
        reason = "repeated spam string" if len(occ) >= 2 else "spam vocabulary"
        spans.extend((o, o + len(u), reason) for o in occ)
    # Whole lines of spam: a short banner in place of the page title, or a keyword line most of whose words are
    # the vocabulary's (the words of every cluster, accepted or not, counted) and which holds no sentence mark.
    out: list[tuple[int, int, str]] = []
    cluster_starts = [c.start for c in clusters]
    for s, e, reason in spans:
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        ls, le = strip_span(text, ls, le)
        line = text[ls:le]
        residual = text[ls:s] + text[e:le]
        sentence = any(p in line for p in "。，,；")
        if not sentence and (
            (le - ls <= 40 and len(_WORD_CHAR.findall(residual)) <= 4)
            or _keyword_line(text, clusters, cluster_starts, ls, le)
        ):
            out.append((ls, le, "spam line"))
        else:
            out.append((s, e, reason))
    return out


_SPAM_LINE_SHARE: Final = 2  # a keyword line is spam where the vocabulary's clusters cover half its words or more
_SPAM_LINE_GAP: Final = 6  # and no run of more word characters than this stands between them (a title would)


def _keyword_line(text: str, clusters: list[_Cluster], starts: list[int], lo: int, hi: int) -> bool:
    """Whether the line [lo, hi) is a keyword line of spam: the clusters of vocabulary words (``starts``: theirs)
    cover half its word characters or more, and only short runs of word characters stand outside them."""
    covered = 0
    pos = lo
    longest = 0
    for c in clusters[max(0, bisect.bisect_right(starts, lo) - 1) : bisect.bisect_left(starts, hi)]:
        a, b = max(c.start, lo), min(c.end, hi)
        if b <= a:
            continue
        covered += b - a
        longest = max(longest, _longest_word_run(text, pos, a))
        pos = b
    longest = max(longest, _longest_word_run(text, pos, hi))
    return longest <= _SPAM_LINE_GAP and _SPAM_LINE_SHARE * covered >= len(_WORD_CHAR.findall(text, lo, hi))


_WORD_RUN = regex.compile(r"[\p{Han}A-Za-z0-9]++")


def _longest_word_run(text: str, lo: int, hi: int) -> int:
    return max((m.end() - m.start() for m in _WORD_RUN.finditer(text, lo, hi)), default=0)


# Pinyin after a Han character: in brackets (syllables apart by spaces) or glued to it, holding a tone mark.
_TONE_RE: Final = re.compile(char_class(TONED_VOWELS))
_VOWELS: Final = {v: char_class(v + "".join(e.word for e in TONE_MARKS if e.value == v)) for v in "aeiouü"}


def _spelled(final: str) -> str:
    """A final as a pattern: each vowel with or without its tone mark."""
    return "".join(_VOWELS.get(c, c) for c in final)


_SYLLABLE: Final = (
    "(?:" + "|".join(sorted((e.word for e in PINYIN_INITIALS), key=len, reverse=True)) + ")?"
    "(?:" + "|".join(_spelled(f) for f in sorted((e.word for e in PINYIN_FINALS), key=len, reverse=True)) + ")"
)
_OPEN, _CLOSE = OPEN_BRACKET_CLASS, CLOSE_BRACKET_CLASS
_PINYIN_RE: Final = regex.compile(
    rf"""
    (?<=\p{{Han}})                                          # after the character it reads
    (?:
        {_OPEN}[ \t]*+(?:{_SYLLABLE})(?:[ \t]++(?:{_SYLLABLE}))*+[ \t]*+{_CLOSE}   # 教育(jiào yù)
        |
        (?:{_SYLLABLE}){{1,4}}(?![A-Za-zü{TONED_VOWELS}])            # 學xué校
    )
    """,
    regex.VERBOSE,
)


def _pinyin_spans(text: str) -> list[tuple[int, int]]:
    """Runs of pinyin a site printed after characters (none unless the text holds a tone mark)."""
    if not any(mark in text for mark in TONED_VOWELS):  # (a search per mark: faster than a class of them)
        return []
    return [m.span() for m in _PINYIN_RE.finditer(text) if _TONE_RE.search(m.group()) is not None]


def _resolve(spans: Iterable[tuple[int, int, str, NoiseKind]]) -> list[tuple[int, int, str, NoiseKind]]:
    """Sorted, non-overlapping: on overlap the longer span wins (chrome on a tie)."""
    ordered = sorted(spans, key=lambda x: (-(x[1] - x[0]), x[3] is not NoiseKind.CHROME, x[0]))
    kept: list[tuple[int, int, str, NoiseKind]] = []
    starts: list[int] = []
    for item in ordered:
        s, e = item[0], item[1]
        i = bisect.bisect_left(starts, s)
        if i > 0 and kept[i - 1][1] > s:
            continue
        if i < len(kept) and kept[i][0] < e:
            continue
        kept.insert(i, item)
        starts.insert(i, s)
    return kept


_MARKUP_RE = regex.compile("|".join(f"(?:{e.pattern})" for e in MARKUP_PATTERNS))
_MARKUP_FIRSTS = re.compile(r"<|/[A-Za-z]|&")


def find_noise(doc: Document) -> tuple[Noise, ...]:
    """Spans of the text that are not the report's own words: site chrome, injected spam and the pinyin a
    site printed after characters.

    >>> [n.text for n in find_noise(Document.of("发布日期:2021-04-01 15:34 浏览次数:\\n正文。\\n返回顶部"))]
    ['发布日期:2021-04-01 15:34 浏览次数:', '返回顶部']
    """
    text = doc.text
    items = [(s, e, r, NoiseKind.CHROME) for s, e, r in _chrome_spans(text)]
    items.extend((s, e, r, NoiseKind.SPAM) for s, e, r in _spam_spans(text))
    items.extend((s, e, "pinyin", NoiseKind.PINYIN) for s, e in _pinyin_spans(text))
    if _MARKUP_FIRSTS.search(text):  # (most texts hold no markup: no < , no / before a letter, no &)
        items.extend((m.start(), m.end(), "markup", NoiseKind.CHROME) for m in _MARKUP_RE.finditer(text))
    return tuple(
        Noise(start=s, end=e, text=text[s:e], kind=k, reason=r) for s, e, r, k in _resolve(items)
    )


def pinyin(doc: Document) -> tuple[tuple[int, int], ...]:
    """The spans of the pinyin a site printed among the report's words (what the quantity scan reads
    around: a figure it interrupts is still read)."""
    return tuple((n.start, n.end) for n in doc.noise if n.kind is NoiseKind.PINYIN)


def wording_noise(doc: Document) -> SpanSet:
    """The noise around or in place of the report's words (chrome, spam): the Document's noise index
    without the pinyin printed among them, which a figure or an admitted problem may span.

    >>> doc = Document.of("新建学(xué)校十二所。")
    >>> doc = doc.with_noise(find_noise(doc))
    >>> doc.noise_index.overlaps(0, 11), wording_noise(doc).overlaps(0, 11)
    (True, False)
    """
    if not any(n.kind is NoiseKind.PINYIN for n in doc.noise):
        return doc.noise_index
    return SpanSet(((n.start, n.end) for n in doc.noise if n.kind is not NoiseKind.PINYIN), len(doc.text))
