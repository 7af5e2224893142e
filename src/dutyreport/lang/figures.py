"""The words around a figure that tell how it is bounded and what kind of figure it is.

One table per role, each entry with an example phrase; ``tests/lang/test_figures_tables.py`` parses
every example and checks that the entry does what its table says. The indicator stage
(:mod:`dutyreport.indicators.build`, :mod:`~dutyreport.indicators.subjects`,
:mod:`~dutyreport.indicators.years`) compiles its patterns from these tables and spells no word out
again. What a figure measures is in :mod:`dutyreport.lang.subjects`, which year it belongs to in
:mod:`dutyreport.lang.figure_years`.
"""

from __future__ import annotations

from attrs import frozen

from ..model.quantities import Qualifier
from .entry import Entry, PatternEntry, words

__all__ = [
    "CHANGE_VERBS",
    "COMPARED_NORMS",
    "COMPARISON_WORDS",
    "CONTEXT_QUALIFIERS",
    "COUNTERS",
    "DIFFERENCE_WORDS",
    "DURATION_UNITS",
    "EACH_WORDS",
    "FIGURE_MASKS",
    "FREQUENCY_WORDS",
    "FUTURE_WORDS",
    "NEGATING_MODALS",
    "NORM_CUES",
    "NORM_MODIFIERS",
    "NORM_NOUNS_AFTER",
    "NORM_QUALIFIERS",
    "OBTAIN_WORDS",
    "PEOPLE_COUNT_WORDS",
    "PEOPLE_NOUNS",
    "PER_PERSON_CUES",
    "PER_STUDENT_CUES",
    "PER_UNIT_NORM_CUES",
    "PLAN_DONE_WORDS",
    "QUALIFIER_BRIDGES",
    "RATIO_NORM_CUES",
    "STRIVE",
    "STRIVE_UNTIL",
    "STRIVING",
    "TARGET_CUES",
    "TARGET_DEADLINES",
    "UNIT_NAMING_WORDS",
    "WHOLE_AMOUNT_WORDS",
    "YEAR_COMPARED_BY",
    "Change",
    "Obtains",
]

_same = words


# --- how a figure is written -----------------------------------------------------------------------------

# The characters a template or a redacted copy writes for a figure's digits (x所, xx.xx%, ××人, **个): a figure
# no reader can tell, but a figure, that ends the words before it as a digit does.
FIGURE_MASKS: tuple[Entry[str], ...] = _same(
    "mask of a figure",
    ("x", "2022年,全县共有小学x所"),
    ("X", "2022年,全县共有小学XX所"),
    ("×", "2022年,全县共有小学××所"),
    ("*", "2022年,全县共有小学**所"),
    ("＊", "2022年,全县共有小学＊＊所"),
)
# The general measure word, after which a noun names what a figure counts (96个教学班: 教学班), in simplified
# (its traditional form, 個, is read by lang.script.forms).
COUNTERS: tuple[Entry[str], ...] = _same("general measure word", ("个", "2022年,全县新建96个教学班"))


# --- how a figure is bounded (qualifiers and units from context) ----------------------------------------

# Comparatives that bound a figure only where its sentence states a norm (NORM_CUES): 规模一般控制在9个班
# is a ceiling, 大班额控制在5.78% an achieved value. They never tighten a qualifier the figure has.
NORM_QUALIFIERS: tuple[Entry[Qualifier], ...] = (Entry("控制在", Qualifier.AT_MOST, "规模一般控制在9个班"),)

# Nouns of a norm after a figure and 的 (远远低于生均18平方米的标准): the figure is the norm a comparative before it
# measures the figure before against, no bound of its own (kind standard).
NORM_NOUNS_AFTER: tuple[Entry[str], ...] = _same(
    "norm after",
    ("标准", "校舍面积生均5.31平方米,远远低于生均18平方米的标准"),
    ("要求", "班额55人,高于45人的要求"),
    ("规定", "生师比19:1,高于17:1的规定"),
)
# Words that may stand between 的 and a norm's noun (低于80%的省定要求, 低于18平方米的国家标准); no verb does (超过90%的
# 学校达到标准: a share of schools, its bound its own).
NORM_MODIFIERS: tuple[Entry[str], ...] = _same(
    "norm modifier",
    *((w, f"配备率63.2%,低于80%的{w}要求") for w in ("省定", "国家", "规定", "省级", "市级", "上级", "办学", "最低")),
)

