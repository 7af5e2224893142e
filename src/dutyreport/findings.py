"""What a report admits and promises: problems, plans, rectifications and targets.

* problems: the points of a problem section (``存在问题``), inline admissions
  (``但还存在A、B、C等主要问题``, ``面临…挑战和问题,如A、B等``) and shortfalls named as such
  (``补齐X短板``, ``X矛盾十分突出``, ``在X日益紧缺的情况下``);
* plans: the items of a forward-looking section (``下一步工作打算``, ``今后努力方向``);
* rectifications: each problem block of a 整改 report (``(一)关于"X"问题``) with its numbered
  measures, indicators, targets and stated status;
* targets: goals for a future date (``到2025年…达到95%以上``), built from the indicators.

Every item is a span of the original text; nothing is re-worded.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import regex

from .lang.numbers import PatternEntry
from .model.quantities import Qualifier, Range, Ratio
from .model.report import (
    Comparator,
    Deadline,
    Indicator,
    Measure,
    Noise,
    Plan,
    Problem,
    Rectification,
    Responsible,
    Section,
    Status,
    Target,
)
from .spans import SENTENCE_ENDS, Breaks

__all__ = [
    "Findings",
    "find_findings",
    "find_plans",
    "find_problems",
    "find_rectifications",
    "find_targets",
]


Entry = PatternEntry  # one row of a table below: a regex and a phrase it must read


# --- language data -------------------------------------------------------------------------------

# Headings of a section that lists the report's shortcomings.
PROBLEM_HEADINGS: tuple[Entry, ...] = (
    Entry(r"存在的?(?:主要)?问题", "五、存在的问题"),
    Entry(r"问题(?:与|和|及)不足", "三、问题与不足"),
    Entry(r"困难(?:与|和|及)问题", "四、困难和问题"),
    Entry(r"不足(?:之处|与问题)", "四、不足之处"),
    Entry(r"存在的?(?:不足|短板|困难)", "三、存在的不足"),
    Entry(r"薄弱环节", "三、薄弱环节"),
)

# Headings of a forward-looking section.
PLAN_HEADINGS: tuple[Entry, ...] = (
    Entry(r"下一?步(?:工作)?(?:打算|计划|思路|安排|措施)?", "三、下一步工作打算"),
    Entry(r"今后(?:的)?(?:努力方向|工作(?:打算|思路|计划|重点))", "六、今后努力方向"),
    Entry(r"努力方向|工作打算|工作思路", "四、工作打算"),
)

# Headings of the part of a report that answers an earlier inspection.
RECTIFICATION_PART_HEADINGS: tuple[Entry, ...] = (
    Entry(r"整改", "二、整改情况"),
    Entry(r"反馈(?:意见|问题)", "五、督导反馈意见落实情况"),
)

# A problem block: ``关于"X"问题`` (X is the problem as the inspectors wrote it).
PROBLEM_BLOCK = Entry(
    r"^关于[“\"'‘「]?(?P<p>.+?)[”\"'’」]?(?:的)?问题(?:的整改(?:情况)?|整改(?:情况)?)?$",
    "关于“学校布局规划调整滞后”问题",
)

# Inline admissions. Group ``list`` holds items separated by 、; group ``one`` a single problem.
ADMISSIONS: tuple[Entry, ...] = (
    Entry(
        r"(?:存在|还有|仍有)(?:着)?(?:以下|如下)?(?P<list>[^。；;！!？?\n]{4,200}?)等(?:方面)?(?:的)?(?:主要|突出|一些|具体)?(?:问题|不足|短板)",
        "但还存在投入不足、师资紧缺等主要问题",
    ),
    Entry(
        r"(?:面临|存在)[^。；;\n]{0,20}?(?:挑战和问题|问题和挑战|困难和问题|问题和困难|问题|挑战|不足)[,，:：]\s*(?:如|主要是|主要有|包括)(?P<list>[^。；;！!？?\n]{4,200}?)等",
        "但仍面临诸多困难和问题,如学位紧张、师资不足等",
    ),
    Entry(
        r"补(?:齐|足|强)(?P<one>[^，,。；;、\s“”]{2,16}?(?:不足|不高|偏低|偏少|短缺|紧缺|薄弱|滞后|不够|不均衡|缺乏))(?:的)?短板",
        "补齐科学教师短缺短板",
    ),
    Entry(
        r"(?<=^|[，,。；;：:\s])(?:[^，,。；;：:\s]{0,6}[，,])?(?P<one>[^，,。；;：:\s“”]{2,16}?(?:的)?矛盾(?:十分|非常|较为|比较|仍然|依然|仍|更加|日益|尤为)?突出)",
        "城区入学矛盾较为突出",
    ),
    Entry(
        r"在(?P<one>[^，,。；;、\s]{2,16}?(?:日益|十分|较为|仍然|依然)?(?:紧缺|短缺|不足|薄弱|滞后|偏低|不高))的(?:背景|情况|形势)下",
        "在教师编制持续不足的形势下",
    ),
    Entry(
        r"(?:解决|化解|破解|缓解)(?P<one>(?:(?!的|和|等|主要|相关|实际|重大|重点|各类|困难)[^，,。；;、\s“”]){2,12}?)问题",
        "着力化解城区学校超员问题",
    ),
    Entry(
        r"(?P<one>(?:[^，,。；;、\s“”]{2,8}?(?:难|贵|远))(?:、[^，,。；;、\s“”]{2,8}?(?:难|贵|远))+)问题",
        "入园难、入园贵问题",
        ("难问题", "贵问题", "远问题"),
    ),
    Entry(
        r"(?:直至|直到)(?P<one>[^，,。；;\s]{4,30}?(?:达到|达标)[^，,。；;\s]{0,12})",
        "直到乡村小学音乐教师配备达标",
    ),
)

# Words that open an admission item and are not part of the problem.
ITEM_LEAD = re.compile(
    r"(?:成立|解决|化解|破解|缓解|着力|努力|全区|全县|全市|我区|我县|我市|[一二三四五六七八九十]+是|如|主要是|主要有|包括)+"
)

# Markers of an inline enumeration: ``①A；②B；③C`` or ``(1)A;(2)B``, numbered from one.
INLINE_MARKERS: tuple[Entry, ...] = (
    Entry(r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]", "①学位不足；②师资紧缺"),
    Entry(r"[(（](?:[1-9]|1[0-9])[)）]", "（1）学位不足；（2）师资紧缺"),
)
# The outline's number for a paragraph that opens with a 【label】 (``【学位供给】学位缺口较大…``).
LABELLED_NUMBER = "【】"

# A rectification report laid out as labelled lines per problem: ``问题1：X。`` then field lines.
PROBLEM_LABEL = Entry(
    r"(?m)^[ \t\u3000]*(?:问题|存在问题|反馈问题)\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[：:]",
    "问题2：学位供给不足。",
)
# The field lines of such a block, by what they hold.
FIELD_LABELS: tuple[tuple[Entry, str], ...] = (
    (Entry(r"整改(?:目标|要求)|目标任务", "整改目标：年底前消除大班额"), "target"),
    (Entry(r"整改时限|完成时限|完成时间|时间节点", "整改时限：2022年6月30日前"), "deadline"),
    (Entry(r"责任(?:单位|部门|领导)|牵头单位|配合单位", "责任单位：县教育局、县编办"), "responsible"),
    (Entry(r"整改(?:措施|举措)|(?:主要|具体)(?:措施|举措)|整改(?:进展|情况)", "整改措施：新建学校两所"), "measures"),
    (Entry(r"整改(?:状态|进度)|完成情况", "整改状态：持续推进"), "status"),
)

# Where measures are listed inline in a rectification block: ``整改措施：一是…。二是…``.
MEASURE_LEADS = Entry(r"(?:整改|主要|具体)?(?:措施|举措|做法)[:：]", "整改措施：一是完善经费保障机制。二是…")

# Status words of a rectification (in progress wins over done: an unfinished block is not done).
STATUS_WORDS: tuple[tuple[Entry, Status], ...] = (
    (Entry(r"正在|推进中|持续推进|计划|预计|争取|力争|拟于|尚未|未完成", "计划于2021年6月底完成"), Status.IN_PROGRESS),
    (
        Entry(r"已(?:全部|全面|基本|如期|按期)?(?:完成|竣工|投入使用|到位|整改)|整改完成|已改造完工", "已全部投入使用"),
        Status.DONE,
    ),
)

# Comparators of a target, from the words around its figure.
COMPARATOR_WORDS: tuple[tuple[Entry, Comparator], ...] = (
    (Entry(r"控制在[^，,。；;]{0,12}(?:以下|以内)", "大班额控制在5%以下"), Comparator.LE),
    (Entry(r"不(?:高|多|超)(?:于|过)|以内|及以下", "不超过45人"), Comparator.LE),
    (Entry(r"低于|以下|不足", "低于5%"), Comparator.LT),
    (Entry(r"高于|超过", "高于65%"), Comparator.GT),
    (Entry(r"不低于|不少于|至少|以上|达到|达", "达到85%以上"), Comparator.GE),
)

# Cues that make a figure a goal; a deadline names its year (and month).
TARGET_CUES = Entry(
    r"力争|争取|预计|拟(?:于|在|到|新建|建成|完成)|(?<!行动|招生|指令性|事业|工作|发展|培养|训练|教学)计划(?![分为等和与及》”,，、；。])"
    r"|目标(?:为|是|[:：])",
    "计划新建初级中学1所",
    ("力争", "争取", "预计", "拟", "计划", "目标"),
)
DEADLINES = Entry(
    r"(?P<pre>(?:到|至|截至|计划|力争|争取|预计|确保在|确保于)\s*)?(?P<y>20\d\d)\s*年"
    r"(?:(?P<m>1[0-2]|0?[1-9])\s*月)?(?P<post>底前|末前|前|以来|至今)?",
    "到2025年",
    ("年",),
)

_PROBLEM_HEAD_RE = re.compile("|".join(e.pattern for e in PROBLEM_HEADINGS))
_PLAN_HEAD_RE = re.compile("|".join(e.pattern for e in PLAN_HEADINGS))
_RECT_PART_RE = re.compile("|".join(e.pattern for e in RECTIFICATION_PART_HEADINGS))
_BLOCK_RE = re.compile(PROBLEM_BLOCK.pattern)
_ADMISSION_RES = tuple((regex.compile(e.pattern), e.holds) for e in ADMISSIONS)
_STATUS_RES = tuple((regex.compile(e.pattern), s) for e, s in STATUS_WORDS)
_COMPARATOR_RES = tuple((regex.compile(e.pattern), c) for e, c in COMPARATOR_WORDS)
_TARGET_CUE_RE = regex.compile(TARGET_CUES.pattern)
_DEADLINE_RE = regex.compile(DEADLINES.pattern)
_GOAL_WORDS = TARGET_CUES.holds + DEADLINES.holds  # what a window must hold for _goal_anchor to find anything
_INLINE_RES = tuple(regex.compile(e.pattern) for e in INLINE_MARKERS)
_MEASURE_LEAD_RE = regex.compile(MEASURE_LEADS.pattern)
_PROBLEM_LABEL_RE = re.compile(PROBLEM_LABEL.pattern)
_FIELD_RES = tuple((regex.compile(r"(?m)^[ \t\u3000]*(?:" + e.pattern + r")\s*[：:]"), f) for e, f in FIELD_LABELS)
_FIELD_NAMES = {field: e.pattern for e, field in FIELD_LABELS}
# A due date or the responsible units written inside a block's text: ``（责任单位：县教育局；完成时限：
# 2022年底）`` or ``…，牵头单位：县编办``. The value runs to a closing bracket, a stop, or the next label.
_INLINE_DETAIL = re.compile(
    r"(?<=[（(；;，,。])[ \t\u3000]*+(?:(?P<deadline>"
    + _FIELD_NAMES["deadline"]
    + r")|(?P<responsible>"
    + _FIELD_NAMES["responsible"]
    + r"))\s*[：:]"
)
_DETAIL_END = re.compile(
    r"[）)；;。\n]|[，,](?=\s*(?:" + "|".join(e.pattern for e, _ in FIELD_LABELS) + r")\s*[：:])"
)
_DUE_DATE = re.compile(
    r"(?P<y>(?:19|20)[0-9]{2})\s*年(?:\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d>3[01]|[12][0-9]|0?[1-9])\s*日)?)?"
)
_UNIT_SEPARATORS = re.compile(r"[、，,；;/]+")
_POINT_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}是[,，:：]?")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ANY_YEAR = regex.compile(r"(?:19|20)\d\d\s*年")
_CHANGE_FROM = re.compile(r"从[^，,。；;]*$")
_SENTENCE_END = "。！？!?；;\n"
_TRIM = " \t\r\n\u3000\xa0,，。；;：:、"
_GOAL_REACH = 240  # how far before a figure its deadline or cue may stand
_MAX_LABELLED = 200  # labelled problem lines read per report
_MIN_PROBLEM = 12  # a first sentence shorter than this takes the next one too


class Findings(NamedTuple):
    problems: tuple[Problem, ...]
    plans: tuple[Plan, ...]
    rectifications: tuple[Rectification, ...]
    targets: tuple[Target, ...]


# --- helpers -------------------------------------------------------------------------------------


def _walk(sections: Iterable[Section]) -> Iterable[Section]:
    for s in sections:
        yield from s.walk()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _in_noise(noise: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a noise span (spans sorted, ``starts`` their starts)."""
    i = bisect.bisect_left(starts, end)
    return any(noise[j][1] > start for j in range(max(0, i - 3), i))


