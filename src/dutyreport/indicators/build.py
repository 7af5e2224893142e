"""From numeric matches to indicators: which numbers are the report's figures, and how to read them.

The scanner (:mod:`dutyreport.quantities.scan`) finds every numeric expression; this stage keeps
the report's figures and reads their context:

* skipped: noise (site chrome, spam), damaged dates and 文号 (the corruption list),
  names in quotes and book titles (``“六项机制”``, ``《教育现代化2035》``);
* split: digits run together where the corruption list proves the split;
* subject: :mod:`dutyreport.indicators.subjects`; year: :mod:`dutyreport.indicators.years`;
* qualifier and unit (:mod:`dutyreport.indicators.refine`): a comparative a few words before the number
  (``至少配备两套以上``), a per-student amount in a per-student context, a bare number's noun (``9万学生``);
* kind: stock, change, target (a deadline or a goal word) or standard (a norm).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal
from operator import itemgetter

import attrs
import regex

from ..clean.noise import wording_noise
from ..document import Document
from ..lang.audit import RATIO_COPULAS
from ..lang.dates import YEAR, YEAR_MARK
from ..lang.figure_years import DEADLINE_AFTER, YEAR_WORDS
from ..lang.figures import (
    CHANGE_VERBS,
    COMPARISON_WORDS,
    DURATION_UNITS,
    FREQUENCY_WORDS,
    NORM_MODIFIERS,
    NORM_NOUNS_AFTER,
    PEOPLE_COUNT_WORDS,
)
from ..lang.headings import OUTLINE_NUMERALS
from ..lang.numbers import MEASURE_WORDS
from ..lang.punctuation import (
    CLAUSE_CLOSERS,
    CLOSE_BRACKETS,
    COMMAS,
    LIST_MARKS,
    OPEN_BRACKETS,
)
from ..lang.script import alternation
from ..lang.subjects import AMONG_WORDS, CHANGE_TO_VERBS, SUBJECT_TAIL_WORDS
from ..model.dimensions import Dimensions
from ..model.quantities import Count, Money, Percent, PerUnit, Qualifier, Quantity
from ..model.report import Corruption, CorruptionKind, Indicator, IndicatorKind
from ..patterns import char_class, first_chars, known
from ..quantities.around import YEAR_LENGTH_NAME
from ..quantities.scan import Match, MatchKind
from ..spans import SENTENCE_ENDS, Breaks, SpanSet
from ..structure.tables import cell_subjects, stated_unit
from .bare import bare_in_words
from .keys import KeyReadings, key_of
from .kinds import MARGIN_FIRSTS, PLAN_DONE, GoalCues, goal_word_before, is_margin, kind_of
from .paid_for import listed_before
from .quotes import opens_a_name, quoted_names, quoted_regions
from .refine import (
    LIST_JOIN,
    LIST_JOIN_WIDTH,
    SharedUnits,
    bound_of_list,
    measured_before,
    per_unit_of_subject,
    qualified,
    refine_unit,
)
from .subject_edges import shares_one_figure, tidy_subject, unmasked
from .subject_tidy import TOTAL_ENDS, subject_words
from .subjects import (
    Figure,
    Labels,
    ListHeads,
    Readings,
    masked,
    read_subject,
    recent,
)
from .units import in_unit, per_unit_by_level
from .years import Years, find_years, respective_years, section_years, standing_fact, table_years, year_of

__all__ = ["build_indicators", "joined_corruptions"]


_CLAUSE_BREAK = "，,；;。！？!?：:\n"
# a comparison (比上年) or a rate of change (增幅): a change of the latest year compared
_RELATIVE = re.compile(alternation(COMPARISON_WORDS, tuple(e for e in CHANGE_VERBS if e.value.rate)))
_FREQUENCY = re.compile(alternation(FREQUENCY_WORDS))
# (2022年底前, 2022年前: a deadline still to come, lang.figure_years.DEADLINE_AFTER's words of 前)
_DUE_BEFORE = re.compile(
    rf"{YEAR_MARK}(?:[0-9０-９]{{1,2}}月)?(?:{alternation(tuple(e for e in DEADLINE_AFTER if e.word.endswith('前')))})"
)  # (2022年12月底前 too)
_DURATIONS = frozenset(e.word for e in DURATION_UNITS)
_CLAUSE_REACH = 160
_ASIDE_REACH = 80  # how far back the bracket of an aside may open
_KEY_REACH = 80  # the words before a figure a label's measure may be read from
_SENTENCE_REACH = 320
_LINE_REACH = 640
_POINT_NUMERALS = frozenset(OUTLINE_NUMERALS[1:])  # of 二是…十是, the points after the first
_POINT_MARK = re.compile(f"{char_class(_POINT_NUMERALS)}是")
_ITEM_MARKS = frozenset(".．、")  # (what follows the number of a run-in item; "" is in no set)
_ITEM_NUMBER_AFTER = regex.compile(rf"{char_class(_ITEM_MARKS)}\p{{Han}}")
_TAKES_A_FIGURE = re.compile(rf"(?:{alternation(SUBJECT_TAIL_WORDS)})$")  # 共计, 为, 达 … right before a figure
_TAIL_WORD_LONGEST = max(len(e.word) for e in SUBJECT_TAIL_WORDS)
_QIZHONG_FIRST = re.compile(rf"\s*(?:{alternation(AMONG_WORDS)})")
_QIZHONG_FIRSTS = known(first_chars(_QIZHONG_FIRST, spaces=True), _QIZHONG_FIRST.pattern)
_FIRST = itemgetter(0)  # (a picked figure's start)
_SPLIT_PIECES = re.compile(char_class(LIST_MARKS + COMMAS, spaces=True) + "+")
_DIGITS = re.compile(r"[0-9](?:[0-9,]*[0-9])?")
_PEOPLE_COUNT = re.compile(alternation(PEOPLE_COUNT_WORDS))
_NO_DIMENSIONS = Dimensions()  # (immutable: one for every figure no measure is read for, not one each)
# A figure picked: its start, end and quantity, the year and subject forced on it (a run-together figure's)
_Picked = tuple[int, int, Quantity, int | None, str | None]
# (corruption kinds read for each corruption: an enum's member, read through its class, costs several plain reads)
_RUN_TOGETHER, _LINE_BREAK = CorruptionKind.RUN_TOGETHER, CorruptionKind.LINE_BREAK
# A multiple or a share of a year's value (是2012年的2.3倍, 为上年的120%): the year named is the base's.
_TIMES = next(e.word for e in MEASURE_WORDS if e.value == "multiple")
# (是 or 为 right before the year, not the 为 of a change to a value: 由85%提高为2022年的92% is that year's)
_OF_A_YEAR = re.compile(
    rf"(?:{RATIO_COPULAS.pattern})\s*(?:{YEAR}\s*{YEAR_MARK}|{alternation(YEAR_WORDS)})的\s*$"
)
_CHANGE_TO_END = re.compile(rf"(?:{alternation(CHANGE_TO_VERBS)})$")
_CHANGE_TO_LONGEST = max(len(e.word) for e in CHANGE_TO_VERBS)


def _ratio_to_a_year(text: str, q: Quantity, clause_start: int, start: int) -> int | None:
    """Where the year starts whose value the figure is a multiple or a share of, as its words name it right before
    it (是2012年的2.3倍, 为上年的120%), or None."""
    if not (type(q) is Percent or (type(q) is Count and q.measure_word == _TIMES)):
        return None
    m = _OF_A_YEAR.search(text, max(clause_start, start - 16), start)
    if m is None or _CHANGE_TO_END.search(text, max(0, m.start() - _CHANGE_TO_LONGEST + 1), m.start() + 1):
        return None
    return m.start() + 1


# A norm's noun after a figure a strict comparative opens (…,低于生均18平方米的标准): that figure is the norm.
_STRICT = frozenset((Qualifier.LESS_THAN, Qualifier.MORE_THAN))
_NORM_AFTER = re.compile(
    rf"的(?:{alternation(NORM_MODIFIERS)})?(?:{alternation(NORM_NOUNS_AFTER)})(?=[{re.escape(CLAUSE_CLOSERS)}\n]|$)"
)

# Where a figure's year was read from its own words (a compared value's own too: 比上年的…), and from its sentence.
_OWN = frozenset(("own", "compared"))
_OWN_OR_SENTENCE = _OWN | {"sentence"}
_SKIPPED = (
    CorruptionKind.LOST_DATE_CHAR,
    CorruptionKind.LOST_BRACKET,
    CorruptionKind.SPAM,
    CorruptionKind.SITE_LABEL,
    CorruptionKind.UNBALANCED,
)


# --- the stage -----------------------------------------------------------------------------------


def build_indicators(doc: Document, matches: Sequence[Match]) -> tuple[Indicator, ...]:
    """The report's indicators from the numeric matches of its text."""
    text, breaks, years_of_report = doc.text, doc.breaks, doc.years
    skip = wording_noise(doc)  # a figure read across pinyin printed among the words (十(shí)二所) is one
    damaged = SpanSet([(c.start, c.end) for c in doc.corruptions if c.kind in _SKIPPED])
    run_together = [c for c in doc.corruptions if c.kind is _RUN_TOGETHER]
    together = SpanSet([(c.start, c.end) for c in run_together])
    quoted = SpanSet(quoted_regions(breaks))
    clauses = breaks.of(_CLAUSE_BREAK)
    sentences = breaks.of(SENTENCE_ENDS)
    lines = breaks.of("\n")
    marks = breaks.of("、")  # (an item of a list ends at a clause break or at a 、)
    wraps = _wraps(text, doc.corruptions)
    if wraps:  # a PDF's line wrap inside a sentence ends no clause, sentence or line
        clauses, sentences, lines = ([i for i in x if i not in wraps] for x in (clauses, sentences, lines))
    headings = doc.section_index.heading_ends
    view = masked(text, doc.noise)  # subjects are read from the text without its noise
    by_section = section_years(text, doc.sections)
    labels: Labels = {}
    readings = Readings()
    section_paths = doc.section_index
    shared_units = SharedUnits(text)
    list_heads = ListHeads(text, lines)
    asides = _Asides(breaks)
    goals = GoalCues(text)
    opens = breaks.of(OPEN_BRACKETS)  # (a table row's unit in brackets is looked for only where a bracket opens)
    line_seen, head = -1, None
    line_head: tuple[int, int] | None = None  # (the line a line hangs from, for years: read once per line)
    line_head_read = False

    picked: list[_Picked] = []
    # (one span set of what is skipped, asked only where it has spans: most reports have no damage)
    skipped = SpanSet([*skip.spans, *damaged.spans, *together.spans]) if damaged.spans or together.spans else skip
    # (SpanSet.overlaps and SpanSet.contains, asked here without a call for each match)
    skip_starts, skip_ends, n_skipped = skipped.starts, skipped.ends, len(skipped.starts)
    quoted_starts, quoted_ends, n_quoted = quoted.starts, quoted.ends, len(quoted.starts)
    bisect_right = bisect.bisect_right
    names = quoted_names(text, quoted.spans) if quoted.spans else {}
    quantity_kind, date_kind = MatchKind.QUANTITY, MatchKind.DATE
    dates: list[Match] = []  # (the years are read from these: one walk through the matches for both)
    for m in matches:
        if m.kind is not quantity_kind:
            if m.kind is date_kind:
                dates.append(m)
            continue
        start, end = m.start, m.end
        if n_skipped:  # (overlaps a skipped span)
            j = bisect_right(skip_ends, start)
            if j < n_skipped and skip_starts[j] < end:
                continue
        if n_quoted:  # (lies wholly inside a quotation)
            j = bisect_right(quoted_starts, start) - 1
            if j >= 0 and end <= quoted_ends[j]:
                continue
        if text[end : end + 1] in _ITEM_MARKS and _item_number(text, start, end, m.quantity):
            continue
        if names and text[start] in names and opens_a_name(text, start, end, names):
            continue  # 改薄20条底线 where “20条底线” is quoted: the figure opens the name
        picked.append((start, end, m.quantity, None, None))
    years = find_years(
        text, dates, doc.corruptions, years_of_report.report, years_of_report.single, sentences, view, breaks
    )
    split = _split_run_together(text, run_together, years)
    split_at = {p[0] for p in split}  # (the digits of a list run together: the list's unit is theirs)
    picked.extend(split)
    picked.sort(key=_FIRST)
    if doc.sections:  # a figure runs into no heading: one section holds each (a heading's number is its own)
        picked = _in_one_section(picked, doc.section_index.bounds)
    in_tables = table_years(text, [p[:2] for p in picked], breaks.of("\n"))
    column_units = {
        s: unit
        for table in doc.tables
        for row in table.rows
        for (s, _), unit in zip(row[1:], table.units, strict=True)
        if unit is not None
    }
    column_subjects = cell_subjects(text, doc.tables) if doc.tables else {}

    out: list[Figure] = []  # the figures read so far (their indicators are made once all are read)
    key_from: list[int] = []  # where the words before each figure its key is read from begin
    size, n_clauses, n_sentences, n_lines, n_marks, n_headings = (
        len(text),
        len(clauses),
        len(sentences),
        len(lines),
        len(marks),
        len(headings),
    )
    # Figures come in reading order: the first break at or after each figure's start (the first heading end
    # after it) is looked up from the one before, only where one stands between (cl, se, ln, mk, hd, cz, qz: indexes
    # into clauses, sentences, lines, marks, headings, closing brackets, quote starts).
    closes = breaks.of(CLOSE_BRACKETS)
    n_closes = len(closes)
    cl = se = ln = mk = hd = cz = qz = 0
    quote_spans = quoted.spans  # (qz: how many quotes open before the figure)
    n_quotes = len(quote_spans)
    quote_starts = quoted.starts
    standard, change = IndicatorKind.STANDARD, IndicatorKind.CHANGE  # (a local is read faster than an enum's member)
    stock, target = IndicatorKind.STOCK, IndicatorKind.TARGET
    undated = years_of_report.undated  # (a property: read once, not per figure)
    report_year = years_of_report.report
    margins: set[int] = set()  # (where a margin between two compared figures starts: it has no key)
    bases: set[int] = set()  # (where a compared value starts, its year read as the value compared with: 比上年的…)
    ratios: set[int] = set()  # (where a multiple or a share of a year's value starts: 是2012年的2.3倍)
    plans = doc.section_index.plans  # (下一步工作打算, 2024年工作打算: their level figures are goals)
    plan_starts, plan_ends = (plans.starts, plans.ends) if plans is not None else ([], [])
    n_plans = len(plan_starts)
    points = _point_marks(text)
    n_picked = len(picked)
    new_figure = tuple.__new__
    for k, (start, end, quantity, forced_year, forced_subject) in enumerate(picked):
        next_start = picked[k + 1][0] if k + 1 < n_picked else size
        if cl < n_clauses and clauses[cl] < start:
            cl = bisect.bisect_left(clauses, start, cl + 1)
        if se < n_sentences and sentences[se] < start:
            se = bisect.bisect_left(sentences, start, se + 1)
        if ln < n_lines and lines[ln] < start:
            ln = bisect.bisect_left(lines, start, ln + 1)
        if mk < n_marks and marks[mk] < start:
            mk = bisect.bisect_left(marks, start, mk + 1)
        if hd < n_headings and headings[hd] <= start:
            hd = bisect.bisect_right(headings, start, hd + 1)
        if cz < n_closes and closes[cz] < start:
            cz = bisect.bisect_left(closes, start, cz + 1)
        last_close = closes[cz - 1] if cz else -1  # (an aside holds a break before the figure only after it)
        # Context never reaches further than a reader would look: unpunctuated text stays linear. (The bounds are
        # taken with comparisons, not max() and min(): these lines run for every figure.)
        clause_start = clauses[cl - 1] + 1 if cl else 0
        if clause_start < start - _CLAUSE_REACH:
            clause_start = start - _CLAUSE_REACH
        sentence_start = sentences[se - 1] + 1 if se else 0
        if sentence_start < start - _SENTENCE_REACH:
            sentence_start = start - _SENTENCE_REACH
        aside = asides.before(clause_start, start, sentence_start) if last_close >= clause_start else None
        if aside is not None:  # 经费(主要包括…,…等)为299023万元: a break inside the aside is none
            clause_start = max(_prev_break(clauses, aside), start - _CLAUSE_REACH, sentence_start)
        own_line = lines[ln - 1] + 1 if ln else 0
        line_start = own_line if own_line > start - _LINE_REACH else start - _LINE_REACH
        after = cl
        while after < n_clauses and clauses[after] < end:
            after += 1
        clause_end = clauses[after] if after < n_clauses else size
        if clause_end > end + _CLAUSE_REACH:
            clause_end = end + _CLAUSE_REACH
        if start in column_units:
            quantity = in_unit(quantity, column_units[start])
        # (most figures have no bound after them in a list: what would make bound_of_list read one is asked first)
        if quantity.qualifier is None and k + 1 < n_picked and next_start - end <= LIST_JOIN_WIDTH:
            quantity = bound_of_list(text, quantity, end, picked, k)  # (only where a joiner can stand between)
        quantity = qualified(text, quantity, clause_start, start, out)
        if type(quantity) is Money or (  # (a count with a unit of its own but 个 is read from no context)
            type(quantity) is Count
            and quantity.value is not None
            and (quantity.measure_word is None or quantity.measure_word == "个")
        ):
            prev_end = out[-1].end if out and out[-1].end > sentence_start else sentence_start
            prev_q = out[-1].quantity if prev_end > sentence_start else None
            whole_above = prev_q.value * 10 if type(prev_q) is PerUnit and prev_q.value is not None else None
            quantity = refine_unit(
                text, quantity, sentence_start, start, end, line_start, shared_units, opens, prev_end, whole_above
            )
        if type(quantity) is Money and out and type(out[-1].quantity) is PerUnit:
            quantity = per_unit_by_level(text, quantity, out[-1], sentence_start, start)
        if (
            type(quantity) is Count
            and quantity.measure_word is None
            and forced_year is None
            and start not in in_tables
            and start not in split_at
            and not measured_before(out, sentence_start)
            and bare_in_words(text, start, end, line_start)
        ):
            continue  # 工作成效1.加强, 58.2KB 21 页, ICP备…号-1: no measure, no table, no figure
        heading_end = headings[hd - 1] if hd and headings[hd - 1] >= line_start else 0  # a run-on heading on its line
        floor = sentence_start if sentence_start > heading_end else heading_end
        lo = clauses[cl - 1] + 1 if cl else 0
        if mk and marks[mk - 1] >= lo and not shares_one_figure(text, start):  # (甲、乙各1所: the list is the subject)
            lo = marks[mk - 1] + 1
        if clause_start > lo:
            lo = clause_start
        if floor > lo:
            lo = floor
        item_aside = asides.before(lo, start, floor) if last_close >= lo else None
        if item_aside is not None:  # 经费(包括事业费、基建经费)为…: nor is a 、 inside it
            lo = max(_prev_break(clauses, item_aside), _prev_break(marks, item_aside), clause_start, floor)
        if out and lo < out[-1].end <= start:
            lo = out[-1].end
        if qz < n_quotes and quote_starts[qz] < start:
            qz = bisect.bisect_left(quote_starts, start, qz + 1)
        q = qz - 1  # (the quotation lo may lie in: the last that opens before it)
        if q >= 0 and quote_starts[q] >= lo:
            q = bisect.bisect_left(quote_starts, lo, 0, q) - 1
        if q >= 0 and lo < quote_spans[q][1] and quote_starts[q] >= start - _CLAUSE_REACH:
            # the words would open inside a quotation: they open with it (“两个只增不\n减”缺口资金)
            lo = quote_starts[q]
        if line_start != line_seen:  # (figures of one line share its head)
            line_seen = line_start
            head = list_heads.of(line_start) if line_start == own_line else None
            line_head_read = False
        subject = forced_subject or (column_subjects and column_subjects.get(start)) or read_subject(
            view,
            (lo, floor, start, end, clause_end, head, line_start, next_start if next_start > end else end),  # (a place)
            out,
            labels,
            quantity,
            readings,
        )
        subject = tidy_subject(unmasked(subject)) or None if subject else None
        # under a heading of what is to be done, and not said to be reached already (已, 截至, 累计…)
        planned = (
            n_plans > 0
            and (j := bisect_right(plan_starts, start) - 1) >= 0  # (plans.contains(start, end), without its call)
            and end <= plan_ends[j]
            and not PLAN_DONE.search(text, max(start - _KEY_REACH, sentence_start), start)
        )
        kind = kind_of(quantity, view, clause_start, start, goals, sentence_start, planned)
        if quantity.qualifier in _STRICT and _NORM_AFTER.match(text, end):
            # 生均5.31平方米,远远低于生均18平方米的标准: the norm the figure before is measured against
            quantity, kind = attrs.evolve(quantity, qualifier=None), standard
        if kind is stock and out and out[-1].kind is change and LIST_JOIN.fullmatch(text, out[-1].end, start):
            kind = change  # 分别比上年增长3.1%、4.2%和5.6%: the change verb before a list's first figure is each one's
        elif (
            out
            and out[-1].start >= sentence_start
            and (text[clause_start] in MARGIN_FIRSTS or text[clause_start].isspace())  # (most clauses open otherwise)
            and is_margin(text, clause_start, start, quantity, out[-1])
        ):
            kind = change  # 工资10.2万元,高于公务员平均工资0.3万元: higher by 0.3万元, no figure of 公务员平均工资
            margins.add(start)
        if subject and type(quantity) is Money:  # (its kind stays what its own words make it)
            quantity = per_unit_of_subject(quantity, subject)
        deadline, source = False, "forced"
        if forced_year is not None or start in in_tables:
            year: int | None = forced_year if forced_year is not None else in_tables[start]
        else:
            scope = _year_scope_start(text, sentences, sentence_start, start, points)
            # a year of the line the figure's line hangs from: a list's head, or the line just above ending
            # with a colon (2021年…支出情况是:\n普通小学生均支出为…)
            if not line_head_read:
                line_head = head or (list_heads.above(line_start) if line_start == own_line else None)
                line_head_read = True
            place = (start, end, clause_start, clause_end, scope, line_start, line_head)  # (a Place's fields)
            year, deadline, source = year_of(
                text, years, place, by_section, undated, kind is standard
            )
            if source == "compared":
                bases.add(start)
            elif year is not None and (base := _ratio_to_a_year(text, quantity, clause_start, start)) is not None:
                # 投入3.6亿元,是2012年的2.3倍: a multiple of that year's value, of the year of the figure before it, or
                # of the one its sentence names before the year compared with
                before = recent(out, sentence_start)
                named = [y.year for y in years.between(sentence_start, base) if y.year is not None and not y.base]
                year = before[-1].year if before else (named[-1] if named else None)
                ratios.add(start)
            elif (
                year is not None
                and out
                and out[-1].start in ratios
                and type(quantity) is type(out[-1].quantity)
                and LIST_JOIN.fullmatch(text, out[-1].end, start)
            ):
                year = out[-1].year  # 分别是2010年的1.9倍、2.6倍和1.6倍: the list goes on of the same year
                ratios.add(start)
            if year is not None and source not in _OWN and text[start - 1 : start] in TOTAL_ENDS:
                listed = listed_before(view, view[lo:start], floor, lo, out)
                if len({i.year for i in listed}) > 1:
                    year = None  # 2021年新建幼儿园3所、2022年新建幼儿园2所,共计5所: the total of two years is neither's
        frequency = kind is standard and (  # (not the figure's own 每月: 每人每月300元 is a rate, not a frequency)
            _FREQUENCY.search(text, sentence_start, start) or _FREQUENCY.search(text, end, clause_end)
        )
        if (frequency and source not in _OWN_OR_SENTENCE) or (
            source not in _OWN
            and type(quantity) is Count
            and quantity.measure_word in _DURATIONS  # (a duration, not a length a name says is measured in years)
            and not (subject and YEAR_LENGTH_NAME.search(subject))
        ):
            year = None  # 每年核编一次, 连续九年, 保存90天: no single year
        elif year is not None and source not in _OWN_OR_SENTENCE and standing_fact(
            subject, quantity.unit, text, clause_start, start
        ):
            year = None  # 2022年,…。全县辖12个乡镇,总人口45万人: a region's standing facts are of no year
        if source not in _OWN and kind is change and _RELATIVE.search(text, clause_start, start):
            # 2019年为162926万元,同比增长8514万元: a change belongs to the latest year compared, never to the value it
            # is compared with (…为42908亿元,比上年的40046亿元增长7.15%: not 上年's)
            part_start = max(
                sentence_start, text.rfind("；", sentence_start, start) + 1, text.rfind(";", sentence_start, start) + 1
            )
            compared = [
                i.year for i in recent(out, part_start) if i.year and i.kind is not change and i.start not in bases
            ]
            if compared:
                year = max(compared)
        elif kind is not standard and deadline:
            kind = target  # 到2025年…达到95%; a later year alone is not a goal (整改 reports look back)
        if (
            kind is target
            and deadline
            and year is not None
            and report_year is not None
            and (year < report_year or (year == report_year and not _DUE_BEFORE.search(text, sentence_start, start)))
            and not goal_word_before(text, sentence_start, start)
        ):
            # 到2021年底,全区建成基地64个, in a report of 2021-2022: what stood then, no goal; so is the report's own
            # year's end (到2022年底,全县有学校56所), unless the work is due before it (2022年底前完成)
            kind = stock
        if kind is stock and planned and quantity.unit is not None:
            kind = target  # 下一步工作打算…积极争取上级资金1.5亿元: a plan's figure is a goal (a bare
            # number, no measure: 网站标识码4307230012, states none)
        out.append(new_figure(Figure, (start, end, quantity, subject, year, kind)))  # (Figure(...) without its call)
        key_from.append(sentence_start if sentence_start > start - _KEY_REACH else start - _KEY_REACH)
    out = respective_years(text, out, years, sentences)
    # The keys are read once every figure is (no figure's reading needs another's key): read together, after
    # the readings, they run faster than read one by one between them.
    # (each figure's fields unpacked once, not read one by one)
    indicators: list[Indicator] = []
    key_readings = KeyReadings()  # (what key_of reads of a subject alone, once for the figures that share it)
    append, path = indicators.append, section_paths.path
    for (start, end, quantity, subject, year, kind), words_from in zip(out, key_from, strict=True):
        keyed = key_of(subject, quantity, view[words_from:start], key_readings) if start not in margins else None
        append(
            Indicator(
                start=start,
                end=end,
                text=text[start:end],
                quantity=quantity,
                subject=subject,
                year=year,
                kind=kind,
                section=path(start),
                key=keyed.key if keyed else None,
                dimensions=keyed.dimensions if keyed else _NO_DIMENSIONS,
            )
        )
    return tuple(indicators)