# Comparatives a few words before a figure (至少配备两套以上, 不低于工资总额的2%).
CONTEXT_QUALIFIERS: tuple[Entry[Qualifier], ...] = (
    Entry("不低于", Qualifier.AT_LEAST, "按照不低于工资总额的1.5%安排"),
    Entry("不少于", Qualifier.AT_LEAST, "每学期不少于开设9课时"),
    Entry("至少", Qualifier.AT_LEAST, "每校至少安排1名心理教师"),
    Entry("不超过", Qualifier.AT_MOST, "班额不超过规定的45人"),
    Entry("不高于", Qualifier.AT_MOST, "比例不高于全市平均的10%"),
    Entry("不多于", Qualifier.AT_MOST, "每周不多于安排3次"),
    *NORM_QUALIFIERS,
    Entry("最多", Qualifier.AT_MOST, "每班最多安排45人"),
    Entry("高于", Qualifier.MORE_THAN, "比例高于全市平均的65%"),
    Entry("超过", Qualifier.MORE_THAN, "学生超过全区总数的60%"),
    Entry("低于", Qualifier.LESS_THAN, "比例低于全市平均的10%"),
    Entry("大约是", Qualifier.APPROX, "校舍面积大约是21.5万平方米"),
    Entry("约是", Qualifier.APPROX, "覆盖的学校约是300所"),
)

# Modals that negate the comparative right after them (不得低于5% is at least 5%, 不应超过45人 at most 45): a
# figure bounded below by 低于/少于 is then bounded above, and one bounded above by 超过/高于/多于 below.
NEGATING_MODALS: tuple[Entry[str], ...] = _same(
    "negates",
    ("不得", "比例不得低于5%"),
    ("不应", "每校不应少于1名心理教师"),
    ("不能", "班额不能超过45人"),
    ("不宜", "规模不宜超过12个班"),
    ("不可", "比例不可低于5%"),
    ("不准", "班额不准超过45人"),
)

# Words that let a comparative reach a figure further on (至少配备两套, 不低于工资总额的1.5%); a comparative
# followed by a noun and then the figure names the reference, not a bound (高于公务员平均工资11万元).
QUALIFIER_BRIDGES: tuple[Entry[str], ...] = _same(
    "bridge",
    ("的", "按照不低于工资总额的1.5%安排"),
    ("有", "每个乡镇至少有一所公办园"),
    ("配备", "门卫处至少配备两套设备"),
    ("安排", "每校至少安排1名心理教师"),
    ("办好", "每个街道至少办好2所公办园"),
    ("开展", "每年至少对重大问题开展一次讨论"),
    ("达到", "比例不低于全市平均达到65%"),
    ("达", "覆盖率不低于全市平均达95%"),
    ("为", "比例不低于全市平均为65%"),
    ("保持在", "班额最多保持在45人"),
    ("完成", "每年至少完成培训3次"),
    ("招聘", "每年不少于新招聘30名教师"),
)

# 控制在 is a ceiling only where the sentence states a norm (幼儿园规模一般控制在9个班), not a result.
NORM_CUES: tuple[Entry[str], ...] = _same(
    "norm",
    ("一般", "规模一般控制在9个班"),
    ("原则上", "规模原则上控制在9个班"),
    ("应", "规模应控制在9个班"),
    ("须", "规模须控制在9个班"),
    ("不得", "不得超过且控制在9个班"),
    ("要求", "要求规模控制在9个班"),
    ("标准", "按标准规模控制在9个班"),
)

