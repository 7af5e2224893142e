"""The arithmetic audit: every consistency a report's own numbers make checkable.

Each :class:`~dutyreport.model.Check` states its claim with the report's figures as written
(``124680万元 - 118350万元 = 6330万元``), the spans of every figure involved, the computed
value and whether the claim holds *within the precision the report itself uses* (a stated
5.35% holds for a computed 5.3485%). Families:

* parts and total (``共有学校16所:幼儿园5所、小学7所…``, ``其中…``, a list that sums to its head);
* growth (two years' figures and a stated difference or rate) and ``从A提高到B``;
* shares and ratios stated with numerator and denominator (``占比为41.27%``, ``生师比13.46:1``);
* named counts (``三大机制``, ``八公开:``, ``4个…,分别是A、B、C、D``) — claimed only when they agree;
* the same figure or threshold stated twice;
* signs and bounds (``均比上年增长``, 生均公用经费 ≤ 生均一般公共预算教育支出, a part ≤ its whole,
  one year's figure ≤ the same figure over several years);
* comparisons: stated (``高于公务员96420元``), respective (``0.418、0.362，分别低于0.50和0.45``),
  teachers' pay against civil servants' where both are given, a figure reached against the goal
  stated as a bound before it (``不少于60名`` … ``64名``);
* implausible magnitudes (a sub-budget above the whole education budget) — flagged, never fixed.

Everything is computed with :class:`~decimal.Decimal`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

import regex
from attrs import frozen

from .document import Document
from .errors import NumeralError
from .lang.numbers import PatternEntry
from .model.quantities import Count, Money, Percent, PerUnit, Qualifier, Ratio
from .model.report import Check, CheckKind, Corruption, CorruptionKind, Indicator, IndicatorKind, Section
from .quantities.numerals import parse_number
from .spans import SENTENCE_ENDS

__all__ = ["Audit", "audit", "implausible_corruptions"]

_T = TypeVar("_T")


Entry = PatternEntry  # one row of a table below: a regex and a phrase it must read


# --- language data -------------------------------------------------------------------------------

# Words that open a list of parts after a total.
PART_MARKERS: tuple[Entry, ...] = (
    Entry(r"其中[:：]?", "共有学校31所,其中:九年一贯制学校3所"),
    Entry(r"[:：]", "全镇共有学校14所:幼儿园5所、小学6所"),
    Entry(r"分别(?:为|是)[:：]?", "共建成学校5所,分别为小学3所、初中2所"),
    Entry(r"(?:按[^0-9，,。；;:：]{1,6})?分为[:：]?", "在校学生合计900人,按学段分为小学600人、初中300人"),
)
# A breakdown that opens its own sentence after the total: ``…7.64亿元。其中:学前教育0.58亿元、…``.
NEXT_PARTS = Entry(r"其中[:：]?", "支出7.64亿元。其中:学前教育0.58亿元、义务教育4.96亿元")
# Work done out of a number found or assigned: ``发现问题115个,已整改108个,整改率93.9%``.
DONE_WORDS = Entry(
    r"已(?:完成|全部)?(?:整改|办结|销号|完成|解决|落实)|(?:完成|落实)整改|整改(?:到位|完成)|办结|销号",
    "已整改108个",
)
FOUND_WORDS = Entry(
    r"发现|排查|梳理|细化|反馈|交办|认领|共|总|合计|问题|任务|隐患",
    "督导发现问题430个",
)
DONE_RATES = Entry(r"(?:整改|完成|办结|销号|解决|落实)率", "已完成整改14项,完成率82.4%")
REST_WORDS = Entry(r"其余|剩余|余下|尚有|还有|另有", "其余3项正在推进")
# A comparison stated between two figures of one kind: ``98,650元,高于县公务员（96,420元）``.
COMPARISONS: tuple[tuple[str, Entry], ...] = (
    ("ge", Entry(r"不低于|不少于|不下于", "年平均工资98650元,不低于公务员96420元")),
    ("le", Entry(r"不高于|不超过|不多于", "大班额比例3%,不超过5%的控制目标")),
    ("gt", Entry(r"高于|超出", "年平均工资98,650元,高于县公务员年平均工资收入（96,420元）")),
    ("lt", Entry(r"低于|未达到", "公办园在园幼儿占比43.6%,低于全省50%的目标")),
    ("gt", Entry(r"超额完成", "新建校舍3.2万平方米,超额完成上级下达2.5万平方米的任务")),
)
# A part of a sample: ``抽查的40所学校中有7所…`` (the part cannot exceed the sample).
SAMPLE_WORDS = Entry(r"抽查|抽取|抽检|随机|暗访|检查", "抽查的40所学校中有7所未建立台账")
SAMPLE_OF = Entry(r"[^0-9，,。；;]{0,12}中(?:有|共有|仅有|发现|存在)?", "抽查的40所学校中有7所未建立台账")
# The prior year's figure stated on its own after this year's: ``支出为8.1亿元,上年为7.6亿元,增幅6.6%``.
PRIOR_VALUES = Entry(
    r"[,，]\s*(?:同口径)?(?:(?P<rel>上年|去年|上一年|前一年|上年度)|(?P<y>(?:19|20)[0-9]{2})年(?:度)?)(?:同期)?(?:为|是)",
    "支出为8.1亿元,上年为7.6亿元,增幅6.6%",
)
# A flattened table row: a name, then one figure per column (``生均公用经费(元) 700 760 8.6%``).
TABLE_ROW = Entry(r"[ \t\u3000]+", "生均公用经费(元) 700 760 8.6%")
# Figures said to meet a standard whose bounds follow: ``均达到国家基本均衡标准（小学≤0.65、初中≤0.55）``.
MEETS_STANDARD = Entry(
    r"均?(?:达到|符合|满足|优于|低于|高于)", "分别为0.452和0.381,均达到国家标准（小学≤0.65、初中≤0.55）"
)
# Change words between two figures: ``从A提高到B`` (up) and ``从A减少到B`` (down).
FROM_TO_UP = Entry(r"(?:提高|提升|增加|增长|上升|扩大|升|增)(?:到|至|为)", "初中生均公用经费从900元提高到1050元")
FROM_TO_DOWN = Entry(r"(?:下降|减少|降低|缩减|压减|缩小|降|减)(?:到|至|为)", "大班额数由2022年的24个降至2023年的9个")
# Where the first figure of a change stands: ``从A…`` / ``由A…``.
FROM_WORDS = Entry(r"[从由]", "大班额由督导时的37个减少至6个")
# A year between the verb and the second figure: ``降至2023年的9个``.
TO_YEAR = Entry(r"(?:19|20)[0-9]{2}年(?:底|末|初)?的?", "降至2023年底的9个")
# The rate or amount of a change stated after its two ends: ``…至6个,下降83.8%`` / ``压减率96.1%``.
CHANGE_RATES = Entry(
    r"[,，]\s*(?:(?:下降|减少|降低|压减|缩减|增长|增加|提高|提升|上升)(?:了)?(?:率|幅度)?|(?:降|增|减)幅)(?:为|达|达到)?",
    "从1046家压减到41家,压减率96.1%",
)
# The base a figure is compared with: ``较上年的64,910.3万元``, ``比2022年的14.96亿元``, ``比去年增加1,204人``.
BASE_YEARS = Entry(
    r"(?:较|比|相比|同比)(?:(?P<rel>上年|去年|上一年|前一年|上年度)|(?P<y>(?:19|20)[0-9]{2})年(?:度)?)(?:同期)?(?:的)?",
    "较上年的64,910.3万元增长5.46%",
)
# Words that assert every rate of a sentence is a rise.
ALL_RISE = Entry(r"均(?:比上年|较上年|同比)?(?:有所)?(?:增长|提高|上升)", "普通初中同比增长2.4%,均比上年增长")
# Slogans that make each growth rate of their paragraph a rise.
RISE_SLOGANS = Entry(r"只增不减|三个增长|逐年增长|稳步增长", "保障财政教育投入逐年增长")
# The report's whole education budget, and the spending items that must not exceed it.
BUDGET_TOTAL = Entry(
    r"(?<!生均|公用经费|人员经费)(?:一般公共预算|公共财政|财政)(?:教育)?(?:经费)?(?:教育)?(?:经费)?支出$|教育经费(?:总)?支出$",
    "一般公共预算教育支出52680万元",
)
BUDGET_PARTS = Entry(r"(?<!生均)(?:公用经费|补贴|津贴|助学金|资助资金)", "山区教师交通补贴3861207万元")
# Per-student pairs: the first (a part of spending) cannot exceed the second (all spending), level by level.
PER_STUDENT_BOUNDS: tuple[tuple[Entry, Entry], ...] = (
    (
        Entry(r"(?:一般公共预算|公共财政预算)?公用经费", "普通小学生均公用经费1876.35元"),
        Entry(r"(?:一般公共预算|公共财政)教育(?:支出|事业费)", "普通小学生均一般公共预算教育支出9642.18元"),
    ),
)
# School levels that must agree between paired figures.
LEVELS: tuple[Entry, ...] = (
    Entry(r"幼儿园|学前", "幼儿园5873.4元"),
    Entry(r"小学", "普通小学9642.18元"),
    Entry(r"初中", "普通初中13208.56元"),
    Entry(r"高中", "普通高中12417.93元"),
    Entry(r"中等职业|中职|职业教育", "中等职业教育8865.02元"),
    Entry(r"特殊教育|特教", "特殊教育6000元"),
)
# Student-teacher ratios: the ratio's name, the count of students and of teachers in its sentence.
RATIO_NAMES = Entry(r"生师比|师生比|学生与教师比|教职工与学生比", "生师比13.46:1")
STUDENT_WORDS = Entry(r"学生|在校生|幼儿", "学生6482人")
TEACHER_WORDS = Entry(r"教师|教职工", "专任教师517名")
# Teachers' pay and civil servants' stated side by side: the genre's rule is that the first is not
# below the second (教师平均工资收入水平不低于当地公务员).
TEACHER_PAY = Entry(r"教师[^，,。；;]{0,8}?(?:工资|收入)", "义务教育教师年平均工资为10.86万元")
CIVIL_SERVANT_PAY = Entry(r"公务员", "同口径公务员为10.52万元")
STANDARD_WORDS = Entry(r"标准|核定|要求", "达到12.5:1的编制标准")
# A share stated after its numerator and denominator.
SHARE_WORDS = Entry(r"占比|比例|比重|占", "升学学生总数1850名,占比为41.27%")
# A share that names its whole after ``占``: ``占…总数3260人的12.6%``.
SHARE_OF = Entry(r"占(?:到)?", "轮岗教师286人,占应交流教师总数2200人的13%")
# Words between a whole and its part when the whole comes first (``1240名,其中农村学校930名,占75%``).
WHOLE_FIRST = Entry(r"其中", "招聘教师1240名,其中农村学校930名,占75%")
# Words that make a figure the whole a share is taken of.
WHOLE_WORDS = Entry(r"全部|总数|总人数|全体|所有|总计|合计", "升学学生总数1850名")
# A coverage rate of ``X`` over a list of ``X`` and ``非X`` counts.
COVERAGE_WORDS = Entry(r"(?P<k>[^\s，,。；;0-9]{2,4})[^\s，,。；;0-9]{0,4}?(?:覆盖率|占比)", "普惠园覆盖率92%")
# Figures stated over several years, and the years inside them.
PERIOD_WORDS = Entry(
    r"(?:[一二三四五六七八九十两0-9]+|几|近几|近[一二三四五两0-9]+)年来|累计|以来",
    "近五年来招聘新教师320人",
)
# A total of new staff and the channels that make it up.
SUPPLY_TOTALS: tuple[tuple[Entry, Entry], ...] = (
    (
        Entry(r"补充(?:教师|教职工)(?:人)?数", "补充教师数为185人"),
        Entry(r"招聘|选调|分配|引进|安置|招考|录用|补充|购买", "面向社会选调了38名教师"),
    ),
)
# Thresholds named by the noun after them (``56人及以上大班额``): the same noun must keep its threshold.
THRESHOLD_NOUNS: tuple[Entry, ...] = (
    Entry(r"超大班额", "66人以上超大班额"),
    Entry(r"大班额", "56人及以上大班额"),
    Entry(r"超大规模学校|大校额", "3000人以上大校额"),
)
# A budgeted figure followed by what was actually spent (``3.1586亿元,全年执行数3.1586亿元``).
EXECUTED = Entry(
    r"^[,，]\s*(?:全年|实际|当年)?(?:执行数|决算数|到位数|拨付数|支出数)(?:为|达)?$",
    "全年执行数3.1586亿元",
)
# Figures that name a fixed amount: the same name stated twice must carry the same figure.
FIXED_FIGURES = Entry(r"津贴|补贴|补助标准", "山区教师岗位津贴86.42万元")
# Nouns counted by ``三大机制``, ``六项机制``, ``八公开``, ``三个标准化考点``.
NAMED_NOUNS = Entry(
    r"机制|工程|公开|项目|管理|制度|行动|计划|措施|体系|考点|学校|幼儿园|集聚区|校区|课堂|任务|园区|中心|基地|品牌|活动",
    "推行周例会制、实行挂图作战制、落实限时办结三大机制",
)
COUNT_WORDS = Entry(r"(?:[一二两三四五六七八九十]|十[一二]|[2-9]|1[0-2])(?:大|项|个|所|种|类|条|方面|家)?", "三大")
# School-like names counted after ``N所学校``.
SCHOOL_NAME = Entry(
    r"(?<=^|[、，,；;:：\s])(?:[^\s、，,。；;:：()（）]{1,8}?(?:小学|中学|幼儿园|学校|校区)(?:[^\s、，,。；;:：]{1,6}?(?:校区|园区))?)",
    "清河小学东湖校区、柳营小学南苑校区",
)

_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_DIGIT_CHARS = "0123456789０１２３４５６７８９"
# A figure's number with its thousands separators (``1,046``, ``68,452.6``) and full-width digits.
_NUM_TOKEN = re.compile(
    r"[0-9０-９]+(?:,[0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+"
)
_PART_MARKER = re.compile(r"^\s*[,，]?\s*(?:" + "|".join(e.pattern for e in PART_MARKERS) + r")")
_UP = re.compile(r"^(?:" + FROM_TO_UP.pattern + r")(?:" + TO_YEAR.pattern + r")?$")
_DOWN = re.compile(r"^(?:" + FROM_TO_DOWN.pattern + r")(?:" + TO_YEAR.pattern + r")?$")
_FROM = re.compile(FROM_WORDS.pattern)
_CHANGE_LEAD = re.compile(r"(?:增加|增长|提高|减少|下降|降低|增幅|降幅)(?:了|为|达)?$")
_COMPARE = regex.compile(
    r"[,，]\s*(?:均|仍|略|明显|远)?(?:"
    + "|".join(f"(?P<{rel}>{e.pattern})" for rel, e in COMPARISONS)
    + r")(?![^0-9，,。；;]*?(?:去年|上年|同期|同比))[^0-9，,。；;：:、]{0,14}?[（(]?"
)
# ``…，上年分别为13,757元、18,786元，分别增长3.8%、4.6%``: prior values and changes listed one by one.
_CLAUSE_STOP = re.compile(r"[，,。；;！？!?\n]")
_RESPECTIVE_PRIOR = re.compile(r"(?:上年|去年|上一年|上年同期|同期)分别为[:：]?")
_RESPECTIVE_CHANGE = re.compile(r"分别(?:比上年|同比)?(?:(?P<rise>增长|提高|增加|上升)|(?P<fall>下降|降低|减少))了?")
# ``小学0.418、初中0.362，分别低于0.50和0.45``: figures compared one by one with the ones after it.
_RESPECTIVE_COMPARE = regex.compile(
    r"分别(?:" + "|".join(f"(?P<{rel}>{e.pattern})" for rel, e in COMPARISONS) + r")"
)
_MEETS = re.compile(
    r"[,，]\s*(?:" + MEETS_STANDARD.pattern + r")[^0-9，,。；;]{0,24}?[（(：:]\s*[^0-9，,。；;、]{0,6}?"
)
_BOUND_SEP = regex.compile(r"[、,，；;]\s*[^0-9，,。；;、]{0,6}?")
_NEXT_PARTS = regex.compile(NEXT_PARTS.pattern)
_DONE = re.compile(DONE_WORDS.pattern)
_FOUND = regex.compile(FOUND_WORDS.pattern)
_DONE_RATE = regex.compile(r"[^0-9。；;]{0,4}?(?:" + DONE_RATES.pattern + r")(?:为|达|达到)?")
_REST = regex.compile(REST_WORDS.pattern)
_BASE_YEAR = re.compile(r"(?:" + BASE_YEARS.pattern + r")\s*$")
_PRIOR = re.compile(PRIOR_VALUES.pattern)
_SAMPLE = re.compile(SAMPLE_WORDS.pattern)
_SAMPLE_OF = re.compile(SAMPLE_OF.pattern)
_TABLE_GAP = re.compile(TABLE_ROW.pattern)
_BASE_CHANGE = re.compile(r"[,，]?\s*(?:" + BASE_YEARS.pattern + r")(?:增加|增长|提高|多|减少|下降|降低|少)了?")
_LEVEL_KINDS = (IndicatorKind.STOCK, IndicatorKind.TARGET)
_CHANGE_RATE = regex.compile(r"^(?:" + CHANGE_RATES.pattern + r")$")
_ALL_RISE = re.compile(ALL_RISE.pattern)
_SLOGAN = regex.compile(RISE_SLOGANS.pattern)
_BUDGET_TOTAL = regex.compile(BUDGET_TOTAL.pattern)
_BUDGET_PART = re.compile(BUDGET_PARTS.pattern)
_PER_STUDENT = tuple((regex.compile(a.pattern), regex.compile(b.pattern)) for a, b in PER_STUDENT_BOUNDS)
_LEVELS = tuple(regex.compile(e.pattern) for e in LEVELS)
_RATIO_NAME = re.compile(RATIO_NAMES.pattern)
_STUDENT = re.compile(STUDENT_WORDS.pattern)
_TEACHER = re.compile(TEACHER_WORDS.pattern)
_TEACHER_PAY = re.compile(TEACHER_PAY.pattern)
_CIVIL_SERVANT_PAY = re.compile(CIVIL_SERVANT_PAY.pattern)
_ANY_COMPARISON = re.compile("|".join(e.pattern for _, e in COMPARISONS))
_PAY_RATIO = (Decimal("0.5"), Decimal(2))  # two groups' pay: of one order (a difference is far smaller)
_STANDARD = re.compile(STANDARD_WORDS.pattern)
_SHARE = re.compile(r"(?:" + SHARE_WORDS.pattern + r")[^，,。；;]{0,3}$")
_COVERAGE = re.compile(COVERAGE_WORDS.pattern)
_SHARE_OF = re.compile(r"^(?:" + SHARE_OF.pattern + r")(?:[^，,。；;]|(?<=[0-9]),(?=[0-9])){0,24}$")
_WHOLE_FIRST = re.compile(WHOLE_FIRST.pattern)
_WHOLE = re.compile(WHOLE_WORDS.pattern)
# PERIOD_WORDS, written so that every alternative opens with one literal character (the engine then
# skips along to those) and a run of numerals is tried once, from its start: the look-behind on the
# character before the run stands after its first character. tests/test_audit.py holds the two equal.
_PERIOD_NUMERALS = "一二三四五六七八九十两0-9"
_NOT_AFTER_NUMERAL = f"(?<![{_PERIOD_NUMERALS}].)"
_PERIOD = re.compile(
    "|".join(
        [f"{c}{_NOT_AFTER_NUMERAL}[{_PERIOD_NUMERALS}]*+年来" for c in "一二三四五六七八九十两0123456789"]
        + [f"几{_NOT_AFTER_NUMERAL}年来", f"近{_NOT_AFTER_NUMERAL}几年来"]
        + [f"近{_NOT_AFTER_NUMERAL}[一二三四五两0-9]++年来", "累计", "以来"]
    )
)
_SUPPLY = tuple((regex.compile(a.pattern), regex.compile(b.pattern)) for a, b in SUPPLY_TOTALS)
_THRESHOLD = re.compile(r"[“\"”]?(?:" + "|".join(e.pattern for e in THRESHOLD_NOUNS) + r")")
_FIXED = re.compile(FIXED_FIGURES.pattern)
_EXECUTED = re.compile(EXECUTED.pattern)
_NOUN = NAMED_NOUNS.pattern
_NOUN_RE = re.compile(_NOUN)
_COUNT = COUNT_WORDS.pattern
# ``A、B和C三大机制``: a count of named things right after the list that names them. A list can only
# start in the last 12 characters before a 、, so the pattern is tried there (see :func:`_list_starts`),
# not from every position of the text.
_LIST_BEFORE = re.compile(
    r"(?P<list>(?:[^\s、，,。；;:：“”《》]{1,12}、)+[^\s、，,。；;:：“”《》]{1,12}?(?:(?:和|及|与)[^\s、，,。；;:：“”《》]{1,12}?)?)"
    r"(?P<etc>等)?[“\"]?(?P<n>" + _COUNT + r")(?P<noun>[^\s，,。；;、”]{0,6}?(?:" + _NOUN + r"))"
)
_ITEM_CHARS = 12  # the longest item of such a list
# In the reversed text: a 、 and the item before it (up to 12 characters without a stop)
_DUN_THEN_ITEM = re.compile(rf"、[^\s、，,。；;:：“”《》]{{1,{_ITEM_CHARS}}}")
_HARD_STOP = re.compile(r"[\s，,。；;]")  # what no part of such a match contains after its first 、
_BOOK_LIST = regex.compile(
    r"(?P<list>(?:《[^《》\n]{1,60}》){2,})(?P<etc>等)(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,2})(?:个|项|份|部)"
)
# A count's first character, tested before the look-behind: most positions fail it at once.
_COUNT_AT = r"(?=[一二两三四五六七八九十1-9])(?<![0-9一二两三四五六七八九十])"
_LIST_AFTER = re.compile(
    _COUNT_AT + r"(?P<n>" + _COUNT + r")(?P<noun>[^\s，,。；;、“”]{0,8}?(?:" + _NOUN + r"))[”\"]?"
    r"\s*(?:[,，]\s*(?:分别(?:是|为)|即|包括)|[:：])(?P<list>[^。；;\n]{2,300})"
)
_HEADING_COUNT = re.compile(r"(?P<n>" + _COUNT + r")(?P<noun>" + _NOUN + r")")
_HEADING_BIG_COUNT = re.compile(r"(?P<n>" + _COUNT + r")大(?P<noun>" + _NOUN + r")")
_BARE_COUNT = re.compile(_COUNT_AT + r"(?P<n>" + _COUNT + r")(?P<noun>" + _NOUN + r")")
_RESPECTIVELY_OPENING = regex.compile(r"(?<=[。；;\n])\s*分别(?:为|是)[:：]?(?P<list>[^。；;\n]{2,300})")
_ITEM_SPLIT = regex.compile(r"、|(?<=[^\s])(?:和|及|与)(?=[^\s])")
_SCHOOL = regex.compile(SCHOOL_NAME.pattern)
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达)[:：]?$")
_YEAR = re.compile(r"((?:19|20)\d\d)(?:年|(?=开始|起|以来))")
_SENT_END = "。！？!?；;\n"
_STOPS = "。！？!?"
_EPS = Decimal("1e-12")
_WINDOW = 40  # indicators a list, a share or a ratio may reach over
_CLAUSE_REACH = 200  # how far back a clause is read for its cue words (a clause without commas is cut here)
# A pairwise family compares a figure with the candidates nearest it, at most this many on each side.
# A report has far fewer (the most in the corpus: 41 of one kind), so there every pair is compared;
# on a text many reports long the work grows linearly, not with the square of its figures.
_NEAR = 64
# A period's total and the years' figures it sums are read together (in the corpus, at most three
# figures of the kind apart): a total is compared with the 32 nearest on each side. (Each pair
# compares two subjects, so this family's reach is what a text many reports long pays for most.)
_PERIOD_NEAR = 32


# --- figures as written ----------------------------------------------------------------------------


def _written(ind: Indicator) -> Decimal | None:
    """The number as the report wrote it (124680 for 124680万元; 1046 for 1,046家; 13.46 for 13.46:1)."""
    return _written_in(ind.text)


@functools.lru_cache(maxsize=1 << 12)
def _written_in(figure: str) -> Decimal | None:
    m = _NUM_TOKEN.search(figure)
    if m is None:
        return None
    tok = m.group()
    if tok[0] in _DIGIT_CHARS:
        try:
            return parse_number(tok)
        except NumeralError:
            return None
    if len(tok) == 1 and tok in _CN:
        return Decimal(_CN[tok])
    return None


_DECIMALS_AT_END = re.compile(r"[.．]([0-9０-９]+)$")


def _decimals(ind: Indicator) -> int:
    m = _NUM_TOKEN.search(ind.text)
    if m is None:
        return 0
    frac = _DECIMALS_AT_END.search(m.group())
    return len(frac.group(1)) if frac else 0


def _value(ind: Indicator) -> Decimal | None:
    """The value in base units (yuan, points for percentages, the count, a:1 for ratios)."""
    q = ind.quantity
    # The quantity types are final, so exact type tests (the cheapest) stand for isinstance here.
    if type(q) is Count or type(q) is Money or type(q) is PerUnit:
        return q.value
    if type(q) is Percent:
        return q.points
    if type(q) is Ratio:
        return q.quotient
    return None


def _scale(ind: Indicator) -> Decimal:
    v, w = _value(ind), _written(ind)
    if v is None or w is None or w == 0:
        return Decimal(1)
    return v / w


def _agrees(computed: Decimal, ind: Indicator) -> bool:
    """Whether a computed value (base units) agrees with a stated figure at the figure's own precision."""
    v = _value(ind)
    if v is None:
        return False
    scale = _scale(ind)
    d = _decimals(ind)
    stated = _written(ind)
    if stated is None or scale == 0:
        return abs(computed - v) <= _EPS
    rounded = (computed / scale).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    return rounded == stated