def _in_one_section(picked: list[_Picked], bounds: Sequence[int]) -> list[_Picked]:
    """The figures (in reading order) that no section starts or ends inside (no ``(一)0:一、`` where the ``一、``
    opens the next section): :meth:`SectionIndex.crosses` of each, asked in one walk through the sections' bounds
    (:attr:`SectionIndex.bounds`)."""
    n_bounds, i = len(bounds), 0
    kept: list[_Picked] = []
    for p in picked:
        if i < n_bounds and bounds[i] <= p[0]:  # (i: the first bound after the figure's start)
            i = bisect.bisect_right(bounds, p[0], i + 1)
        if i == n_bounds or bounds[i] >= p[1]:
            kept.append(p)
    return kept


def _item_number(text: str, start: int, end: int, q: Quantity) -> bool:
    """Whether a bare number of one or two digits run into the words, then a dot or 、 and a word (…工作回顾1.
    协调发展…, …民生工程2、资助…), numbers an item of a flattened page: no figure. After a word that takes a
    figure (共计12.) it stays one."""
    return (
        type(q) is Count
        and q.measure_word is None
        and q.qualifier is None
        and end - start <= 2
        and text[start:end].isdigit()
        and (start == 0 or not text[start - 1].isdigit())
        and _ITEM_NUMBER_AFTER.match(text, end) is not None
        and _TAKES_A_FIGURE.search(text, max(0, start - _TAIL_WORD_LONGEST), start) is None
    )


