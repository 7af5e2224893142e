"""The steps that tidy a stretch of words into a subject: :func:`subject_words` takes off lead words (``其中``,
``全区``, a date), tail words (``分别为``, ``达到``), joining words and qualifiers, until none is left; the patterns
and character sets those steps and :mod:`.subjects` share, and the figures and places around them both subject readers
look for (:data:`FIGURE`, :data:`NUMERIC_CHAR`, :data:`ITEM_HEADING`, :data:`CLAUSE_END`):

>>> FIGURE.sub("", "学校20所,小学12所"), bool(NUMERIC_CHAR.search("共有学校xx所")), CLAUSE_END.search("甲,乙").start()
('学校,小学', True, 1)
>>> ITEM_HEADING.match("2.充实图书资源。投入460万元").group("heading")
'充实图书资源'
"""

from __future__ import annotations

import re

import regex

from ..lang.dates import YEAR, YEAR_MARK
from ..lang.figure_years import SEASON_WORDS
from ..lang.figures import (
    CHANGE_VERBS,
    COMPARISON_WORDS,
    FIGURE_MASKS,
    NEGATING_MODALS,
    NORM_QUALIFIERS,
)
from ..lang.headings import OUTLINE_NUMERALS
from ..lang.numbers import MEASURE_WORDS, MONEY_UNITS, QUALIFIER_PREFIXES, SCHOOL_YEAR_WORDS
from ..lang.punctuation import (
    CLOSE_BRACKETS,
    COLONS,
    COMMAS,
    LIST_MARKS,
    OPEN_BRACKETS,
    PERIODS,
    SEMICOLONS,
)
from ..lang.script import alternation, either_pattern, forms, spellings
from ..lang.subjects import (
    ATTRIBUTES_OF_PREVIOUS,
    ATTRIBUTES_OF_PROJECT,
    CHANGE_TO_VERBS,
    DENG_WORDS,
    HIGHER_SCOPE_LEADS,
    LEAD_COMPOUNDS,
    MONEY_VERBS,
    RELATIVE_LEADS,
    SCORE_WORDS,
    SHARE_VERBS,
    SUBJECT_LEAD_WORDS,
    SUBJECT_TAIL_WORDS,
    TAIL_COMPOUNDS,
    TOTAL_WORDS,
)
from ..patterns import char_class, first_chars, held_chars, known, skipping
from .list_heads import (
    BRACKETED_NUMBER,
    CIRCLED_NUMBER,
    CLAUSE_STOPS,
)
from .subject_edges import (
    COMPARED_YEAR,
    MASK,
    no_controls,
    no_dates,
)

__all__ = [
    "ACTUAL",
    "BRACKETS",
    "CHANGE_TAIL",
    "CHANGE_WORDS",
    "CLAUSE_END",
    "DENG_LIST",
    "FIGURE",
    "HOLDS_OPEN",
    "ITEM_HEADING",
    "LONG_UNITS",
    "MASK_CHARS",
    "MASK_CLASS",
    "MONEY_VERB",
    "NOT_BRACKET",
    "NUMERIC_CHAR",
    "OF_BEFORE",
    "OF_BEFORE_FIRSTS",
    "OF_PREVIOUS",
    "OF_PREVIOUS_ENDS",
    "OF_PROJECT",
    "QUALIFIER_BEFORE",
    "SCORE",
    "SHARE_OF",
    "STOPS",
    "TAIL",
    "TAIL_ENDS",
    "TAIL_KEEP",
    "TAIL_KEEP_REACH",
    "TOTAL_ENDS",
    "WHITE_SPACE",
    "may_end_with_total",
    "subject_words",
]

# The marks that end a clause a subject is read in (a full stop proper, not ！ or ？; a line break where said).
STOPS = CLAUSE_STOPS
BRACKETS = OPEN_BRACKETS + CLOSE_BRACKETS
HOLDS_OPEN = re.compile(char_class(OPEN_BRACKETS)).search  # (whatever the table holds; most stretches hold none)
NOT_BRACKET = char_class(BRACKETS, negated=True)


