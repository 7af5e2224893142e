"""The title of a report: which line of a scraped page holds it, and how a reader reads it.

A line is cut into segments at spaces, crumb separators (``>``, ``»``, ``/``) and noise; the labels a site
glues to a piece (``范文``, ``【精编】``) and a collection page's tail (``三篇``) come off its ends; each
piece is scored by its ending (``自查报告``, ``整改报告``) and the genre's core words. Navigation lines
and a page's information line (``来源:`` with a date) are passed over; the headline above that line,
the line above a subtitle, a fuller copy of the title further down and a title run into the first
sentence are found here too (the order is in :mod:`dutyreport.metadata`). A title is read without
its pinyin rubies, its letter spacing (``自 查 报 告``), a PDF's gaps (``xx 县``, ``局长 2024 年度…``), a list's
or a site's number before it (``1、``) and the line break of a title a PDF wrapped over two lines.
"""

from __future__ import annotations

import re

import regex

from ..lang.dates import YEAR, YEAR_MARK
from ..lang.metadata import (
    BANNER_ENDS,
    COLLECTION_TAILS,
    GENRE_WORDS,
    NAV_SEPARATORS,
    PAGE_INFO_LABELS,
    PINYIN_RUBY,
    PLACEHOLDER_NAMES,
    SENTENCE_TAILS,
    SITE_LABELS,
    SUBTITLE_MARKS,
    TITLE_CORE,
    TITLE_ENDINGS,
    TITLE_HEAD_ENDS,
    TITLE_HEAD_TAGS,
    TITLE_OPENERS,
)
from ..lang.punctuation import (
    CLOSE_BRACKET_CLASS,
    CLOSE_BRACKETS,
    COLONS,
    LABEL_CLOSE_BRACKETS,
    LABEL_OPEN_BRACKETS,
    OPEN_BRACKET_CLASS,
    OPEN_BRACKETS,
    PERIODS,
)
from ..lang.script import alternation
from ..patterns import char_class, find_all, words_by_char
from ..spans import SpanSet
from ._common import _MARK_CLASS, _SUFFIX, _WS
from .region import _title_region

# -- the title's own settings -----------------------------------------------------------------

_NAV_CRUMB_MAX = 10  # a crumb longer than this may be the title itself
_HEADLINE_MIN_HAN = 6  # a page's headline above its information line has at least these many characters
_FULLER_TITLE_LINES = 12  # how far below a title a fuller copy of it is looked for
_FULLER_TITLE_LINE_MAX = 120  # a longer line is a paragraph, never a copy of the title
_GLUED_TITLE_MAX = 40  # the longest title run into its report's first sentence
_TITLE_MAX = 60  # the longest title


# -- compiled ---------------------------------------------------------------------------------

_CJK = r"\p{Han}"
_CJK_CHAR = regex.compile(_CJK)
_MARKS_ONLY_RE = regex.compile(rf"{_MARK_CLASS}{{1,4}}")
_ENDING_RE = regex.compile(f"(?:{alternation(TITLE_ENDINGS, either_script=False)})$")
_ENDING_WEIGHT = {e.word: e.value for e in TITLE_ENDINGS}
_LABELS = tuple(sorted((w.word for w in SITE_LABELS), key=len, reverse=True))
_HEAD_LABELS = tuple(w for w in _LABELS if w[0] in LABEL_OPEN_BRACKETS)

# (only the labels that end, or start, with a piece's last, or first, character are tried on it)
_LABELS_BY_LAST = words_by_char(_LABELS, -1)
_HEAD_LABELS_BY_FIRST = words_by_char(_HEAD_LABELS, 0)
_TAIL_RE = regex.compile("(?:" + "|".join(e.pattern for e in COLLECTION_TAILS) + ")$")
_TAIL_HOLDS = tuple(dict.fromkeys(w for e in COLLECTION_TAILS for w in e.holds))  # (one of them in every tail)
if not all(e.holds for e in COLLECTION_TAILS):  # pragma: no cover - (a tail the gate below would never find)
    raise ValueError("every collection tail names the words its matches hold")