def _point_marks(text: str) -> list[int]:
    """Where the 是 of each 二是…十是 of the text stands (in order): read once per text, looked up per figure."""
    return [m.end() - 1 for m in _POINT_MARK.finditer(text)]


def _year_scope_start(text: str, sentences: list[int], sentence_start: int, start: int, points: list[int]) -> int:
    """Where a figure's sentence begins for years: a 其中 sentence goes on from the one before it;
    a new point (二是, 三是) starts afresh (``points``: :func:`_point_marks` of the text)."""
    scope = sentence_start
    if (
        0 < sentence_start < start
        and (text[sentence_start] in _QIZHONG_FIRSTS or text[sentence_start].isspace())
        and _QIZHONG_FIRST.match(text, sentence_start, start)
    ):
        floor = start - _SENTENCE_REACH
        scope = _prev_break(sentences, sentence_start - 1)
        while floor < scope and not text[scope:sentence_start].strip():
            scope = _prev_break(sentences, scope - 1)  # (across blank lines: the sentence before is the last one)
        scope = max(scope, floor)
    # the last 二是…十是 in [scope, start): the last 是 there with a numeral before it
    k = bisect.bisect_left(points, start) - 1
    return points[k] - 1 if k >= 0 and points[k] > scope else scope


def _wraps(text: str, corruptions: Sequence[Corruption]) -> frozenset[int]:
    """The line breaks that are a PDF's wraps inside a sentence (the damage the cleaning stage records)."""
    return frozenset(
        i for c in corruptions if c.kind is _LINE_BREAK for i in range(c.start, c.end) if text[i] == "\n"
    )