def _held(pattern: re.Pattern[str] | regex.Pattern[str]) -> frozenset[str]:
    """The characters a match of ``pattern`` can hold but white space (:func:`held_chars`; known for it)."""
    return known(held_chars(pattern, spaces=True), pattern.pattern)


# the verbs of change that alone before a figure make it the change of the figure before
_CHANGE_VERB = f"(?:{alternation(tuple(e for e in CHANGE_VERBS if e.value.of_before))})"
# A clause whose own words are only these needs the figure before it in front (同比增长8514万元).
_CHANGE_PHRASE = rf"(?:{alternation(COMPARISON_WORDS)}|{COMPARED_YEAR})?{_CHANGE_VERB}(?:幅度|比例|率)?(?:为|了|达)?$"
CHANGE_WORDS = re.compile(either_pattern("^" + _CHANGE_PHRASE))
# The same words ending a change's subject (公办园增加, 教育经费比上年增长): what the subject says of what it measures.
CHANGE_TAIL = re.compile(either_pattern(_CHANGE_PHRASE))
_NO_STOP = char_class(STOPS, spaces=True, negated=True)  # (a character of a run-in heading)
_LEAD_MARKS = char_class(COMMAS + LIST_MARKS + COLONS + SEMICOLONS + BRACKETS + "\u3000“”\"", spaces=True)
# A quoted name (“三名工程”培养对象): its opening mark is no punctuation a stretch opens with, but a mark of its words
# (a PDF's line break may cut the name: “两个只增不\n减”).
_QUOTED = "“[^“”]{1,24}”"
# A lead word (not a compound); a relative clause a lead word opens, closed by 的 within a few characters.
_SCHOOL_YEAR, _SEASON = alternation(SCHOOL_YEAR_WORDS), alternation(SEASON_WORDS)  # (2022学年度, 2021年秋季)
_LEAD_WORD = f"(?!{alternation(LEAD_COMPOUNDS)})(?:{alternation(SUBJECT_LEAD_WORDS)})"
_RELATIVE = rf"(?:{alternation(RELATIVE_LEADS)})[^的0-9\n，,。；;]{{1,12}}的"
# What opens a stretch before a figure and names nothing of what is counted, however often repeated.
_LEAD = re.compile(
    rf"""
    ^(?:
        {YEAR}(?:年(?:度|底|末|初)?|{_SCHOOL_YEAR})(?:[0-9]{{1,2}}月(?:份|底)?)?(?:{_SEASON})?   # a date: 2021年底,
      | {YEAR}\s*(?:[-—–~～/至到])\s*(?:{YEAR}|[0-9]{{2}})(?:{_SCHOOL_YEAR})   # 2021年9月份, a school year: 2022学年度,
                                                              # 2022-2023学年, 2022-23学年
      | (?!{_RELATIVE}){_LEAD_WORD}                             # a lead word, not a
                                                              # compound, not opening a clause closed by 的 (有…的学校)
      | (?:{alternation(HIGHER_SCOPE_LEADS)})(?={_LEAD_WORD}|[^\u4e00-\u9fff]|$)   # 全省 before a lead word or none
      | [0-9]{{1,2}}[)）.、] | {BRACKETED_NUMBER} | {CIRCLED_NUMBER}   # a number of an item
      | 《[^《》\n]{{1,40}}》                                                       # a document quoted
      | [{OUTLINE_NUMERALS}]{{1,3}}、{_NO_STOP}{{2,12}}[ \u3000]+                 # a run-in heading (一、概况 全县)
      | (?:(?!{BRACKETED_NUMBER}|{_QUOTED}){_LEAD_MARKS})+      # punctuation (not the bracket of (一), not the mark
                                                              # a quoted name opens with)
    )+
    """,
    re.VERBOSE,
)
# What a match of _LEAD can open with (None: not known): the first characters of its pattern, and white space
# (its class of punctuation holds \s, left out of them: \s is str.isspace to this engine).
_LEAD_FIRSTS = first_chars(_LEAD, spaces=True)
_TAIL_MARKS = COMMAS + LIST_MARKS + COLONS  # (with white space, what stands between a subject's tail words)
# The white space of the regex module's \s, named (the standard engine's \s also reads the separators \x1c-\x1f,
# which the regex module's does not; a test holds the two sets equal): the patterns written for that engine read
# the same on the standard one, which is faster on the few characters they are tried on.
WHITE_SPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
)
_TAIL_WORDS = alternation(SUBJECT_TAIL_WORDS, CHANGE_TO_VERBS, NEGATING_MODALS)
TAIL = re.compile(rf"(?:{_TAIL_WORDS}|{char_class(_TAIL_MARKS + WHITE_SPACE)})+$")
# Every character a match of TAIL can hold (all of them white space to str.isspace but the words' and marks').
_TAIL_CHARS = _held(TAIL)
# Every character str.isspace reads as white space (all of them lie below U+3001).
_SPACES = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
# What a string must end with for TAIL to match at all (checked first: most subjects do not).
TAIL_ENDS = frozenset(
    "".join(forms(e.word[-1]) for e in (*SUBJECT_TAIL_WORDS, *CHANGE_TO_VERBS, *NEGATING_MODALS)) + _TAIL_MARKS
)
# A qualifier word right before a figure (约, 不低于 … and 控制在): not part of the subject.
QUALIFIER_BEFORE = re.compile(rf"(?:{alternation(QUALIFIER_PREFIXES, NORM_QUALIFIERS)})$")
# What a string must end with for QUALIFIER_BEFORE to match ($ also stands before a final newline).
_QUALIFIER_ENDS = frozenset("".join(forms(e.word[-1]) for e in (*QUALIFIER_PREFIXES, *NORM_QUALIFIERS)) + "\n")
# An aside in brackets that lists or explains (包括事业费、基建经费; 主要包括…,…等; 注:…): not the subject's words.
_ASIDE = re.compile(
    rf"{char_class(OPEN_BRACKETS)}{NOT_BRACKET}*?{char_class(COMMAS + LIST_MARKS + SEMICOLONS + COLONS)}"
    rf"{NOT_BRACKET}*{char_class(CLOSE_BRACKETS)}"
)
TOTAL_ENDS = frozenset(w[-1] for e in TOTAL_WORDS for w in spellings(e.word))  # (what a match ends with)
TAIL_KEEP = re.compile(rf"(?:{alternation(TAIL_COMPOUNDS)})$")
TAIL_KEEP_REACH = max(len(e.word) for e in TAIL_COMPOUNDS) + 1  # (how far from the end a match starts: $ before \n)
_JOINERS = re.compile(either_pattern(rf"^(?:(?!{alternation(LEAD_COMPOUNDS)})[和及与或并、])+"))
_JOINER_FIRSTS = first_chars(_JOINERS)  # (what a match of _JOINERS opens with)
_ROUNDS = range(4)  # (the most times the steps of :func:`subject_words` run)
# What a stretch opens with where _LEAD may match (None: not known); what it ends with where TAIL may.
_LEAD_OPENS = None if _LEAD_FIRSTS is None else _LEAD_FIRSTS | _SPACES
_TAIL_ENDS_OR_SPACE = TAIL_ENDS | _SPACES
# What a stretch opens or ends with where a step of :func:`subject_words` may take anything of it.
_STEP_FIRSTS = None if _LEAD_OPENS is None or _JOINER_FIRSTS is None else _LEAD_OPENS | _JOINER_FIRSTS
_STEP_LASTS = _TAIL_ENDS_OR_SPACE | _QUALIFIER_ENDS
DENG_LIST = "等"  # a list of names ends with it before the figure that counts them
_DENG = re.compile(rf"{alternation(DENG_WORDS)}|[{OUTLINE_NUMERALS}]等")
MONEY_VERB = re.compile(either_pattern(rf"(?:累计|共|先后|陆续|近两年|近三年|每年)?(?:{alternation(MONEY_VERBS)})"))
OF_PREVIOUS = re.compile(
    either_pattern(rf"(?:全年)?(?:{alternation(ATTRIBUTES_OF_PREVIOUS)}|[\u4e00-\u9fff]{{0,2}}率)")
)
_SHARE_BASE = 12  # (the most characters of a share's base: 占全县义务教育阶段专任教师总数的)
# a share with its base after the verb (占全县教师总数的37.5%): of the figure before, as OF_PREVIOUS's words are
SHARE_OF = re.compile(either_pattern(rf"(?:{alternation(SHARE_VERBS)})[\u4e00-\u9fff]{{1,{_SHARE_BASE}}}"))
SCORE = re.compile(f"(?:{alternation(SCORE_WORDS)})")
ACTUAL = re.compile(either_pattern(r"实际已?[\u4e00-\u9fff]{1,3}"))  # 实际完成, 实际已减少
OF_PROJECT = re.compile(either_pattern(rf"(?:{alternation(ATTRIBUTES_OF_PROJECT)})(?:约|为)?"))
# Words that one of the readings from the figure before (or from its item or project) reads: CHANGE_WORDS,
# SCORE, ACTUAL, OF_PREVIOUS, OF_PROJECT or MONEY_VERB matches them whole (one attempt, not six).
OF_BEFORE = re.compile(
    "|".join(
        f"(?:{p.pattern})" for p in (CHANGE_WORDS, SCORE, ACTUAL, OF_PREVIOUS, SHARE_OF, OF_PROJECT, MONEY_VERB)
    )
)
# What words OF_BEFORE matches open with, but for OF_PREVIOUS's (其…率 opens with any character), and what
# OF_PREVIOUS's end with: words that neither open nor end so are tried no further.
OF_BEFORE_FIRSTS = first_chars(
    re.compile(
        "|".join(f"(?:{p.pattern})" for p in (CHANGE_WORDS, SCORE, ACTUAL, SHARE_OF, OF_PROJECT, MONEY_VERB))
    )
)
OF_PREVIOUS_ENDS = frozenset(f for e in ATTRIBUTES_OF_PREVIOUS for f in forms(e.word[-1])) | frozenset(forms("率"))


