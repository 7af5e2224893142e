"""Patterns a search skips along: :func:`skipping` leads a pattern with the characters a match can start with.

The standard engine tries a pattern at every position of the text it searches, unless the pattern
opens with one literal character or every alternative does; a pattern whose alternatives open with
a character class (``[与與]``, from the traditional forms of a word) or a look-behind (``(?<!截止)到``)
is tried in full at each position. Led by a look-ahead on the characters its matches can start with,
it is tried only where one stands: the same matches, found several times faster.

>>> p = skipping(re.compile(r"(?<!截止)到20[0-9]{2}年|[拟擬]"))
>>> p.pattern
'(?=[到拟擬])(?:(?<!截止)到20[0-9]{2}年|[拟擬])'
>>> [m.group() for m in p.finditer("截止到2023年,拟到2025年")]
['拟', '到2025年']

Where the characters a match starts with are rare (brackets, placeholder marks), :func:`char_led` tries a
pattern only where one stands, found by ``str.find`` (:class:`CharLed`). Where the places a match can start are
known another way (after a 、, at each 分别), :func:`matches_at` tries a pattern only there.

``tests/test_patterns.py`` holds every shortcut of both kinds (:data:`SKIPPING`) to the pattern it stands for.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import regex
from attrs import frozen

__all__ = [
    "SKIPPING",
    "CharLed",
    "char_class",
    "char_led",
    "find_all",
    "find_chars",
    "first_chars",
    "first_chars_of",
    "held_chars",
    "known",
    "last_char",
    "lead_words",
    "lookbehind_width",
    "matches_at",
    "max_width",
    "skipping",
    "standard",
    "stretch_stops",
    "word_places",
    "words_by_char",
]

_T = TypeVar("_T")

_parser: Any = None  # the standard engine's own parser (Python 3.11 and later); without it, patterns stay as they are
_c: Any = None
try:
    _parser = importlib.import_module("re._parser")
    _c = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - a Python without them
    _parser = None

_WIDEST_RANGE = 512  # a class with a wider range of characters (\u4e00-\u9fff) is no help: left as it is
_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\x0b": "\\x0b", "\x0c": "\\x0c", " ": "\\x20"}

# Every pattern :func:`skipping` led and every :func:`char_led` shortcut, each with the pattern it stands for (the
# tests hold the two to the same answers).
SKIPPING: list[tuple[re.Pattern[str] | CharLed, re.Pattern[str]]] = []


def _class_chars(items: Iterable[tuple[Any, Any]], spaces: bool = False) -> set[str] | None:
    r"""The characters of a class (``None``: not known); with ``spaces``, its ``\s`` left out."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] <= _WIDEST_RANGE:
            out.update(map(chr, range(av[0], av[1] + 1)))
        elif spaces and op is _c.CATEGORY and av is _c.CATEGORY_SPACE:
            continue
        else:
            return None  # a negated class, a category (\s, \d), a wide range
    return out