_HEAD_RE = regex.compile("(?:" + "|".join(e.pattern for e in TITLE_HEAD_TAGS) + ")")
# A piece a site wraps whole in a label's brackets (【某县自查报告】): read inside them.
_WRAPS = dict(zip(LABEL_OPEN_BRACKETS, LABEL_CLOSE_BRACKETS, strict=True))
_GENRE = frozenset(w.word for w in GENRE_WORDS)
_SEPS = frozenset(w.word for w in NAV_SEPARATORS)
_SLASHES = frozenset("/／")
_SEP_RE = re.compile(f"[{re.escape(''.join(sorted(_SEPS)))}]")
_BREAK_RE = re.compile(f"[{re.escape(_WS + ''.join(sorted(_SEPS)))}]")  # a space or a separator: where a segment ends
_TITLE_HEAD_RE = regex.compile(rf"(?:{alternation(TITLE_HEAD_ENDS, either_script=False)}|{_SUFFIX})$")
_SUBTITLE = tuple(e.word for e in SUBTITLE_MARKS)
_INFO_RE = regex.compile(
    rf"(?:{alternation(PAGE_INFO_LABELS, either_script=False)})[ \t\u3000]*[:：]"
    rf"|(?<![0-9])(?:{YEAR})[-/.][0-9]{{1,2}}[-/.][0-9]{{1,2}}(?![0-9])"
    rf"|(?<![0-9])(?:{YEAR})年[0-9]{{1,2}}月[0-9]{{1,2}}日[ \t\u3000]*+[0-9]{{1,2}}:[0-9]{{2}}"  # (a date and a clock)
)
_RUBY_RE = regex.compile(PINYIN_RUBY.pattern)
_RUBY_OPENERS = OPEN_BRACKETS  # what every match of _RUBY_RE starts with (the tests hold _without_rubies to its sub)
# A letter-spaced run of characters (自 查 报 告), and the space before it: a reader reads 自查报告.
_SPACED_RUN_RE = regex.compile(r"[ \u3000\xa0]*(?<!\p{Han})\p{Han}(?!\p{Han})(?:[ \u3000\xa0]+\p{Han}(?!\p{Han})){2,}")
_SPACE_RE = regex.compile(r"[ \u3000\xa0]+")
# A line that ends as a site's or a body's name (某县人民政府门户网站, 某县教育局); one that opens with a title's
# opening word (关于某县人民政府) is a title's first line all the same.
_BANNER_END_RE = regex.compile(f"(?:{alternation(BANNER_ENDS, either_script=False)})$")
_BANNER_END_REACH = max(len(e.word) for e in BANNER_ENDS)
_TITLE_OPENER_RE = regex.compile(alternation(TITLE_OPENERS, either_script=False))
# How a title opens (关于…, a year, a masked or any place's name): a line opening so is no second line of a title.
_OPENS_TITLE_RE = regex.compile(
    rf"(?:{alternation(TITLE_OPENERS, either_script=False)})|[0-9０-９]|{_MARK_CLASS}"
    rf"|(?:{alternation(PLACEHOLDER_NAMES, either_script=False)})"
)
_LINE_BREAK_RE = regex.compile(r"[ \t\u3000\xa0\r]*\n[ \t\u3000\xa0\r]*")  # a wrapped title's line break
_FIGURE_RE = regex.compile(r"[0-9０-９]{1,8}+")  # a figure of a title (its year) a PDF may set apart by spaces
# A space a PDF puts between a Latin letter or digit and a character (xx 县, 2022 年).
_PDF_GAP_RE = regex.compile(
    r"(?<=[0-9A-Za-z])[ \u3000\xa0\r\n]+(?=\p{Han})|(?<=\p{Han})[ \u3000\xa0\r\n]+(?=[0-9A-Za-z])"
)
# A PDF's line of its own for a title's year (``党政领导干部\n2022\n年度履行…报告``), and the longest piece of the
# title it leaves on the line above that year.
_YEAR_LINE_RE = regex.compile(rf"[ \t\u3000]*+(?:{YEAR})[ \t\u3000]*+")
_HEAD_PIECE_RE = regex.compile(r"[ \t\u3000]*+\p{Han}{2,16}+[ \t\u3000]*+")
_GLUED_RE = regex.compile(
    rf"[^\s，,。：:；;！？!?、（）()《》“”\"]{{2,{_GLUED_TITLE_MAX}}}?"
    rf"(?:{alternation(GENRE_WORDS, either_script=False)})"
)
# A short remark in brackets after a title's ending (…自查报告(区县)): the ending is read before it.
_REMARK_RE = regex.compile(
    rf"{OPEN_BRACKET_CLASS}{char_class(OPEN_BRACKETS + CLOSE_BRACKETS, negated=True)}{{1,8}}{CLOSE_BRACKET_CLASS}$"
)
_SENTENCE_TAILS = tuple(e.word for e in SENTENCE_TAILS)