class _Asides:
    """Where the bracketed aside opens that holds a break before a figure (``经费(包括事业费、基建经费)为…``),
    from the positions of the text's brackets (bisection, no scan of the words)."""

    __slots__ = ("_closes", "_opens")

    def __init__(self, breaks: Breaks) -> None:
        self._opens = breaks.of(OPEN_BRACKETS)
        self._closes = breaks.of(CLOSE_BRACKETS)

    def before(self, pos: int, start: int, floor: int) -> int | None:
        """Where the aside opens that holds the break at ``pos`` before the figure at ``start``, or None
        where [pos, start) holds no closing bracket without its opening one."""
        closes, opens = self._closes, self._opens
        if not closes:
            return None
        k = bisect.bisect_left(closes, start) - 1
        if k < 0 or closes[k] < pos:
            return None
        j = bisect.bisect_left(opens, pos)
        if j < len(opens) and opens[j] < closes[k]:
            return None  # the bracket opens after pos: no break inside it is at pos
        if j == 0 or opens[j - 1] < max(floor, pos - _ASIDE_REACH):
            return None
        return opens[j - 1]


def _prev_break(breaks: list[int], pos: int) -> int:
    i = bisect.bisect_left(breaks, pos) - 1
    return breaks[i] + 1 if i >= 0 else 0