def _firsts(items: Iterable[tuple[Any, Any]], spaces: bool = False) -> tuple[set[str] | None, bool]:
    r"""The characters a match of the sequence ``items`` can start with (``None``: any, or not known),
    and whether it can match nothing; with ``spaces``, white space (``\s``) left out of them."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _c.IN:
            chars = _class_chars(av, spaces)
            return (None if chars is None else out | chars), False
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # a look-around or an anchor takes no character
        if op is _c.SUBPATTERN:
            _, added, removed, sub = av
            if added or removed:
                return None, False  # (?i:…): flags of its own
            found, empty = _firsts(sub, spaces)
        elif op is _c.ATOMIC_GROUP:
            found, empty = _firsts(av, spaces)
        elif op is _c.BRANCH:
            found, empty = set(), False
            for alternative in av[1]:
                chars, alt_empty = _firsts(alternative, spaces)
                if chars is None:
                    return None, False
                found |= chars
                empty = empty or alt_empty
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _, sub = av
            found, empty = _firsts(sub, spaces)
            empty = empty or low == 0
        else:
            return None, False  # any character, a back-reference …
        if found is None:
            return None, False
        out |= found
        if not empty:
            return out, False
    return out, True


def first_chars(pattern: re.Pattern[str] | regex.Pattern[str], *, spaces: bool = False) -> frozenset[str] | None:
    r"""The characters every match of ``pattern`` starts with, or ``None`` where that is not known
    (a match may start anywhere, or be empty). With ``spaces``, the white space of a ``\s`` is left out of
    them (for a caller that tests ``str.isspace`` besides).

    >>> sorted(first_chars(re.compile(r"[\s，]+年"), spaces=True)), first_chars(re.compile(r"[\s，]+年"))
    (['，'], None)
    """
    return first_chars_of(pattern.pattern, pattern.flags, spaces=spaces)


def first_chars_of(source: str, flags: int = 0, *, spaces: bool = False) -> frozenset[str] | None:
    """:func:`first_chars` of a pattern not compiled (read only as the standard engine parses it: a pattern
    whose first characters are wanted but which is never run by itself costs no compilation).

    >>> sorted(first_chars_of("(?:首页|主页)>"))
    ['主', '首']
    """
    tree = _parsed(source, flags)
    if tree is None:
        return None
    chars, empty = _firsts(tree, spaces)
    return None if chars is None or empty or not chars else frozenset(chars)


def last_char(pattern: str) -> str | None:
    """The character every match of ``pattern`` ends with, where the pattern ends with one literal character
    (no alternation around it, no repeat of it): ``None`` where it does not, or the standard engine does not read
    it.

    >>> last_char("第[一二三]{1,3}师"), last_char("甲团|乙"), last_char("团+"), last_char("[师团]")
    ('师', None, None, None)
    """
    tree = _parsed(pattern, 0)
    if tree is None or not len(tree) or tree.state.flags & re.IGNORECASE:
        return None
    op, av = tree[-1]
    return chr(av) if op is _c.LITERAL else None


def held_chars(pattern: re.Pattern[str] | regex.Pattern[str], *, spaces: bool = False) -> frozenset[str] | None:
    r"""Every character a match of ``pattern`` can hold (look-arounds read others, which a match does not
    hold), or ``None`` where that is not known (any character, a negated class, a category, a wide range).
    With ``spaces``, the white space of a ``\s`` is left out (for a caller that tests ``str.isspace`` besides).

    >>> sorted(held_chars(re.compile(r"(?:一|二)是[，,]?(?=年)")))
    [',', '一', '二', '是', '，']
    """
    tree = _parsed(pattern.pattern, pattern.flags)
    return None if tree is None else _held(tree, spaces)


def standard(pattern: str) -> re.Pattern[str] | None:
    """A table's pattern compiled by the standard engine (whose parse the shortcuts here read), or None where
    only the third-party engine reads it (``\\p{Han}``, variable-width look-behinds).

    >>> standard("[一二三]、").pattern, standard(r"\\p{Han}+")
    ('[一二三]、', None)
    """
    try:
        return re.compile(pattern)
    except re.error:
        return None


def known(found: _T | None, pattern: str, what: str = "characters") -> _T:
    """What a shortcut reads of a table's pattern (``what``: the characters :func:`first_chars`,
    :func:`first_chars_of` or :func:`held_chars` read, the ``width`` :func:`max_width` reads, the
    ``lead words`` :func:`lead_words` reads), which the pattern must let it read: a pattern that does not is
    refused where it is compiled, at import, not met later as a shortcut that silently falls back on a scan.

    >>> sorted(known(first_chars_of("(?:首页|主页)>"), "(?:首页|主页)>"))
    ['主', '首']
    >>> known(first_chars_of(".+"), ".+")
    Traceback (most recent call last):
    ...
    ValueError: no characters known for '.+'
    >>> known(max_width(re.compile("分别(?:为|是)")), "分别(?:为|是)", "width")
    3
    >>> known(max_width(re.compile("分别.+")), "分别.+", "width")
    Traceback (most recent call last):
    ...
    ValueError: no width known for '分别.+'
    >>> known(lead_words("(?:分别|依次)(?:为|是)"), "(?:分别|依次)(?:为|是)", "lead words")
    ('分别', '依次')
    >>> known(lead_words("[分依]别为"), "[分依]别为", "lead words")
    Traceback (most recent call last):
    ...
    ValueError: no lead words known for '[分依]别为'
    """
    if found is None:
        raise ValueError(f"no {what} known for {pattern!r}")
    return found


def _parsed(source: str, flags: int) -> Any:
    """The standard engine's parse of a pattern (``None``: no parser, a case-blind pattern, or a pattern it
    does not read)."""
    if _parser is None or flags & re.IGNORECASE:
        return None
    try:
        return _parser.parse(source, flags)
    except Exception:  # (a pattern the standard engine does not read)
        return None


def _held(items: Iterable[tuple[Any, Any]], spaces: bool) -> frozenset[str] | None:
    """:func:`held_chars` of the sequence ``items``."""
    out: set[str] = set()
    for op, av in items:
        found: Iterable[str] | None
        if op is _c.LITERAL:
            found = chr(av)
        elif op is _c.IN:
            found = _class_chars(av, spaces)
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue
        elif op is _c.SUBPATTERN:
            found = None if av[1] or av[2] else _held(av[3], spaces)  # ((?i:…): flags of its own)
        elif op is _c.ATOMIC_GROUP:
            found = _held(av, spaces)
        elif op is _c.BRANCH:
            alternatives = [_held(alternative, spaces) for alternative in av[1]]
            found = None if None in alternatives else {c for a in alternatives if a is not None for c in a}
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            found = _held(av[2], spaces)
        else:
            found = None  # any character, a negated one, a back-reference …
        if found is None:
            return None
        out.update(found)
    return frozenset(out)


def stretch_stops(pattern: re.Pattern[str] | regex.Pattern[str]) -> frozenset[str]:
    r"""Characters that cut a text into stretches ``pattern`` can be run on one at a time: no match holds one,
    and the pattern reads nothing outside its match (no look-around, no anchor). Its matches in a text are then
    those of the stretches between them, each searched alone. They are the characters every negated class of
    the pattern names (``[^，。]``; its ``\s`` and other categories left aside), less those another part of it
    can hold; none (an empty set) where a part holds what is not known (a wildcard, a category, a wide range),
    where it has no negated class, or where it reads around its match.

    >>> sorted(stretch_stops(re.compile(r"[^，,。、\s]{2,8}?(?:难|、)问题")))
    [',', '。', '，']
    >>> stretch_stops(re.compile(r"(?<=，)[^，。]+")), stretch_stops(re.compile(r".+。"))
    (frozenset(), frozenset())
    """
    tree = _parsed(pattern.pattern, pattern.flags)
    if tree is None:
        return frozenset()
    held: set[str] = set()
    named: list[set[str]] = []  # per negated class, the characters it names
    if not _stops_walk(tree, held, named) or not named:
        return frozenset()
    return frozenset(set.intersection(*named) - held)


def _stops_walk(items: Iterable[tuple[Any, Any]], held: set[str], named: list[set[str]]) -> bool:
    """:func:`stretch_stops` of the sequence ``items``: what its parts hold into ``held``, what each negated
    class names into ``named``; False where a part holds what is not known or reads around the match."""
    for op, av in items:
        if op is _c.LITERAL:
            held.add(chr(av))
        elif op is _c.NOT_LITERAL:
            named.append({chr(av)})
        elif op is _c.IN:
            if av and av[0][0] is _c.NEGATE:
                named.append({chr(v) for o, v in av[1:] if o is _c.LITERAL})
            else:
                chars = _class_chars(av)
                if chars is None:
                    return False
                held.update(chars)
        elif op is _c.SUBPATTERN:
            if av[1] or av[2] or not _stops_walk(av[3], held, named):  # ((?i:…): flags of its own)
                return False
        elif op is _c.ATOMIC_GROUP:
            if not _stops_walk(av, held, named):
                return False
        elif op is _c.BRANCH:
            if not all(_stops_walk(alternative, held, named) for alternative in av[1]):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            if not _stops_walk(av[2], held, named):
                return False
        elif op is not _c.GROUPREF:  # (a back-reference holds what its group held)
            return False  # a look-around, an anchor, any character …
    return True


def _literal_run(items: list[tuple[Any, Any]]) -> str:
    """The literal characters a sequence opens with, as one word ("" if it opens otherwise)."""
    run: list[str] = []
    for op, av in items:
        if op is not _c.LITERAL:
            break
        run.append(chr(av))
    return "".join(run)


def lead_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """The words every match of ``pattern`` opens with, where it opens with a word or with alternatives that
    each open with one (``(?:存在|还有)…``: ``("存在", "还有")``); None otherwise. Each match starts where one
    of them stands, so a text can be searched for the words and the pattern tried only there.

    >>> lead_words("(?:存在|还有|仍有)着?问题"), lead_words("补(?:齐|足)"), lead_words("[补增]")
    (('存在', '还有', '仍有'), ('补',), None)
    """
    if _parser is None or flags & re.IGNORECASE:
        return None
    try:
        items = list(_parser.parse(pattern, flags))
    except Exception:  # (a pattern only the third-party engine reads)
        return None
    if not items:
        return None
    op, av = items[0]
    if op is _c.BRANCH:
        words = tuple(_literal_run(list(alternative)) for alternative in av[1])
    else:
        words = (_literal_run(items),)
    return None if not all(words) else words


def char_class(chars: Iterable[str], *, spaces: bool = False, negated: bool = False) -> str:
    r"""A class of ``chars`` for either engine (each escaped; white space by name, as verbose mode would skip it);
    with ``spaces``, white space (``\s``) too; ``negated``: every other character.

    >>> char_class("》《》"), re.fullmatch(char_class(" "), " ") is not None, char_class("，。", negated=True)
    ('[《》]', True, '[^。，]')
    >>> char_class("，,", spaces=True), char_class("。", spaces=True, negated=True)
    ('[,，\\s]', '[^。\\s]')
    >>> [c for c in "是 二一\t" if re.fullmatch(char_class("是一", negated=True, spaces=True), c)]
    ['二']
    """
    escaped = "".join(_ESCAPES.get(c) or re.escape(c) for c in sorted(set(chars)))
    return ("[^" if negated else "[") + escaped + (r"\s" if spaces else "") + "]"


def lookbehind_width(pattern: re.Pattern[str]) -> int | None:
    """How far before a match's start ``pattern``'s look-behinds read (the longest of them; 0 where it has
    none), or ``None`` where that is not known (a pattern the standard engine's parser does not read).

    >>> lookbehind_width(re.compile("(?<![0-9])年|(?<=到)底")), lookbehind_width(re.compile("年"))
    (1, 0)
    """
    if _parser is None:  # pragma: no cover - a Python without the parser
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # (a pattern the parser reads otherwise than the compiler did)
        return None
    reach = 0

    def walk(items: Any) -> None:
        nonlocal reach
        for op, av in items:
            if op in (_c.ASSERT, _c.ASSERT_NOT) and av[0] < 0:
                reach = max(reach, av[1].getwidth()[1])
            for sub in av if isinstance(av, (tuple, list)) else ():
                for x in sub if isinstance(sub, (tuple, list)) else (sub,):
                    if isinstance(x, _parser.SubPattern):
                        walk(x)

    walk(tree)
    return reach


def max_width(pattern: re.Pattern[str]) -> int | None:
    """The most characters a match of ``pattern`` can take, or ``None`` where that is not known (a
    repeat without a bound)."""
    if _parser is None:  # pragma: no cover - a Python without the parser
        return None
    try:
        _, high = _parser.parse(pattern.pattern, pattern.flags).getwidth()
    except Exception:  # (a pattern the parser reads otherwise than the compiler did)
        return None
    return None if high >= _c.MAXREPEAT else int(high)


def skipping(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` led by a look-ahead on :func:`first_chars` (the same matches, found without trying
    it where no match can start), or ``pattern`` itself where they are not known."""
    chars = first_chars(pattern)
    if chars is None:
        return pattern
    cls = "".join(_ESCAPES.get(c) or re.escape(c) for c in sorted(chars))
    close = "\n)" if pattern.flags & re.VERBOSE else ")"  # (a verbose pattern may end with a comment)
    try:
        led = re.compile(f"(?=[{cls}])(?:{pattern.pattern}{close}", pattern.flags)
    except re.error:  # pragma: no cover - (inline flags at its start, which cannot follow the look-ahead)
        return pattern
    SKIPPING.append((led, pattern))
    return led


def matches_at(
    pattern: re.Pattern[str] | regex.Pattern[str], text: str, starts: Iterable[int], end: int | None = None
) -> Iterator[Any]:
    """The matches of ``pattern`` in ``text`` as ``finditer`` gives them, tried only at ``starts``:
    where every match starts at one of them (and none is empty), the same matches. With ``end``, the text
    ends there for the pattern (as ``finditer(text, pos, end)`` reads it; ``starts`` lie before it).

    >>> [m.group() for m in matches_at(re.compile("[0-9]+年"), "2019年至2023年", [0, 1, 6])]
    ['2019年', '2023年']
    >>> [m.group() for m in matches_at(re.compile("[0-9]+年$"), "2019年至2023年", [0, 6], end=5)]
    ['2019年']
    """
    reach = 0  # the matches of a scan do not overlap: the next starts at or after the last one's end
    match, last = pattern.match, len(text) if end is None else end
    for p in sorted(set(starts)):
        if p >= reach and (m := match(text, p, last)) is not None:
            reach = m.end()
            yield m


def find_all(text: str, s: str) -> list[int]:
    """Where ``s`` stands in ``text``, left to right, none overlapping.

    >>> find_all("甲乙甲乙甲", "甲乙")
    [0, 2]
    """
    out: list[int] = []
    i = text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + len(s))
    return out