# -- title ------------------------------------------------------------------------------------


def _strip_labels(text: str, s: int, e: int) -> tuple[int, int]:
    """A piece without the labels a site glues to its ends (范文, 【精编】) and a collection's tail (三篇)."""
    changed = True
    while changed and e > s:
        changed = False
        while e > s and text[e - 1] in _WS:
            e -= 1
        for lab in _LABELS_BY_LAST.get(text[e - 1], ()) if e > s else ():
            if e - s > len(lab) and text.endswith(lab, s, e):
                e -= len(lab)
                changed = True
                break
        held = any(text.find(w, s, e) >= 0 for w in _TAIL_HOLDS)  # (most pieces hold none: no search)
        tail = _TAIL_RE.search(text, s, e) if held else None
        if tail is not None and tail.start() > s:
            e = tail.start()
            changed = True
        while s < e and text[s] in _WS:
            s += 1
        for lab in _HEAD_LABELS_BY_FIRST.get(text[s], ()) if e > s else ():
            if e - s > len(lab) and text.startswith(lab, s, e):
                s += len(lab)
                changed = True
                break
        if e - s > 2 and (head := _HEAD_RE.match(text, s, e)) is not None and head.end() < e:
            s = head.end()
            changed = True
        if e - s > 2 and _WRAPS.get(text[s]) == text[e - 1] and text.find(text[e - 1], s + 1, e - 1) < 0:
            s, e = s + 1, e - 1
            changed = True
    return s, e


def _readable(own: str) -> str:
    """A title as a reader reads it: no pinyin after its characters, no letter spacing, no PDF gaps."""
    if any(b in own for b in _RUBY_OPENERS):
        own = str(_RUBY_RE.sub("", own))
    if " " in own or "\u3000" in own or "\xa0" in own or "\n" in own:
        own = str(_SPACED_RUN_RE.sub(_unspaced, own))
        own = str(_PDF_GAP_RE.sub("", own))
        if "\n" in own:
            own = str(_LINE_BREAK_RE.sub("", own))
    return own.strip(_WS)


def _without_rubies(text: str) -> str:
    """``_RUBY_RE.sub("", text)``, the pattern tried only at the brackets a pinyin ruby opens with (a body
    has few of them; the engine's own search would try it at every character)."""
    at = sorted(i for b in _RUBY_OPENERS for i in find_all(text, b))
    parts: list[str] = []
    last = 0
    for i in at:
        if i < last:
            continue  # inside a ruby already taken
        m = _RUBY_RE.match(text, i)
        if m is not None:
            parts.append(text[last:i])
            last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _unspaced(m: regex.Match[str]) -> str:
    return str(_SPACE_RE.sub("", m.group()))


