"""The text a subject is read from and the edges of the subject read: the noise masked out of the words around a
figure (:func:`masked`), and what a reader leaves off a subject (:func:`tidy_subject`: a mark that opens past its
words, a line wrap's space, a linking 的, an adverb, a 分别 it opens with). Also where a list's joiner ends the words
before a figure (:func:`joiner_at_end`), where an aside opens that no bracket closes (:func:`unclosed_at`), and
whether a list before a figure shares it (:func:`shares_one_figure`: 甲、乙各1所).

:mod:`dutyreport.indicators.subjects` reads the subject; these are the pieces of it that need none of its readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import regex

from ..lang.corruptions import FORMAT_CONTROLS
from ..lang.dates import YEAR, YEAR_MARK
from ..lang.figure_years import AS_OF_WORDS, DEADLINE_BEFORE, MASKED_YEARS, SINCE_FRAMES
from ..lang.figures import CHANGE_VERBS, COUNTERS, DIFFERENCE_WORDS, FIGURE_MASKS, YEAR_COMPARED_BY
from ..lang.numbers import DIGITS, QUALIFIER_SUFFIXES, SMALL_UNITS
from ..lang.punctuation import CLOSE_BRACKETS, OPEN_BRACKETS, QUOTE_MARKS
from ..lang.script import alternation, either_pattern, fold, forms, spellings
from ..lang.subjects import (
    ADVERB_COMPOUNDS,
    ADVERB_ENDS,
    CHANGE_TO_VERBS,
    DISTRIBUTIVE_WORDS,
    DIVIDE_VERBS,
    GROUP_WORDS,
    JOINER_COMPOUNDS,
    LINKING_ENDS,
    LIST_JOINERS,
    OBJECT_COMPOUNDS,
    OBJECT_MARKERS,
    RESPECTIVE_OPENING,
    STATED_OBJECT_VERBS,
    SUBJECT_LEAD_WORDS,
)
from ..model.quantities import Count, Qualifier, Quantity
from ..model.report import Noise
from ..patterns import char_class

__all__ = [
    "COMPARED_YEAR",
    "DATES",
    "DISTRIBUTIVE",
    "DIVIDE_ENDS",
    "JOINER_LAST",
    "MARKER_LAST",
    "MASK",
    "STATED_LAST",
    "STATED_WORDS",
    "TIDY_ENDS",
    "TIDY_FIRSTS",
    "attribute_of",
    "bounds_noun",
    "dates_in",
    "divided_into",
    "joiner_at_end",
    "masked",
    "no_controls",
    "no_dates",
    "object_start",
    "object_stated_before",
    "shares_one_figure",
    "tidy_subject",
    "unclosed_at",
    "unmasked",
]

MASK = "\x00"
# a date and the word that makes it a deadline or a date as of (到2025年, 截至2023年底, 于2018年): no word of a
# subject; a word that also ends a verb of change (到, 至: 降至2023年的9个) only where no word stands before it, or
# a word that opens a clause and is none of a verb (全县到2025年…, 提出到2027年…)
_DATE_WORDS = tuple(e for e in (*DEADLINE_BEFORE, *AS_OF_WORDS) if e.word not in {v.word[-1] for v in CHANGE_TO_VERBS})
_DATE_WORDS_AFTER_VERBS = tuple(e for e in DEADLINE_BEFORE if e not in _DATE_WORDS)
# a year, or one a template masks (20XX年, xxxx年: no letter or digit of a word around its mask); a PDF's space may
# stand before its 年 (2021 年)
_MASKS = frozenset(e.word for e in FIGURE_MASKS)  # (what a masked year's digits are written with)
_MASK_IN = re.compile(char_class(w for w in _MASKS if len(w) == 1)).search  # (a character of them in a string)


# A year a figure is compared with, after 比 or 较 (比2022年, 较2021年度): the kinds, the change words and the
# dates read it alike; such a year before a verb of change or a difference word (比2022年增加, 较2021年少) is part of
# the comparison, no date.
_COMPARED_BY = alternation(YEAR_COMPARED_BY)
_YEAR_COMPARED = rf"{YEAR}[ \u3000]?年度?"
COMPARED_YEAR = rf"(?:{_COMPARED_BY}){_YEAR_COMPARED}"
_COMPARED_YEAR_AHEAD = rf"(?<={_COMPARED_BY}){_YEAR_COMPARED}(?:{alternation(CHANGE_VERBS, DIFFERENCE_WORDS)})"


def _dates_pattern(year: str) -> regex.Pattern[str]:
    """The dates whose years ``year`` reads, with the words before them that make them a deadline or a date as of."""
    return regex.compile(
        rf"(?:{alternation(_DATE_WORDS)}|(?:(?<!\p{{Han}})|(?<=(?:{alternation(SUBJECT_LEAD_WORDS)})))"
        rf"(?:{alternation(_DATE_WORDS_AFTER_VERBS)}))?"
        # (a year compared with, 比2022年增加, is part of the comparison: no date; 占比2023年达到 is one)
        + rf"(?!{_COMPARED_YEAR_AHEAD})"
        + either_pattern(
            rf"{year}(?:[ \u3000]?年)?(?:[-—~至到]{year})?[ \u3000]?年(?![级龄])(?:度|底|末|初)?"
            r"(?:[0-9]{1,2}月(?:份|底)?)?(?:春季|秋季)?"
        )
    )


DATES = _dates_pattern(rf"(?:{YEAR}|(?<![A-Za-z0-9])(?:{'|'.join(e.pattern for e in MASKED_YEARS)})(?![A-Za-z0-9]))")
_YEAR_DATES = _dates_pattern(YEAR)  # (the same in a text with no mask, read faster)


def dates_in(s: str) -> regex.Pattern[str] | None:
    """What reads the dates ``s`` may hold as :data:`DATES` does (None: it holds none; every date holds 年, and 19,
    20 or a mask: most stretches have none to remove, few a mask)."""
    if YEAR_MARK not in s:
        return None
    if _MASK_IN(s) is None:
        return _YEAR_DATES if "19" in s or "20" in s else None
    return DATES


def no_dates(s: str) -> str:
    """``s`` without its dates (:func:`dates_in`), and without the frame of a date since when (从2015年以来: the
    words the date leaves, 从…以来, say nothing of what is measured)."""
    dates = dates_in(s)
    if dates is None:
        return s
    out = str(dates.sub("", s))
    return _EMPTY_FRAME.sub("", out) if out != s and _FRAME_CLOSE_FIRSTS.intersection(out) else out


# A date's frame the date left empty (从以来, 自以来; lang.figure_years.SINCE_FRAMES).
_EMPTY_FRAME = regex.compile(
    "|".join(
        f"{re.escape(o)}{re.escape(c)}" for e in SINCE_FRAMES for o in spellings(e.word) for c in spellings(e.value)
    )
)
_FRAME_CLOSE_FIRSTS = frozenset(c[0] for e in SINCE_FRAMES for c in spellings(e.value))


# What a subject does not end with (a mark that opens, the 的 that ties it to a noun after it) or open with (a mark
# that closes); the white space a line wrap leaves between two characters of a word.
_OPENING_MARKS = OPEN_BRACKETS + QUOTE_MARKS[0::2] + "【〔"  # (QUOTE_MARKS: each opening mark before its closing one)
_CLOSING_MARKS = CLOSE_BRACKETS + QUOTE_MARKS[1::2] + "】〕"
_LINKS = tuple(x for e in LINKING_ENDS for x in spellings(e.word))
_LINK_LAST = frozenset(w[-1] for w in _LINKS)
_RESPECTIVE_OPENINGS = tuple(spellings(RESPECTIVE_OPENING))  # (分别, 分別: no word of a subject it opens)
TIDY_FIRSTS = frozenset(_CLOSING_MARKS) | {w[0] for w in _RESPECTIVE_OPENINGS}
_WRAP_SPACE = regex.compile(r"(?<=\p{Han})\s+(?=\p{Han})")
_ADVERBS = tuple(x for e in ADVERB_ENDS for x in spellings(e.word))
_ADVERB_KEEP = tuple(x for e in ADVERB_COMPOUNDS for x in spellings(e.word))
_ADVERB_LAST = frozenset(w[-1] for w in _ADVERBS)
TIDY_ENDS = frozenset(_OPENING_MARKS) | _LINK_LAST | _ADVERB_LAST
# a joiner of a list at the end of words before a figure (新教师和15名…), not a word that ends like one (惠及)
_JOINER_END = re.compile(rf"(?:{alternation(LIST_JOINERS)})$")
_JOINER_COMPOUND_END = re.compile(rf"(?:{alternation(JOINER_COMPOUNDS)})$")
JOINER_LAST = frozenset(w[-1] for e in LIST_JOINERS for w in spellings(e.word))
DISTRIBUTIVE = tuple(x for e in DISTRIBUTIVE_WORDS for x in spellings(e.word))
_DISTRIBUTIVE_LAST = frozenset(w[-1] for w in DISTRIBUTIVE)


# a verb that divides into the count after it (分3组, 分成4个检查组), and the groups such a count names
DIVIDE_ENDS = tuple(x for e in DIVIDE_VERBS for x in spellings(e.word))
_GROUPS = frozenset(x for e in GROUP_WORDS for x in spellings(e.word))  # (one character each)
_GROUP_NOUN_REACH = 4  # the longest noun of a group after 个 (检查组, 督导小组)
_GROUP_COUNTERS = frozenset(f for e in COUNTERS for f in forms(e.word))  # (what a group's noun follows: 十个检查组)


def divided_into(unit: str | None, post: Callable[[], str]) -> str | None:
    """The group a count after a dividing verb (:data:`DIVIDE_ENDS`) names: its measure word where that is a group
    (分3组 -> 组), or the noun after 个 that ends with one (分十个检查组到各县 -> 检查组); None: the count names
    none (分3年拨付, 分5个片区). ``post`` reads the words after the figure (asked only after 个)."""
    if unit is None:
        return None
    if unit in _GROUPS:
        return unit
    if unit not in _GROUP_COUNTERS:
        return None
    words = post()
    at = next((k for k, c in enumerate(words[:_GROUP_NOUN_REACH]) if c in _GROUPS), None)
    return words[: at + 1] if at is not None else None


def unmasked(s: str) -> str:
    """``s`` without the noise :func:`masked` marks in it: a word split by noise (pinyin after each
    character, a spam link) reads whole."""
    return s.replace(MASK, "") if MASK in s else s


_NO_CONTROLS = str.maketrans("", "", FORMAT_CONTROLS)  # (lang.corruptions: a page's invisible format controls)


def no_controls(s: str) -> str:
    """``s`` without the invisible format controls a page left in it (20\u200d23年 reads as a date)."""
    return s if s.isprintable() else s.translate(_NO_CONTROLS)  # (white space but the space is not printable)


def tidy_subject(subject: str) -> str:
    """``subject`` as a reader writes it: a subject is a label, not a span of the text, so it keeps no mark that
    opens past its words (a quotation or a bracket: 中小学“6项规定” -> 中小学) nor one that closes before them, no
    space a line wrap left between two characters of a word (特殊 教育学校), no 的 that ties the thing counted
    to a noun after it (15个市的210个县 -> 市), no adverb that stood before the word before its figure (联网率
    均为100% -> 联网率), and no 分别 'respectively' it opens with (分别查封了3间 -> 查封). Most subjects have none
    of these: each is looked for only where the subject's first or last character or a space calls for it. An
    invisible format control (a zero-width space) is no part of it either."""
    if not subject or (
        subject[-1] not in TIDY_ENDS
        and subject[0] not in TIDY_FIRSTS
        and " " not in subject
        and subject.isprintable()  # (white space but the ASCII space is not printable)
    ):
        return subject  # (most subjects)
    if " " in subject or not subject.isprintable():
        subject = _WRAP_SPACE.sub("", subject).translate(_NO_CONTROLS)  # (an invisible control: no part of a word)
    while subject:
        last = subject[-1]
        if last in _OPENING_MARKS or last.isspace():
            subject = subject[:-1]
        elif last in _LINK_LAST and subject.endswith(_LINKS):
            subject = subject[: -max(len(w) for w in _LINKS if subject.endswith(w))]
        elif last in _ADVERB_LAST and subject.endswith(_ADVERBS) and not subject.endswith(_ADVERB_KEEP):
            subject = subject[: -max(len(w) for w in _ADVERBS if subject.endswith(w))]  # 联网率均为100%
        else:
            break
    while subject and subject[0] in _CLOSING_MARKS:
        subject = subject[1:]
    if subject.startswith(_RESPECTIVE_OPENINGS):
        subject = subject[len(RESPECTIVE_OPENING) :] or subject  # 分别查封了3间和2间: 查封
    return subject


def attribute_of(subject: str, attribute: str) -> str:
    """The subject of a figure that states ``attribute`` of the figure before, whose subject is ``subject``.
    Where that subject ends with the same attribute, the figure is one more of a run of them, not an attribute
    of an attribute (学校20所,占比12.5%,占比13%: both 学校占比): a run of them keeps one subject, and the
    subjects of a long run stay as short as their words."""
    return subject if subject.endswith(attribute) else subject + attribute


# a verb alone at the end of a figure's short words (其中城区新建4所), whose object the sentence stated before
_STATED_VERB = re.compile(rf"(?:{alternation(STATED_OBJECT_VERBS)})$")
STATED_LAST = frozenset(w[-1] for e in STATED_OBJECT_VERBS for w in spellings(e.word))
STATED_WORDS = 6  # (the longest words read so: a place or a time and the verb)
_OBJECT_LONGEST = 16
# a figure's first character (a digit, a numeral, a mask) or a clause's end: where an object stated before ends
_NUMERALS = frozenset(w for e in (*DIGITS, *SMALL_UNITS) for w in e.word)
_OBJECT_ENDS = frozenset("0123456789０１２３４５６７８９" + "".join(_MASKS) + "，,；;。") | _NUMERALS


def object_stated_before(text: str, floor: int, lo: int, words: str) -> str | None:
    """The object the sentence stated before ``lo`` (from ``floor``) after the verb that ``words``, a figure's
    short words, end with (:data:`~dutyreport.lang.subjects.STATED_OBJECT_VERBS`), where it ran up to a figure or
    to the end of its clause (全县新建公办幼儿园6所,其中城区新建4所: 公办幼儿园), or None."""
    if len(words) > STATED_WORDS or words[-1:] not in STATED_LAST:
        return None  # (most words end with none of the verbs)
    verb = _STATED_VERB.search(words)
    if verb is None:
        return None
    at = text.rfind(verb.group(), floor, lo)
    if at < 0:
        return None
    i = j = at + len(verb.group())
    while j < lo and j - i < _OBJECT_LONGEST and "\u4e00" <= text[j] <= "\u9fff" and text[j] not in _NUMERALS:
        j += 1
    return text[i:j] if j - i >= 2 and j < lo and text[j] in _OBJECT_ENDS else None

# 对 inside a compound (对应, 结对): the words before and after the marker in each compound
_COMPOUND_PARTS = tuple(
    (m.word, before, after)
    for e in OBJECT_COMPOUNDS
    for m in OBJECT_MARKERS
    if m.word in e.word
    for before, after in [e.word.split(m.word, 1)]
)
_MARKERS = tuple(x for e in OBJECT_MARKERS for x in spellings(e.word))
MARKER_LAST = frozenset(_MARKERS)  # (each a character)


def object_start(s: str) -> int | None:
    """Where the object after the last 对 of ``s`` begins, if 对 stands there as no part of a compound."""
    at = max(map(s.rfind, _MARKERS))
    if at < 0:
        return None
    marker = fold(s[at])
    for m, before, after in _COMPOUND_PARTS:
        if m == marker and fold(s[max(0, at - len(before)) : at + 1 + len(after)]) == before + m + after:
            return None
    return at + 1


# a count's bound written after its figure (50岁以上, 45人以内): it may stand as a word of the noun after it
_BOUND_KINDS = (Qualifier.AT_LEAST, Qualifier.AT_MOST, Qualifier.LESS_THAN, Qualifier.MORE_THAN)
_BOUND_SUFFIXES = tuple(w for e in QUALIFIER_SUFFIXES if e.value in _BOUND_KINDS for w in spellings(e.word))


def bounds_noun(bound: Quantity, raw_pre: str) -> bool:
    """Whether a count's bound (50岁以上) stands right before the words ``raw_pre`` of the figure after it, as a
    word of its noun (50岁以上教师; not 100人以下的小规模学校, where 的 ties it on; not across a mark)."""
    first = raw_pre[:1]
    return (
        type(bound) is Count
        and bound.measure_word is not None  # (of people, of years of age: not a bare number's bound, 0.40以内)
        and bound.qualifier in _BOUND_KINDS
        and bound.text.endswith(_BOUND_SUFFIXES)  # (a bound written after its figure: 50岁以上, not 不少于3所)
        and "\u4e00" <= first <= "\u9fff"
        and first != "的"
    )


def joiner_at_end(s: str) -> int | None:
    """Where a joiner of a list that ``s`` ends with (white space off) starts: 新教师和, not 惠及 (None: none)."""
    t = s.rstrip()
    if not t or t[-1] not in JOINER_LAST or _JOINER_COMPOUND_END.search(t):
        return None
    m = _JOINER_END.search(t)
    return m.start() if m else None


def shares_one_figure(text: str, start: int) -> bool:
    """Whether the words right before the figure at ``start`` give every name of the list before them that figure
    (职业中专、特殊教育学校各1所: :data:`~dutyreport.lang.subjects.DISTRIBUTIVE_WORDS`): the list is its subject."""
    if start == 0 or (text[start - 1] not in _DISTRIBUTIVE_LAST and not text[start - 1].isspace()):
        return False  # (most figures)
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] in _DISTRIBUTIVE_LAST and text.endswith(DISTRIBUTIVE, 0, k)


def masked(text: str, noise: Sequence[Noise]) -> str:
    """The text with every noise character replaced by :data:`MASK` (offsets unchanged)."""
    if not noise:
        return text
    parts: list[str] = []
    pos = 0
    for n in sorted(noise, key=lambda n: n.start):
        if n.start > pos:
            parts.append(text[pos : n.start])
        s = max(pos, n.start)
        if n.end > s:
            parts.append(MASK * (n.end - s))
        pos = max(pos, n.end)
    parts.append(text[pos:])
    return "".join(parts)


def unclosed_at(s: str) -> int | None:
    """Where the first bracket of ``s`` that no bracket after it closes opens (None: every one is closed)."""
    if not any(c in s for c in CLOSE_BRACKETS):  # (no bracket closed: the first one opened)
        return min((i for i in map(s.find, OPEN_BRACKETS) if i >= 0), default=None)
    opened: list[int] = []
    for i, c in enumerate(s):
        if c in OPEN_BRACKETS:
            opened.append(i)
        elif c in CLOSE_BRACKETS and opened:
            opened.pop()
    return opened[0] if opened else None