def _own_end(section: Section) -> int:
    """Where a section's own text ends (its first child starts)."""
    return section.children[0].start if section.children else section.end


def _sentence_span(text: str, start: int, limit: int) -> int:
    i = start
    while i < limit and text[i] not in _SENTENCE_END:
        i += 1
    return i


def _marker_number(marker: str) -> int:
    if marker in _CIRCLED:
        return _CIRCLED.index(marker) + 1
    return int(marker.strip("()（）"))


def _inline_number(section: Section) -> bool:
    """Whether a section is numbered like an inline item (``①``, ``(1)``)."""
    number = (section.number or "").strip()
    return any(rx.fullmatch(number) for rx in _INLINE_RES)


def _inline_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of an inline enumeration ``①A；②B；③C。`` in [start, end): each up to the next marker
    or its sentence's end. Markers must run 1, 2, 3…; fewer than two items is no enumeration."""
    for rx in _INLINE_RES:
        marks: list[regex.Match[str]] = []
        for m in rx.finditer(text, start, end):
            if _marker_number(m.group()) == len(marks) + 1:
                marks.append(m)
        if len(marks) < 2:
            continue
        out: list[tuple[int, int]] = []
        for k, m in enumerate(marks):
            stop = marks[k + 1].start() if k + 1 < len(marks) else end
            cut = min((i for i in (text.find(c, m.end(), stop) for c in "。\n") if i >= 0), default=stop)
            s, e = _trimmed(text, m.end(), cut)
            if e > s:
                out.append((s, e))
        if len(out) >= 2:
            return out
    return []