def _clean(text: str, s: int, e: int, mask: SpanSet) -> str:
    return _readable(mask.outside(text, s, e))


def _title_score(seg: str) -> int:
    if not seg or len(seg) > _TITLE_MAX or any(p in seg for p in PERIODS) or seg[-1] in COLONS:
        return 0
    score = 0
    remark = _REMARK_RE.search(seg)
    m = _ENDING_RE.search(seg, 0, remark.start() if remark is not None and remark.start() > 0 else len(seg))
    if m is not None:
        score += _ENDING_WEIGHT[m.group()]
    if TITLE_CORE.word in seg:
        score += TITLE_CORE.value
    return score


def _is_separator(text: str, i: int) -> bool:
    """A crumb separator at i; a slash between digits (``2023/05``, ``2020/2021``) is not one."""
    c = text[i]
    if c not in _SEPS:
        return False
    between_digits = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    return not (c in _SLASHES and between_digits)


def _segments(text: str, lo: int, hi: int, mask: SpanSet) -> list[tuple[int, int]]:
    """Runs of own (non-noise, non-space) characters of a line, split at spaces, crumb separators and noise.

    The stretches between noise are cut where a space or a separator stands (:data:`_BREAK_RE` finds
    them; a slash between digits is none): no test of every character against the noise."""
    segs: list[tuple[int, int]] = []
    for a, b in mask.stretches(lo, hi):
        i = a
        for m in _BREAK_RE.finditer(text, a, b):
            k = m.start()
            if text[k] in _SLASHES and not _is_separator(text, k):
                continue  # 2023/05: inside the run
            if k > i:
                segs.append((i, k))
            i = k + 1
        if b > i:
            segs.append((i, b))
    return segs


def _is_navigation(text: str, lo: int, hi: int, mask: SpanSet) -> bool:
    """A line of crumbs: parted by at least one separator, every crumb short (``范文大全 > 自查报告``)."""
    if _SEP_RE.search(text, lo, hi) is None:
        return False  # most lines: no separator at all
    crumbs: list[int] = [0]
    seps = 0
    for i in range(lo, hi):
        if mask.hit(i) or text[i] in _WS:
            continue
        if _is_separator(text, i):
            seps += 1
            crumbs.append(0)
        else:
            crumbs[-1] += 1
    return seps > 0 and all(n <= _NAV_CRUMB_MAX for n in crumbs)


def _is_page_info(text: str, lo: int, hi: int) -> bool:
    """A page's information line (``时间: 2022-05-27 来源: …``, ``上传人: … 页数:3``), noise or not."""
    return _INFO_RE.search(text, lo, hi) is not None


def _is_genre_word(title: str) -> bool:
    return title in _GENRE