# A per-unit amount is a norm (kind ``standard``) where its sentence names one before it (生均经费标准为每生每年
# 720元, 基准定额) or is written as a rate (每生每年720元, 630元/生/年); elsewhere it is the amount reached
# (生均一般公共预算教育支出为10799元: a ``stock``) or a change.
PER_UNIT_NORM_CUES: tuple[Entry[str], ...] = _same(
    "per-unit norm",
    ("标准", "小学生均经费标准为720元"),
    ("定额", "小学生均经费定额为720元"),
    ("基准", "小学生均经费基准为720元"),
    # (生均公用经费 is set by a norm, its 基准定额; 生均一般公共预算公用经费 is the statistics' amount spent)
    ("生均公用经费", "小学生均公用经费为720元"),
    ("补助", "免费教科书补助小学生均90元"),  # (a subsidy per unit is its rate)
    ("补贴", "乡村教师生活补贴人均400元"),
)

# A money figure under these words is per student and per year (生均…支出分别为:小学650元).
PER_STUDENT_CUES: tuple[Entry[str], ...] = _same(
    "per student",
    ("生均", "生均公用经费分别为:小学650元"),
    ("按在校学生人数平均", "按在校学生人数平均的支出达到小学21551元"),
    ("在校学生人数平均", "在校学生人数平均的支出达到小学21551元"),
    ("按在校生人数平均", "按在校生人数平均的支出达到小学21551元"),
    ("在校生人数平均", "在校生人数平均的支出达到小学21551元"),
    ("每生每年", "公用经费每生每年提高至5000元"),
)

# A money figure under these words is per person (义务教育教师平均工资收入为91250元).
PER_PERSON_CUES: tuple[Entry[str], ...] = _same(
    "per person",
    ("人均", "发放人均21848元的绩效奖励"),
    ("平均工资", "教师平均工资收入为91250元"),
    ("每人每月", "生活补助每人每月提高至400元"),
    ("每人每年", "生活补助每人每年提高至4800元"),
)

# Words that name an amount a whole (补助金额, 资金总额, 共计): said of an amount after a figure per person or per
# student in its sentence, they make it the whole paid, not another amount per head (每人每年800元,补助金额达36.5万元).
WHOLE_AMOUNT_WORDS: tuple[Entry[str], ...] = _same(
    "whole amount",
    *(
        (w, f"给予每人每年800元补助,{w}36.5万元")
        for w in ("金额", "总额", "总计", "合计", "共计", "累计", "资金")
    ),
)

# A bare number followed by these nouns counts people (确保9万学生入学).
PEOPLE_NOUNS: tuple[Entry[str], ...] = _same(
    "people",
    *((w, f"确保9万{w}参与") for w in ("学生", "师生", "教师", "幼儿", "儿童", "人员", "家长", "干部", "党员", "职工")),
)

# A bare number after these words is counted in them (网课点播人次达200多万).
UNIT_NAMING_WORDS: tuple[Entry[str], ...] = (
    Entry("人次", "人次", "网课点播人次达200多万"),
    Entry("人数", "人", "义务段新增人数达3000多"),
)

# Measure words of duration: a span of time has no single year (连续九年, 保存90天).
DURATION_UNITS: tuple[Entry[str], ...] = _same(
    "duration",
    ("年", "2020年,连续九年获评先进"),
    ("天", "2020年,视频保存90天"),
    ("个月", "2020年,试点6个月"),
    ("周", "2020年,集中培训2周"),
    ("分钟", "2020年,每节课40分钟"),
    ("小时", "2020年,每天锻炼1小时"),
    ("课时", "2020年,每周不少于1课时"),
    ("学时", "2020年,培训满72学时"),
)

# Words before figures run together (分别为:120013501480) that make them counts of people.
PEOPLE_COUNT_WORDS: tuple[Entry[str], ...] = _same(
    "people",
    ("人数", "2018-2020年,入学人数分别为:120013501480。"),
)

# --- what kind of figure it is ----------------------------------------------------------------------------

# 比上年 and its kin make the figure after them a change (同比增长8514万元).
COMPARISON_WORDS: tuple[Entry[str], ...] = _same(
    "comparison",
    ("同比上年", "同比上年增长0.92%"),
    ("同比", "同比增长8514万元"),
    ("比上年度", "比上年度增长6.12%"),
    ("较上年度", "较上年度增长6.12%"),
    ("比上年", "比上年增长7.21%"),
    ("较上年", "较上年增长7.21%"),
    ("比去年", "比去年增长7.21%"),
    ("较去年", "较去年增长7.21%"),
)