def words_by_char(words: Iterable[str], at: int) -> dict[str, tuple[str, ...]]:
    """``words`` (none empty) by their character at ``at`` (0: the first, -1: the last), each group in the words'
    order: a reader that tests words where they would start or end at a place tries only those of the character
    that stands there.

    >>> words_by_char(["年来", "以来", "累计"], -1)
    {'来': ('年来', '以来'), '计': ('累计',)}
    """
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[at], []).append(w)
    return {c: tuple(group) for c, group in out.items()}


def word_places(
    text: str, words: Iterable[str], end: int | None = None, by_end: dict[str, tuple[str, ...]] | None = None
) -> dict[str, list[int]]:
    """Where each of ``words`` (none empty) starts in ``text``, ending by ``end`` where one is given: in order,
    overlapping places too (化解决 holds 化解 and 解决). Found by one ``str.find`` scan per last character the
    words end with (年来 and 以来 in one), each word then tested where it would end there: a scan for one
    character reads a text two to five times faster than one for a word of two, or a pattern of the words
    (tests/audit/test_figures.py and tests/findings hold the places to a search for each word).

    >>> word_places("近三年来累计以来", ["年来", "以来", "累计"])
    {'年来': [2], '以来': [6], '累计': [4]}
    >>> word_places("近三年来累计以来", ["年来", "以来"], end=7)
    {'年来': [2], '以来': []}

    ``by_end``: the words by their last character (``words_by_char(dict.fromkeys(words), -1)``), grouped once by a
    caller that reads the same words in every text.
    """
    found: dict[str, list[int]] = {w: [] for w in words}  # (each word once, in order)
    if by_end is None:
        by_end = words_by_char(found, -1)
    last = len(text) if end is None else end  # (a word's last character stands before this)
    find, starts_with = text.find, text.startswith
    for c, ending in by_end.items():
        q = find(c, 0, last)
        if q < 0:
            continue
        if len(ending) == 1:  # (one word ends with the character: its places in one list)
            w = ending[0]
            back, places = len(w) - 1, found[w]
            while q >= 0:
                if q >= back and starts_with(w, q - back):
                    places.append(q - back)
                q = find(c, q + 1, last)
            continue
        while q >= 0:
            for w in ending:
                p = q + 1 - len(w)
                if p >= 0 and starts_with(w, p):
                    found[w].append(p)
            q = find(c, q + 1, last)
    return found