def _lines(text: str, limit: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    while pos < limit:
        nl = text.find("\n", pos, limit)
        le = limit if nl < 0 else nl
        out.append((pos, le))
        pos = le + 1
    return out


def _own_span(text: str, lo: int, hi: int, mask: SpanSet) -> tuple[int, int] | None:
    """A line without the white space and noise at its ends, and without a site's labels."""
    while lo < hi and (text[lo] in _WS or mask.hit(lo)):
        lo += 1
    while hi > lo and (text[hi - 1] in _WS or mask.hit(hi - 1)):
        hi -= 1
    if lo >= hi:
        return None
    return _strip_labels(text, lo, hi)


def _plausible_line(text: str, span: tuple[int, int] | None, mask: SpanSet) -> bool:
    """A line that can be a headline: characters enough, no sentence end, no colon at its end."""
    if span is None:
        return False
    own = _clean(text, span[0], span[1], mask)
    han = sum(1 for c in own if _CJK_CHAR.match(c) is not None)
    return han >= _HEADLINE_MIN_HAN and len(own) <= 60 and not any(p in own for p in PERIODS) and own[-1] not in COLONS


def _find_title(text: str, limit: int, mask: SpanSet) -> tuple[int, int] | None:
    """Where the title stands (:func:`_title_line`), with the head a PDF put on lines of their own above it
    (:func:`_split_head`)."""
    span = _title_line(text, limit, mask)
    return _split_head(text, span, mask) if span is not None else None


def _split_head(text: str, span: tuple[int, int], mask: SpanSet) -> tuple[int, int]:
    """A title a PDF broke at its year (``党政领导干部\n2022\n年度履行…报告``): where the title opens its line with
    年 and the line above holds only a year, that line and the piece of the title on the line above it (a few
    characters, no noise) are the title's head."""
    s, e = span
    if not text.startswith(YEAR_MARK, s) or s == 0 or text[s - 1] != "\n":
        return span
    year_end = s - 1
    year_start = text.rfind("\n", 0, year_end) + 1
    if _YEAR_LINE_RE.fullmatch(text, year_start, year_end) is None or mask.overlaps(year_start, year_end):
        return span
    start = year_start
    if year_start > 0:
        piece_start = text.rfind("\n", 0, year_start - 1) + 1
        if _HEAD_PIECE_RE.fullmatch(text, piece_start, year_start - 1) and not mask.overlaps(piece_start, year_start):
            start = piece_start
    while text[start] in _WS:
        start += 1
    return start, e


def _title_line(text: str, limit: int, mask: SpanSet) -> tuple[int, int] | None:
    """Where the title stands: the first title-like line before the first section, passing over
    navigation and page information lines; the headline above a page's information line; the title
    line above a subtitle (``——…的汇报``); a fuller copy of the title below it; a bare genre word
    (``自查报告``) only when no longer candidate follows; last, a title run into the first sentence."""
    lines = _lines(text, limit)
    fallback: tuple[int, int] | None = None
    filled: list[int] = []  # (_next_filled, made where a line first needs it)
    for k, (lo, hi) in enumerate(lines):
        if _is_navigation(text, lo, hi, mask):
            continue
        found = _title_in_line(text, lo, hi, mask)
        if found is None:
            if (
                not _is_page_info(text, lo, hi)
                and _info_follows(text, lines, k, filled or _next_filled(text, lines, filled))
                and _plausible_line(text, span := _own_span(text, lo, hi, mask), mask)
            ):
                return span
            continue
        own = _own_span(text, lo, hi, mask)
        if own is not None and text.startswith(_SUBTITLE, own[0]):
            above = _line_above(text, lines, k, mask)
            if above is not None:
                return above
        if _is_genre_word(_clean(text, found[0], found[1], mask)):
            fallback = fallback or found
            continue
        span = _fuller_title(text, lines, k, found, mask)
        return _wrapped_title(text, lines, k, span, mask) if span == found else span
    return fallback or _glued_title(text, lines, mask)


def _wrapped_title(
    text: str, lines: list[tuple[int, int]], k: int, found: tuple[int, int], mask: SpanSet
) -> tuple[int, int]:
    """A title a PDF wrapped over two lines (``关于某县…履行教育\n职责情况的自查报告``): where the title found opens its
    line and opens no title itself (no opening word of :data:`TITLE_OPENERS`, no year, no place name or masked one),
    the line right above it, a plausible headline of no title ending, no noise, no crumbs and no page information, is
    its first line, unless it ends as a site's or a body's name (:data:`BANNER_ENDS`: a banner or an issuer above
    the title) and opens no title; the title spans both, the line break between them included."""
    if k == 0:
        return found
    lo, hi = lines[k]
    start = lo
    while start < hi and text[start] in _WS:
        start += 1
    if found[0] != start or _OPENS_TITLE_RE.match(text, start, found[1]) is not None:
        return found
    if _title_region(_clean(text, found[0], found[1], mask)) is not None:
        return found  # (a place name in a title's context: a title of its own)
    plo, phi = lines[k - 1]
    if (
        mask.overlaps(plo, phi)
        or _is_navigation(text, plo, phi, mask)
        or _is_page_info(text, plo, phi)
        or _title_in_line(text, plo, phi, mask) is not None
    ):
        return found
    above = _own_span(text, plo, phi, mask)
    if above is None or not _plausible_line(text, above, mask) or _CJK_CHAR.match(text[above[1] - 1]) is None:
        return found
    if _BANNER_END_RE.search(text, max(above[0], above[1] - _BANNER_END_REACH), above[1]) and not (
        _TITLE_OPENER_RE.match(text, above[0], above[1])
    ):
        return found  # (a site's banner or a body's name above a title: no first line of it)
    if len(_clean(text, above[0], found[1], mask)) > _TITLE_MAX:
        return found
    return above[0], found[1]


def _info_follows(text: str, lines: list[tuple[int, int]], k: int, filled: list[int]) -> bool:
    """Whether the first line after line ``k`` that holds more than white space is a page's information
    line (``filled``: :func:`_next_filled` of the lines)."""
    j = filled[k]
    return j < len(lines) and _is_page_info(text, *lines[j])


def _next_filled(text: str, lines: list[tuple[int, int]], out: list[int]) -> list[int]:
    """For each line, the index of the first line after it that holds more than white space (``len(lines)``
    where none does), in one pass from the end: each line is read once, not once for every blank line
    above it. Written into ``out``, which is returned."""
    out[:] = [len(lines)] * len(lines)
    following = len(lines)
    for k in range(len(lines) - 1, -1, -1):
        out[k] = following
        lo, hi = lines[k]
        if text[lo:hi].strip(_WS):
            following = k
    return out


def _line_above(text: str, lines: list[tuple[int, int]], k: int, mask: SpanSet) -> tuple[int, int] | None:
    for lo, hi in reversed(lines[:k]):
        span = _own_span(text, lo, hi, mask)
        if span is None:
            continue
        if _plausible_line(text, span, mask) and not _is_navigation(text, lo, hi, mask):
            return span
        return None
    return None


def _fuller_title(
    text: str, lines: list[tuple[int, int]], k: int, found: tuple[int, int], mask: SpanSet
) -> tuple[int, int]:
    """A site's short page title (``政府履行…自评报告``) gives way to the report's own fuller one below it
    (``xx县人民政府履行…自评报告``)."""
    short = _clean(text, found[0], found[1], mask)
    for lo, hi in lines[k + 1 : k + 1 + _FULLER_TITLE_LINES]:
        if hi - lo > _FULLER_TITLE_LINE_MAX or text.find(short[-2:], lo, hi) < 0:
            continue  # (most lines: a paragraph, or not even the title's last word)
        other = _title_in_line(text, lo, hi, mask)
        if other is None:
            continue
        longer = _clean(text, other[0], other[1], mask)
        if len(longer) > len(short) and longer.endswith(short):
            return other
    return found


def _glued_title(text: str, lines: list[tuple[int, int]], mask: SpanSet) -> tuple[int, int] | None:
    """A title run straight into the report's first sentence (``…督导自评报告xx街道是…``)."""
    for lo, hi in lines:
        span = _own_span(text, lo, hi, mask)
        if span is None or _is_navigation(text, lo, hi, mask) or _is_page_info(text, lo, hi):
            continue
        m = _GLUED_RE.match(text, span[0], hi)
        if m is None or text.startswith(_SENTENCE_TAILS, m.end()) or mask.hit(m.end() - 1):
            return None
        if _title_score(_clean(text, m.start(), m.end(), mask)) < 2:
            return None
        return m.start(), m.end()
    return None


def _title_in_line(text: str, lo: int, hi: int, mask: SpanSet) -> tuple[int, int] | None:
    segs = _segments(text, lo, hi, mask)
    if not segs:
        return None

    def parted(a: int, b: int) -> bool:  # by white space or a separator of the page's own (noise aside)
        return any(not mask.hit(k) and (text[k] in _WS or _is_separator(text, k)) for k in range(a, b))

    def spaced(a: int, b: int) -> bool:
        return all(text[k] in _WS for k in range(a, b))

    # group segments split only by noise (spam inside a title) into one piece
    pieces: list[list[tuple[int, int]]] = []
    for s, e in segs:
        if pieces and not parted(pieces[-1][-1][1], s):
            pieces[-1].append((s, e))
        else:
            pieces.append([(s, e)])
    # a figure a PDF set apart by spaces (``局长 2024 年度述职报告``) is one piece with the characters after it, and
    # with those before it where characters follow it (a figure at a line's end, a date, stays apart)
    if len(pieces) > 1 and _FIGURE_RE.search(text, lo, hi) is not None:
        glued: list[list[tuple[int, int]]] = []
        for k, piece in enumerate(pieces):
            if not piece:
                continue  # (glued to the figure before it)
            a, b = piece[0][0], piece[-1][1]
            if (
                k + 1 < len(pieces)
                and _FIGURE_RE.fullmatch(text, a, b) is not None
                and _CJK_CHAR.match(text[pieces[k + 1][0][0]]) is not None
                and spaced(b, pieces[k + 1][0][0])
            ):
                if glued and _CJK_CHAR.match(text[glued[-1][-1][1] - 1]) is not None and spaced(glued[-1][-1][1], a):
                    glued[-1].extend(piece)
                else:
                    glued.append(list(piece))
                glued[-1].extend(pieces[k + 1])
                pieces[k + 1] = []
            else:
                glued.append(list(piece))
        pieces = glued
    # a letter-spaced word (自 查 报 告) is one piece
    letters: list[bool] = []
    merged: list[list[tuple[int, int]]] = []
    k = 0
    while k < len(pieces):
        j = k
        while (
            j < len(pieces)
            and len(pieces[j]) == 1
            and pieces[j][0][1] - pieces[j][0][0] == 1
            and _CJK_CHAR.match(text[pieces[j][0][0]]) is not None
            and (j == k or spaced(pieces[j - 1][-1][1], pieces[j][0][0]))
        ):
            j += 1
        if j - k >= 3:
            merged.append([seg for piece in pieces[k:j] for seg in piece])
            letters.append(True)
            k = j
        else:
            merged.append(pieces[k])
            letters.append(False)
            k += 1
    pieces = merged
    best: tuple[bool, int, int, int] | None = None  # (not a genre word, score, length, index)
    cleaned: list[tuple[int, int, str]] = []
    for idx, piece in enumerate(pieces):
        s, e = _strip_labels(text, piece[0][0], piece[-1][1])
        own = _clean(text, s, e, mask)
        cleaned.append((s, e, own))
        sc = _title_score(own)
        key = (not _is_genre_word(own), sc, len(own), idx)
        if sc and (best is None or key[:3] > best[:3]):
            best = key
    if best is None:
        return None
    idx = best[3]
    s, e, _ = cleaned[idx]
    # a title split by a space: take in head fragments (``清河区人民政府 关于…``, ``xx 县…``), and the whole
    # line before a letter-spaced genre word; never across a crumb separator
    while idx > 0:
        ps, pe, pown = cleaned[idx - 1]
        if any(_is_separator(text, k) for k in range(pe, s)):
            break
        head = _TITLE_HEAD_RE.search(pown) is not None or _MARKS_ONLY_RE.fullmatch(pown) is not None
        if not letters[best[3]] and (not pown or _title_score(pown) or len(pown) > 20 or not head):
            break
        s, idx = ps, idx - 1
    while s < e and (text[s] in _WS or mask.hit(s)):
        s += 1
    while e > s and (text[e - 1] in _WS or mask.hit(e - 1)):
        e -= 1
    return s, e
