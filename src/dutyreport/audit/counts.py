"""Named counts: a count of named things and the names listed with it — ``A、B和C三大机制`` (before),
``建成3个集聚区,分别是A、B、C`` and ``实行四公开:A、B…`` (after), ``《A》《B》等2个文件``, a count of
schools and the school names after it, a heading's ``四大工程`` and its 一是…四是 points or the names
below it, ``落实五项管理。…作业、睡眠、手机、读物、体质管理`` — and ``A、B、C分别为x、y、z``, as many
figures as names.

A count is claimed only when it agrees with what is listed (a list we may have cut wrongly is not
claimed as an error). Both families emit ``NAMED_COUNT``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

import regex

from ..lang.audit import (
    BIG_COUNT,
    BOOK_MEASURES,
    COUNT_MEASURES,
    COUNT_NUMERAL_VALUES,
    COUNT_NUMERALS,
    COUNT_WORDS,
    ETC,
    LIST_JOINERS,
    LIST_OPENERS,
    LISTED_UNITS,
    NAMED_BY,
    NAMED_NOUNS,
    NAMES_FOLLOW,
    REGION_NOUNS,
    RESPECTIVE_VALUES,
    RESPECTIVELY,
    RESPECTIVELY_ARE,
    SCHOOL_NAME,
    SCHOOL_UNIT,
)
from ..lang.dates import YEAR, YEAR_MARK
from ..lang.numbers import MEASURE_WORDS
from ..lang.punctuation import CLAUSE_ENDS, COMMAS
from ..lang.script import alternation
from ..model.quantities import Count
from ..model.report import Check, CheckKind, Indicator
from ..patterns import find_all, first_chars, first_chars_of, known, lead_words, max_width, skipping
from .family import family
from .figures import LIST_JOINER, QUOTES, Context, check, plain, unit_family, value

__all__ = ["named_counts", "respectively"]

_NOUN = NAMED_NOUNS.pattern
_PLACE = REGION_NOUNS.pattern  # (河北、山西、河南等3省: places are named too, their noun right after the count)
# (a place counts only right after its count: looked for with it, not wherever 区 or 市 stands)
_LIST_NOUN_RE = skipping(re.compile(f"{_NOUN}|[{COUNT_NUMERALS}0-9](?:{COUNT_MEASURES.pattern})?(?:{_PLACE})"))
_NOUN_RE = re.compile(_NOUN)
_NOUN_WORDS = tuple(_NOUN.split("|"))  # (plain words: tests/audit/test_shortcuts.py)
_NOUN_QUOTES = "”\""  # (what may stand between a _LIST_AFTER count's noun and the white space before its opener)
_COUNT = COUNT_WORDS.pattern
# a figure in a listed item (C级危房7栋、D级危房2栋): the items are things counted, not names
_FIGURE_IN_ITEM = re.compile(rf"[0-9](?:{alternation(MEASURE_WORDS)})")
# the characters a count starts with (三, 1): where none stands, no count (read from the table's pattern, which
# is refused at import where they cannot be read)
_COUNT_FIRSTS = known(first_chars_of(_COUNT), _COUNT)
_COUNT_SUFFIX = re.compile(rf"(?:{COUNT_MEASURES.pattern})$")
_ITEM_CHARS = 12  # the longest item of a list before a count
_ITEM_STOPS_BEFORE = "、，,。；;:：“”《》"  # with white space, what an item of such a list is not made of
_ITEM_CHAR = rf"[^\s{_ITEM_STOPS_BEFORE}]"  # what an item of such a list is made of
# ``A、B和C三大机制``: a count of named things right after the list that names them. A list can only
# start in the last 12 characters before a 、, so the pattern is tried there (see :func:`lists_before`),
# not from every position of the text.
_LIST_BEFORE = re.compile(
    rf"""
    (?P<list>
        (?: {_ITEM_CHAR}{{1,{_ITEM_CHARS}}} 、 )+                     # 例会制、挂图作战制、
        {_ITEM_CHAR}{{1,{_ITEM_CHARS}}}?                              # 限时办结制
        (?: (?:{LIST_JOINERS.pattern}) {_ITEM_CHAR}{{1,{_ITEM_CHARS}}}? )?   # 和…
    )
    (?P<etc> {ETC.pattern} )?                                         # 等
    [“"]?
    (?<![0-9{COUNT_NUMERALS}]) (?P<n> {_COUNT} )                      # 三大 (no number's tail: 一、2020年项目)
    (?P<noun> [^\s，,。；;、”0-9]{{0,6}}? (?:{_NOUN}) | (?:{_PLACE}) )   # 机制 / 省 (no number in it: 县三中3所)
    """,
    re.VERBOSE,
)
# ``A等七个乡镇`` after ``A、B、…、G等x个乡镇``: a list named in full once, then by its first item and a
# count (the count may be left out or masked the first time).
_SHORTENED = re.compile(rf"(?P<first>{_ITEM_CHAR}{{1,{_ITEM_CHARS}}}?){ETC.pattern}(?P<n>{_COUNT})(?P<noun>{_PLACE})")
_IN_FULL = re.compile(
    rf"""
    (?P<list> (?: {_ITEM_CHAR}{{1,{_ITEM_CHARS}}} 、 )+ {_ITEM_CHAR}{{1,{_ITEM_CHARS}}}? )   # A、B、…、G
    {ETC.pattern} (?: [{COUNT_NUMERALS}0-9xX]{{0,3}} (?:{COUNT_MEASURES.pattern})? )?     # 等x个
    (?P<noun> {_PLACE} )                                                                  # 乡镇
    """,
    re.VERBOSE,
)
_IN_FULL_REACH = 3000  # how far back the list named in full is looked for
_SAME_TAIL = 2  # the characters the first item's two namings end with alike (对xx乡 / 近期对xx乡)
# The item before a 、 (from where the pattern is searched up to the 、: the first place it matches from
# is the item's start, the characters back to the nearest stop, at most 12)
_ITEM_BACK = re.compile(rf"{_ITEM_CHAR}{{1,{_ITEM_CHARS}}}\Z")
_HARD_STOPS = r"\s，,。；;"
_HARD_STOP = re.compile(f"[{_HARD_STOPS}]")  # what no part of such a match contains after its first 、
# From a 、 to the first count's first character or hard stop after it (neither class holds a character of the
# other, nor the 、): what :func:`_counted_duns` reads of each run of 、.
_DUN_RUN = re.compile(f"、[^{_HARD_STOPS}{re.escape(''.join(sorted(_COUNT_FIRSTS)))}]*")
# A list before a count can run only through a 、 with the first character of a count after it before the
# next hard stop (neither class holds a character of the other): _counted_duns finds those 、.
# ``《A》《B》等2个文件``: a count of the documents whose titles it follows.
_BOOK_LIST = regex.compile(
    rf"""
    (?P<list> (?: 《[^《》\n]{{1,60}}》 ){{2,}} )    # 《章程》《细则》
    (?P<etc> {ETC.pattern} )                       # 等
    (?P<n> [0-9]{{1,2}} | [{COUNT_NUMERALS}]{{1,2}} )   # 2
    (?:{BOOK_MEASURES.pattern})                    # 个
    """,
    regex.VERBOSE,
)
# A count's first character, tested before the look-behind: most positions fail it at once.
_COUNT_AT = rf"(?=[{COUNT_NUMERALS}1-9])(?<![0-9{COUNT_NUMERALS}])"
# ``建成3个集聚区,分别是A、B、C`` / ``实行四公开:A、B…``: a count, then the list it counts.
_LIST_AFTER = re.compile(
    rf"""
    {_COUNT_AT}
    (?P<n> {_COUNT} )                                     # 3个
    (?P<noun> [^\s，,。；;、“”]{{0,8}}? (?:{_NOUN}) )     # 集聚区
    [”"]? \s*
    (?: [,，] \s* (?:{LIST_OPENERS.pattern}) | [:：] )    # ,分别是
    (?P<list> [^。；;\n]{{2,300}} )                       # A、B、C
    """,
    re.VERBOSE,
)
_HEADING_COUNT = re.compile(rf"(?P<n>{_COUNT})(?P<noun>{_NOUN})")
_HEADING_BIG_COUNT = re.compile(rf"(?P<n>{_COUNT}){BIG_COUNT.pattern}(?P<noun>{_NOUN})")
_BARE_COUNT = re.compile(rf"{_COUNT_AT}(?P<n>{_COUNT})(?P<noun>{_NOUN})")


def _count_first(after: str) -> str:
    """:data:`COUNT_WORDS` opening with its first character's class (``after``: what must stand before it)."""
    return rf"""
        [{COUNT_NUMERALS}1-9] {after}                                             # 三 / 1
        (?: (?<=[{COUNT_NUMERALS}]) | (?<=十)[一二] | (?<=[2-9]) | (?<=1)[0-2] )  # 三 / 十二 / 3 / 12
        (?:{COUNT_MEASURES.pattern})?                                          # 大
    """


# A counted noun's first character stands within the count's width after the count's first character
# (三大机制, 十二项措施, 3个集聚区): looked ahead for before the count is read (most numerals start no count of
# named things: 2019年, 三是).
_NOUN_FIRSTS = known(first_chars_of(_NOUN), _NOUN)
_COUNT_WIDTH = known(max_width(re.compile(_COUNT)), _COUNT, "width")
_NOUN_AHEAD = f"(?=(?s:.){{0,{_COUNT_WIDTH - 1}}}[{re.escape(''.join(sorted(_NOUN_FIRSTS)))}])"
# _BARE_COUNT as the engine scans fastest: opening with a character class it skips along to (its look-ahead
# made it try every position), the count's first character read once and :data:`COUNT_WORDS`'s alternatives
# picked by the look-behind on it, in their order, after the look-ahead for the noun. tests/test_engines.py
# holds the two equal.
_BARE_COUNT_FIRST = re.compile(
    rf"(?P<n>{_count_first(f'(?<![0-9{COUNT_NUMERALS}].)' + _NOUN_AHEAD)}) (?P<noun>{_NOUN})", re.VERBOSE
)
# The heading counts, opening with the count's first character in the same way (tests/test_engines.py).
_HEADING_COUNT_FIRST = re.compile(rf"(?P<n>{_count_first('')}) (?P<noun>{_NOUN})", re.VERBOSE)
_HEADING_BIG_COUNT_FIRST = re.compile(rf"(?P<n>{_count_first('')}) {BIG_COUNT.pattern} (?P<noun>{_NOUN})", re.VERBOSE)
_OPENING_STOPS = "。；;\n"  # what stands before a 分别为 that opens a sentence, and ends its list
_RESPECTIVELY_OPENING = regex.compile(
    rf"(?<=[{_OPENING_STOPS}])\s*(?:{RESPECTIVELY_ARE.pattern})(?P<list>[^{_OPENING_STOPS}]{{2,300}})"
)
_SPACE = regex.compile(r"\s")  # (the pattern's white space)
# (every match of the words opens with 分别, so they are looked for only where it stands: refused at import otherwise)
known(
    lead_words(RESPECTIVELY_ARE.pattern) if lead_words(RESPECTIVELY_ARE.pattern) == (RESPECTIVELY.pattern,) else None,
    RESPECTIVELY_ARE.pattern,
    "lead words",
)
_ITEM_SPLIT = regex.compile(rf"、|(?<=[^\s])(?:{LIST_JOINERS.pattern})(?=[^\s])")
_SCHOOL = regex.compile(SCHOOL_NAME.pattern)
_SCHOOL_SHORTEST = 3  # the fewest characters a school name holds: one, then 小学 (tests/audit/test_shortcuts.py)
_RESPECTIVELY = re.compile(rf"(?:{RESPECTIVE_VALUES.pattern})$")
_LEADING_YEAR = re.compile(rf"^(?:{YEAR}{YEAR_MARK})?")
_BOOK_TITLE = re.compile(r"《[^《》]+》")
_UP_TO_COMMA = re.compile(rf"[^{COMMAS}]*")
_NAMES_FOLLOW = re.compile(rf"^(?:{NAMES_FOLLOW.pattern})")
# (what the words after the count open with)
_NAMES_FOLLOW_FIRSTS = known(first_chars_of(NAMES_FOLLOW.pattern), NAMES_FOLLOW.pattern)
_NUMERAL_START = re.compile(rf"[0-9{COUNT_NUMERALS}]")
_LISTED_UNIT = re.compile(LISTED_UNITS.pattern)

# What stands between a _LIST_AFTER count and the colon or 分别是 that opens its list: the count (at
# most four characters: 十二, 三方面), up to eight characters and the noun, a closing quote. The rest
# is white space.
# (one character class first, so that the engine skips between them: a colon, or a comma before 分别是)
_OPENER_COLONS = ":："
_OPENER_COMMAS = ",，"
_LIST_OPENER = re.compile(
    rf"[{_OPENER_COLONS}{_OPENER_COMMAS}](?:(?<=[{_OPENER_COLONS}])|\s*(?:{LIST_OPENERS.pattern}))"
)
_OPENER_WORD = re.compile(LIST_OPENERS.pattern)
_OPENER_FIRSTS = known(first_chars(_OPENER_WORD), _OPENER_WORD.pattern)  # (refused at import where not read)
_COUNT_REACH = 4 + 8 + max(len(w) for w in _NOUN.split("|")) + 1
# 等 with a count's first character right after it (ETC is one plain character: tests/audit/test_shortcuts.py)
_ETC_BEFORE_COUNT = re.compile(f"{re.escape(ETC.pattern)}(?=[{re.escape(''.join(sorted(_COUNT_FIRSTS)))}])")


def _count_value(s: str) -> int | None:
    """``三大`` is 3, ``十二个`` 12, ``12项`` 12."""
    s = _COUNT_SUFFIX.sub("", s)
    if s.isdigit():
        return int(s)
    if s in COUNT_NUMERAL_VALUES:
        return COUNT_NUMERAL_VALUES[s]
    if len(s) == 2 and COUNT_NUMERAL_VALUES.get(s[0]) == 10 and s[1] in COUNT_NUMERAL_VALUES:
        return 10 + COUNT_NUMERAL_VALUES[s[1]]
    return None


def _items(s: str) -> list[str]:
    return [x for x in _ITEM_SPLIT.split(s) if x.strip(" " + QUOTES)]


def lists_after(text: str, colons: Sequence[int] | None = None) -> Iterator[re.Match[str]]:
    """The matches of :data:`_LIST_AFTER`, as ``finditer`` would give them: tried only at the
    counts that stand close enough before a list opener (a colon, ``,分别是``) to reach it, where a
    counted noun ends right before the opener (``colons``: where the colons stand, if known)."""
    starts: set[int] = set()
    for k in list_openers(text, colons):
        while k > 0 and text[k - 1].isspace():
            k -= 1
        # (the noun ends where the white space before the opener starts, or before a closing quote there)
        if not (
            text.endswith(_NOUN_WORDS, 0, k)
            or (k > 1 and text[k - 1] in _NOUN_QUOTES and text.endswith(_NOUN_WORDS, 0, k - 1))
        ):
            continue
        starts.update(p for p in range(max(0, k - _COUNT_REACH), k) if text[p] in _COUNT_FIRSTS)
    end = 0
    for p in sorted(starts):
        if p >= end and (m := _LIST_AFTER.match(text, p)) is not None:
            end = m.end()
            yield m


def list_openers(text: str, colons: Sequence[int] | None = None) -> list[int]:
    """Where the matches of :data:`_LIST_OPENER` start, in order: each colon, and each comma before an
    opening word (``,分别是``) with only white space between, found from the colons (``colons``: where
    they stand, if known) and the words."""
    found = list(colons) if colons is not None else [i for c in _OPENER_COLONS for i in find_all(text, c)]
    for c in _OPENER_FIRSTS:
        for w in find_all(text, c):
            k = w
            while k > 0 and text[k - 1].isspace():  # (str.isspace holds for every character \s matches)
                k -= 1
            if k > 0 and text[k - 1] in _OPENER_COMMAS and _OPENER_WORD.match(text, w):
                found.append(k - 1)
    found.sort()
    return found


def respectively_openings(text: str, places: Sequence[int]) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_RESPECTIVELY_OPENING`, as ``finditer`` would give them: tried only
    before 分别为/分别是 and the white space before it (a match is white space, then those words;
    ``places``: where 分别 stands, :func:`~.figures.respective_places`)."""
    # Each place the words may stand, with the white space before it: a match opens where that run of white space
    # follows a stop, and from every such place of one run reads on to the same words and the same list, so the
    # first decides for all of the run (tried once: a run of blank lines is not read again from each line break).
    runs: list[tuple[int, int]] = []
    for w in places:
        k = w
        while k > 0 and _SPACE.match(text, k - 1) is not None:
            k -= 1
        runs.append((k, w))
    end = 0
    for k, w in sorted(runs):
        for p in range(max(k, end), w + 1):
            if p > 0 and text[p - 1] in _OPENING_STOPS:
                m = _RESPECTIVELY_OPENING.match(text, p)
                if m is not None:
                    end = m.end()
                    yield m
                break


def lists_before(text: str, duns: Sequence[int] | None = None) -> Iterator[re.Match[str]]:
    """The matches of :data:`_LIST_BEFORE`, left to right, as ``finditer`` would give them (``duns``:
    where the 、 stand, if known).

    A match starts in the last 12 characters before a 、 (its first item ends there), so it is tried
    once per 、, from the leftmost start a scan would reach, not from every character, and read no
    further than the next hard stop (no part of a match holds one). A 、 whose item follows a failed
    one's is not tried at all: any list from it would also have been a list from the failed start,
    one item longer.
    """
    floor = 0  # where the last match ended
    failed: int | None = None  # the 、 whose attempt failed, while the items after it continue its list
    # (a 、 with no count after it before the next hard stop starts no list: it is not visited, and an
    # item after it is tried, not skipped)
    item_back = _ITEM_BACK.search
    for p, count_at, end in _counted_duns(text, duns):
        if p < floor:
            continue  # (within the last match: its item is not read back)
        item = item_back(text, max(0, p - _ITEM_CHARS), p)
        if item is None:
            continue  # (an empty item: no list runs through it)
        start = max(item.start(), floor)
        if start == p:
            failed = None  # an empty item: no list runs through it
        elif start - 1 == failed:
            failed = p  # the item since the failed 、 is a list item: this one fails too
        else:
            # the list's count and then its noun stand after the 、 and before the next hard stop (found with
            # the 、): no noun after the count, no list
            noun = _LIST_NOUN_RE.search(text, count_at, end)
            m = None if noun is None else _LIST_BEFORE.match(text, start, end)
            if m is None:
                failed = p
            else:
                floor, failed = m.end(), None
                yield m


def _counted_duns(text: str, duns: Sequence[int] | None = None) -> Iterator[tuple[int, int, int]]:
    """(position, where the count stands, where the hard stop stands) of each 、 with a count's first
    character after it before the next hard stop (the text's end if none), in order; ``duns``: where the 、
    stand, if known.

    One scan (:data:`_DUN_RUN`) reads each run from a 、 to the first count or hard stop after it: every 、
    in the run has that count (or none, where a stop or the text's end comes first) and the hard stop after
    it, and the scan goes on from there, so no stretch of the text is read twice (a look-ahead from each 、
    read a whole list without a count or a stop from every 、 in it); the hard stop after a count is looked
    for again only once a count stands past it. The 、 of a run with a count are found among the sorted
    places of the 、 by bisection."""
    if duns is None:
        duns = find_all(text, "、")
    stop_search, firsts = _HARD_STOP.search, _COUNT_FIRSTS
    n = len(text)
    i = stop = 0
    for run in _DUN_RUN.finditer(text):
        count_at = run.end()
        if count_at == n or text[count_at] not in firsts:
            continue  # (a hard stop, or the text's end, before any count: no 、 of the run has one)
        if stop <= count_at:
            hard = stop_search(text, count_at + 1)  # (the count's character is no hard stop)
            stop = hard.start() if hard else n
        i = bisect.bisect_left(duns, run.start(), i)
        j = bisect.bisect_left(duns, count_at, i)
        for q in duns[i:j]:
            yield q, count_at, stop
        i = j


# The patterns made for one counted noun, compiled on first use and kept by the table's own word (a
# key taken from a report's text would keep that text alive).
_NOUNS = {w: w for w in _NOUN.split("|")}
_BY_NOUN: dict[tuple[str, str], re.Pattern[str]] = {}


def _for_noun(which: str, noun: str, pattern: str) -> re.Pattern[str]:
    word = _NOUNS.get(noun)
    if word is None:
        return re.compile(pattern)  # (not a counted noun: not kept)
    found = _BY_NOUN.get((which, word))
    if found is None:
        found = _BY_NOUN[(which, word)] = re.compile(pattern)
    return found


def names_ending_with(noun: str) -> re.Pattern[str]:
    """``“…工程”`` or ``实施…工程``: a name ending with the noun a heading counts."""
    return _for_noun("names", noun, rf"(?:{NAMED_BY.pattern})(?P<name>[^“”，,。；;、\s]{{2,10}}?{re.escape(noun)})")


_ITEM_STOPS = r"\s，,。；;:：“”"  # what no item of the lists list_ending_with finds holds (nor their 、)
_LIST_STOP = re.compile(f"[{_ITEM_STOPS}]")


def list_ending_with(noun: str) -> re.Pattern[str]:
    """``作业、睡眠、手机、读物、体质管理``: a list whose last item ends with the counted noun."""
    return _for_noun(
        "list",
        noun,
        rf"(?P<list>(?:[^、{_ITEM_STOPS}]{{1,10}}、)+[^、{_ITEM_STOPS}]{{1,10}}?(?:{LIST_JOINERS.pattern})?"
        rf"[^、{_ITEM_STOPS}]{{0,10}}?{re.escape(noun)})",
    )


def list_after_count(text: str, noun: str, start: int, end: int) -> re.Match[str] | None:
    """``list_ending_with(noun).search(text, start, end)``, tried only from where the list can start:
    its first item (at most ten characters) ends at the first 、, and without one there is no list.

    Such a list holds no stop (white space, a comma, a full stop, a colon, a quote mark): it is
    searched for only in a stretch between two stops that has a 、 and, after it, the noun, and no
    further than the stretch's end."""
    first_item_end = text.find("、", start, end)
    if first_item_end < 0 or text.find(noun, first_item_end, end) < 0:
        return None  # (a list ends with the noun, after its first 、)
    pattern = list_ending_with(noun)
    if _LIST_STOP.search(noun) or "、" in noun:  # pragma: no cover - (no counted noun holds one)
        return pattern.search(text, max(start, first_item_end - 10), end)
    lo = start
    while True:
        # first_item_end: the first 、 from lo; the stretch holding it ends at the next stop
        stop = _LIST_STOP.search(text, first_item_end, end)
        stretch_end = end if stop is None else stop.start()
        if text.find(noun, first_item_end, stretch_end) >= 0:
            m = pattern.search(text, max(lo, first_item_end - 10), stretch_end)
            if m is not None:
                return m
        if stop is None:
            return None
        lo = stretch_end + 1
        first_item_end = text.find("、", lo, end)
        if first_item_end < 0 or text.find(noun, first_item_end, end) < 0:
            return None


class _Counted:
    """The named counts found so far: one claim per count, and only where the count agrees."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.checks: list[Check] = []
        self.seen: set[int] = set()

    def add(self, n_start: int, n: int, items: Sequence[str], noun: str, at_least: bool, n_text: str) -> None:
        count = len(items)
        if n_start in self.seen or count < 2:
            return
        if any(_FIGURE_IN_ITEM.search(x) for x in items):
            return  # (C级危房7栋、D级危房2栋: a count of one kind of thing after another's, not of names)
        if not (count <= n if at_least else count == n):
            return  # a list we may have cut wrongly is not claimed as an error
        self.seen.add(n_start)
        rel = ">=" if at_least else "="
        listed = "、".join([x.strip() for x in items])
        self.checks.append(
            Check.over(  # (the count as the report wrote it)
                self.text,
                [(n_start, n_start + len(n_text))],
                kind=CheckKind.NAMED_COUNT,
                claim=f"{n_text}{noun} = {n} {rel} {count} listed ({listed})",
                holds=True,
                computed=Decimal(count),
            )
        )


@family(CheckKind.NAMED_COUNT)
def named_counts(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """A count of named things and the names it counts, wherever the report lists them."""
    text = ctx.text
    found = _Counted(ctx.doc.text)  # (checks quote the report as written)
    for m in lists_before(text, ctx.doc.breaks.of("、")):  # (the 、 are found once per parse)
        n = _count_value(m.group("n"))
        if n is not None:
            found.add(m.start("n"), n, _items(m.group("list")), m.group("noun"), bool(m.group("etc")), m.group("n"))
    for m in _BOOK_LIST.finditer(text):
        n = _count_value(m.group("n"))
        if n is not None:
            books = _BOOK_TITLE.findall(m.group("list"))
            found.add(m.start("n"), n, books, "个文件", True, m.group("n"))
    for m in lists_after(text, ctx.doc.breaks.of(_OPENER_COLONS)):  # (the colons are found once per parse)
        n = _count_value(m.group("n"))
        if n is None:
            continue
        items = _items(m.group("list"))
        if items and _NOUN_RE.search(m.group("noun")):
            last = items[-1]
            tail = _UP_TO_COMMA.match(last)
            items[-1] = tail.group() if tail else last
        found.add(m.start("n"), n, items, m.group("noun"), False, m.group("n"))
    _counts_of_shortened_lists(ctx, found)
    _counts_before_respectively(ctx, inds, found)
    _schools_after_count(ctx, inds, found)
    _heading_counts(ctx, found)
    # ``落实五项管理。…作业、睡眠、手机、读物、体质管理``: the list a little after the count
    for m in _BARE_COUNT_FIRST.finditer(text):
        if m.start("n") in found.seen:
            continue
        n = _count_value(m.group("n"))
        if n is None:
            continue
        noun = m.group("noun")
        window_end = bare_window_end(text, m.end())
        lm = list_after_count(text, noun, m.end(), window_end)
        if lm is not None:
            found.add(m.start("n"), n, _items(lm.group("list")), noun, False, m.group("n"))
    return found.checks


_BARE_REACH = 200  # how far after a bare count its list is looked for (to the end of its line at most)


def bare_window_end(text: str, end: int) -> int:
    """Where the list after a bare count ending at ``end`` must end: ``_BARE_REACH`` characters on, or just
    after the line break before that (the break is looked for no further: a long line is not read to its
    end from each count)."""
    line_end = text.find("\n", end, end + _BARE_REACH)
    return min(len(text), end + _BARE_REACH) if line_end < 0 else line_end + 1


def _counts_of_shortened_lists(ctx: Context, found: _Counted) -> None:
    """``经过对A等七个乡镇的督查``: the list the report named in full before, from A (``A、B、…等x个乡镇``)."""
    text = ctx.text
    for etc in _ETC_BEFORE_COUNT.finditer(text):  # (most 等 end a list without a count: 等方面, 等问题)
        i = etc.start()
        m = _SHORTENED.search(text, max(0, i - _ITEM_CHARS), i + 8)
        if m is None or m.end("first") != i or m.start("n") in found.seen:
            continue
        n = _count_value(m.group("n"))
        first = m.group("first")
        if n is None:
            continue
        for full in _IN_FULL.finditer(text, max(0, m.start() - _IN_FULL_REACH), m.start()):
            items = _items(full.group("list"))
            if full.group("noun") != m.group("noun") or len(items) < 2:
                continue
            tail = min(len(first), len(items[0]))
            same = 0
            while same < tail and first[-1 - same] == items[0][-1 - same]:
                same += 1
            if same >= _SAME_TAIL:
                found.add(m.start("n"), n, items, m.group("noun"), False, m.group("n"))
                break


def _counts_before_respectively(ctx: Context, inds: Sequence[Indicator], found: _Counted) -> None:
    """``共计4个…。分别为A、B、C和D。``: the count is in the sentence before."""
    starts = ctx.figures(inds).starts
    for m in respectively_openings(ctx.text, ctx.respectively()):
        s_prev, _ = ctx.sentence(max(0, m.start() - 1))
        window = inds[bisect.bisect_left(starts, s_prev) : bisect.bisect_left(starts, m.start())]
        counts = [
            i
            for i in window
            if s_prev <= i.start < m.start()
            and isinstance(i.quantity, Count)
            and plain(i)
            and _LISTED_UNIT.fullmatch(i.unit or "")
        ]
        if not counts:
            continue
        c = counts[0]
        n_val = value(c)
        if n_val is not None:
            found.add(c.start, int(n_val), _items(m.group("list")), c.subject or "", False, c.text)


def _schools_after_count(ctx: Context, inds: Sequence[Indicator], found: _Counted) -> None:
    """``新开办小学3所,其中A…、B…`` / ``改扩建5所学校,A、B…``: school names after a count of schools."""
    text = ctx.text
    figs = ctx.figures(inds)
    for k in figs.of(SCHOOL_UNIT):  # (the plain counts in 所: a count's family is its measure word)
        c = inds[k]
        if c.unit != SCHOOL_UNIT or not isinstance(c.quantity, Count):
            continue
        if text[c.end : c.end + 1] not in _NAMES_FOLLOW_FIRSTS:
            continue  # (no names follow: _NAMES_FOLLOW cannot match)
        n_val = value(c)
        if n_val is None or c.start in found.seen:
            continue
        rest_end = min(figs.sentences()[1][k], c.end + 300)  # (to its sentence's end, at most 300 characters)
        # (as many names as the count, and at least two, or no claim: names of _SCHOOL_SHORTEST characters
        # or more, none overlapping, are fewer than the count where the rest is too short to hold that many)
        if not 2 <= int(n_val) <= (rest_end - c.end) // _SCHOOL_SHORTEST:
            continue
        rest = text[c.end : rest_end]
        if not _NAMES_FOLLOW.match(rest):
            continue
        names = [x.group() for x in _SCHOOL.finditer(rest)]
        found.add(c.start, int(n_val), names, c.subject or "", False, c.text)


def _heading_counts(ctx: Context, found: _Counted) -> None:
    """``(二)实施四大工程`` with 一是…四是 points below; ``1.深入推进四大工程`` without points: the
    distinct names ending with the noun in the section."""
    text = ctx.text
    sections = ctx.doc.section_index.every
    for s in sections:
        if not s.points:
            continue  # (read first: the heading is searched only where points stand below it)
        hm = _HEADING_COUNT_FIRST.search(s.heading)
        if hm is None:
            continue
        n = _count_value(hm.group("n"))
        if n is None:
            continue
        points = [p.number for p in s.points]
        found.add(s.heading_start + hm.start("n"), n, points, hm.group("noun"), False, hm.group("n"))
    for s in sections:
        if s.points or s.children:
            continue
        hm = _HEADING_BIG_COUNT_FIRST.search(s.heading)
        if hm is None:
            continue
        n = _count_value(hm.group("n"))
        if n is None:
            continue
        noun = hm.group("noun")
        named: list[str] = []
        for nm in names_ending_with(noun).finditer(text, s.heading_end, s.end):
            name = nm.group("name")
            if name not in named and not _NUMERAL_START.match(name):
                named.append(name)
        found.add(s.heading_start + hm.start("n"), n, named, noun, False, hm.group("n"))


def after_words(words: Sequence[tuple[int, int]], starts: Sequence[int]) -> list[int]:
    """The indexes of the figures (at ``starts``) that follow one of the non-overlapping ``words``
    directly: starting after it ends and at most five characters after it starts (``分别为x``)."""
    return sorted(
        {k for ws, we in words for k in range(bisect.bisect_left(starts, we), bisect.bisect_right(starts, ws + 5))}
    )


@family(CheckKind.NAMED_COUNT)
def respectively(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``A、B、C…分别为x、y、z``: as many figures as names."""
    text = ctx.text
    out: list[Check] = []
    last_names: tuple[int, str] | None = None
    width = len(RESPECTIVELY.pattern)
    words = [(p, p + width) for p in ctx.respectively()]
    k = 0  # (the next figure a list may open at: none inside the list before)
    for at in after_words(words, ctx.figures(inds).starts):
        if at < k:
            continue
        k = at
        first = inds[k]
        s_start, _ = ctx.part(first.start)
        clause_start = ctx.clause_start(s_start, first.start, CLAUSE_ENDS)
        head = text[clause_start : first.start]
        m = _RESPECTIVELY.search(head)
        if m is None:
            k += 1
            continue
        values = [first]
        j = k + 1
        while j < len(inds) and LIST_JOINER.fullmatch(text[values[-1].end : inds[j].start]):
            values.append(inds[j])
            j += 1
        names_text = _LEADING_YEAR.sub("", head[: m.start()])
        names = _items(names_text)
        if not names and last_names and last_names[0] == s_start:
            names_text, names = last_names[1], _items(last_names[1])
        elif names:
            last_names = (s_start, names_text)
        same_unit = all(unit_family(v) == unit_family(first) for v in values)
        if len(values) >= 2 and len(names) == len(values) and same_unit:
            year = ctx.year(first)
            listed = "、".join(v.text for v in values)
            claim = f"{len(names)} named ({names_text}) = {len(values)} figures ({listed}){' ' + year if year else ''}"
            out.append(check(CheckKind.NAMED_COUNT, claim, True, values, Decimal(len(values))))
        k = j
    return out