def _after_lead(lead: re.Pattern[str], s: str) -> str:
    """``s`` without what ``lead`` (anchored at the start) matches there: ``lead.sub("", s)``, with
    one attempt at the start instead of one at every position."""
    m = lead.match(s)
    return s[m.end() :] if m else s


def _may_lead(s: str) -> bool:
    """Whether :data:`_LEAD` may match at the start of ``s`` (False: it does not)."""
    c = s[:1]
    return c != "" and (_LEAD_FIRSTS is None or c in _LEAD_FIRSTS or c.isspace())


def may_end_with_total(s: str) -> bool:
    """Whether :data:`_TOTAL_WORD` may match at the end of ``s`` (False: it does not; ``$`` also stands before
    a final line break)."""
    c = s[-1:]
    if c == "\n":
        c = s[-2:-1]
    return c in TOTAL_ENDS and c != ""


def _reads_figure_before(words: str) -> bool:
    """Whether :data:`OF_BEFORE` matches the (stripped, not empty) ``words`` whole; False where they neither
    open nor end as its matches do."""
    if OF_BEFORE_FIRSTS is not None and words[0] not in OF_BEFORE_FIRSTS and words[-1] not in OF_PREVIOUS_ENDS:
        return False
    return OF_BEFORE.fullmatch(words) is not None