def _fmt(x: Decimal, places: int = 2) -> str:
    q = x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = format(q.normalize(), "f")
    return s


def _unit_family(ind: Indicator) -> str | None:
    q = ind.quantity
    if type(q) is Count:
        return "人" if q.unit in ("人", "名", "位") else q.unit
    if type(q) is Money:
        return "yuan"
    if type(q) is PerUnit:
        return q.unit
    if type(q) is Percent:
        return "pp" if q.percentage_point else "%"
    if type(q) is Ratio:
        return "ratio"
    return None


def _plain(ind: Indicator) -> bool:
    """A figure with a value: not a placeholder, not a ratio with a zero term, not a range."""
    return _value(ind) is not None  # a placeholder has no value


_SUBJECT_LEAD = re.compile(r"^(?:发放了?|拨付了?|落实了?|安排了?|投入了?|下达了?)")


_SUBJECT_NOISE = re.compile(r"[0-9.%:：,，、()（）“”\"/\s]|元|生|年")


def _subject(ind: Indicator) -> str:
    """The figure's subject without digits, punctuation and lead verbs, as subjects are compared."""
    return _bare_subject(ind.subject or "")


@functools.lru_cache(maxsize=1 << 12)
def _bare_subject(subject: str) -> str:
    return _SUBJECT_LEAD.sub("", _SUBJECT_NOISE.sub("", subject))