# --- problems ------------------------------------------------------------------------------------


def _point_problem(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The problem a point states: its first sentence (two when the first is short), without 一是."""
    m = _POINT_NUMBER.match(text[start:end])
    if m:
        start += m.end()
    start, end = _trimmed(text, start, end)
    if start >= end:
        return None
    stop = _sentence_span(text, start, end)
    if stop - start < _MIN_PROBLEM and stop < end:
        stop = _sentence_span(text, stop + 1, end)
    return _trimmed(text, start, stop)


_ACHIEVEMENT_WORDS = regex.compile(r"虽然|取得|成绩|成效")


def _section_problems(text: str, section: Section) -> list[Problem]:
    out: list[Problem] = []
    spans: list[tuple[int, int]] = []
    if section.points:
        for p in section.points:
            nxt = [q.start for q in section.points if q.start > p.start]
            end = min(nxt[0] if nxt else _own_end(section), _own_end(section))
            span = _point_problem(text, p.start, end)
            if span:
                spans.append(span)
    if section.children:
        for c in section.children:
            if (c.number or "").strip() == LABELLED_NUMBER and not c.children:
                # 【学位供给】学位缺口较大，…。: the label is context, the problem its paragraph's first sentence
                after = c.heading_end + 1 if text.startswith("】", c.heading_end) else c.heading_end
                body = _point_problem(text, after, c.end)
                if body and body[1] > body[0]:
                    spans.append(body)
                    continue
            s, e = _trimmed(text, c.heading_start, c.heading_end)
            if e > s:
                spans.append((s, e))
    if not section.points and all(_inline_number(c) for c in section.children):
        inline = _inline_items(text, section.heading_end, section.end)
        if len(inline) > len(section.children):
            spans = inline  # ①A；②B；③C, which the outline read as one child ① holding the rest
    if not spans:
        pos = section.heading_end
        end = _own_end(section)
        while pos < end:
            stop = _sentence_span(text, pos, end)
            s, e = _trimmed(text, pos, stop)
            if e > s and not _ACHIEVEMENT_WORDS.search(text[s:e]):
                spans.append((s, e))
            pos = stop + 1
    for s, e in spans:
        out.append(Problem(start=s, end=e, text=text[s:e], source="section"))
    return out


_ENUMERATION_COMMA = re.compile(r"、|$")


def _admission_items(text: str, start: int, end: int, has_list: bool) -> list[tuple[int, int]]:
    items: list[tuple[int, int]] = []
    if not has_list:
        s, e = _trimmed(text, start, end)
        m = ITEM_LEAD.match(text, s, e)
        if m:
            s = m.end()
        return [(s, e)] if e - s >= 2 else []
    pos = start
    for m in _ENUMERATION_COMMA.finditer(text[start:end]):
        s, e = _trimmed(text, pos, start + m.start())
        lead = ITEM_LEAD.match(text, s, e)
        if lead:
            s = lead.end()
        if e - s >= 2:
            items.append((s, e))
        pos = start + m.end()
        if m.start() == end - start:
            break
    # an item that is only a few characters (难、贵) was a split inside one problem: rejoin it
    merged: list[tuple[int, int]] = []
    for s, e in items:
        if merged and e - s <= 4 and text[merged[-1][1] : s] == "、":
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def find_problems(
    text: str, sections: Sequence[Section], noise: Sequence[Noise] = (), blocks: Sequence[Rectification] = ()
) -> tuple[Problem, ...]:
    """Every shortcoming the report admits, in reading order, each a span of the text."""
    noise_spans = sorted((n.start, n.end) for n in noise)
    noise_starts = [s for s, _ in noise_spans]
    found: list[Problem] = []
    for s in _walk(sections):
        if _PROBLEM_HEAD_RE.search(s.heading) and not _BLOCK_RE.match(s.heading):
            found.extend(_section_problems(text, s))
    for r in blocks:
        found.append(r.problem)
    body_end = max((s.end for s in sections), default=len(text))
    for rx, holds in _ADMISSION_RES:
        if holds and not any(word in text for word in holds):
            continue  # no match can stand in this text
        for m in rx.finditer(text, 0, body_end):
            group = "list" if "list" in rx.groupindex and m.group("list") is not None else "one"
            gs, ge = m.span(group)
            if _in_noise(noise_spans, noise_starts, gs, ge):
                continue
            for a, b in _admission_items(text, gs, ge, group == "list"):
                found.append(Problem(start=a, end=b, text=text[a:b], source="inline"))
    return _dedupe_problems(found)


def _dedupe_problems(found: list[Problem]) -> tuple[Problem, ...]:
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    out: list[Problem] = []
    seen: set[str] = set()
    reach = -1  # the furthest end of a problem taken so far
    for p in found:
        if p.text in seen or p.end <= reach:
            continue  # a repeat, or inside a problem already taken (a section point that holds it)
        seen.add(p.text)
        out.append(p)
        reach = max(reach, p.end)
    return tuple(out)


# --- plans ---------------------------------------------------------------------------------------


def find_plans(text: str, sections: Sequence[Section]) -> tuple[Plan, ...]:
    """The forward-looking items: the children (or points, or body) of each plan section."""
    out: list[Plan] = []
    for s in _walk(sections):
        if not _PLAN_HEAD_RE.search(s.heading):
            continue
        if any(o.start <= s.start < o.end for o in out):
            continue
        inline = _inline_items(text, s.heading_end, s.end) if not s.points else []
        if len(inline) > len(s.children) and all(_inline_number(c) for c in s.children):
            spans = inline
        elif s.children:
            spans = [(c.start, c.end) for c in s.children]
        elif s.points:
            spans = [(p.start, p.end) for p in s.points]
        else:
            spans = [(s.heading_end, s.end)]
        for a, b in spans:
            a, b = _trimmed(text, a, b)
            if b > a:
                out.append(Plan(start=a, end=b, text=text[a:b]))
    return tuple(out)


# --- targets -------------------------------------------------------------------------------------


def _comparator(text: str, ind: Indicator, clause_start: int) -> Comparator:
    q = ind.quantity.qualifier
    after = text[ind.end : ind.end + 4]
    window = text[max(clause_start, ind.start - 12) : ind.start] + ind.text + after
    for rx, comp in _COMPARATOR_RES:
        if rx.search(window):
            return comp
    if q is Qualifier.AT_LEAST or q is Qualifier.MORE_THAN:
        return Comparator.GE
    if q is Qualifier.AT_MOST:
        return Comparator.LE
    if q is Qualifier.LESS_THAN:
        return Comparator.LT
    return Comparator.EQ


def _quoted(text: str, start: int, pos: int) -> bool:
    """Whether pos sits inside 《…》 opened after start."""
    seg = text[start:pos]
    return seg.rfind("《") > seg.rfind("》")


def _goal_anchor(text: str, start: int, end: int) -> tuple[int, regex.Match[str] | None]:
    """Where the goal that governs a figure at ``end`` begins (-1: none) and its deadline."""
    events: list[tuple[int, str, regex.Match[str]]] = []
    for m in _DEADLINE_RE.finditer(text, start, end):
        if not _quoted(text, start, m.start()):
            events.append((m.start(), "year", m))
    for m in _TARGET_CUE_RE.finditer(text, start, end):
        if not _quoted(text, start, m.start()):
            events.append((m.start(), "cue", m))
    events.sort(key=lambda e: e[0])
    cue_pos = -1
    deadline: regex.Match[str] | None = None
    last_year: regex.Match[str] | None = None
    for pos, what, m in events:
        if what == "cue":
            if cue_pos < 0 or deadline is None:
                deadline = last_year
            cue_pos = pos
            continue
        post = m.group("post") or ""
        if post in ("以来", "至今"):
            cue_pos, deadline = -1, None
        elif m.group("pre") or post:
            cue_pos, deadline = pos, m
        elif cue_pos >= 0:
            deadline = m
        else:
            deadline = None
        last_year = m if not post.startswith(("以", "至")) else None
    return cue_pos, deadline


_DIGIT = re.compile("[0-9]")


def _target_deadline(m: regex.Match[str]) -> Deadline:
    return Deadline(
        start=m.start(), end=m.end(), text=m.group(), year=int(m.group("y")), month=int(m["m"]) if m["m"] else None
    )


def find_targets(text: str, indicators: Sequence[Indicator], breaks: Breaks | None = None) -> tuple[Target, ...]:
    """Goals for a future date, one per indicator that states one."""
    out: list[Target] = []
    stops = (breaks if breaks is not None and breaks.text is text else Breaks(text)).of(SENTENCE_ENDS)
    for ind in indicators:
        if isinstance(ind.quantity, (Ratio, Range)) or ind.quantity.is_placeholder:
            continue
        k = bisect.bisect_left(stops, ind.start) - 1
        sent_start = max(stops[k] + 1 if k >= 0 else 0, ind.start - _GOAL_REACH)
        before = text[sent_start : ind.start]
        if _CHANGE_FROM.search(before) and _DIGIT.search(before, max(0, before.rfind("从"))):
            continue  # 从48.5%提升到53.2%: a change with both ends
        if not any(word in before for word in _GOAL_WORDS):
            continue  # neither a deadline nor a goal word before the figure
        cue_pos, deadline = _goal_anchor(text, sent_start, ind.start)
        if cue_pos < 0:
            continue
        clause_start = max(text.rfind(c, sent_start, ind.start) for c in "，,；;：:") + 1
        span_start = min(cue_pos, deadline.start() if deadline else cue_pos)
        span_start = max(span_start, sent_start)
        if ind.start - span_start > 60:
            span_start = max(clause_start, sent_start)
        comp_start = max(text.rfind(c, sent_start, ind.start) for c in "，,；;：:、") + 1
        out.append(
            Target(
                start=span_start,
                end=ind.end,
                text=text[span_start : ind.end],
                subject=ind.subject,
                comparator=_comparator(text, ind, max(comp_start, sent_start)),
                quantity=ind.quantity,
                deadline=None if deadline is None else _target_deadline(deadline),
            )
        )
    return tuple(out)


# --- rectifications ------------------------------------------------------------------------------


def _block_sections(sections: Sequence[Section]) -> list[Section]:
    blocks: list[Section] = []
    for s in _walk(sections):
        if _BLOCK_RE.match(s.heading.strip()):
            blocks.append(s)
    if blocks:
        return blocks
    for s in _walk(sections):
        if _RECT_PART_RE.search(s.heading) and s.children and not _PLAN_HEAD_RE.search(s.heading):
            blocks.extend(s.children)
    return blocks


def _status(text: str, start: int, end: int) -> Status | None:
    for rx, status in _STATUS_RES:
        if rx.search(text, start, end):
            return status
    return None


def _measure(text: str, start: int, end: int) -> Measure | None:
    """A measure written inline: its heading is its first sentence (``一是完善经费保障机制。…``)."""
    m = _POINT_NUMBER.match(text, start, end)
    head_start = m.end() if m else start
    head_start, _ = _trimmed(text, head_start, end)
    stop = _sentence_span(text, head_start, end)
    hs, he = _trimmed(text, head_start, stop)
    s, e = _trimmed(text, start, end)
    if he <= hs or e <= s:
        return None
    return Measure(heading=text[hs:he], start=s, end=e, text=text[s:e])


def _inline_measures(text: str, block: Section) -> tuple[Measure, ...]:
    """The measures of a block without numbered children: its 一是/二是 points, or ``①…②…`` after
    ``整改措施:``."""
    spans: list[tuple[int, int]] = []
    own_end = _own_end(block)
    if block.points:
        for k, p in enumerate(block.points):
            nxt = block.points[k + 1].start if k + 1 < len(block.points) else own_end
            # a point ends with its paragraph: ``整改目标:`` on the next line is not part of it
            line_end = text.find("\n", p.start, nxt)
            spans.append((p.start, line_end if line_end >= 0 else nxt))
    else:
        lead = _MEASURE_LEAD_RE.search(text, block.heading_end, own_end)
        if lead is not None:
            line_end = text.find("\n", lead.end(), own_end)
            for s, e in _inline_items(text, lead.end(), line_end if line_end >= 0 else own_end):
                spans.append((s, e))
    out = [m for s, e in spans if (m := _measure(text, s, e)) is not None]
    return tuple(out)


def _innermost_end(sections: Sequence[Section], pos: int) -> int:
    """Where the innermost section holding pos ends (its first child after pos, or its end)."""
    end = max((s.end for s in sections), default=pos)
    for s in _walk(sections):
        if s.start <= pos < s.end:
            end = s.end
            later = [c.start for c in s.children if c.start > pos]
            if later:
                end = min(end, later[0])
    return end


def _field_lines(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The labelled field lines of [start, end): (field, value start, line end), in order."""
    out: list[tuple[str, int, int]] = []
    for rx, field in _FIELD_RES:
        for m in rx.finditer(text, start, end):
            line_end = text.find("\n", m.end(), end)
            out.append((field, m.end(), line_end if line_end >= 0 else end))
    out.sort(key=lambda f: f[1])
    return out


def _details(
    text: str, fields: Sequence[tuple[str, int, int]], start: int | None = None, end: int | None = None
) -> tuple[Deadline | None, Responsible | None]:
    """A block's due date and responsible units: from its labelled lines (``fields``), else, when the
    block's range is given, from the first ``（责任单位：…；完成时限：…）`` inside it."""
    found: dict[str, tuple[int, int]] = {}
    for field, a, b in fields:
        if field in ("deadline", "responsible") and field not in found:
            found[field] = (a, b)
    if start is not None and end is not None:
        for m in _INLINE_DETAIL.finditer(text, start, end):
            field = "deadline" if m.group("deadline") else "responsible"
            if field not in found:
                stop = _DETAIL_END.search(text, m.end(), end)
                found[field] = (m.end(), stop.start() if stop else end)
    deadline = responsible = None
    if "deadline" in found:
        a, b = _trimmed(text, *found["deadline"])
        if b > a:
            date = _DUE_DATE.search(text, a, b)
            deadline = Deadline(
                start=a,
                end=b,
                text=text[a:b],
                year=int(date.group("y")) if date else None,
                month=int(date.group("m")) if date and date.group("m") else None,
                day=int(date.group("d")) if date and date.group("d") else None,
            )
    if "responsible" in found:
        a, b = _trimmed(text, *found["responsible"])
        if b > a:
            units = tuple(u.strip(" \t\u3000等") for u in _UNIT_SEPARATORS.split(text[a:b]))
            responsible = Responsible(start=a, end=b, text=text[a:b], units=tuple(u for u in units if u))
    return deadline, responsible


def _labelled_measures(text: str, start: int, end: int) -> tuple[Measure, ...]:
    """The measures after ``整改措施:``: its 一是/二是 points (each headed by its first clause), or else the
    ；-separated items of its first sentence."""
    s, e = _trimmed(text, start, end)
    if e <= s:
        return ()
    points = list(_POINT_NUMBER.finditer(text, s, e))
    out: list[Measure] = []
    if len(points) >= 2 and points[0].start() == s:
        for k, m in enumerate(points):
            stop = points[k + 1].start() if k + 1 < len(points) else _sentence_span(text, m.end(), e)
            a, b = _trimmed(text, m.start(), stop)
            hs = m.end()
            he = min((i for i in (text.find(c, hs, b) for c in "，,；;。") if i >= 0), default=b)
            hs, he = _trimmed(text, hs, he)
            if he > hs:
                out.append(Measure(heading=text[hs:he], start=a, end=b, text=text[a:b]))
        return tuple(out)
    stop = min((i for i in (text.find(c, s, e) for c in "。！？!?") if i >= 0), default=e)
    pos = s
    while pos < stop:
        cut = min((i for i in (text.find(c, pos, stop) for c in "；;") if i >= 0), default=stop)
        a, b = _trimmed(text, pos, cut)
        if b > a:
            out.append(Measure(heading=text[a:b], start=a, end=b, text=text[a:b]))
        pos = cut + 1
    return tuple(out)


def _labelled_blocks(
    text: str, sections: Sequence[Section], indicators: Sequence[Indicator], targets: Sequence[Target]
) -> list[Rectification]:
    """Rectifications laid out as labelled lines: ``问题1：X。`` / ``整改目标：`` / ``整改措施：`` / ``整改状态：``."""
    labels = list(_PROBLEM_LABEL_RE.finditer(text))[:_MAX_LABELLED]  # each looks up its section: keep it bounded
    out: list[Rectification] = []
    for k, m in enumerate(labels):
        end = min(labels[k + 1].start() if k + 1 < len(labels) else len(text), _innermost_end(sections, m.end()))
        fields = _field_lines(text, m.end(), end)
        if not fields:
            continue  # a line that merely starts with 问题1: without the fields of a rectification
        line_end = text.find("\n", m.end(), end)
        ps = m.end()
        pe = _sentence_span(text, ps, fields[0][1] if line_end < 0 else line_end)
        ps, pe = _trimmed(text, ps, pe)
        if pe <= ps:
            continue
        start, end = _trimmed(text, m.start(), end)
        measures: tuple[Measure, ...] = ()
        status: Status | None = None
        goal: list[tuple[int, int]] = []
        deadline, responsible = _details(text, fields)
        for field, a, b in fields:
            if field == "measures":
                measures += _labelled_measures(text, a, b)
            elif field == "status":
                status = _status(text, a, b)
            elif field == "target":
                goal.append((a, b))
        out.append(
            Rectification(
                problem=Problem(start=ps, end=pe, text=text[ps:pe], source="rectification"),
                start=start,
                end=end,
                text=text[start:end],
                measures=measures,
                indicators=tuple(i for i in indicators if start <= i.start < end),
                targets=tuple(t for t in targets if any(a <= t.end <= b for a, b in goal))
                or tuple(t for t in targets if start <= t.start < end),
                status=status if status is not None else _status(text, pe, end),
                deadline=deadline,
                responsible=responsible,
            )
        )
    return out


def find_rectifications(
    text: str,
    sections: Sequence[Section],
    indicators: Sequence[Indicator] = (),
    targets: Sequence[Target] = (),
) -> tuple[Rectification, ...]:
    """Each problem block of a 整改 report (or of a report's 整改 part) with its measures."""
    labelled = _labelled_blocks(text, sections, indicators, targets)
    out: list[Rectification] = list(labelled)
    for b in _block_sections(sections):
        if any(b.start <= r.start < b.end or r.start <= b.start < r.end for r in labelled):
            continue  # a section that holds labelled blocks is not itself one
        m = _BLOCK_RE.match(b.heading.strip())
        lead = len(b.heading) - len(b.heading.lstrip())
        if m:
            ps, pe = b.heading_start + lead + m.start("p"), b.heading_start + lead + m.end("p")
        else:
            ps, pe = _trimmed(text, b.heading_start, b.heading_end)
        if pe <= ps or text[ps:pe] != text[ps:pe].strip():
            ps, pe = _trimmed(text, ps, pe)
        measures = tuple(
            Measure(heading=c.heading.strip(), start=c.start, end=c.end, text=text[c.start : c.end]) for c in b.children
        ) or _inline_measures(text, b)
        deadline, responsible = _details(text, _field_lines(text, b.heading_end, b.end), b.heading_end, b.end)
        out.append(
            Rectification(
                problem=Problem(start=ps, end=pe, text=text[ps:pe], source="rectification"),
                start=b.start,
                end=b.end,
                text=text[b.start : b.end],
                measures=measures,
                indicators=tuple(i for i in indicators if b.start <= i.start < b.end),
                targets=tuple(t for t in targets if b.start <= t.start < b.end),
                status=_status(text, b.heading_end, b.end),
                deadline=deadline,
                responsible=responsible,
            )
        )
    return tuple(out)


def find_findings(
    text: str,
    sections: Sequence[Section],
    indicators: Sequence[Indicator],
    noise: Sequence[Noise] = (),
    breaks: Breaks | None = None,
) -> Findings:
    """Problems, plans, rectifications and targets of one report (``breaks``: the text's, if found)."""
    targets = find_targets(text, indicators, breaks)
    rects = find_rectifications(text, sections, indicators, targets)
    problems = find_problems(text, sections, noise, rects)
    plans = find_plans(text, sections)
    return Findings(problems=problems, plans=plans, rectifications=rects, targets=targets)