def _may_join(s: str) -> bool:
    """Whether :data:`_JOINERS` may match at the start of ``s`` (False: it does not)."""
    c = s[:1]
    return c != "" and (_JOINER_FIRSTS is None or c in _JOINER_FIRSTS)


def subject_words(raw: str) -> str:
    """The words of a stretch before a figure that name a subject (dates, lead and linking words, asides
    in brackets that list or explain off; a year compared with stays).

    >>> subject_words("其中全县小学"), subject_words("2023年全县教师总数比2022年增加")
    ('小学', '教师总数比2022年增加')
    """
    s: str = raw.replace(MASK, "") if MASK in raw else raw
    if not s.isprintable():
        s = no_controls(s)  # (20\u200d23年: a year a control splits is a date)
    if YEAR_MARK in s:  # (a stretch without it holds no date)
        s = no_dates(s)
    if HOLDS_OPEN(s):
        s = _ASIDE.sub("", s)
    # (the steps below run two or three times for each stretch a report has: :func:`_may_lead`,
    # :func:`_after_lead` and :func:`_may_join` are written out in them; the first and the last character are
    # read once for each step that tests them, as what is taken off changes them)
    lead_opens, joiner_firsts, tail_ends = _LEAD_OPENS, _JOINER_FIRSTS, _TAIL_ENDS_OR_SPACE
    for _ in _ROUNDS:
        if not s:
            break  # (nothing left: the steps take nothing)
        c = s[0]
        if _STEP_FIRSTS is not None and c not in _STEP_FIRSTS and s[-1] not in _STEP_LASTS:
            break  # (most stretches: no step takes anything of them)
        lead = _LEAD.match(s) if lead_opens is None or c in lead_opens else None
        if lead is not None:
            s2 = s[lead.end() :]
            if not s2:
                s = s2
                break
            first_kept = False
        else:
            s2 = s
            first_kept = True
        led = s2
        last = s2[-1]
        if last in tail_ends and not TAIL_KEEP.search(s2, max(0, len(s2) - TAIL_KEEP_REACH)):
            # a tail holds only its words' characters and white space: it starts within the last run of them
            # (the pattern tried there, not at each character before: it is anchored at the end alone)
            q = len(s2)
            while q > 0 and (s2[q - 1] in _TAIL_CHARS or s2[q - 1].isspace()):
                q -= 1
            s2 = s2[:q] + TAIL.sub("", s2[q:]) if q else TAIL.sub("", s2)
            last = s2[-1:]
            first_kept = False
        if last in _QUALIFIER_ENDS:  # ("" is in no set)
            s2 = QUALIFIER_BEFORE.sub("", s2)
            first_kept = False
        if not first_kept:
            c = s2[:1]
        if c and (joiner_firsts is None or c in joiner_firsts):
            joiners = _JOINERS.match(s2)
            if joiners:
                s2 = s2[joiners.end() :]
        if s2 == led:
            # Nothing but the lead came off (or nothing): the steps again would take nothing more, as the lead
            # ends where no more of it opens (its pattern reads no character before a match, nor past the
            # place its repetition stops), and the steps after it took nothing of what is left.
            s = s2
            break
        s = s2
    i = s.rfind(DENG_LIST, 0, len(s) - 1) if DENG_LIST in s else -1
    if i > 0 and not any(m.start() <= i < m.end() for m in _DENG.finditer(s, max(0, i - 2), i + 3)):
        # 有A、B、C等拓展训练项目16个: the category after 等 is the thing counted (not 中等职业, 二等奖).
        s = s[i + 1 :]
    return s.strip()