@functools.lru_cache(maxsize=1 << 12)
def _char_counts(s: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    return counts


def _similar(a: str, b: str, at_least: float) -> bool:
    """Whether :func:`_f1` of two subjects reaches ``at_least`` (lengths alone rule most pairs out)."""
    if not a or not b or 2 * min(len(a), len(b)) < at_least * (len(a) + len(b)):
        return False  # even all of the shorter one shared would not reach it
    return _f1(a, b) >= at_least


def _f1(a: str, b: str) -> float:
    """The F1 of the characters two subjects share (as multisets): 1.0 for the same characters."""
    if not a or not b:
        return 0.0
    ca, cb = _char_counts(a), _char_counts(b)
    if len(ca) > len(cb):
        ca, cb = cb, ca
    common = sum(min(n, cb.get(ch, 0)) for ch, n in ca.items())
    if common == 0:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


@functools.lru_cache(maxsize=1 << 12)
def _level(s: str, leftmost: bool = False) -> int | None:
    """The school level a subject names: the only one, or (``leftmost``) the first one."""
    found = [(m.start(), i) for i, rx in enumerate(_LEVELS) if (m := rx.search(s))]
    if leftmost and found:
        return min(found)[1]
    return found[0][1] if len(found) == 1 else None


class _Text:
    """Sentence and clause boundaries of the text, found once."""

    def __init__(self, doc: Document) -> None:
        text, sections, breaks = doc.text, doc.sections, doc.breaks
        self.text = text
        self.tables = doc.tables
        self.breaks = breaks
        self.sent = breaks.of(_SENT_END)
        self.full = breaks.of(SENTENCE_ENDS)
        self.stops = breaks.of(_STOPS)
        self.tops = [(s.start, s.end) for s in sections]
        self.top_starts = [s.start for s in sections]
        # years and period words, found once and looked up by position (a long sentence stays linear)
        years = [(m.start(), m.end(), m.group(1)) for m in _YEAR.finditer(text)]
        self.year_marks: list[tuple[int, str]] = [(y[0], y[2]) for y in years]
        self.year_ends = [y[1] for y in years]
        self.period_marks: list[tuple[int, int, str]] = [
            (m.start(), m.end(), str(m.group())) for m in _PERIOD.finditer(text)
        ]
        self.period_starts = [m[0] for m in self.period_marks]
        self._years: dict[tuple[int, int | None], str] = {}  # year() of each figure, once

    @staticmethod
    def _prev(breaks: list[int], pos: int) -> int:
        i = bisect.bisect_left(breaks, pos) - 1
        return breaks[i] + 1 if i >= 0 else 0

    @staticmethod
    def _next(breaks: list[int], pos: int, n: int) -> int:
        i = bisect.bisect_left(breaks, pos)
        return breaks[i] if i < len(breaks) else n

    def sentence(self, pos: int) -> tuple[int, int]:
        return self._prev(self.sent, pos), self._next(self.sent, pos, len(self.text))

    def clause_start(self, sentence_start: int, pos: int, breaks: str) -> int:
        """Where the clause holding ``pos`` begins: after the last of ``breaks`` in its sentence, read
        back at most ``_CLAUSE_REACH`` characters (a text without commas stays linear); the comma of
        a thousands separator (``2,000``) is no break."""
        lo = max(0, sentence_start, pos - _CLAUSE_REACH)
        found = self.breaks.of(breaks)
        text = self.text
        k = bisect.bisect_left(found, pos) - 1
        while k >= 0 and found[k] >= lo:
            i = found[k]
            if i > lo and text[i] == "," and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit():
                k -= 1
                continue
            return i + 1
        return lo

    def last_break(self, lo: int, pos: int, breaks: str) -> int:
        """The last of ``breaks`` in [lo, pos); -1 if none."""
        found = self.breaks.of(breaks)
        k = bisect.bisect_left(found, pos) - 1
        return found[k] if k >= 0 and found[k] >= lo else -1

    def full_sentence(self, pos: int) -> tuple[int, int]:
        return self._prev(self.full, pos), self._next(self.full, pos, len(self.text))

    def top(self, pos: int) -> int:
        """The index of the top-level section holding ``pos``; -1 outside them."""
        i = bisect.bisect_right(self.top_starts, pos) - 1
        return i if i >= 0 and pos < self.tops[i][1] else -1

    def year(self, ind: Indicator) -> str:
        """The year the figure's own sentence names last before it, as written (``2017``)."""
        key = (ind.start, ind.year)
        found = self._years.get(key)
        if found is None:
            s = self._prev(self.stops, ind.start)
            k = bisect.bisect_right(self.year_ends, ind.start) - 1
            if k >= 0 and self.year_marks[k][0] >= s:
                found = self.year_marks[k][1]
            else:
                found = str(ind.year) if ind.year else ""
            self._years[key] = found
        return found

    def period(self, start: int, end: int) -> str | None:
        """The first period word (``三年来``, ``累计``) standing wholly inside [start, end)."""
        k = bisect.bisect_left(self.period_starts, start)
        if k < len(self.period_marks) and self.period_marks[k][1] <= end:
            return self.period_marks[k][2]
        return None

    def after(self, ind: Indicator, n: int = 8) -> str:
        e = ind.end
        stop = e
        while stop < len(self.text) and stop - e < n and self.text[stop] not in "，,。；;、\n":
            stop += 1
        return self.text[e:stop]


def _check(
    text: str,
    kind: CheckKind,
    claim: str,
    holds: bool,
    inds: Iterable[Indicator],
    computed: Decimal | None = None,
    note: str = "",
) -> Check:
    spans = {(i.start, i.end) for i in inds}
    return Check.over(text, spans, kind=kind, claim=claim, holds=holds, computed=computed, note=note)


def _near(items: Sequence[_T], starts: Sequence[int], pos: int, reach: int = _NEAR) -> Sequence[_T]:
    """The items (in text order, ``starts`` their positions) nearest ``pos``: up to ``reach`` on each side."""
    k = bisect.bisect_left(starts, pos)
    return items[max(0, k - reach) : k + reach]


_BRACKET = re.compile("[(（)）]")


def _depth(text: str, a: int, b: int) -> int:
    """How many brackets opened in [a, b) are still open at ``b``."""
    if not _BRACKET.search(text, a, b):
        return 0  # the common case, without a walk over the characters
    d = 0
    for ch in text[a:b]:
        if ch in "(（":
            d += 1
        elif ch in ")）":
            d = max(0, d - 1)
    return d


# --- parts and total -----------------------------------------------------------------------------


def _multiplier(text: str, ind: Indicator, clause_start: int) -> int:
    """``A、B、C各1所`` counts three times."""
    if text[ind.start - 1 : ind.start] != "各":
        return 1
    names = text[clause_start : ind.start - 1]
    return names.count("、") + 1


def _unit_changes(total: Indicator, last: Indicator | None, other: Indicator) -> bool:
    """Whether ``other`` leaves a list of parts that so far wrote its total's measure word (名, then 人)."""
    t, o = total.quantity, other.quantity
    if last is None or not isinstance(t, Count) or not isinstance(o, Count) or not isinstance(last.quantity, Count):
        return False
    return last.quantity.unit == t.unit != o.unit


_QIZHONG_OPEN = re.compile(r"其中[^，,。；;]*$")


_PART_OPENER = re.compile(r"[,，:：(（]|其中|分别")


def _parts_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    out: list[Check] = []
    used: set[int] = set()
    for k, total in enumerate(inds):
        fam = _unit_family(total)
        if not _plain(total) or fam in (None, "%", "pp", "ratio") or total.kind is IndicatorKind.CHANGE:
            continue
        if total.quantity.qualifier not in (None,):
            continue
        s_start, s_end = tx.sentence(total.start)
        nxt = text[total.end : total.end + 6]
        paren = nxt.startswith(("(", "（"))
        parts: list[tuple[Indicator, int]] = []
        marker = ""
        skipped = False
        base_depth = 0
        for other in inds[k + 1 : k + 1 + _WINDOW]:
            if other.start >= s_end:
                break
            depth = _depth(text, total.end, other.start)
            if paren:
                if depth == 0:
                    break
                if depth > 1:
                    continue
            elif depth > base_depth:
                continue
            if _unit_family(other) != fam or not _plain(other) or other.kind is IndicatorKind.CHANGE:
                if not parts and not paren:
                    skipped = True
                    continue
                break
            if _unit_changes(total, parts[-1][0] if parts else None, other):
                break  # 招聘教师212名,其中…149名,交流教师468人: a part keeps its total's measure word
            clause_start = tx.clause_start(s_start, other.start, "，,:：")
            parts.append((other, _multiplier(text, other, clause_start)))
        if not parts or (k in used):
            continue
        between = text[total.end : parts[0][0].start]
        tv = _value(total)
        assert tv is not None
        if _table_total(text, total, parts, tx):
            terms = " + ".join(p.text for p, _ in parts)
            claim = f"{terms} = {total.text} ({total.subject or ''}, table row)"
            out.append(_check(text, CheckKind.PARTS_TOTAL, claim, True, [total, *(p for p, _ in parts)], tv))
            continue
        if not _PART_OPENER.search(between):
            continue  # 批评教育5人、约谈2人…: the figure is a peer in a list, not its head
        m = _PART_MARKER.search(between.lstrip("(（"))
        if m:
            marker = m.group().strip(" ,，") or ":"
        elif _QIZHONG_OPEN.search(between):
            marker = "其中"
        if (len(parts) < 2 or skipped) and not marker.startswith("其中"):
            continue
        if marker.startswith("其中") and not paren:
            parts += [(i, 1) for i in _later_clause_parts(text, inds, k, total, parts, tx)]
        values = [(_value(p) or Decimal(0)) * n for p, n in parts]
        total_sum = sum(values, Decimal(0))
        terms = " + ".join(" + ".join([p.text] * n) if n > 1 else p.text for p, n in parts)
        name = total.subject or ""
        inds_used = [total, *(p for p, _ in parts)]
        if total_sum == tv:
            out.append(
                _check(text, CheckKind.PARTS_TOTAL, f"{terms} = {total.text} ({name})", True, inds_used, total_sum)
            )
        elif marker.startswith("其中") or paren:
            holds = total_sum <= tv
            sym = "<=" if holds else ">"
            out.append(
                _check(
                    text,
                    CheckKind.BOUND,
                    f"{terms} = {_fmt(total_sum / _scale(total))} {sym} {total.text} ({name}, 其中)",
                    holds,
                    inds_used,
                    total_sum,
                )
            )
        elif marker and not marker.startswith("其中"):
            out.append(
                _check(
                    text,
                    CheckKind.PARTS_TOTAL,
                    f"{terms} = {_fmt(total_sum / _scale(total))} ≠ {total.text} ({name})",
                    False,
                    inds_used,
                    total_sum,
                )
            )
    return out


_CLOSE_THEN_SPACE = re.compile(r"[)）][ \t\u3000]+$")


_CELL_PUNCT = regex.compile(r"[，。；;、:：]|(?<![0-9]),|,(?![0-9])")  # a thousands separator is not punctuation


def _table_total(text: str, total: Indicator, parts: Sequence[tuple[Indicator, int]], tx: _Text) -> bool:
    """``专任教师(人) 900 小学500 初中400``: a table row's total followed by its named columns, summing exactly."""
    if len(parts) < 2 or not _CLOSE_THEN_SPACE.search(text[max(0, total.start - 12) : total.start]):
        return False
    if any(n != 1 or _CELL_PUNCT.search(text, total.end, p.start) for p, n in parts):
        return False
    return sum((_value(p) or Decimal(0) for p, _ in parts), Decimal(0)) == _value(total)


def _later_clause_parts(
    text: str, inds: Sequence[Indicator], k: int, total: Indicator, parts: Sequence[tuple[Indicator, int]], tx: _Text
) -> list[Indicator]:
    """``总投入9亿元,其中A 6亿元,增长5%;B 2亿元;C 1亿元。``: the parts that go on after 其中's clause, one
    per ``;``-clause, taken only when they complete the total exactly."""
    _, s_end = tx.sentence(total.start)
    _, f_end = tx.full_sentence(total.start)
    if s_end >= f_end or text[s_end : s_end + 1] not in "；;":
        return []
    fam = _unit_family(total)
    later: list[Indicator] = []
    clause_end = s_end
    for i in inds[k + 1 : k + 1 + _WINDOW]:
        if i.start >= f_end:
            break
        if i.start < clause_end:
            continue
        if _unit_family(i) != fam or not _plain(i) or i.kind is IndicatorKind.CHANGE or i.quantity.qualifier:
            return []
        later.append(i)
        clause_end = tx.sentence(i.start)[1]
    have = sum(((_value(p) or Decimal(0)) * n for p, n in parts), Decimal(0))
    if not later or have + sum((_value(i) or Decimal(0) for i in later), Decimal(0)) != _value(total):
        return []
    return later


def _next_sentence_parts_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    """``…支出7.64亿元,占…22.8%。其中:学前教育0.58亿元、义务教育4.96亿元…``: a breakdown opening a new sentence."""
    out: list[Check] = []
    starts = [i.start for i in inds]
    for m in _NEXT_PARTS.finditer(text):
        s_start, s_end = tx.full_sentence(m.start())
        if s_start == 0 or m.start() - s_start > 4 or text[s_start : m.start()].strip():
            continue  # only a sentence that opens with 其中
        p_start, _ = tx.full_sentence(max(0, s_start - 2))
        prev = inds[bisect.bisect_left(starts, p_start) : bisect.bisect_left(starts, s_start)][-_WINDOW:]
        here = inds[bisect.bisect_left(starts, s_start) : bisect.bisect_left(starts, s_end)][:_WINDOW]
        if not here or not _plain(here[0]):
            continue
        fam = _unit_family(here[0])
        if fam in (None, "%", "pp", "ratio"):
            continue
        heads = [i for i in prev if _unit_family(i) == fam and i.kind is not IndicatorKind.CHANGE]
        if len(heads) != 1 or not _plain(heads[0]) or heads[0].quantity.qualifier is not None:
            continue
        total = heads[0]
        parts: list[Indicator] = []
        for i in here:
            if _unit_family(i) != fam or not _plain(i) or i.kind is IndicatorKind.CHANGE or i.quantity.qualifier:
                break
            if parts and not regex.fullmatch(
                r"[^0-9，,；;。]{0,12}[、，,][^0-9，,；;。]{0,12}", text[parts[-1].end : i.start]
            ):
                break
            parts.append(i)
        if len(parts) < 2:
            continue
        tv = _value(total)
        assert tv is not None
        total_sum = sum((_value(i) or Decimal(0) for i in parts), Decimal(0))
        terms = " + ".join(i.text for i in parts)
        used = [total, *parts]
        if total_sum == tv:
            out.append(
                _check(text, CheckKind.PARTS_TOTAL, f"{terms} = {total.text} ({total.subject or ''})", True, used, tv)
            )
            continue
        holds = total_sum < tv
        sym = "<=" if holds else ">"
        out.append(
            _check(
                text,
                CheckKind.BOUND,
                f"{terms} = {_fmt(total_sum / _scale(total))} {sym} {total.text} ({total.subject or ''}, 其中)",
                holds,
                used,
                total_sum,
            )
        )
    return out


def _progress_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    """``发现问题115个,已整改108个,整改率93.9%`` / ``任务17项…已完成14项…其余3项``: done within found."""
    out: list[Check] = []
    for k, done in enumerate(inds):
        if not isinstance(done.quantity, Count) or not _plain(done) or done.quantity.qualifier is not None:
            continue
        s_start, s_end = tx.full_sentence(done.start)
        clause_start = tx.clause_start(max(s_start, done.start - _CLAUSE_REACH), done.start, "，,；;：:")
        if not _DONE.search(text, clause_start, done.start):
            continue
        p_start, _ = tx.full_sentence(max(0, s_start - 2))
        whole: Indicator | None = None
        for w in reversed(inds[max(0, k - 8) : k]):
            if w.start < p_start:
                break
            if not isinstance(w.quantity, Count) or w.unit != done.unit or not _plain(w) or w.quantity.qualifier:
                continue
            w_start, _ = tx.full_sentence(w.start)
            w_clause = tx.clause_start(max(w_start, w.start - _CLAUSE_REACH), w.start, "，,；;：:")
            if _FOUND.search(text, w_clause, w.start) and not _DONE.search(text, w_clause, w.start):
                whole = w
            break
        if whole is None:
            continue
        vd, vw = _value(done), _value(whole)
        assert vd is not None and vw is not None
        found_claim = False
        for c in inds[k + 1 : k + 3]:
            if c.start >= s_end or not _plain(c):
                break
            gap = text[done.end : c.start]
            if isinstance(c.quantity, Percent) and _DONE_RATE.fullmatch(gap) and vw != 0:
                rate = vd / vw * 100
                claim = f"{done.text} / {whole.text} = {c.text} (computed {_fmt(rate)}%)"
                out.append(_check(text, CheckKind.SHARE, claim, _agrees(rate, c), [done, whole, c], rate))
                found_claim = True
            elif c.unit == done.unit and isinstance(c.quantity, Count) and _REST.search(text, c.start - 6, c.start):
                vr = _value(c)
                assert vr is not None
                holds = vd + vr == vw
                rel = "=" if holds else "≠"
                claim = f"{done.text} + {c.text} = {_fmt(vd + vr, 0)} {rel} {whole.text} (done and the rest)"
                out.append(_check(text, CheckKind.PARTS_TOTAL, claim, holds, [done, c, whole], vd + vr))
                found_claim = True
        if not found_claim:
            holds = vd <= vw
            sym = "<=" if holds else ">"
            out.append(
                _check(
                    text,
                    CheckKind.BOUND,
                    f"{done.text} {sym} {whole.text} (done within found)",
                    holds,
                    [done, whole],
                    vd,
                )
            )
    return out


def _supply_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    out: list[Check] = []
    by_sentence: dict[int, list[Indicator]] = {}
    for i in inds:
        if _unit_family(i) == "人":
            by_sentence.setdefault(tx.full_sentence(i.start)[0], []).append(i)
    for total_rx, verb_rx in _SUPPLY:
        totals = [i for i in inds if _plain(i) and _unit_family(i) == "人" and total_rx.search(i.subject or "")]
        if not totals:
            continue
        # the sentences that list three or more channels, found once (not once per total)
        listing: list[tuple[int, int, list[Indicator]]] = []
        for s_start, in_sentence in by_sentence.items():
            members = [
                i for i in in_sentence if _plain(i) and verb_rx.search(text[max(s_start, i.start - 12) : i.start])
            ]
            if len(members) >= 3:
                listing.append((s_start, tx.full_sentence(s_start)[1], members))
        listing_starts = [entry[0] for entry in listing]
        for total in totals:
            for s_start, s_end, members in _near(listing, listing_starts, total.start):
                if s_start <= total.start < s_end:
                    continue
                years = {tx.year(i) for i in members} | {tx.year(total)}
                if len(years - {""}) > 1:
                    continue
                total_sum = sum(((_value(i) or Decimal(0)) for i in members), Decimal(0))
                tv = _value(total)
                holds = total_sum == tv
                terms = " + ".join(i.text for i in members)
                rel = "=" if holds else "≠"
                out.append(
                    _check(
                        text,
                        CheckKind.PARTS_TOTAL,
                        f"{terms} = {_fmt(total_sum, 0)} {rel} {total.text} ({total.subject}"
                        f"{', ' + tx.year(total) if tx.year(total) else ''})",
                        holds,
                        [*members, total],
                        total_sum,
                    )
                )
    return out


# --- growth, change direction, signs ---------------------------------------------------------------


_FALL_BEFORE = re.compile(r"(?:下降|减少|降低)[^0-9]{0,4}$")


_YEAR_NIAN = re.compile(r"((?:19|20)\d\d)年")


def _growth_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    out: list[Check] = []
    for k, a in enumerate(inds):
        if a.kind not in _LEVEL_KINDS or not _plain(a) or not isinstance(a.quantity, (Money, Count, PerUnit)):
            continue
        _, s_end = tx.full_sentence(a.start)
        rest = [i for i in inds[k + 1 : k + 4] if i.start < s_end]
        if not rest:
            continue
        b = rest[0]
        if _unit_family(b) != _unit_family(a) or not _plain(b):
            continue
        if b.kind is IndicatorKind.CHANGE:
            out.extend(_unstated_base_checks(text, a, rest, s_end))
            continue
        base = _BASE_YEAR.search(text, max(a.end, b.start - 24), b.start)
        base = base or _PRIOR.fullmatch(text, a.end, b.start)
        ya, yb = tx.year(a), _YEAR_NIAN.findall(text[a.end : b.start])
        if base is not None and b.kind in _LEVEL_KINDS:
            # 68,452.6万元,较上年的64,910.3万元增长5.46%: the second figure is the base
            new, old = a, b
            yb = [base.group("y") or base.group("rel")]
            ya = ya or "本年"
        else:
            both_stock = a.kind is IndicatorKind.STOCK and b.kind is IndicatorKind.STOCK
            if not both_stock or not ya or len(yb) != 1 or yb[0] == ya:
                continue
            new, old = (a, b) if int(ya) > int(yb[0]) else (b, a)
        vn, vo = _value(new), _value(old)
        assert vn is not None and vo is not None
        diff = vn - vo
        stated_diff: Indicator | None = None
        _, clause_end = tx.sentence(b.start)
        for c in rest[1:3]:
            if c.start >= clause_end or not _plain(c):
                break
            if c.kind is not IndicatorKind.CHANGE and not _CHANGE_LEAD.search(text, max(b.end, c.start - 6), c.start):
                continue
            if _unit_family(c) == _unit_family(a):
                stated_diff = c
                sign = -1 if _FALL_BEFORE.search(text[b.end : c.start]) else 1
                holds = _agrees(diff * sign, c)
                out.append(
                    _check(
                        text,
                        CheckKind.GROWTH,
                        f"{new.text} - {old.text} = {c.text} ({new.subject or ''}, {ya} vs {yb[0]})",
                        holds,
                        [new, old, c],
                        diff,
                    )
                )
            elif isinstance(c.quantity, Percent) and vo != 0:
                rate = diff / vo * 100
                holds = _agrees(rate, c)
                rate_of = (
                    f"{stated_diff.text} / {old.text} ({new.text} - {old.text})"
                    if stated_diff
                    else f"({new.text} - {old.text}) / {old.text}"
                )
                inv = [new, old, c, *([stated_diff] if stated_diff else [])]
                out.append(
                    _check(
                        text, CheckKind.GROWTH, f"{rate_of} = {c.text} (增幅, computed {_fmt(rate)}%)", holds, inv, rate
                    )
                )
    return out


_FALL = regex.compile(r"下降|减少|降低")


def _unstated_base_checks(text: str, a: Indicator, rest: Sequence[Indicator], s_end: int) -> list[Check]:
    """``26,315人,比去年增加1,204人,增长4.8%``: the base is the figure less its increase."""
    c = rest[0]
    if not _BASE_CHANGE.fullmatch(text[a.end : c.start]):
        return []
    # the words before the rate make it a change, whatever kind the figure was read as (a goal's 增长6.6%)
    rates = [i for i in rest[1:2] if isinstance(i.quantity, Percent) and not i.quantity.percentage_point and _plain(i)]
    if not rates or not regex.fullmatch(
        r"[,，]\s*(?:同比)?(?:增长|增加|提高|增幅为?|下降|减少|降幅为?)", text[c.end : rates[0].start]
    ):
        return []
    va, vc = _value(a), _value(c)
    assert va is not None and vc is not None
    falls = bool(_FALL.search(text[a.end : c.start]))
    base = va + vc if falls else va - vc
    if base <= 0:
        return []
    rate = vc / base * 100
    p = rates[0]
    sign = "+" if falls else "-"
    claim = f"{c.text} / ({a.text} {sign} {c.text}) = {p.text} ({a.subject or ''}, computed {_fmt(rate)}%)"
    return [_check(text, CheckKind.GROWTH, claim, _agrees(rate, p), [a, c, p], rate)]


def _table_total_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    """A flattened table's total row (合计 181 68,420 4,642): each column's cells above it sum to it."""
    out: list[Check] = []
    at = {i.start: i for i in inds}
    for table in tx.tables:
        if table.total is None or table.total < 2:
            continue
        for col, (hs, he) in enumerate(table.header[1:], start=1):
            cells = [at.get(row[col][0]) for row in table.rows]
            total = cells[table.total]
            parts = [c for k, c in enumerate(cells) if k != table.total and c is not None]
            if total is None or len(parts) != len(cells) - 1 or not all(map(_plain, (*parts, total))):
                continue
            if any(_unit_family(p) != _unit_family(total) for p in parts):
                continue
            computed = sum((_value(p) or Decimal(0) for p in parts), Decimal(0))
            holds = _agrees(computed, total)
            terms = " + ".join(p.text for p in parts)
            written = _fmt(computed / _scale(total), _decimals(total))
            if "," in total.text:
                written = format(Decimal(written), ",")  # 68,320 as the table writes its numbers
            claim = f"{terms} = {written} {'=' if holds else '≠'} {total.text} ({text[hs:he]})"
            out.append(_check(text, CheckKind.PARTS_TOTAL, claim, holds, [*parts, total], computed))
    return out


def _column_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    """A flattened table row ``名称(单位) 上年 本年 增幅``: two years' figures of one name, then their change
    (a rate for amounts and counts, percentage points for percentages)."""
    out: list[Check] = []
    for k in range(len(inds) - 2):
        a, b, c = inds[k], inds[k + 1], inds[k + 2]
        if not (_plain(a) and _plain(b) and _plain(c)) or a.year is None or b.year is None or a.year >= b.year:
            continue
        if not (_TABLE_GAP.fullmatch(text, a.end, b.start) and _TABLE_GAP.fullmatch(text, b.end, c.start)):
            continue
        if _unit_family(a) != _unit_family(b) or not isinstance(c.quantity, Percent) or a.subject != b.subject:
            continue
        va, vb = _value(a), _value(b)
        assert va is not None and vb is not None
        name = a.subject or ""
        if isinstance(a.quantity, Percent) and c.quantity.percentage_point:
            diff = vb - va
            claim = f"{b.text} - {a.text} = {c.text} ({name}, {a.year} vs {b.year})"
            out.append(_check(text, CheckKind.GROWTH, claim, _agrees(diff, c), [a, b, c], diff))
        elif isinstance(a.quantity, (Money, Count, PerUnit)) and not c.quantity.percentage_point and va != 0:
            rate = (vb - va) / va * 100
            years = f"{a.year} vs {b.year}"
            claim = f"({b.text} - {a.text}) / {a.text} = {c.text} ({name}, {years}, computed {_fmt(rate)}%)"
            out.append(_check(text, CheckKind.GROWTH, claim, _agrees(rate, c), [a, b, c], rate))
    return out


def _sample_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    """``抽查的40所学校中有7所…``: a part of a sample cannot exceed it."""
    out: list[Check] = []
    for whole, part in itertools.pairwise(inds):
        if _unit_family(whole) != _unit_family(part) or not isinstance(whole.quantity, Count):
            continue
        if not (_plain(whole) and _plain(part)) or not _SAMPLE_OF.fullmatch(text, whole.end, part.start):
            continue
        s_start, _ = tx.full_sentence(whole.start)
        clause_start = tx.clause_start(s_start, whole.start, "，,；;：:")
        lead = _SAMPLE.search(text, clause_start, whole.start)
        if lead is None:
            continue
        vw, vp = _value(whole), _value(part)
        assert vw is not None and vp is not None
        holds = vp <= vw
        sym = "<=" if holds else ">"
        sample = text[lead.start() : whole.start]
        claim = f"{part.text} {sym} {whole.text} ({sample}…中, a part of the sample)"
        out.append(_check(text, CheckKind.BOUND, claim, holds, [whole, part], vp))
    return out


def _from_to_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    out: list[Check] = []
    for k in range(len(inds) - 1):
        a, b = inds[k], inds[k + 1]
        if _unit_family(a) != _unit_family(b) or not (_plain(a) and _plain(b)):
            continue
        between = text[a.end : b.start]
        up, down = _UP.match(between), _DOWN.match(between)
        if not (up or down):
            continue
        s_start, s_end = tx.sentence(a.start)
        lead = text[max(s_start, a.start - 12) : a.start]
        if not _FROM.search(lead):
            continue
        va, vb = _value(a), _value(b)
        assert va is not None and vb is not None
        holds = vb > va if up else vb < va
        sym = ">" if up else "<"
        word = between
        year = tx.year(a)
        out.append(
            _check(
                text,
                CheckKind.SIGN,
                f"{a.text} {word} {b.text}: {_fmt(_written(b) or vb)} {sym} {_fmt(_written(a) or va)}"
                f" ({(a.subject or '').rstrip('从由')}{', ' + year if year else ''})",
                holds,
                [a, b],
                vb - va,
            )
        )
        # ``由37个减少至6个,下降83.8%`` / ``从1,046家压减到41家,压减率96.1%`` / ``提高3.5个百分点``
        for c in inds[k + 2 : k + 4]:
            if c.start >= s_end or not _plain(c):
                break
            rate_word = _CHANGE_RATE.match(text[b.end : c.start])
            if rate_word is None:
                break
            diff = abs(vb - va)
            if isinstance(c.quantity, Percent) and not c.quantity.percentage_point:
                if va == 0 or isinstance(a.quantity, Percent):
                    break
                rate = diff / abs(va) * 100
                claim = (
                    f"({a.text} - {b.text}) / {a.text} = {c.text}"
                    if down
                    else f"({b.text} - {a.text}) / {a.text} = {c.text}"
                )
                name = rate_word.group().strip(",， ")
                out.append(
                    _check(
                        text,
                        CheckKind.GROWTH,
                        f"{claim} ({name}, computed {_fmt(rate)}%)",
                        _agrees(rate, c),
                        [a, b, c],
                        rate,
                    )
                )
            elif _unit_family(c) == ("pp" if isinstance(a.quantity, Percent) else _unit_family(a)):
                diff_claim = f"{a.text} - {b.text}" if down else f"{b.text} - {a.text}"
                out.append(
                    _check(text, CheckKind.GROWTH, f"{diff_claim} = {c.text}", _agrees(diff, c), [a, b, c], diff)
                )
            break
    return out


_FALL_BEFORE_IN_CLAUSE = re.compile(r"(?:下降|减少|降低)[^0-9，,]{0,4}$")


def _sign_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    out: list[Check] = []
    starts = [i.start for i in inds]
    seen: set[int] = set()
    triggers: list[tuple[int, int, str]] = []
    for m in _ALL_RISE.finditer(text):
        s, e = tx.full_sentence(m.start())
        triggers.append((s, e, m.group()))
    for m in _SLOGAN.finditer(text):
        line_s = text.rfind("\n", 0, m.start()) + 1
        line_e = text.find("\n", m.end())
        triggers.append((line_s, len(text) if line_e < 0 else line_e, m.group()))
    for s, e, word in triggers:
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        rates = [
            i
            for i in inds[lo:hi]
            if s <= i.start < e
            and i.kind is IndicatorKind.CHANGE
            and isinstance(i.quantity, Percent)
            and not i.quantity.percentage_point
            and _plain(i)
            and i.start not in seen
        ]
        if not rates:
            continue
        seen.update(i.start for i in rates)
        signs = []
        for i in rates:
            falls = _FALL_BEFORE_IN_CLAUSE.search(text[max(s, i.start - 8) : i.start])
            v = _value(i) or Decimal(0)
            signs.append(-v if falls else v)
        holds = all(v > 0 for v in signs)
        listed = ", ".join(i.text for i in rates)
        out.append(_check(text, CheckKind.SIGN, f"{listed} > 0 ({word})", holds, rates, min(signs)))
    return out


# --- shares and ratios ---------------------------------------------------------------------------


_COMMA_OPTIONAL = regex.compile(r"\s*[,，]?\s*")


_OF_OPTIONAL = regex.compile(r"的?")


def _share_pair(text: str, inds: Sequence[Indicator], k: int, tx: _Text) -> tuple[Indicator, Indicator] | None:
    """The numerator and denominator of the share ``inds[k]`` states, where its sentence names both."""
    p = inds[k]
    s_start, _ = tx.full_sentence(p.start)
    clause_start = tx.clause_start(max(s_start, p.start - _CLAUSE_REACH), p.start, "，,；;")
    clause = text[clause_start : p.start]
    if _SHARE_OF.match(clause) and k >= 2:
        # 交流教师412人,占符合条件教师总数3260人的12.6%
        num, den = inds[k - 2], inds[k - 1]
        if (
            den.start >= clause_start
            and _OF_OPTIONAL.fullmatch(text[den.end : p.start])
            and num.start >= s_start
            and clause_start - num.end <= 4
            and _COMMA_OPTIONAL.fullmatch(text[num.end : clause_start])
        ):
            return num, den
    if not _SHARE.search(clause):
        return None
    # a share does not reach back over ``;`` into another clause, nor divide two bounds (不少于40名 / 不少于200名)
    semi = tx.last_break(s_start, p.start, "；;")
    before = [i for i in inds[max(0, k - 2) : k] if i.start >= s_start and i.start > semi and not i.quantity.qualifier]
    if len(before) < 2:
        return None
    first, second = before[-2], before[-1]
    if _WHOLE_FIRST.search(text[first.end : second.start]):
        return second, first  # 招聘教师1240名,其中农村学校930名,占75%
    vn, vd = _value(first), _value(second)
    if vn is None or vd is None or vn > vd:
        return None
    if not _WHOLE.search((second.subject or "") + text[max(s_start, second.start - 8) : second.start]):
        return None
    return first, second


def _share_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    out: list[Check] = []
    for k, p in enumerate(inds):
        if not isinstance(p.quantity, Percent) or not _plain(p) or p.kind is IndicatorKind.CHANGE:
            continue
        if p.quantity.percentage_point:
            continue
        pair = _share_pair(text, inds, k, tx)
        if pair is None:
            continue
        num, den = pair
        if _unit_family(num) != _unit_family(den) or not (_plain(num) and _plain(den)):
            continue
        if isinstance(num.quantity, (Percent, Ratio)):
            continue
        vn, vd = _value(num), _value(den)
        assert vn is not None and vd is not None
        if vd == 0:
            continue
        share = vn / vd * 100
        out.append(
            _check(
                text,
                CheckKind.SHARE,
                f"{num.text} / {den.text} = {p.text} ({p.subject or ''}, computed {_fmt(share)}%)",
                _agrees(share, p),
                [num, den, p],
                share,
            )
        )
    return out


_SELF_REGION = re.compile(r"^(?:全区|全县|全市|我区|我县)")


def _coverage_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    out: list[Check] = []
    for k, p in enumerate(inds):
        if not isinstance(p.quantity, Percent) or not _plain(p):
            continue
        m = _COVERAGE.search(p.subject or "")
        if m is None:
            continue
        key = _SELF_REGION.sub("", m.group("k"))[:2]
        s_start, _ = tx.full_sentence(p.start)
        counts = [
            i
            for i in inds[max(0, k - _WINDOW) : k]
            if i.start >= s_start and isinstance(i.quantity, Count) and _plain(i)
        ]
        if len(counts) < 2 or len({_unit_family(i) for i in counts}) != 1:
            continue
        neg = [i for i in counts if ("非" + key) in (i.subject or "")]
        pos = [i for i in counts if key in (i.subject or "") and i not in neg]
        if not neg or not pos or len(neg) + len(pos) != len(counts):
            continue
        sp = sum((_value(i) or Decimal(0) for i in pos), Decimal(0))
        sa = sum((_value(i) or Decimal(0) for i in counts), Decimal(0))
        if sa == 0:
            continue
        share = sp / sa * 100
        holds = _agrees(share, p)
        top = " + ".join(i.text for i in pos)
        bottom = " + ".join(i.text for i in counts)
        rel = "=" if holds else "≠"
        out.append(
            _check(
                text,
                CheckKind.SHARE,
                f"({top}) / ({bottom}) = {_fmt(share)}% {rel} {p.text} ({p.subject}, by count of units)",
                holds,
                [*counts, p],
                share,
            )
        )
    return out


def _same_scope(ratio_lead: str, students: Indicator, teachers: Indicator) -> bool:
    """Whether two counts measure what a ratio measures: a level's ratio (``小学生师比``) needs counts
    of that level, not the whole county's pupils (kindergarten included); counts name one level at most."""
    counted = {_level(students.subject or ""), _level(teachers.subject or "")} - {None}
    level = _level(ratio_lead)
    if level is not None:
        return counted == {level}
    return len(counted) <= 1


def _ratio_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    out: list[Check] = []
    for k, r in enumerate(inds):
        q = r.quantity
        if not isinstance(q, Ratio) or len(q.terms) != 2 or q.terms[1] == 0:
            continue
        s_start, s_end = tx.full_sentence(r.start)
        clause_start = tx.clause_start(s_start, r.start, "，,；;")
        name = _RATIO_NAME.search(text[clause_start : r.start])
        if name is None:
            continue
        students = [
            i
            for i in inds[max(0, k - _WINDOW) : k]
            if i.start >= s_start
            and _unit_family(i) == "人"
            and _plain(i)
            and _STUDENT.search((i.subject or "") + tx.after(i, 3))
        ]
        teachers = [
            i
            for i in inds[max(0, k - _WINDOW) : k]
            if i.start >= s_start
            and _unit_family(i) == "人"
            and _plain(i)
            and _TEACHER.search((i.subject or "") + tx.after(i, 3))
        ]
        students = [i for i in students if i not in teachers]
        if students and teachers and _same_scope(text[clause_start : r.start], students[-1], teachers[-1]):
            s, t = students[-1], teachers[-1]
            vs, vt = _value(s), _value(t)
            assert vs is not None and vt is not None
            if vt != 0:
                a, b = q.terms
                computed = vs / vt
                if a >= b:  # 13.46:1, students per teacher
                    ok = (computed * b).quantize(Decimal(1).scaleb(-_decimals(r)), rounding=ROUND_HALF_UP) == a
                    claim = f"{s.text} / {t.text} = {_fmt(computed)} ({name.group()} {r.text})"
                else:  # 1:12.5
                    ok = (computed * a).quantize(Decimal(1).scaleb(-_decimals(r)), rounding=ROUND_HALF_UP) == b
                    claim = f"{s.text} / {t.text} = {_fmt(computed)} ({name.group()} {r.text})"
                out.append(_check(text, CheckKind.SHARE, claim, ok, [s, t, r], computed))
        # a ratio said to meet a standard ratio of the same sentence
        for std in inds[k + 1 : k + 1 + _WINDOW]:
            if std.start >= s_end:
                break
            sq = std.quantity
            if not isinstance(sq, Ratio) or len(sq.terms) != 2 or sq.terms[1] == 0:
                continue
            if not _STANDARD.search(text[r.end : std.end + 8]) or "达到" not in text[r.end : std.start]:
                continue
            rv, sv = q.quotient, sq.quotient
            if rv is None or sv is None:
                continue
            students_first = q.terms[0] >= q.terms[1]
            holds = rv <= sv if students_first else rv >= sv
            sym = "<=" if students_first else ">="
            out.append(
                _check(
                    text,
                    CheckKind.BOUND,
                    f"{r.text} {sym} {std.text}: {_fmt(_written(r) or rv)} {sym} {_fmt(_written(std) or sv)}"
                    f" ({name.group()} 达到标准)",
                    holds,
                    [r, std],
                    rv,
                )
            )
            break
    return out


# --- bounds and magnitudes -------------------------------------------------------------------------


_COMPARE_SYMBOL = {"gt": ">", "ge": ">=", "lt": "<", "le": "<="}
_COMPARE_HOLDS = {
    "gt": Decimal.__gt__,
    "ge": Decimal.__ge__,
    "lt": Decimal.__lt__,
    "le": Decimal.__le__,
}


def _relation(m: regex.Match[str]) -> str:
    """Which comparison (gt, ge, lt, le) a match of a comparison pattern names."""
    return str(next(r for r, v in m.groupdict().items() if v is not None and r in _COMPARE_SYMBOL))


def _compare_value(ind: Indicator) -> Decimal | None:
    q = ind.quantity
    if isinstance(q, Percent) and q.percentage_point:
        return None
    return _value(ind)


def _listed_from(
    text: str, inds: Sequence[Indicator], starts: Sequence[int], pos: int, word_end: int, s_end: int
) -> list[Indicator]:
    """The figures listed from ``pos`` on (the first within a few words of ``word_end`` in its clause,
    the others joined by 、/和/及/与), within the sentence ending at ``s_end``."""
    k = bisect.bisect_left(starts, pos)
    listed: list[Indicator] = []
    while k < len(inds) and inds[k].start < s_end:
        if listed:
            gap = text[listed[-1].end : inds[k].start].strip()
            if len(gap) > 2 or not _LIST_JOINER.fullmatch(gap or "、"):
                break
        elif inds[k].start - word_end > 12 or _CLAUSE_STOP.search(text, word_end, inds[k].start):
            break  # 分别高于全省平均水平（97.8%、95.6%）: a few words may name them first
        listed.append(inds[k])
        k += 1
    return listed


def _respective_growth_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    """``分别为14,280元、19,650元，上年分别为13,757元、18,786元，分别增长3.8%、4.6%``: each figure, its
    prior value and its stated rate (or difference), taken one by one in the order listed."""
    out: list[Check] = []
    starts = [i.start for i in inds]
    for m in _RESPECTIVE_PRIOR.finditer(text):
        s_start, s_end = tx.full_sentence(m.start())
        prior = _listed_from(text, inds, starts, m.end(), m.end(), s_end)
        j = bisect.bisect_left(starts, m.start())
        now = [i for i in inds[max(0, j - len(prior)) : j] if i.start >= s_start]
        if len(prior) < 2 or len(now) != len(prior):
            continue
        change = _RESPECTIVE_CHANGE.search(text, prior[-1].end, s_end)
        if change is None:
            continue
        stated = _listed_from(text, inds, starts, change.end(), change.end(), s_end)
        if len(stated) != len(prior):
            continue
        triples = list(zip(now, prior, stated, strict=True))
        if any(_unit_family(a) != _unit_family(b) or not all(map(_plain, (a, b, c))) for a, b, c in triples):
            continue
        fall = change.group("fall") is not None
        terms, holds = [], True
        for a, b, c in triples:
            va, vb = _value(a), _value(b)
            assert va is not None and vb is not None
            diff = (vb - va) if fall else (va - vb)
            if isinstance(c.quantity, Percent) and not c.quantity.percentage_point and _unit_family(a) != "%":
                if vb == 0:
                    break
                computed = diff / vb * 100
                terms.append(f"({a.text} - {b.text}) / {b.text} = {c.text} (computed {_fmt(computed)}%)")
            elif _unit_family(c) == _unit_family(a) or (_unit_family(a) == "%" and _unit_family(c) == "pp"):
                computed = diff
                terms.append(f"{a.text} - {b.text} = {c.text}")
            else:
                break
            holds = holds and _agrees(computed, c)
        else:
            claim = f"{'; '.join(terms)} (分别{'下降' if fall else '增长'})"
            out.append(_check(text, CheckKind.GROWTH, claim, holds, [x for t in triples for x in t]))
    return out


def _respective_comparison_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    """``小学0.418、初中0.362，分别低于0.50和0.45的国家标准``: the figures right before 分别低于 are compared
    one by one, in order, with as many figures of their kind listed right after it."""
    out: list[Check] = []
    starts = [i.start for i in inds]
    for m in _RESPECTIVE_COMPARE.finditer(text):
        s_start, s_end = tx.full_sentence(m.start())
        # (the first figure after it may have taken 低于 as its qualifier)
        after = _listed_from(text, inds, starts, m.start() + 2, m.end(), s_end)
        j = bisect.bisect_left(starts, m.start())
        before = [i for i in inds[max(0, j - len(after)) : j] if i.start >= s_start]
        if len(after) < 2 or len(before) != len(after):
            continue
        pairs = list(zip(before, after, strict=True))
        if any(_unit_family(a) != _unit_family(b) or not (_plain(a) and _plain(b)) for a, b in pairs):
            continue
        rel = _relation(m)
        values = [(_compare_value(a), _compare_value(b)) for a, b in pairs]
        if any(va is None or vb is None for va, vb in values):
            continue
        holds = all(_COMPARE_HOLDS[rel](va, vb) for va, vb in values)  # type: ignore[arg-type]
        claim = ", ".join(f"{a.text} {_COMPARE_SYMBOL[rel]} {b.text}" for a, b in pairs)
        out.append(_check(text, CheckKind.BOUND, f"{claim} ({m.group()})", holds, [x for p in pairs for x in p]))
    return out


_GOAL_KINDS = (IndicatorKind.TARGET, IndicatorKind.STANDARD)  # 到2024年…不少于60名; 平均班额不超过48人


def _target_met_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    """``整改目标：…补充音体美教师不少于60名`` … ``其中音体美教师64名``: a goal stated as a bound, and the first
    figure after it in the same part of the report of its kind, year and subject (what was reached)."""
    out: list[Check] = []
    for k, goal in enumerate(inds):
        bound = goal.quantity.qualifier
        if goal.kind not in _GOAL_KINDS or bound not in (Qualifier.AT_LEAST, Qualifier.AT_MOST):
            continue
        if not _plain(goal):
            continue
        top, subject, family = tx.top(goal.start), _subject(goal), _unit_family(goal)
        for reached in inds[k + 1 : k + 1 + _WINDOW]:
            if tx.top(reached.start) != top:
                break
            if reached.kind is not IndicatorKind.STOCK or reached.quantity.qualifier is not None:
                continue
            if _unit_family(reached) != family or not _plain(reached):
                continue
            if goal.year and reached.year and goal.year != reached.year:
                continue
            if not _similar(_subject(reached), subject, 0.6):
                continue
            vr, vg = _value(reached), _value(goal)
            assert vr is not None and vg is not None
            holds = vr >= vg if bound is Qualifier.AT_LEAST else vr <= vg
            sym = (">=" if holds else "<") if bound is Qualifier.AT_LEAST else ("<=" if holds else ">")
            claim = f"{reached.subject} {reached.text} {sym} {goal.text} (目标: {goal.subject})"
            out.append(_check(text, CheckKind.BOUND, claim, holds, [reached, goal], vr))
            break
    return out


def _pay_parity_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    """``教师年平均工资为10.86万元，同口径公务员为10.52万元``: teachers' pay >= civil servants', where a
    sentence (or a table row) states both and no comparison word between them says it already."""
    out: list[Check] = []
    pay = [i for i in inds if type(i.quantity) in (Money, PerUnit) and _plain(i)]
    for k, teacher in enumerate(pay):
        if not _TEACHER_PAY.search(teacher.subject or ""):
            continue
        _, s_end = tx.full_sentence(teacher.start)
        for other in pay[k + 1 : k + 4]:
            if other.start >= s_end or _unit_family(other) != _unit_family(teacher):
                break
            between = text[teacher.end : other.start]
            if _ANY_COMPARISON.search(between):
                break  # 不低于公务员96420元: the comparison family reads it
            if _CIVIL_SERVANT_PAY.search(other.subject or "") and not _TEACHER_PAY.search(other.subject or ""):
                vt, vo = _value(teacher), _value(other)
                assert vt is not None and vo is not None
                if not (vt > 0 and _PAY_RATIO[0] <= vo / vt <= _PAY_RATIO[1]):
                    continue  # 比公务员高2230元: a difference, not the other group's pay
                holds = vt >= vo
                claim = f"{teacher.subject} {teacher.text} {'>=' if holds else '<'} {other.subject} {other.text}"
                year = tx.year(teacher)
                note = f" (不低于公务员, {year})" if year else " (不低于公务员)"
                out.append(_check(text, CheckKind.BOUND, claim + note, holds, [teacher, other], vt))
                break
    return out


def _comparison_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    """``工资98,650元,高于公务员（96,420元）`` / ``占比43.6%,低于全省50%的目标``: a stated comparison."""
    out: list[Check] = []
    for a, b in itertools.pairwise(inds):
        if _unit_family(a) != _unit_family(b) or _unit_family(a) in (None, "pp"):
            continue
        if a.kind is IndicatorKind.CHANGE or b.kind is IndicatorKind.CHANGE or not (_plain(a) and _plain(b)):
            continue
        if a.quantity.qualifier is not None:
            continue
        m = _COMPARE.fullmatch(text[a.end : b.start])
        if m is None:
            continue
        va, vb = _compare_value(a), _compare_value(b)
        if va is None or vb is None:
            continue
        rel = _relation(m)
        holds = _COMPARE_HOLDS[rel](va, vb)
        word = m.group(rel)
        label = b.subject or ""
        label = label if label.startswith(word) else word + label  # (高于公务员…, not 高于高于公务员…)
        year = tx.year(a)
        out.append(
            _check(
                text,
                CheckKind.BOUND,
                f"{a.subject or ''} {a.text} {_COMPARE_SYMBOL[rel]} {b.text} ({label}{', ' + year if year else ''})",
                holds,
                [a, b],
                va,
            )
        )
    return out


_LIST_JOINER = re.compile(r"[、,，和及与]")


def _standard_bound_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    """``差异系数分别为0.452和0.381,均达到…标准（小学≤0.65、初中≤0.55）``: each figure within its bound."""
    out: list[Check] = []
    k = 0
    while k < len(inds):
        values = [inds[k]]
        j = k + 1
        while j < len(inds) and _LIST_JOINER.fullmatch(text[values[-1].end : inds[j].start]):
            values.append(inds[j])
            j += 1
        if j >= len(inds) or not all(_plain(v) and v.quantity.qualifier is None for v in values):
            k = j
            continue
        m = _MEETS.fullmatch(text[values[-1].end : inds[j].start])
        if m is None:
            k = j
            continue
        bounds = [inds[j]]
        j2 = j + 1
        while (
            j2 < len(inds) and len(bounds) < len(values) and _BOUND_SEP.fullmatch(text[bounds[-1].end : inds[j2].start])
        ):
            bounds.append(inds[j2])
            j2 += 1
        fam = _unit_family(values[0])
        same = all(_unit_family(x) == fam for x in (*values, *bounds))
        quals = [_bound_relation(text, b) for b in bounds]
        if len(bounds) != len(values) or not same or None in quals:
            k = j
            continue
        parts = []
        holds = True
        for v, b, rel in zip(values, bounds, quals, strict=True):
            vv, vb = _compare_value(v), _compare_value(b)
            assert rel is not None
            if vv is None or vb is None:
                break
            ok = {"gt": vv > vb, "ge": vv >= vb, "lt": vv < vb, "le": vv <= vb}[rel]
            holds = holds and ok
            name = text[tx.clause_start(b.start - 8, b.start, "（(、，,:：") : b.start].strip("≤≥<>＜＞（(、，, ")
            parts.append(f"{name} {v.text} {_COMPARE_SYMBOL[rel]} {b.text.lstrip('≤≥<>＜＞')}".strip())
        else:
            out.append(
                _check(
                    text,
                    CheckKind.BOUND,
                    f"{', '.join(parts)} ({m.group().strip('，,（( ')})",
                    holds,
                    [*values, *bounds],
                )
            )
        k = j2
    return out


def _bound_relation(text: str, ind: Indicator) -> str | None:
    """The relation a bound figure states: ``≤0.65`` is at most, ``不低于95%`` at least."""
    head = ind.text[:1] or ""
    before = text[max(0, ind.start - 3) : ind.start]
    q = ind.quantity.qualifier
    if head in "≤" or q is Qualifier.AT_MOST:
        return "le"
    if head in "<＜" or q is Qualifier.LESS_THAN:
        return "lt"
    if head in "≥" or q is Qualifier.AT_LEAST:
        return "ge"
    if head in ">＞" or q is Qualifier.MORE_THAN:
        return "gt"
    if before.endswith(("≤", "不超过", "不高于")):
        return "le"
    if before.endswith(("≥", "不低于", "不少于")):
        return "ge"
    return None


def _budget_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    out: list[Check] = []
    totals: dict[str, Indicator] = {}
    for i in inds:
        if isinstance(i.quantity, Money) and _plain(i) and i.kind is IndicatorKind.STOCK:
            subj = _QUOTE_MARKS.sub("", i.subject or "")
            if _BUDGET_TOTAL.search(subj):
                totals.setdefault(tx.year(i), i)
    if not totals:
        return out
    for i in inds:
        if not isinstance(i.quantity, Money) or not _plain(i) or i in totals.values():
            continue
        if i.quantity.qualifier is not None:
            continue
        if not _BUDGET_PART.search(i.subject or ""):
            continue
        total = totals.get(tx.year(i))
        if total is None:
            continue
        vi, vt = _value(i), _value(total)
        assert vi is not None and vt is not None
        holds = vi <= vt
        kind = CheckKind.BOUND if holds else CheckKind.MAGNITUDE
        sym = "<=" if holds else ">"
        out.append(
            _check(
                text,
                kind,
                f"{i.subject} {i.text} {sym} {total.subject} {total.text} (a part of the education budget)",
                holds,
                [i, total],
                vi,
                note="" if holds else "implausible magnitude: larger than the whole education budget",
            )
        )
    return out


def _per_student_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    out: list[Check] = []
    per = [i for i in inds if isinstance(i.quantity, PerUnit) and _plain(i)]
    per_starts = [i.start for i in per]
    for part_rx, whole_rx in _PER_STUDENT:
        # the level of each figure that can be the whole (None: it cannot), read once per rule
        whole_level = {
            w.start: _level(w.subject or "")
            if whole_rx.search(w.subject or "") and not part_rx.search(w.subject or "")
            else None
            for w in per
        }
        for p in per:
            ps = p.subject or ""
            if not part_rx.search(ps):
                continue
            lv = _level(ps)
            if lv is None:
                continue
            for w in _near(per, per_starts, p.start):
                ws = w.subject or ""
                if w is p or whole_level[w.start] != lv:
                    continue
                if tx.year(w) and tx.year(p) and tx.year(w) != tx.year(p):
                    continue
                vp, vw = _value(p), _value(w)
                assert vp is not None and vw is not None
                holds = vp <= vw
                out.append(
                    _check(
                        text,
                        CheckKind.BOUND,
                        f"{ps} {p.text} {'<=' if holds else '>'} {ws} {w.text}",
                        holds,
                        [p, w],
                        vp,
                    )
                )
                break
    return out


def _period_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    """One year's figure cannot exceed the same figure counted over several years (三年来…)."""
    out: list[Check] = []
    wholes: list[tuple[Indicator, int, str]] = []
    parts: dict[str | None, list[tuple[Indicator, int, str, str]]] = {}
    for i in inds:
        if not _plain(i) or not isinstance(i.quantity, Count) or i.kind is not IndicatorKind.STOCK:
            continue
        s_start, _ = tx.full_sentence(i.start)
        period = tx.period(s_start, i.start)
        if period is not None:
            wholes.append((i, s_start, period))
        elif tx.year(i):
            parts.setdefault(_unit_family(i), []).append((i, s_start, _subject(i), tx.year(i)))
    part_starts = {family: [p[0].start for p in members] for family, members in parts.items()}
    for whole, s_start, period_word in wholes:
        subject = _subject(whole)
        family = _unit_family(whole)
        near = _near(parts.get(family, []), part_starts.get(family, []), whole.start, _PERIOD_NEAR)
        for part, ps, part_subject, year in near:
            if ps == s_start or not _similar(part_subject, subject, 0.6):
                continue
            vp, vw = _value(part), _value(whole)
            assert vp is not None and vw is not None
            holds = vp <= vw
            out.append(
                _check(
                    text,
                    CheckKind.BOUND,
                    f"{year}年 {part_subject} {part.text} {'<=' if holds else '>'} {period_word} {whole.text}",
                    holds,
                    [part, whole],
                    vp,
                )
            )
    return out


# --- repeated figures ----------------------------------------------------------------------------


def _distinctive(ind: Indicator) -> bool:
    v, w = _value(ind), _written(ind)
    if v is None or w is None:
        return False
    if isinstance(ind.quantity, Percent):
        return v not in (Decimal(0), Decimal(100))
    if isinstance(ind.quantity, Count):
        return w >= 3 or _decimals(ind) > 0
    return True


_QUOTE_MARKS = re.compile(r"[“”\"]")


def _signature(ind: Indicator, tx: _Text) -> str:
    return _subject(ind) + str(_QUOTE_MARKS.sub("", tx.after(ind, 8)))


def _repeated_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    out: list[Check] = []
    groups: dict[tuple[str | None, Decimal, str | None], list[Indicator]] = {}
    for i in inds:
        if not _plain(i) or not _distinctive(i) or isinstance(i.quantity, Ratio):
            continue
        v = _value(i)
        assert v is not None
        q = i.quantity.qualifier
        groups.setdefault((_unit_family(i), v, None if q is None else q.value), []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        chains: list[list[Indicator]] = []
        # per member, once: its signature, its school level, where its sentence ends
        seen = {m.start: (_signature(m, tx), _level(_subject(m), True), tx.full_sentence(m.start)[1]) for m in members}
        for m in members:
            signature, level, _ = seen[m.start]
            for chain in chains[-_NEAR:]:  # the chains begun most recently
                if m.start <= seen[chain[-1].start][2]:
                    continue  # in the sentence of the chain's last figure
                head_signature, head_level, _ = seen[chain[0].start]
                if level == head_level and _similar(signature, head_signature, 0.4):
                    chain.append(m)
                    break
            else:
                chains.append([m])
        for chain in chains:
            if len(chain) < 2:
                continue
            parts = []
            for m in chain:
                y = tx.year(m)
                parts.append(f"{_subject(m) or tx.after(m)} {m.text}{' (' + y + ')' if y else ''}")
            out.append(_check(text, CheckKind.REPEATED, " = ".join(parts), True, chain, _value(chain[0])))
    for a, b in itertools.pairwise(inds):
        if _unit_family(a) == _unit_family(b) and _plain(a) and _plain(b) and _EXECUTED.match(text[a.end : b.start]):
            va, vb = _value(a), _value(b)
            assert va is not None and vb is not None
            holds = vb >= va
            rel = "=" if va == vb else (">" if holds else "<")
            out.append(
                _check(
                    text,
                    CheckKind.REPEATED,
                    f"{a.subject} {a.text} (budgeted) {rel} {text[a.end : b.start].strip(',， ')} {b.text} (executed)",
                    holds,
                    [a, b],
                    vb,
                )
            )
    out.extend(_threshold_checks(text, inds, tx))
    out.extend(_fixed_figure_checks(text, inds, tx))
    return out


def _threshold_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    out: list[Check] = []
    groups: dict[tuple[str, str | None, str | None], list[Indicator]] = {}
    for i in inds:
        if not _plain(i) or i.quantity.qualifier not in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
            continue
        m = _THRESHOLD.match(text, i.end)
        if m is None:
            continue
        noun = m.group().strip('“"”')
        groups.setdefault((noun, _unit_family(i), None), []).append(i)
    for (noun, _, _), members in groups.items():
        levels = {_level(text[tx.sentence(i.start)[0] : i.start]) for i in members} - {None}
        if len(levels) > 1:
            continue  # thresholds of different school levels may differ
        values = {_value(i) for i in members}
        if len(members) < 2 or (len({tx.top(i.start) for i in members}) < 2 and len(values) > 1):
            continue
        holds = len(values) == 1
        claim = " = ".join(f"{i.text}“{noun}”" for i in members)
        out.append(
            _check(
                text,
                CheckKind.REPEATED,
                f"{claim} (the same threshold)",
                holds,
                members,
                note="" if holds else "differs",
            )
        )
    return out


def _fixed_figure_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    out: list[Check] = []
    money = [i for i in inds if isinstance(i.quantity, Money) and _plain(i) and _FIXED.search(i.subject or "")]
    top = {i.start: tx.top(i.start) for i in money}
    for k, a in enumerate(money):
        for b in money[k + 1 : k + 1 + _NEAR]:
            if top[a.start] == top[b.start] or tx.year(a) != tx.year(b) or not tx.year(a):
                continue
            if _value(a) == _value(b) or a.quantity.qualifier or b.quantity.qualifier:
                continue
            if not _similar(_subject(a), _subject(b), 0.75):
                continue
            out.append(
                _check(
                    text,
                    CheckKind.REPEATED,
                    f"{a.subject} {a.text} ≠ {b.subject} {b.text} ({tx.year(a)}, the same allowance stated twice)",
                    False,
                    [a, b],
                    note="differs",
                )
            )
    return out


# --- named counts --------------------------------------------------------------------------------


_COUNT_SUFFIX = re.compile(r"(?:大|项|个|所|种|类|条|方面|家)$")


def _count_value(s: str) -> int | None:
    s = _COUNT_SUFFIX.sub("", s)
    if s.isdigit():
        return int(s)
    if s in _CN:
        return _CN[s]
    if len(s) == 2 and s[0] == "十" and s[1] in _CN:
        return 10 + _CN[s[1]]
    return None


def _items(s: str) -> list[str]:
    return [x for x in _ITEM_SPLIT.split(s) if x.strip(' “”"')]


_BOOK_TITLE = re.compile(r"《[^《》]+》")
_UP_TO_COMMA = re.compile(r"[^，,]*")
_NAMES_FOLLOW = re.compile(r"^(?:学校|幼儿园)?[,，](?:其中)?")


_NUMERAL_START = re.compile(r"[0-9一二两三四五六七八九十]")


# What stands between a _LIST_AFTER count and the colon or 分别是 that opens its list: the count (at
# most four characters: 十二, 三方面), up to eight characters and the noun, a closing quote. The rest
# is white space.
# (one character class first, so that the engine skips between them: a colon, or a comma before 分别是)
_LIST_OPENER = re.compile(r"[:：,，](?:(?<=[:：])|\s*(?:分别(?:是|为)|即|包括))")
_COUNT_REACH = 4 + 8 + max(len(w) for w in _NOUN.split("|")) + 1
_COUNT_FIRST_CHARS = frozenset("一二两三四五六七八九十123456789")


def _lists_after(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_LIST_AFTER`, as ``finditer`` would give them: tried only at the
    counts that stand close enough before a list opener (a colon, ``,分别是``) to reach it."""
    starts: set[int] = set()
    for opener in _LIST_OPENER.finditer(text):
        k = opener.start()
        while k > 0 and text[k - 1].isspace():
            k -= 1
        starts.update(p for p in range(max(0, k - _COUNT_REACH), k) if text[p] in _COUNT_FIRST_CHARS)
    end = 0
    for p in sorted(starts):
        if p >= end and (m := _LIST_AFTER.match(text, p)) is not None:
            end = m.end()
            yield m


def _lists_before(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_LIST_BEFORE`, left to right, as ``finditer`` would give them.

    A match starts in the last 12 characters before a 、 (its first item ends there), so it is tried
    once per 、, from the leftmost start a scan would reach, not from every character, and read no
    further than the next hard stop (no part of a match holds one). A 、 whose item follows a failed
    one's is not tried at all: any list from it would also have been a list from the failed start,
    one item longer.
    """
    floor = 0  # where the last match ended
    failed: int | None = None  # the 、 whose attempt failed, while the items after it continue its list
    for item_start, p in _items_before_dun(text):
        if p < floor:
            continue
        start = max(item_start, floor)
        if start == p:
            failed = None  # an empty item: no list runs through it
        elif start - 1 == failed:
            failed = p  # the item since the failed 、 is a list item: this one fails too
        else:
            hard = _HARD_STOP.search(text, p)
            # the list's count and noun stand before the next hard stop: no noun there, no list
            noun = _NOUN_RE.search(text, p, hard.start() if hard else len(text))
            m = None if noun is None else _LIST_BEFORE.match(text, start, hard.start() if hard else len(text))
            if m is None:
                failed = p
            else:
                floor, failed = m.end(), None
                yield m


def _items_before_dun(text: str) -> list[tuple[int, int]]:
    """(start, position of the 、) of each non-empty item before a 、: the characters back to the
    nearest stop, at most 12. Read in one scan of the reversed text, where the item follows its 、."""
    n = len(text)
    found = [(n - m.end(), n - 1 - m.start()) for m in _DUN_THEN_ITEM.finditer(text[::-1])]
    found.reverse()
    return found


@functools.cache
def _names_ending_with(noun: str) -> re.Pattern[str]:
    """``“…工程”`` or ``实施…工程``: a name ending with the noun a heading counts."""
    return re.compile(r"(?:“|实施)(?P<name>[^“”，,。；;、\s]{2,10}?" + re.escape(noun) + ")")


@functools.cache
def _list_ending_with(noun: str) -> re.Pattern[str]:
    """``作业、睡眠、手机、读物、体质管理``: a list whose last item ends with the counted noun."""
    return re.compile(
        r"(?P<list>(?:[^\s、，,。；;:：“”]{1,10}、)+[^\s、，,。；;:：“”]{1,10}?(?:和|及|与)?[^\s、，,。；;:：“”]{0,10}?"
        + re.escape(noun)
        + ")"
    )


def _list_after_count(text: str, noun: str, start: int, end: int) -> re.Match[str] | None:
    """``_list_ending_with(noun).search(text, start, end)``, tried only from where the list can start:
    its first item (at most ten characters) ends at the first 、, and without one there is no list."""
    first_item_end = text.find("、", start, end)
    if first_item_end < 0:
        return None
    return _list_ending_with(noun).search(text, max(start, first_item_end - 10), end)


def _named_count_checks(text: str, inds: Sequence[Indicator], tx: _Text, sections: Sequence[Section]) -> list[Check]:
    out: list[Check] = []
    seen: set[int] = set()

    def add(n_start: int, n: int, count: int, items: list[str], noun: str, at_least: bool, n_text: str) -> None:
        if n_start in seen or count < 2:
            return
        holds = count <= n if at_least else count == n
        if not holds:
            return  # a list we may have cut wrongly is not claimed as an error
        seen.add(n_start)
        rel = ">=" if at_least else "="
        listed = "、".join(x.strip() for x in items)
        out.append(
            Check.over(
                text,
                ((n_start, n_start + len(n_text)),),
                kind=CheckKind.NAMED_COUNT,
                claim=f"{n_text}{noun} = {n} {rel} {count} listed ({listed})",
                holds=True,
                computed=Decimal(count),
            )
        )

    for m in _lists_before(text):
        n = _count_value(m.group("n"))
        if n is None:
            continue
        items = _items(m.group("list"))
        add(m.start("n"), n, len(items), items, m.group("noun"), bool(m.group("etc")), m.group("n"))
    for m in _BOOK_LIST.finditer(text):
        n = _count_value(m.group("n"))
        if n is None:
            continue
        books = _BOOK_TITLE.findall(m.group("list"))
        add(m.start("n"), n, len(books), books, "个文件", True, m.group("n"))
    for m in _lists_after(text):
        n = _count_value(m.group("n"))
        if n is None:
            continue
        items = _items(m.group("list"))
        if items and _NOUN_RE.search(m.group("noun")):
            last = items[-1]
            tail = _UP_TO_COMMA.match(last)
            items[-1] = tail.group() if tail else last
        add(m.start("n"), n, len(items), items, m.group("noun"), False, m.group("n"))
    # ``共计4个…。分别为A、B、C和D。``: the count is in the sentence before
    starts = [i.start for i in inds]
    for m in _RESPECTIVELY_OPENING.finditer(text):
        s_prev, _ = tx.full_sentence(max(0, m.start() - 1))
        window = inds[bisect.bisect_left(starts, s_prev) : bisect.bisect_left(starts, m.start())]
        counts = [
            i
            for i in window
            if s_prev <= i.start < m.start()
            and isinstance(i.quantity, Count)
            and _plain(i)
            and i.unit in ("个", "所", "项")
        ]
        if not counts:
            continue
        c = counts[0]
        n_val = _value(c)
        if n_val is None:
            continue
        items = _items(m.group("list"))
        add(c.start, int(n_val), len(items), items, c.subject or "", False, c.text)
    # ``新开办小学3所,其中A…、B…`` / ``改扩建5所学校,A、B…``: school names after a count of schools
    for c in inds:
        if not isinstance(c.quantity, Count) or c.unit != "所" or not _plain(c):
            continue
        _, s_end = tx.full_sentence(c.start)
        rest = text[c.end : min(s_end, c.end + 300)]
        if not _NAMES_FOLLOW.match(rest):
            continue
        names = [x.group() for x in _SCHOOL.finditer(rest)]
        n_val = _value(c)
        if n_val is not None:
            add(c.start, int(n_val), len(names), names, c.subject or "", False, c.text)
    # ``(二)实施四大工程`` with 一是…四是 points below
    for s in _walk(sections):
        hm = _HEADING_COUNT.search(s.heading)
        if hm is None or not s.points:
            continue
        n = _count_value(hm.group("n"))
        if n is None:
            continue
        add(
            s.heading_start + hm.start("n"),
            n,
            len(s.points),
            [p.number for p in s.points],
            hm.group("noun"),
            False,
            hm.group("n"),
        )
    # ``1.深入推进四大工程`` without points: the distinct names ending with the noun in the section
    for s in _walk(sections):
        hm = _HEADING_BIG_COUNT.search(s.heading)
        if hm is None or s.points or s.children:
            continue
        n = _count_value(hm.group("n"))
        if n is None:
            continue
        noun = hm.group("noun")
        named: list[str] = []
        for nm in _names_ending_with(noun).finditer(text, s.heading_end, s.end):
            name = nm.group("name")
            if name not in named and not _NUMERAL_START.match(name):
                named.append(name)
        add(s.heading_start + hm.start("n"), n, len(named), named, noun, False, hm.group("n"))
    # ``落实五项管理。…作业、睡眠、手机、读物、体质管理``: the list a little after the count
    for m in _BARE_COUNT.finditer(text):
        if m.start("n") in seen:
            continue
        n = _count_value(m.group("n"))
        if n is None:
            continue
        noun = m.group("noun")
        window_end = min(len(text), m.end() + 200, (text.find("\n", m.end()) + 1 or len(text)))
        lm = _list_after_count(text, noun, m.end(), window_end)
        if lm is None:
            continue
        items = _items(lm.group("list"))
        add(m.start("n"), n, len(items), items, noun, False, m.group("n"))
    return out


_LEADING_YEAR = re.compile(r"^(?:(?:19|20)\d\d年)?")


def _respectively_checks(text: str, inds: Sequence[Indicator], tx: _Text) -> list[Check]:
    """``A、B、C…分别为x、y、z``: as many figures as names."""
    out: list[Check] = []
    last_names: tuple[int, str] | None = None
    k = 0
    while k < len(inds):
        first = inds[k]
        if "分别" not in text[max(0, first.start - 5) : first.start]:
            k += 1  # the figures follow 分别为/分别是/分别达到 directly, or this is no such list
            continue
        s_start, _ = tx.sentence(first.start)
        clause_start = tx.clause_start(s_start, first.start, "，,；;：:")
        head = text[clause_start : first.start]
        m = _RESPECTIVELY.search(head)
        if m is None:
            k += 1
            continue
        values = [first]
        j = k + 1
        while j < len(inds) and _LIST_JOINER.fullmatch(text[values[-1].end : inds[j].start]):
            values.append(inds[j])
            j += 1
        names_text = _LEADING_YEAR.sub("", head[: m.start()])
        names = _items(names_text)
        if not names and last_names and last_names[0] == s_start:
            names_text, names = last_names[1], _items(last_names[1])
        elif names:
            last_names = (s_start, names_text)
        same_unit = all(_unit_family(v) == _unit_family(first) for v in values)
        if len(values) >= 2 and len(names) == len(values) and same_unit:
            year = tx.year(first)
            listed = "、".join(v.text for v in values)
            out.append(
                _check(
                    text,
                    CheckKind.NAMED_COUNT,
                    f"{len(names)} named ({names_text}) = {len(values)} figures ({listed}){' ' + year if year else ''}",
                    True,
                    values,
                    Decimal(len(values)),
                )
            )
        k = j
    return out


def _walk(sections: Iterable[Section]) -> Iterable[Section]:
    for s in sections:
        yield from s.walk()


# --- the stage -----------------------------------------------------------------------------------


@frozen(kw_only=True)
class Audit:
    """The audit stage's result: the checks, and an ``IMPLAUSIBLE`` corruption on each figure a
    magnitude check flags."""

    checks: tuple[Check, ...]
    corruptions: tuple[Corruption, ...]


def audit(doc: Document, indicators: Sequence[Indicator]) -> Audit:
    """Every check the report's numbers make possible, in reading order."""
    text, sections = doc.text, doc.sections
    inds = [i for i in indicators if not doc.in_noise(i.start)]
    tx = _Text(doc)
    checks: list[Check] = []
    for family in (
        _parts_checks,
        _next_sentence_parts_checks,
        _progress_checks,
        _supply_checks,
        _growth_checks,
        _column_checks,
        _table_total_checks,
        _sample_checks,
        _from_to_checks,
        _sign_checks,
        _share_checks,
        _coverage_checks,
        _ratio_checks,
        _comparison_checks,
        _pay_parity_checks,
        _respective_comparison_checks,
        _respective_growth_checks,
        _target_met_checks,
        _standard_bound_checks,
        _budget_checks,
        _per_student_checks,
        _period_checks,
        _repeated_checks,
        _respectively_checks,
    ):
        checks.extend(family(text, inds, tx))
    checks.extend(_named_count_checks(text, inds, tx, sections))
    unique: dict[tuple[str, tuple[tuple[int, int], ...]], Check] = {}
    for c in checks:
        if c.figures:
            unique.setdefault((c.claim, tuple((f.start, f.end) for f in c.figures)), c)
    found = tuple(sorted(unique.values(), key=lambda c: (c.start, c.kind.value)))
    return Audit(checks=found, corruptions=implausible_corruptions(text, found, indicators))


def implausible_corruptions(
    text: str, checks: Sequence[Check], indicators: Sequence[Indicator]
) -> tuple[Corruption, ...]:
    """An ``IMPLAUSIBLE`` corruption on each figure a magnitude check flags."""
    out: list[Corruption] = []
    at: dict[tuple[int, int], list[tuple[int, Indicator]]] = {}
    for k, i in enumerate(indicators):
        at.setdefault((i.start, i.end), []).append((k, i))
    for c in checks:
        if c.kind is not CheckKind.MAGNITUDE or c.holds:
            continue
        start, end = c.figures[0].start, c.figures[0].end
        flagged = [(k, i) for f in c.figures for k, i in at.get((f.start, f.end), ()) if _value(i) == c.computed]
        if flagged:
            _, i = max(flagged, key=lambda f: f[0])  # the last such figure, in reading order
            start, end = i.start, i.end
        out.append(
            Corruption(
                start=start,
                end=end,
                text=text[start:end],
                kind=CorruptionKind.IMPLAUSIBLE,
                note=c.claim,
            )
        )
    return tuple(out)