def _split_run_together(
    text: str, corruptions: Sequence[Corruption], years: Years
) -> list[_Picked]:
    """``分别为:19142408435845214427`` proven to be five figures: one indicator each, at its digits."""
    out: list[_Picked] = []
    for c in corruptions:
        if not c.repaired:
            continue
        grouped = "," in c.text  # (table cells, each grouped by commas: 12,64012,150490 read as 12,640 12,150 490)
        pieces = c.repaired.split() if grouped else _SPLIT_PIECES.split(c.repaired)
        digits = _DIGITS.search(c.text)
        if digits is None or "".join(pieces) != digits.group():
            continue
        pos = c.start + digits.start()
        span = years.span_before(c.start)
        after = text[c.end : c.end + 1]
        unit = "人" if after == "人" or _PEOPLE_COUNT.search(text[max(0, c.start - 12) : c.start]) else None
        stated = stated_unit(text, c.start) if grouped else None
        reach = max(0, c.start - 200)
        opening = max(reach, max(text.rfind(ch, reach, c.start) for ch in "，,；;。\n") + 1)
        subject = subject_words(text[opening : c.start]) or None
        for k, piece in enumerate(pieces):
            year = span[0] + k if span and span[1] - span[0] + 1 == len(pieces) else None
            q: Quantity = Count(value=Decimal(piece.replace(",", "")), measure_word=unit, text=piece)
            if stated is not None:
                q = in_unit(q, stated)
            out.append((pos, pos + len(piece), q, year, subject))
            pos += len(piece)
    return out