def find_chars(text: str, chars: Iterable[str]) -> list[int]:
    """Where any of ``chars`` stands in ``text``, grouped by character (not in order): a ``str.find`` per
    character reads a text many times faster than a pattern led by a class of them, which the engine tests
    at every character — the places to try a pattern whose matches start with one of a few rare characters
    (:func:`matches_at` puts them in order).

    >>> find_chars("(甲)（乙）(丙)", "(（")
    [0, 6, 3]
    """
    return [i for c in chars for i in find_all(text, c)]


@frozen
class CharLed:
    """A pattern whose matches all start with one of ``chars`` and are never empty, tried only where one of
    them stands (:func:`find_chars`): its ``finditer`` finds what the pattern's does. Made by :func:`char_led`."""

    pattern: re.Pattern[str]
    chars: str

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What ``self.pattern.finditer(text)`` finds."""
        return matches_at(self.pattern, text, find_chars(text, self.chars))


def char_led(pattern: re.Pattern[str]) -> CharLed:
    """``pattern`` tried only where one of its :func:`first_chars` stands; a ``ValueError`` where they are not
    known.

    >>> led = char_led(re.compile("[(（](?:所|人)[)）]"))
    >>> led.chars, [m.group() for m in led.finditer("学校(所)，教师（人）")]
    ('(（', ['(所)', '（人）'])
    """
    chars = first_chars(pattern)
    if chars is None:
        raise ValueError(f"a pattern whose matches may start anywhere: {pattern.pattern}")
    led = CharLed(pattern, "".join(sorted(chars)))
    SKIPPING.append((led, pattern))
    return led