# 比 and 较 before a year name the year a figure is compared with (比2022年增加120人): that year is part of the
# comparison, as 上年 is in 比上年 (it stays in the subject), and no date of the figure.
YEAR_COMPARED_BY: tuple[Entry[str], ...] = _same(
    "compared with a year",
    ("比", "全县教师总数比2022年增加120人"),
    ("较", "全县辍学学生较2021年减少6人"),
)

# How much more or less than at an earlier time: right after a comparison with one (比上年高出120人, 较去年少12个,
# 比2022年多85人: COMPARISON_WORDS, or YEAR_COMPARED_BY and a year) the figure is a change; after anything else
# (比公务员平均工资高出1200元) it is a gap, which stays a stock.
DIFFERENCE_WORDS: tuple[Entry[str], ...] = _same(
    "difference",
    ("高出", "全县教师总数比上年高出120人"),
    ("多出", "全县专任教师比上年多出85人"),
    ("多", "全县专任教师比2022年多85人"),
    ("少", "全县大班额较去年少12个"),
    ("高", "全县巩固率比上年高0.5个百分点"),
    ("低", "全县辍学率较上年低0.2个百分点"),
)

@frozen
class Change:
    """How a verb of change is read besides making the figure after it a change.

    ``of_before``: the verb alone before a figure makes it the change of the figure before it (2019年为
    162926万元,同比增长8514万元: 增长 is the change of the expenditure), and it makes the 上年 before it a
    comparison rather than the figure's year (比上年增长); ``rate``: the word names a rate of change
    (增幅5.23%), which belongs to the latest year the sentence compares.
    """

    of_before: bool = True
    rate: bool = False


# Verbs of change (增长, 提高, 新增 …): the figure after them is a change, not a stock. 新增 names what is
# new, no change of the figure before; 提升 is not read so yet; 增长率 is read as 增长 with 率.
CHANGE_VERBS: tuple[Entry[Change], ...] = (
    Entry("增长", Change(), "比上年增长7.21%"),
    Entry("增加", Change(), "比上年增加300人"),
    Entry("提高", Change(), "比上年提高2个百分点"),
    Entry("增幅", Change(rate=True), "教育支出增幅5.23%"),
    Entry("增长率", Change(of_before=False, rate=True), "教育支出增长率5.23%"),
    Entry("上升", Change(), "比上年上升2个百分点"),
    Entry("新增", Change(of_before=False), "新增学位5940个"),
    Entry("下降", Change(), "比上年下降2个百分点"),
    Entry("减少", Change(), "比上年减少30人"),
    Entry("降低", Change(), "比上年降低2个百分点"),
    Entry("提升", Change(of_before=False), "比上年提升2个百分点"),
)

# A ratio after these words is a norm, not a state (生师比标准1:13 is what schools must staff to).
RATIO_NORM_CUES: tuple[Entry[str], ...] = _same(
    "norm",
    ("标准", "幼儿园保教人员生师比标准1:7"),
    ("按", "幼儿园保教人员生师比按1:7核定"),
    ("配备", "幼儿园保教人员配备1:7"),
    ("比例为", "幼儿园保教人员与幼儿比例为1:7"),
)

# Goal words: the figure after them is a target (力争实现100%).
TARGET_CUES: tuple[Entry[str], ...] = _same(
    "target",
    ("力争", "力争覆盖率达到95%"),
    ("预计", "预计新增学位2700个"),
    ("目标为", "覆盖率目标为95%"),
    ("目标是", "覆盖率目标是95%"),
    ("工作目标", "工作目标为覆盖率95%"),
    ("拟", "拟新建学校3所"),
    ("计划于", "计划于年底新建学校3所"),
    ("计划在", "计划在年底新建学校3所"),
    ("计划到", "计划到年底新建学校3所"),
    ("计划新建", "计划新建学校3所"),
    ("计划建成", "计划建成学校3所"),
    ("计划完成", "计划完成改造3所"),
    ("计划开办", "计划开办学校3所"),
)