_WHITE_SPACE = re.compile(r"\s+")


# The cleaning stage's records of white space left inside a sentence; a figure read across it says the same.
_WRAPS = (CorruptionKind.LINE_BREAK, CorruptionKind.SPACING)


def with_joined(corruptions: Sequence[Corruption], joined: Sequence[Corruption]) -> tuple[Corruption, ...]:
    """``corruptions`` and the ``joined`` figures, where a line wrap or a space the cleaning stage
    recorded inside a joined figure (``34884 人``) is recorded once, as the figure's."""
    inside = SpanSet((j.start, j.end) for j in joined)
    kept = tuple(c for c in corruptions if not (c.kind in _WRAPS and inside.contains(c.start, c.end)))
    return kept + tuple(joined)


def joined_corruptions(matches: Sequence[Match], indicators: Sequence[Indicator]) -> tuple[Corruption, ...]:
    """The figures read across white space that text extraction left inside them (``34884 人``,
    ``xx\n所``, ``2 315所``): damage a user should see, repaired by dropping the white space."""
    figures = SpanSet((i.start, i.end) for i in indicators)
    return tuple(
        Corruption(
            start=m.start,
            end=m.end,
            text=m.text,
            kind=CorruptionKind.JOINED,
            repaired=_WHITE_SPACE.sub("", m.text),
        )
        for m in matches
        if m.joined and figures.overlaps(m.start, m.end)
    )