# Figures and the places around them that the subject readers (:mod:`.subjects`, :mod:`.paid_for`) look for:
# a masked figure's first characters, a digit or a mask, a figure with its unit, a clause's end, an item's heading.
MASK_CHARS = "".join(e.word for e in FIGURE_MASKS)  # what a masked figure opens with (xx.xx%, x所), as a digit does
MASK_CLASS = char_class(MASK_CHARS)  # (a digit or a mask ends the words after a figure)
NUMERIC_CHAR = skipping(re.compile(rf"[0-9０-９]|(?<![A-Za-z]){MASK_CLASS}{{1,8}}(?![A-Za-z])"))
# a figure and its unit (a unit longer than two characters whole: 平方米, 万平方米; any other, its first two
# characters); an item's number (1.县教育园区) alone, its words kept
LONG_UNITS = tuple(e for e in (*MEASURE_WORDS, *MONEY_UNITS) if len(e.word) > 2)
FIGURE = re.compile(
    r"[0-9０-９]{1,2}[.．](?=[\u4e00-\u9fff])"
    rf"|[0-9０-９.]+(?:{alternation(LONG_UNITS)}|{char_class(STOPS + LIST_MARKS, spaces=True, negated=True)}{{0,2}})"
)
CLAUSE_END = re.compile(char_class(COMMAS + SEMICOLONS + PERIODS + "\n"))
# The heading an item's line opens with: its number, then words up to the first full stop or colon.
ITEM_HEADING = re.compile(
    rf"[ \t\u3000]*(?:[0-9]{{1,2}}[.．、]|{BRACKETED_NUMBER}|[{OUTLINE_NUMERALS}]{{1,3}}、)"
    r"(?P<heading>[^。.:：\n]{2,30})[。.:：]"
)