# Words that say what follows is still to come (将, 确保): a deadline the report's time has reached is a goal after
# one, not a statement of what stood then (到2022年底,全区将新建幼儿园3所). (TARGET_CUES' words, 力争, 预计…, say so
# too; 争取 here strives until a year, which STRIVING reads as obtaining: 争取到2022年底.)
FUTURE_WORDS: tuple[Entry[str], ...] = _same(
    "future",
    *((w, f"到2022年底,全区{w}新建幼儿园3所") for w in ("将", "确保", "争取", "计划")),
)

# Norms a figure after 高于/低于 is compared with (高于国家基准定额720元, 低于省定标准18平方米): the figure is the
# norm's value however far it is below the figure before, not the margin between the two, which after a measure of
# others it is (高于公务员平均工资0.3万元); a difference in percentage points is a margin after a norm too.
COMPARED_NORMS: tuple[Entry[str], ...] = _same(
    "norm compared with",
    ("标准", "全县学校生均用地面积45平方米，高于省定标准18平方米"),
    ("定额", "全县小学生均公用经费1600元，高于国家基准定额720元"),
    ("基准", "全县小学生均公用经费1600元，高于国家基准720元"),
    ("要求", "全县学校生均图书60册，高于国家要求的25册"),
    ("规定", "全县学校生均图书60册，高于省级规定的25册"),
)

# Words before a figure of a section that announces what is to be done (下一步工作打算) that say it was reached
# already: such a figure is what the plan starts from, no goal (截至2023年底…已达到91%, 现有专任教师3200人).
PLAN_DONE_WORDS: tuple[Entry[str], ...] = _same(
    "done",
    ("已", "2023年已完成投资1.2亿元"),
    ("截至", "截至2023年底，全县学前教育毛入园率达到91%"),
    ("截止", "截止2023年底，全县学前教育毛入园率达到91%"),
    ("以来", "2021年以来投入资金3.5亿元"),
    ("累计", "近年来累计改造校舍12万平方米"),
    ("现有", "全县现有专任教师3200人"),
)

# A deadline of this century before a figure makes it a target (到2025年…达到95%); a year after an as-of
# word (截止到2023年, 截至2023年) is no deadline. Each pattern opens with a character (the look-behind on the
# as-of word stands after it and reads it too: 到(?<!截止到), not (?<!截止)到): the stage's one pattern of goal
# words and deadlines is then searched for by its first characters, not tried at every place.
#
# 争取 is a goal where it strives (争取覆盖率达到95%), not where it obtains: after a word that says it was done
# (先后/累计/共/已争取), or before one that says so or names the money or projects obtained (争取到上级资金, 争取了,
# 争取上级资金3200万元): :data:`OBTAIN_WORDS`, read, as the goal words are, in either script. (What follows it is
# read inside the match, by look-behinds: the pattern reads nothing after a match, which the stage's reading of a
# sentence figure by figure relies on; 争取 right before a figure is then no goal.) A deadline after 争取到 is one
# of its own (到2025年).
STRIVE = "争取"


@frozen
class Obtains:
    """Where a word of :data:`OBTAIN_WORDS` stands to make :data:`STRIVE` obtain: right ``before`` it (累计争取)
    or right after it (争取到); a word after it is of one or two characters (the pattern reads two). ``unless``:
    the words whose first character, right after a one-character word, makes it strive again (争取到年底)."""

    before: bool
    unless: tuple[str, ...] = ()


# Times after 争取到 that make it strive until then, a goal (争取到年底完成改造学校5所), not obtain.
STRIVE_UNTIL: tuple[Entry[str], ...] = _same(
    "time",
    ("年底", "争取到年底完成改造学校5所"),
    ("年末", "争取到年末新增学位800个"),
    ("年内", "争取到年内建成幼儿园3所"),
    ("期末", "争取到期末普惠率达到95%"),
    ("明年", "争取到明年新增学位800个"),
    ("今年", "争取到今年秋季开学新建幼儿园3所"),
    ("本学期", "争取到本学期末完成改造学校2所"),
    ("下半年", "争取到下半年新建学校2所"),
)


