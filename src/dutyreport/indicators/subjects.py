"""What a figure measures: its subject, read from the words around it.

The subject is usually the words before the figure in its clause, with dates, lead words
(``其中``, ``全区``) and linking words (``分别为``, ``达到``) taken off. Reports also hang
figures from a head (``…支出分别达到幼儿园…元、小学…元``; ``情况:中等职业教育…``;
``其中:小学…``), let later labels share the first item's noun (``高中师生比为1:12.8、初中为
1:13.2``), state changes and attributes of the figure before (``同比增长…``, ``占比…``,
``全年执行数…``), put the counted thing after the figure (``组织738名教师参加培训``), and
name what money paid for in the next clause (``投入100万元,启动…``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import regex

from ..lang.dates import YEAR
from ..lang.figures import (
    AMONG_WORDS,
    ATTRIBUTES_OF_PREVIOUS,
    ATTRIBUTES_OF_PROJECT,
    CATEGORY_NOUNS,
    CHANGE_TO_VERBS,
    CHANGE_VERBS,
    COMPARISON_WORDS,
    DENG_WORDS,
    GENERIC_VERBS,
    HEAD_ENDINGS,
    LEAD_COMPOUNDS,
    LEVEL_WORDS,
    MONEY_VERBS,
    NORM_QUALIFIERS,
    SCHOOL_ENDINGS,
    SUBJECT_LEAD_WORDS,
    SUBJECT_TAIL_WORDS,
    TAIL_COMPOUNDS,
    TOPIC_LEADS,
    TOPIC_NOUNS,
    TOTAL_WORDS,
    alternation,
)
from ..lang.headings import OUTLINE_NUMERALS
from ..lang.numbers import QUALIFIER_PREFIXES
from ..model.quantities import Money, Percent, PerUnit, Quantity
from ..model.report import Indicator, IndicatorKind, Noise

__all__ = ["MASK", "QUALIFIER_BEFORE", "Labels", "SubjectPlace", "masked", "read_subject", "recent", "subject_words"]

MASK = "\x00"

# the verbs of change that alone before a figure make it the change of the figure before
_CHANGE_VERB = f"(?:{alternation(tuple(e for e in CHANGE_VERBS if e.value.of_before))})"
# A clause whose own words are only these needs the figure before it in front (同比增长8514万元).
CHANGE_WORDS = re.compile(
    rf"^(?:{alternation(COMPARISON_WORDS)}|比2\d{{3}}年|较2\d{{3}}年)?{_CHANGE_VERB}(?:幅度|比例|率)?(?:为|了|达)?$"
)
# What opens a stretch before a figure and names nothing of what is counted, however often repeated.
_LEAD = re.compile(
    rf"""
    ^(?:
        {YEAR}年(?:度|底|末|初)?(?:[0-9]{{1,2}}月(?:份|底)?)?(?:春季|秋季)?   # a date: 2021年底, 2021年9月份
      | (?!{alternation(LEAD_COMPOUNDS)})(?:{alternation(SUBJECT_LEAD_WORDS)})   # a lead word, not a compound
      | [0-9]{{1,2}}[)）.、] | [(（][0-9{OUTLINE_NUMERALS}]{{1,2}}[)）] | [①-⑳]   # a number of an item
      | [\s\u3000,，、:：;；(（)）“”"]+                                         # punctuation
    )+
    """,
    re.VERBOSE,
)
_TAIL = regex.compile(rf"(?:{alternation(SUBJECT_TAIL_WORDS, CHANGE_TO_VERBS)}|[\s,，、:：])+$")
# What a string must end with for _TAIL to match at all (checked first: most subjects do not).
_TAIL_ENDS = frozenset({e.word[-1] for e in (*SUBJECT_TAIL_WORDS, *CHANGE_TO_VERBS)} | set(",，、:："))
# A qualifier word right before a figure (约, 不低于 … and 控制在): not part of the subject.
QUALIFIER_BEFORE = re.compile(rf"(?:{alternation(QUALIFIER_PREFIXES, NORM_QUALIFIERS)})$")
# What a string must end with for QUALIFIER_BEFORE to match ($ also stands before a final newline).
_QUALIFIER_ENDS = frozenset({e.word[-1] for e in (*QUALIFIER_PREFIXES, *NORM_QUALIFIERS)} | {"\n"})
_POST_STOP = re.compile(r"[，,。；;：:、\n]|[0-9０-９]")
_POST_LEAD = regex.compile(r"^(?:的|之|余|多|以上|以下|左右|及以上|及以下|以内|和|及|与|或|[)）”’\s])+")
_POST_CHANGE = re.compile(rf"^(?:{alternation(CHANGE_TO_VERBS)})")
_DATES = regex.compile(
    rf"(?:于|在)?{YEAR}(?:年)?(?:[-—~至到]{YEAR})?年(?:度|底|末|初)?(?:[0-9]{{1,2}}月(?:份|底)?)?(?:春季|秋季)?"
)
_FIGURE = re.compile(r"[0-9０-９.]+[^，,。；;：:、\s]{0,2}")
# Words that end a head without naming what is counted; a rectification's field labels (整改目标：,
# 整改措施：…) label a line, they are no head of the figures on it.
_HEAD_TRIM = re.compile(rf"(?:{alternation(HEAD_ENDINGS)})$")
_HEAD_MARK = re.compile(r"([^，,。；;：:]{2,40}?)(?:分别为|分别达到|分别是)|([^，,。；;：:]{2,40})(?<![0-9])[:：]")
_HEAD_ONLY_QIZHONG = re.compile(rf"\s*(?:{alternation(AMONG_WORDS)})\s*")
_FIRST_CLAUSE = re.compile(r"[^，,；;：:。]{2,40}")
_TOTAL_WORD = re.compile(rf"(?:{alternation(TOTAL_WORDS)})$")
_CLAUSE_SPLIT = re.compile(r"[，,；;。：:\n]")
_CLAUSE_END = re.compile(r"[，,；;。\n]")
_TOPIC_LEAD = re.compile(rf"^(?:{alternation(TOPIC_LEADS)})+")
_TAIL_KEEP = re.compile(rf"(?:{alternation(TAIL_COMPOUNDS)})$")
_JOINERS = re.compile(rf"^(?:(?!{alternation(LEAD_COMPOUNDS)})[和及与或并、])+")
_DENG = re.compile(rf"{alternation(DENG_WORDS)}|[{OUTLINE_NUMERALS}]等")
_LEVEL = re.compile(alternation(LEVEL_WORDS))
_LEVEL_PREFIX = re.compile(rf"^(?:{alternation(LEVEL_WORDS)})")
_GENERIC = re.compile(
    rf"(?:累计|共|先后|陆续|积极|已|还)?(?:{alternation(GENERIC_VERBS, MONEY_VERBS)}|总投资|新增|达)"
)
_MONEY_VERB = re.compile(rf"(?:累计|共|先后|陆续|近两年|近三年|每年)?(?:{alternation(MONEY_VERBS)})")
_OF_PREVIOUS = re.compile(rf"(?:全年)?(?:{alternation(ATTRIBUTES_OF_PREVIOUS)}|[\u4e00-\u9fff]{{0,2}}率)")
_OF_PROJECT = re.compile(rf"(?:{alternation(ATTRIBUTES_OF_PROJECT)})(?:约|为)?")
_TOPIC = re.compile(alternation(TOPIC_NOUNS))
_CATEGORY = re.compile(rf"(?:{alternation(CATEGORY_NOUNS)})$")
_SCHOOLISH = tuple(e.word for e in SCHOOL_ENDINGS)


def _after_lead(lead: re.Pattern[str], s: str) -> str:
    """``s`` without what ``lead`` (anchored at the start) matches there: ``lead.sub("", s)``, with
    one attempt at the start instead of one at every position."""
    m = lead.match(s)
    return s[m.end() :] if m else s


def _no_dates(s: str) -> str:
    """``s`` without its dates (every one holds 19 or 20: most stretches have none to remove)."""
    return _DATES.sub("", s) if "19" in s or "20" in s else s


def subject_words(raw: str) -> str:
    """The words of a stretch before a figure that name a subject (dates, lead and linking words off)."""
    s: str = _no_dates(raw)
    for _ in range(4):
        s2 = _after_lead(_LEAD, s)
        if s2 and (s2[-1] in _TAIL_ENDS or s2[-1].isspace()) and not _TAIL_KEEP.search(s2):
            s2 = _TAIL.sub("", s2)
        if s2 and s2[-1] in _QUALIFIER_ENDS:
            s2 = QUALIFIER_BEFORE.sub("", s2)
        s2 = _after_lead(_JOINERS, s2)
        if s2 == s:
            break
        s = s2
    i = s.rfind("等", 0, len(s) - 1)
    if i > 0 and not any(m.start() <= i < m.end() for m in _DENG.finditer(s, max(0, i - 2), i + 3)):
        # 有A、B、C等拓展训练项目16个: the category after 等 is the thing counted (not 中等职业, 二等奖).
        s = s[i + 1 :]
    return s.strip()


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


class SubjectPlace(NamedTuple):
    """Where a figure's subject may be read: from ``lo`` (its item's start) in a sentence."""

    lo: int
    sentence_start: int
    start: int
    end: int
    clause_end: int


# Labels under heads seen so far in a report: figure start -> (label, head).
Labels = dict[int, tuple[str, str]]


def read_subject(
    text: str, at: SubjectPlace, prior: Sequence[Indicator], labels: Labels, quantity: Quantity
) -> str | None:
    """What the figure at ``at`` measures (``text`` is the report with its noise masked)."""
    lo, sentence_start, start = at.lo, at.sentence_start, at.start
    raw_pre = text[lo:start]
    if _TOTAL_WORD.search(raw_pre) and "、" in text[sentence_start:lo]:
        # 访谈校长、教师、家长共156人: the total counts the whole list.
        lo = max(sentence_start, max(text.rfind(c, sentence_start, lo) for c in "，,；;。：:\n") + 1)
        raw_pre = text[lo:start]
    pre = subject_words(raw_pre)
    post = _post_phrase(text, at.end, at.clause_end)
    same = recent(prior, sentence_start)
    prev_stock = next((i for i in reversed(same) if i.kind is not IndicatorKind.CHANGE and i.subject), None)
    # 同比增长8514万元 / 增幅为5.23%: the change of the figure before it.
    if prev_stock and post == "" and (pre == "" or CHANGE_WORDS.match(pre)):
        return (prev_stock.subject or "") + pre
    # 占比87%, 全年执行数2.2471亿元: an attribute of the figure before it.
    if prev_stock and post == "" and _OF_PREVIOUS.fullmatch(pre):
        return (prev_stock.subject or "") + pre
    # 总投资x万元, 规模9个班: an attribute of the project the sentence opens with.
    if _OF_PROJECT.fullmatch(pre) and lo > sentence_start:
        first = _FIRST_CLAUSE.match(text, sentence_start, lo)
        project = subject_words(_FIGURE.sub("", first.group())) if first else ""
        if project and project != pre:
            return project + pre
    # 投入100万元,启动…培训: what the money paid for follows in the next clause.
    clause_end = at.clause_end
    if post == "" and _MONEY_VERB.fullmatch(pre) and clause_end < len(text) and text[clause_end] in "，,":
        nxt = _CLAUSE_END.search(text, clause_end + 1)
        after = _post_phrase(text, clause_end + 1, nxt.start() if nxt else len(text))
        purpose = subject_words(_FIGURE.sub("", after))
        if purpose:
            return pre + purpose
    # A short label under a head: 分别达到幼儿园20885.77元、普通小学…; 情况:中等职业教育…; 其中:小学…
    if pre and len(pre) <= 8 and not _GENERIC.search(pre):
        head = _list_head(text, sentence_start, lo)
        if head:
            labels[start] = (pre, head)
            return _compose(pre, head)
        # 高中师生比为1:12.8、初中为1:13.2: the later labels share the first item's noun.
        prev_same = next((i for i in reversed(same) if type(i.quantity) is type(quantity)), None)
        if prev_same is not None and len(pre) <= 4 and _LEVEL.fullmatch(pre):
            head = labels[prev_same.start][1] if prev_same.start in labels else ""
            head = head or _LEVEL_PREFIX.sub("", prev_same.subject or "")
            if head:
                labels[start] = (pre, head)
                return pre + head
    if pre and post and (len(pre) <= 6 or _GENERIC.fullmatch(pre)):
        return pre + post
    if pre and _LEVEL.fullmatch(pre) and isinstance(quantity, (Money, PerUnit, Percent)):
        topic = _topic_before(text, sentence_start, lo)
        if topic:
            labels[start] = (pre, topic)
            return pre + topic
    if pre:
        return pre
    if post:
        return post
    return prev_stock.subject if prev_stock else None


def recent(out: Sequence[Indicator], pos: int) -> Sequence[Indicator]:
    """The indicators so far that start at or after ``pos`` (a walk back from the end, not a scan)."""
    k = len(out)
    while k > 0 and out[k - 1].start >= pos:
        k -= 1
    return out[k:]


def _post_phrase(text: str, end: int, clause_end: int) -> str:
    """The noun phrase right after a figure (组织738名教师参加培训 -> 教师参加培训)."""
    raw = _no_dates(text[end : min(clause_end, end + 48)])
    stop = _POST_STOP.search(raw)
    raw = raw[: stop.start() if stop else len(raw)][:24]
    raw = _POST_LEAD.sub("", raw).strip()
    return "" if _POST_CHANGE.match(raw) or CHANGE_WORDS.fullmatch(raw) else raw


def _topic_before(text: str, floor: int, lo: int) -> str | None:
    """The nearest earlier clause (this sentence, or the line before) that names a measure."""
    window = text[max(0, floor - 80) : lo]
    for clause in reversed(_CLAUSE_SPLIT.split(window)):
        if _TOPIC.search(clause):
            topic = _HEAD_TRIM.sub("", subject_words(_FIGURE.sub("", clause)))
            topic = _TOPIC_LEAD.sub("", topic)
            return topic or None
    return None


def _compose(label: str, head: str) -> str:
    """A label under a head: 幼儿园 under 公办学校 is 公办幼儿园; 初中 under 生均…支出 is 初中生均…支出."""
    category = _CATEGORY.search(head)
    if category and (_LEVEL.fullmatch(label) or label.endswith(_SCHOOLISH)):
        return _join(head[: category.start()], label)
    return _join(label, head)


def _join(a: str, b: str) -> str:
    """``a + b`` without repeating words where one ends as the other begins (各级各类 + 各类小学)."""
    for k in range(min(len(a), len(b)), 1, -1):
        if a.endswith(b[:k]):
            return a + b[k:]
    return a + b


_HEAD_STOPS = "，,。；;：:"


def last_head_mark(window: str) -> re.Match[str] | None:
    """The last match of :data:`_HEAD_MARK` in ``window``, the one ``finditer`` would end with.

    No match runs across a stop (a colon ends one), so each clause can be tried on its own: the
    clauses holding a mark (分别…, a colon) are tried from the last one back, not the whole window.
    """
    end = len(window)
    while end > 0:
        mark = max(window.rfind("分别", 0, end), window.rfind(":", 0, end), window.rfind("：", 0, end))
        if mark < 0:
            return None
        clause_start = max(window.rfind(c, 0, mark) for c in _HEAD_STOPS) + 1
        if window[mark] in ":：":
            clause_end = mark + 1  # a colon closes its clause
        else:
            stops_after = [i for i in (window.find(c, mark) for c in _HEAD_STOPS) if i >= 0]
            clause_end = min(stops_after) + 1 if stops_after else len(window)
        last = None
        for last in _HEAD_MARK.finditer(window, clause_start, clause_end):  # noqa: B007 - the last one
            pass
        if last is not None:
            return last
        end = clause_start
    return None


def _list_head(text: str, sentence_start: int, lo: int) -> str | None:
    """The head phrase a list of labelled figures hangs from: before 分别为/分别达到, a colon, or 其中."""
    window = text[max(sentence_start, lo - 160) : lo]  # a head stands within a few clauses of its items
    m = last_head_mark(window)  # the last head before the figure is the one
    if m is None:
        return None
    raw = m.group(1) or m.group(2) or ""
    if _HEAD_ONLY_QIZHONG.fullmatch(raw):
        first = _FIRST_CLAUSE.match(window.lstrip())
        raw = first.group() if first else ""
    head = _HEAD_TRIM.sub("", subject_words(_FIGURE.sub("", raw)))
    return head or None