OBTAIN_WORDS: tuple[Entry[Obtains], ...] = (
    Entry("先后", Obtains(before=True), "2011年以来，先后争取校安工程等项目97个"),
    Entry("累计", Obtains(before=True), "全县累计争取专项资金1.2亿元"),
    Entry("共", Obtains(before=True), "全县共争取上级项目资金1.2亿元"),
    Entry("已", Obtains(before=True), "全县已争取专项资金1.2亿元"),
    Entry("到", Obtains(before=False, unless=tuple(e.word for e in STRIVE_UNTIL)), "全年争取到上级资金2300万元"),
    Entry("了", Obtains(before=False), "今年争取了中央资金800万元"),
    Entry("上级", Obtains(before=False), "全县争取上级资金3200万元"),
    Entry("中央", Obtains(before=False), "全年争取中央转移支付资金1.8亿元"),
    Entry("省级", Obtains(before=False), "全年争取省级专项资金900万元"),
    Entry("市级", Obtains(before=False), "全年争取市级奖补资金300万元"),
    Entry("资金", Obtains(before=False), "全年争取资金300万元"),
    Entry("专项", Obtains(before=False), "全年争取专项债券资金1亿元"),
    Entry("项目", Obtains(before=False), "全年争取项目资金5000万元"),
    Entry("债券", Obtains(before=False), "全年争取债券资金1亿元"),
    Entry("各类", Obtains(before=False), "全年争取各类教育资金5600万元"),
)


def _not_opening(words: tuple[str, ...]) -> str:
    """One character that opens none of ``words``."""
    return "[^" + "".join(sorted({w[0] for w in words})) + "]"


def _striving(obtain: tuple[Entry[Obtains], ...]) -> str:
    """The pattern of :data:`STRIVE` where it strives: the word and the two characters after it, read by
    look-behinds for each word of ``obtain`` (before it, or after it padded to the two characters read)."""
    before = "".join(f"(?<!{e.word}{STRIVE})" for e in obtain if e.value.before)
    after = "".join(
        f"(?<!{STRIVE}{e.word}{_not_opening(e.value.unless) if e.value.unless else '.' * (2 - len(e.word))})"
        for e in obtain
        if not e.value.before
    )
    return f"{STRIVE}{before}..{after}"


STRIVING = PatternEntry(_striving(OBTAIN_WORDS), "争取覆盖率达到95%")

TARGET_DEADLINES: tuple[PatternEntry, ...] = (
    STRIVING,
    # (a 到 or 至 right after a year joins a span of years, no deadline: 2021年至2023年,累计投入4.6亿元)
    PatternEntry(r"到(?<!截止到)(?<![0-9]年到)(?<![0-9]到)20\d\d年", "到2025年学前教育毛入园率达到95%"),
    PatternEntry(r"至(?<!截至)(?<![0-9]年至)(?<![0-9]至)20\d\d年", "至2025年学前教育毛入园率达到95%"),
    PatternEntry(r"20\d\d年底前", "2025年底前学前教育毛入园率达到95%"),
)

# Standards: a rule that holds each year or for each unit (每年核编一次, 每校至少安排1名).
FREQUENCY_WORDS: tuple[Entry[str], ...] = _same(
    "frequency",
    ("每年", "每年核编一次"),
    ("每学年", "每学年至少调研1次"),
    ("每半年", "每半年通报一次"),
    ("每学期", "每学期不少于9课时"),
    ("每月", "每月通报1次"),
    ("每季度", "每季度开展1次"),
    ("每周", "每周不少于1课时"),
    ("每天", "每天锻炼1小时"),
    ("每日", "每日锻炼1小时"),
    ("每两年", "每两年评估1次"),
    ("每三年", "每三年调整一次编制"),
)
EACH_WORDS: tuple[Entry[str], ...] = _same(
    "each",
    ("每个", "每个街道至少办好2所"),
    ("每所", "每所学校配备1名"),
    ("每校", "每校至少安排1名"),
    ("每班", "每班配备2名专任教师"),
    ("每位", "每位领导联系1所"),
    ("每名", "每名督学挂牌3所"),
    ("每人", "每人配备1台电脑"),
    ("每生", "每生配备1套课桌椅"),
    ("每乡镇", "每乡镇建成1所"),
    ("每个中心乡镇", "每个中心乡镇至少有一所"),
    ("每学校", "每学校配备1名"),
    ("每社区", "每社区建成1个"),
)
