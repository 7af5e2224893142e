"""The measures the evaluation of governments' education duties asks about, one stable key each.

A report writes the same measure under many subjects (``生均一般公共预算教育支出``,
``生均公共财政教育事业费``, ``按在校学生人数平均的一般公共预算教育支出``); :data:`MEASURES` gives
each measure a stable key, the unit it is stated in, the dimensions it is broken down by, the
phrases it is written as, the documents that define it, and sentences of the genre that
:func:`dutyreport.parse` reads back to that key (``tests/test_measures.py`` parses every one).
:func:`dutyreport.indicators.keys.key_of` reads these tables; it spells no word out again.

How a synonym is written: the phrase as reports write it; ``…`` stands for a few words between
its parts (``生均…公用经费`` reads ``生均公用经费`` and ``生均一般公共预算公用经费``). A measure
whose synonyms are generic nouns (``学校``, ``在校生``) is ``exact``: the subject must be that noun
and nothing else but dimension words (``全县小学``, ``公办幼儿园``), so that ``新建小学`` is no count
of schools. ``requires``: words one of which the subject must also hold; ``excludes``: words
none of which it may hold.

Sources are named by document and by the indicator name they use; where a document sets a norm
the entry's label says what is measured, not the norm.
"""

from __future__ import annotations

import regex
from attrs import field, frozen
from attrs.validators import deep_iterable, instance_of, matches_re, min_len, optional

from ..model.dimensions import Area, SchoolLevel, Sector
from .numbers import Entry

__all__ = [
    "ACTION_WORDS",
    "AREA_WORDS",
    "CHANGE_WORDS",
    "FILLER_WORDS",
    "GAP",
    "LEVEL_WORDS",
    "MEASURES",
    "OTHER_LEVEL_WORDS",
    "RATE_FIGURE_WORDS",
    "RATE_WORDS",
    "SECTOR_WORDS",
    "SHARE_WORDS",
    "STAGE_WORDS",
    "VETO_WORDS",
    "MeasureDef",
    "Source",
    "table_markdown",
]

GAP = "…"  # in a synonym: a few words between its parts

_UNIT = regex.compile(r"yuan(?:/[a-z]+)*|percent|percentage_point|ratio|[\p{Han}㎡]+")


def _valid_unit(_: object, attribute: object, units: tuple[str | None, ...]) -> None:
    for unit in units:
        if unit is not None and not _UNIT.fullmatch(unit):
            raise ValueError(f"{unit!r} is no unit the JSON view writes")


def _valid_synonyms(_: object, attribute: object, synonyms: tuple[str, ...]) -> None:
    for s in synonyms:
        if s.startswith(GAP) or s.endswith(GAP) or GAP * 2 in s:
            raise ValueError(f"a gap stands between two parts of a synonym: {s!r}")


_TEXTS = deep_iterable(member_validator=instance_of(str), iterable_validator=instance_of(tuple))


@frozen(kw_only=True)
class Source:
    """Where a measure is defined: a document and the indicator name it uses."""

    document: str = field(validator=min_len(1))
    indicator: str = field(validator=min_len(1))


@frozen(kw_only=True)
class MeasureDef:
    """One measure of the evaluation, with everything needed to recognise it in a subject."""

    key: str = field(validator=matches_re(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*"))
    label: str = field(validator=matches_re(r"[\u4e00-\u9fff].*"))
    units: tuple[str | None, ...] = field(validator=[min_len(1), _valid_unit])  # the first is the measure's unit
    synonyms: tuple[str, ...] = field(validator=[_TEXTS, min_len(1), _valid_synonyms])
    sources: tuple[Source, ...] = field(
        validator=[deep_iterable(member_validator=instance_of(Source)), min_len(1)]
    )
    examples: tuple[str, ...] = field(validator=[_TEXTS, min_len(1)])
    levels: tuple[SchoolLevel, ...] = field(
        default=(), validator=deep_iterable(member_validator=instance_of(SchoolLevel))
    )
    sectors: bool = False  # stated for public or private schools apart
    areas: bool = False  # stated for urban or rural schools apart
    exact: bool = False  # the subject is a synonym and dimension words, nothing else
    bare_level: bool = False  # (exact) a subject of level words alone names it too: 小学 8所
    requires: tuple[str, ...] = field(default=(), validator=_TEXTS)
    excludes: tuple[str, ...] = field(default=(), validator=_TEXTS)
    # A figure written as a rate (每生每年720元) or set 按 a rate states this other measure.
    as_rate: str | None = field(default=None, validator=optional(instance_of(str)))
    # A plain 元 amount below this is read as the measure's per-unit amount (a report that writes
    # 生均…为9014元 states a per-student amount even where the unit is not repeated).
    plain_yuan_below: int | None = field(default=None, validator=optional(instance_of(int)))

    @property
    def unit(self) -> str | None:
        """The unit the measure is stated in, as the JSON view writes it."""
        return self.units[0]


# --- the documents ---------------------------------------------------------------------------------

PROVINCIAL = "对省级人民政府履行教育职责的评价办法（国办发〔2017〕49号）及年度评价方案"
COUNTY = "对市县级人民政府履行教育职责的评价办法（各省依国办发〔2017〕49号制定）"
QUALITY = "县域义务教育优质均衡发展督导评估办法（教督〔2017〕6号）"
PRESCHOOL = "县域学前教育普及普惠督导评估办法（教督〔2020〕1号）"
FUNDING = "国务院办公厅关于进一步调整优化结构提高教育经费使用效益的意见（国办发〔2018〕82号）"
EDUCATION_LAW = "中华人民共和国教育法（三个增长）"
COMPULSORY_LAW = "中华人民共和国义务教育法"
TEACHER_REFORM = "中共中央 国务院关于全面深化新时代教师队伍建设改革的意见（中发〔2018〕4号）"
TEACHER_FORCE = "国务院关于加强教师队伍建设的意见（国发〔2012〕41号）"
INTEGRATION = "国务院关于统筹推进县域内城乡义务教育一体化改革发展的若干意见（国发〔2016〕40号）"
DOUBLE_REDUCTION = "关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见（2021年）"
UPPER_SECONDARY = "高中阶段教育普及攻坚计划（2017—2020年）"
SPECIAL_PLAN = "第二期特殊教育提升计划（2017—2020年）"
STAFFING = "关于统一城乡中小学教职工编制标准的通知（2014年）"
FUNDS_BULLETIN = "全国教育经费执行情况统计公告（教育部 国家统计局 财政部，逐年）"
STATISTICS = "全国教育事业发展统计公报（教育部，逐年）"


def _same(role: str, *pairs: tuple[str, str]) -> tuple[Entry[str], ...]:
    return tuple(Entry(w, role, ex) for w, ex in pairs)


def _src(*pairs: tuple[str, str]) -> tuple[Source, ...]:
    return tuple(Source(document=d, indicator=i) for d, i in pairs)


# --- words that say how a figure is broken down ------------------------------------------------------

# School levels, longest first where one holds another. Each example is keyed with that level.
LEVEL_WORDS: tuple[Entry[SchoolLevel], ...] = (
    Entry("学前教育", SchoolLevel.PRESCHOOL, "学前教育生均一般公共预算教育支出为8650元"),
    Entry("学前", SchoolLevel.PRESCHOOL, "学前在校生6820人"),
    Entry("幼儿园", SchoolLevel.PRESCHOOL, "幼儿园生均公用经费标准为每生每年600元"),
    Entry("公办园", SchoolLevel.PRESCHOOL, "全县有公办园24所"),
    Entry("民办园", SchoolLevel.PRESCHOOL, "全县有民办园31所"),
    Entry("普通小学", SchoolLevel.PRIMARY, "普通小学生均一般公共预算教育支出为10520元"),
    Entry("小学", SchoolLevel.PRIMARY, "小学生均公用经费标准为每生每年720元"),
    Entry("普通初中", SchoolLevel.JUNIOR_SECONDARY, "普通初中生均一般公共预算教育支出为14310元"),
    Entry("初级中学", SchoolLevel.JUNIOR_SECONDARY, "全县有初级中学9所"),
    Entry("初中", SchoolLevel.JUNIOR_SECONDARY, "初中生师比为12.6:1"),
    Entry("义务教育阶段", SchoolLevel.COMPULSORY, "义务教育阶段学校大班额比例为2.1%"),
    Entry("义务教育", SchoolLevel.COMPULSORY, "义务教育大班额比例降至1.8%"),
    Entry("义务段", SchoolLevel.COMPULSORY, "义务段在校生52000人"),
    Entry("职业高级中学", SchoolLevel.VOCATIONAL, "全县有职业高级中学2所"),
    Entry("职业中学", SchoolLevel.VOCATIONAL, "职业中学在校生1800人"),
    Entry("普通高中", SchoolLevel.SENIOR_SECONDARY, "普通高中大班额比例为6.3%"),
    Entry("高级中学", SchoolLevel.SENIOR_SECONDARY, "全县有高级中学3所"),
    Entry("普高", SchoolLevel.SENIOR_SECONDARY, "普高专任教师620人"),
    Entry("高中", SchoolLevel.SENIOR_SECONDARY, "高中生均公用经费标准为每生每年1000元"),
    Entry("中等职业教育", SchoolLevel.VOCATIONAL, "中等职业教育生均一般公共预算教育支出为9180元"),
    Entry("中等职业学校", SchoolLevel.VOCATIONAL, "中等职业学校生均公用经费标准为每生每年3000元"),
    Entry("中职", SchoolLevel.VOCATIONAL, "中职学校专任教师215人"),
    Entry("职业高中", SchoolLevel.VOCATIONAL, "职业高中生均一般公共预算教育经费为8800元"),
    Entry("职高", SchoolLevel.VOCATIONAL, "职高在校生2300人"),
    Entry("职教中心", SchoolLevel.VOCATIONAL, "全县职教中心在校生1900人"),
    Entry("特殊教育", SchoolLevel.SPECIAL, "特殊教育生均公用经费标准为每生每年6000元"),
    Entry("特教", SchoolLevel.SPECIAL, "特教学校在校生85人"),
    Entry("培智学校", SchoolLevel.SPECIAL, "培智学校专任教师16人"),
)

# Words that name several levels or a stage that is none of them: no level, and no obstacle to a key.
STAGE_WORDS: tuple[Entry[None], ...] = (
    Entry("高中阶段", None, "高中阶段大班额比例降至4.1%"),
    Entry("中小学幼儿园", None, "全县中小学幼儿园在校学生41200人"),
    Entry("中小学", None, "全县中小学专任教师3120人"),
)

# Levels outside the table: a subject that names one gets no key (a university figure is no county's).
OTHER_LEVEL_WORDS: tuple[Entry[None], ...] = (
    Entry("普通高等学校", None, "普通高等学校生均一般公共预算教育经费为16200元"),
    Entry("高等教育", None, "高等教育生均一般公共预算教育支出为21000元"),
    Entry("高校", None, "高校生均一般公共预算教育支出为19500元"),
    Entry("本专科", None, "本专科生均一般公共预算教育支出为17800元"),
    Entry("技工", None, "技工院校生均公用经费标准为每生每年2500元"),
)

SECTOR_WORDS: tuple[Entry[Sector], ...] = (
    Entry("公办", Sector.PUBLIC, "全县有公办幼儿园18所"),
    Entry("公立", Sector.PUBLIC, "全县有公立小学40所"),
    Entry("民办", Sector.PRIVATE, "全县有民办小学3所"),
    Entry("私立", Sector.PRIVATE, "全县有私立幼儿园12所"),
)

AREA_WORDS: tuple[Entry[Area], ...] = (
    Entry("城区", Area.URBAN, "城区小学大班额比例为3.2%"),
    Entry("城镇", Area.URBAN, "城镇小学大班额比例为3.6%"),
    Entry("县城", Area.URBAN, "县城小学生师比为18.2:1"),
    Entry("农村", Area.RURAL, "农村小学生师比为14.1:1"),
    Entry("乡村", Area.RURAL, "乡村小学专任教师1620人"),
)

# What may stand beside an exact measure's noun without changing what is counted.
FILLER_WORDS: tuple[Entry[None], ...] = (
    Entry("各级各类", None, "全县各级各类学校128所"),
    Entry("各类", None, "全县各类学校128所"),
    Entry("全县", None, "全县小学46所"),
    Entry("全区", None, "全区小学46所"),
    Entry("全市", None, "全市小学46所"),
    Entry("全州", None, "全州小学46所"),
    Entry("全镇", None, "全镇小学6所"),
    Entry("全旗", None, "全旗小学12所"),
    Entry("我县", None, "我县小学46所"),
    Entry("我区", None, "我区小学46所"),
    Entry("我市", None, "我市小学46所"),
    Entry("本县", None, "本县小学46所"),
    Entry("区域内", None, "区域内小学46所"),
    Entry("县域内", None, "县域内小学46所"),
    Entry("现有", None, "现有专任教师2210人"),
    Entry("共有", None, "共有专任教师2210人"),
    Entry("阶段", None, "小学阶段在校生31000人"),
    Entry("总数", None, "专任教师总数2210人"),
    Entry("其中", None, "其中小学30所"),
    Entry("共", None, "共有小学30所"),
    Entry("有", None, "有小学30所"),
    Entry("的", None, "公办的小学30所"),
    Entry("学校", None, "特殊教育学校在校生126人"),
    Entry("目前", None, "目前全县有小学46所"),
    Entry("截至目前", None, "截至目前全县有小学46所"),
    Entry("各学段", None, "各学段在校生共计9.6万人"),
    Entry("各级教育", None, "各级教育按在校学生人数平均的一般公共预算教育支出分别达到幼儿园8650元"),
    Entry("为", None, "初中阶段在校生为2518人"),
    Entry("达到", None, "全县小学在校生达到31560人"),
    Entry("达", None, "全县小学在校生达31560人"),
    Entry("同比", None, "小学生均公用经费为2150元，初中为2960元，同比增长1.2%"),
    Entry("比上年", None, "小学生均公用经费为2150元，初中为2960元，比上年增长1.2%"),
    Entry("较上年", None, "小学生均公用经费为2150元，初中为2960元，较上年增长1.2%"),
)

# Words that say something was done to the things a clause counts: a count under them is no count
# of schools, students or teachers (新建小学5所 counts new schools, not schools).
ACTION_WORDS: tuple[Entry[str], ...] = _same(
    "action",
    ("新改扩建", "新改扩建高中5所、义务段学校20所"),
    ("改扩建", "改扩建小学6所"),
    ("扩建", "扩建初中3所"),
    ("新建", "新建小学4所"),
    ("建成", "建成幼儿园8所"),
    ("建设", "建设幼儿园8所"),
    ("新开", "新开公办幼儿园16所"),
    ("开办", "开办幼儿园3所"),
    ("启用", "启用小学2所"),
    ("投入使用", "投入使用的小学2所"),
    ("新增", "新增公办幼儿园15所"),
    ("撤并", "撤并小学12所"),
    ("撤销", "撤销教学点9所、小学3所"),
    ("注销", "注销学科类培训机构22所"),
    ("关停", "关停学科类培训机构14家"),
    ("取缔", "取缔学科类培训机构6家"),
    ("整治", "整治幼儿园15所"),
    ("创建", "创建特色学校29所"),
    ("评为", "评为优秀的学校8所"),
    ("认定", "认定普惠性幼儿园21所"),
    ("抽查", "抽查小学63所、初中47所"),
    ("检查", "检查学校200所"),
    ("督查", "督查小学40所"),
    ("达标", "达标学校2240所"),
    ("招聘", "招聘教师80人,其中小学45人"),
    ("引进", "引进教师12人"),
    ("培训", "培训教师738人"),
    ("表彰", "表彰教师100名"),
    ("资助", "资助学生5600人"),
    ("慰问", "慰问教师230人"),
    ("受益", "受益学生3200人"),
    ("参加", "参加教师600人"),
    ("交流", "交流教师51人"),
    ("选派", "选派教师93人"),
    ("规划", "规划幼儿园6所"),
    ("计划", "计划新建成开办小学4所"),
    ("完成", "完成小学12所"),
)

# Words that make a figure a change of the measure: a growth measure requires one.
CHANGE_WORDS: tuple[Entry[str], ...] = (
    Entry("增长率", "change", "一般公共预算教育支出增长率为6.1%"),
    Entry("增长", "change", "一般公共预算教育支出同比增长6.2%"),
    Entry("增幅", "change", "一般公共预算教育支出增幅为4.8%"),
    Entry("增速", "change", "一般公共预算教育支出增速为5.5%"),
    Entry("增加", "change", "一般公共预算教育支出比上年增加3.1%"),
    Entry("提高", "change", "普通小学生均一般公共预算教育支出比上年提高2.4%"),
    Entry("上升", "change", "一般公共预算教育支出比上年上升1.9%"),
    Entry("下降", "change", "普通初中生均一般公共预算教育支出比上年下降0.8%"),
    Entry("减少", "change", "一般公共预算教育支出比上年减少1.2%"),
    Entry("降低", "change", "一般公共预算教育支出比上年降低0.7%"),
)

# Words that name a share or a rate: a percent change of a measure named by a noun that is none
# (大班额下降83.8%: the count fell by so much) is no figure of the share; with one it is.
SHARE_WORDS: tuple[Entry[str], ...] = _same(
    "share",
    ("率", "九年义务教育巩固率比上年提高0.4%"),
    ("比例", "义务教育大班额比例比上年下降0.6%"),
    ("比重", "全县大班额比重比上年下降0.5%"),
    ("占比", "全县大班额占比比上年下降0.5%"),
    ("之比", "公办园非在编教师平均工资收入与在编教师平均工资收入之比提高3%"),
    ("覆盖面", "公办幼儿园在园儿童覆盖面提高4%"),
)

# Words that make a per-student amount the rate funds are set at, not an amount spent: in the
# subject (生均公用经费按小学每生每年720元) or opening the figure (每生每年720元, 生均1000元/年).
RATE_WORDS: tuple[Entry[str], ...] = _same(
    "rate",
    ("按", "义务教育生均公用经费按小学每生每年720元拨付"),
    ("标准", "初中生均公用经费标准为1100元"),
    ("定额", "初中生均公用经费基准定额为1100元"),
)
RATE_FIGURE_WORDS: tuple[Entry[str], ...] = _same(
    "rate",
    ("每生", "普通高中生均公用经费每生每年1500元"),
    ("生均", "初中生均公用经费生均1200元/年"),
)

# Words that make a subject about something other than the measure it names (a completion rate
# of a coverage target is no coverage; money 用于 a measure is no amount of it).
VETO_WORDS: tuple[Entry[None], ...] = (
    Entry("完成率", None, "普惠性幼儿园覆盖率目标完成率为121.3%"),
    Entry("完成比例", None, "消除大班额任务完成比例为95%"),
    Entry("用于", None, "一般公共预算教育支出中用于学前教育18200万元"),
)


# --- the measures ------------------------------------------------------------------------------------

_PERCENT = ("percent", "percentage_point")
_PER_STUDENT = ("yuan/student/year", "yuan/student", "yuan/person")
_PEOPLE = ("人", "名", "位")
_ALL_LEVELS = tuple(SchoolLevel)
_COMPULSORY_LEVELS = (SchoolLevel.COMPULSORY, SchoolLevel.PRIMARY, SchoolLevel.JUNIOR_SECONDARY)
_CLASS_LEVELS = (*_COMPULSORY_LEVELS, SchoolLevel.SENIOR_SECONDARY)  # levels with classes of 56 and more
_GROWTH = tuple(e.word for e in CHANGE_WORDS)
_TEACHER_WORDS = ("教师", "师资", "老师", "校长", "班主任", "园长", "校级")

_GENERAL_BUDGET = (
    "一般公共预算教育支出",
    "一般公共预算教育经费",
    "一般公共预算教育事业费",
    "公共财政教育支出",
    "公共财政预算教育支出",
    "公共财政教育经费",
    "财政教育支出",
    "预算内教育经费",
    "预算内教育支出",
)
_PER_STUDENT_GENERAL_BUDGET = (
    "生均一般公共预算教育支出",
    "生均一般公共预算教育经费",
    "生均一般公共预算教育事业费",
    "生均公共财政教育事业费",
    "生均公共财政预算教育事业费",
    "生均公共财政教育支出",
    "生均预算内教育事业费",
    "生均教育事业费",
    "生均教育支出",
    "生均支出",
    "在校生人均一般公共预算教育支出",
    "在校学生…平均的一般公共预算教育…支出",
    "在校学生…平均的一般公共预算教育…经费",
)
_PUBLIC_FUNDS = ("生均…公用经费", "生均公用支出")
_FISCAL = ("国家财政性教育经费", "财政性教育经费", "财政性教育投入")

MEASURES: tuple[MeasureDef, ...] = (
    # --- money for education -------------------------------------------------------------------------
    MeasureDef(
        key="education_funds_total",
        label="教育经费总投入",
        units=("yuan",),
        synonyms=("教育经费总投入", "教育总投入", "全社会教育经费"),
        excludes=("生均", "占"),
        levels=_ALL_LEVELS,
        sources=_src((FUNDS_BULLETIN, "全国教育经费总投入"), (PROVINCIAL, "教育经费投入")),
        examples=("2022年全市教育经费总投入为38.2亿元。",),
    ),
    MeasureDef(
        key="national_fiscal_education_funds",
        label="国家财政性教育经费",
        units=("yuan",),
        synonyms=_FISCAL,
        excludes=("生均", "占", "比例", "比重"),
        levels=_ALL_LEVELS,
        sources=_src((FUNDS_BULLETIN, "国家财政性教育经费"), (FUNDING, "国家财政性教育经费")),
        examples=("2022年全县国家财政性教育经费为61320万元。",),
    ),
    MeasureDef(
        key="national_fiscal_education_funds_growth",
        label="国家财政性教育经费增长率",
        units=("percent",),
        synonyms=_FISCAL,
        requires=_GROWTH,
        excludes=("生均", "占", "比重"),
        levels=_ALL_LEVELS,
        sources=_src((FUNDS_BULLETIN, "国家财政性教育经费比上年增长"), (EDUCATION_LAW, "教育财政拨款的增长")),
        examples=("全县国家财政性教育经费比上年增长4.6%。",),
    ),
    MeasureDef(
        key="fiscal_education_funds_gdp_share",
        label="国家财政性教育经费占国内生产总值比例",
        units=_PERCENT,
        synonyms=("财政性教育经费占…生产总值", "财政性教育经费占GDP", "财政性教育经费占…GDP"),
        sources=_src((FUNDING, "国家财政性教育经费支出占国内生产总值比例一般不低于4%")),
        examples=("国家财政性教育经费占地区生产总值的比例为4.3%。",),
    ),
    MeasureDef(
        key="general_budget_education_spending",
        label="一般公共预算教育支出",
        units=("yuan",),
        synonyms=_GENERAL_BUDGET,
        excludes=("生均", "人均", "平均", "公用经费", "占", "比例", "比重"),
        levels=_ALL_LEVELS,
        sources=_src(
            (FUNDING, "一般公共预算教育支出逐年只增不减"),
            (PROVINCIAL, "教育经费“两个只增不减”"),
            (FUNDS_BULLETIN, "一般公共预算教育经费"),
        ),
        examples=(
            "2022年全县一般公共预算教育支出为52310万元。",
            "全区公共财政教育支出达到8.6亿元。",
        ),
    ),
    MeasureDef(
        key="general_budget_education_spending_growth",
        label="一般公共预算教育支出增长率",
        units=("percent",),
        synonyms=_GENERAL_BUDGET,
        requires=_GROWTH,
        excludes=("生均", "人均", "平均", "公用经费", "占", "比重"),
        levels=_ALL_LEVELS,
        sources=_src(
            (FUNDING, "一般公共预算教育支出逐年只增不减"),
            (EDUCATION_LAW, "教育财政拨款的增长应当高于财政经常性收入的增长"),
        ),
        examples=("全县一般公共预算教育支出同比增长5.23%。",),
    ),
    MeasureDef(
        key="general_budget_education_spending_share",
        label="一般公共预算教育支出占一般公共预算支出比例",
        units=_PERCENT,
        synonyms=(
            "教育支出占…一般公共预算支出",
            "教育支出占…财政支出",
            "教育经费占…一般公共预算支出",
            "教育经费占…财政支出",
            "教育支出占…预算支出",
            "教育经费占…预算支出",
            "教育支出占比",
            "教育经费占比",
            "教育支出比重",
            "教育支出所占比例",
        ),
        excludes=("生产总值", "GDP"),
        sources=_src(
            (PROVINCIAL, "一般公共预算教育支出占一般公共预算支出的比例"),
            (FUNDS_BULLETIN, "一般公共预算教育经费占一般公共预算支出比例"),
        ),
        examples=("一般公共预算教育支出占一般公共预算支出的比例为17.2%。",),
    ),
    MeasureDef(
        key="general_budget_spending",
        label="一般公共预算支出",
        units=("yuan",),
        synonyms=("一般公共预算支出", "公共财政预算支出", "财政一般预算支出"),
        excludes=("中教育", "中的教育", "用于教育", "比例"),
        sources=_src((FUNDS_BULLETIN, "一般公共预算支出"), (PROVINCIAL, "一般公共预算教育支出占比的分母")),
        examples=("2022年全县一般公共预算支出为298000万元。",),
    ),
    MeasureDef(
        key="education_appropriation_growth",
        label="教育财政拨款增长率",
        units=("percent",),
        synonyms=("教育财政拨款", "财政教育拨款"),
        requires=_GROWTH,
        sources=_src((EDUCATION_LAW, "各级人民政府教育财政拨款的增长应当高于财政经常性收入的增长")),
        examples=("全县教育财政拨款比上年增长8.4%。",),
    ),
    MeasureDef(
        key="regular_fiscal_revenue_growth",
        label="财政经常性收入增长率",
        units=("percent",),
        synonyms=("财政经常性收入", "经常性财政收入"),
        requires=_GROWTH,
        excludes=("教育",),
        sources=_src((EDUCATION_LAW, "财政经常性收入的增长")),
        examples=("同期财政经常性收入增长3.2%。",),
    ),
    # --- per student -----------------------------------------------------------------------------------
    MeasureDef(
        key="per_student_general_budget_spending",
        label="生均一般公共预算教育支出",
        units=_PER_STUDENT,
        synonyms=_PER_STUDENT_GENERAL_BUDGET,
        excludes=("公用",),
        levels=_ALL_LEVELS,
        sectors=True,
        areas=True,
        plain_yuan_below=100_000,
        sources=_src(
            (FUNDING, "按在校学生人数平均的一般公共预算教育支出逐年只增不减"),
            (FUNDS_BULLETIN, "生均一般公共预算教育经费"),
            (PROVINCIAL, "教育经费“两个只增不减”"),
        ),
        examples=(
            "2022年普通小学生均一般公共预算教育支出为10799.07元。",
            "初中生均公共财政教育事业费达到15230元。",
        ),
    ),
    MeasureDef(
        key="per_student_general_budget_spending_growth",
        label="生均一般公共预算教育支出增长率",
        units=("percent",),
        synonyms=_PER_STUDENT_GENERAL_BUDGET,
        requires=_GROWTH,
        excludes=("公用",),
        levels=_ALL_LEVELS,
        sectors=True,
        areas=True,
        sources=_src(
            (FUNDING, "按在校学生人数平均的一般公共预算教育支出逐年只增不减"),
            (EDUCATION_LAW, "按在校学生人数平均的教育费用逐步增长"),
        ),
        examples=("普通初中生均一般公共预算教育支出同比增长0.92%。",),
    ),
    MeasureDef(
        key="per_student_public_funds",
        label="生均公用经费",
        units=_PER_STUDENT,
        synonyms=_PUBLIC_FUNDS,
        excludes=("标准", "定额", "补助"),
        as_rate="per_student_public_funds_standard",
        levels=_ALL_LEVELS,
        sectors=True,
        areas=True,
        plain_yuan_below=100_000,
        sources=_src(
            (FUNDS_BULLETIN, "生均一般公共预算公用经费"),
            (EDUCATION_LAW, "学生人均公用经费逐步增长"),
        ),
        examples=("2022年普通初中生均一般公共预算公用经费为2980.35元。",),
    ),
    MeasureDef(
        key="per_student_public_funds_growth",
        label="生均公用经费增长率",
        units=("percent",),
        synonyms=_PUBLIC_FUNDS,
        requires=_GROWTH,
        excludes=("标准", "定额", "补助"),
        levels=_ALL_LEVELS,
        sectors=True,
        areas=True,
        sources=_src(
            (FUNDS_BULLETIN, "生均一般公共预算公用经费比上年增长"),
            (EDUCATION_LAW, "学生人均公用经费逐步增长"),
        ),
        examples=("普通小学生均一般公共预算公用经费比上年增长0.36%。",),
    ),
    MeasureDef(
        key="per_student_public_funds_standard",
        label="生均公用经费标准",
        units=_PER_STUDENT,
        synonyms=(
            "生均…公用经费…标准",
            "生均…公用经费…定额",
            "公用经费基准定额",
            "公用经费标准",
            "生均财政拨款标准",
            "生均拨款标准",
            "生均…标准",
        ),
        excludes=("普惠性民办", "补助标准"),
        levels=_ALL_LEVELS,
        sectors=True,
        areas=True,
        plain_yuan_below=100_000,
        sources=_src(
            (PRESCHOOL, "公办园生均公用经费标准或生均财政拨款标准"),
            (QUALITY, "生均公用经费基准定额；特殊教育学校生均公用经费不低于6000元"),
            (PROVINCIAL, "生均拨款制度"),
        ),
        examples=(
            "小学生均公用经费标准为每生每年720元。",
            "初中生均公用经费基准定额为每生每年1100元。",
        ),
    ),
    MeasureDef(
        key="private_inclusive_kindergarten_subsidy_standard",
        label="普惠性民办园生均补助标准",
        units=_PER_STUDENT,
        synonyms=("普惠性民办…补助标准", "普惠性民办…补助", "普惠性民办…生均补助", "普惠园…补助标准"),
        plain_yuan_below=100_000,
        levels=(SchoolLevel.PRESCHOOL,),
        sources=_src((PRESCHOOL, "普惠性民办园补助标准")),
        examples=("普惠性民办园生均补助标准为每生每年500元。",),
    ),
    # --- teachers' pay and training ------------------------------------------------------------------------
    MeasureDef(
        key="teacher_average_pay",
        label="教师平均工资收入水平",
        units=("yuan/person", "yuan/person/year"),
        synonyms=("教师…平均工资", "教师…平均收入", "教师…人均工资", "教师…工资收入水平", "教职工…平均工资"),
        excludes=("公务员", "绩效", "非在编"),
        levels=_ALL_LEVELS,
        sectors=True,
        areas=True,
        plain_yuan_below=1_000_000,
        sources=_src(
            (COMPULSORY_LAW, "教师的平均工资水平应当不低于当地公务员的平均工资水平"),
            (TEACHER_REFORM, "中小学教师平均工资收入水平不低于或高于当地公务员平均工资收入水平"),
            (QUALITY, "县域内义务教育学校教师平均工资收入水平不低于当地公务员平均工资收入水平"),
        ),
        examples=("2022年义务教育教师平均工资收入水平为88784元。",),
    ),
    MeasureDef(
        key="civil_servant_average_pay",
        label="当地公务员平均工资收入水平",
        units=("yuan/person", "yuan/person/year"),
        synonyms=("公务员…平均工资", "公务员…平均收入", "公务员…人均工资", "公务员…工资收入水平"),
        excludes=("教师", "教职工"),
        plain_yuan_below=1_000_000,
        sources=_src(
            (COMPULSORY_LAW, "当地公务员的平均工资水平"),
            (TEACHER_REFORM, "当地公务员平均工资收入水平"),
        ),
        examples=("当地公务员年平均工资收入水平为86120元。",),
    ),
    MeasureDef(
        key="kindergarten_contract_teacher_pay_ratio",
        label="公办园非在编教师与在编教师平均工资收入之比",
        units=_PERCENT,
        synonyms=("与在编教师…工资…之比", "与在编教师…工资…比例", "非在编教师…工资…之比"),
        requires=("非在编",),
        sectors=True,
        levels=(SchoolLevel.PRESCHOOL,),
        sources=_src((PRESCHOOL, "公办园非在编教师平均工资收入水平与在编教师平均工资收入水平之比")),
        examples=("公办园非在编教师平均工资收入与在编教师平均工资收入之比为78%。",),
    ),
    MeasureDef(
        key="teacher_training_funds",
        label="教师培训经费",
        units=("yuan",),
        synonyms=("教师培训经费", "教师培训专项经费", "教师培训资金", "师资培训经费"),
        excludes=("占", "比例"),
        sources=_src((TEACHER_FORCE, "教师培训经费"), (QUALITY, "教师培训经费")),
        examples=("全年安排教师培训经费460万元。",),
    ),
    MeasureDef(
        key="teacher_training_funds_share_of_public_funds",
        label="教师培训经费占公用经费比例",
        units=_PERCENT,
        synonyms=("培训经费占…公用经费", "公用经费…安排…培训经费", "培训经费…公用经费"),
        sources=_src(
            (TEACHER_FORCE, "按照年度公用经费预算总额的5%安排教师培训经费"),
            (QUALITY, "教师培训经费按照学校年度公用经费预算总额的5%安排"),
        ),
        examples=("教师培训经费占学校公用经费的比例为5.2%。",),
    ),
    MeasureDef(
        key="teacher_training_funds_share_of_payroll",
        label="教师培训经费占教师工资总额比例",
        units=_PERCENT,
        synonyms=("培训经费占…工资总额", "培训…经费…工资总额"),
        sources=_src((COUNTY, "教师培训经费占教师工资总额的比例")),
        examples=("教师培训专项经费占教师工资总额的比例为1.6%。",),
    ),
    # --- classes -----------------------------------------------------------------------------------------------
    MeasureDef(
        key="large_class_count",
        label="大班额（56人以上）班级数",
        units=("个", "班", "个班"),
        synonyms=("大班额", "56人以上班级", "56人以上的班级"),
        excludes=("超大", "比例", "占比", "比重"),
        levels=_CLASS_LEVELS,
        sectors=True,
        areas=True,
        sources=_src(
            (INTEGRATION, "基本消除56人以上大班额"),
            (PROVINCIAL, "义务教育大班额"),
        ),
        examples=("全县义务教育大班额由上年的126个减少到38个。",),
    ),
    MeasureDef(
        key="large_class_share",
        label="大班额（56人以上）比例",
        units=_PERCENT,
        synonyms=("大班额",),
        excludes=("超大", "达标", "完成"),
        levels=_CLASS_LEVELS,
        sectors=True,
        areas=True,
        sources=_src((INTEGRATION, "基本消除56人以上大班额"), (PROVINCIAL, "大班额比例")),
        examples=("义务教育大班额比例降至1.8%。",),
    ),
    MeasureDef(
        key="super_large_class_count",
        label="超大班额（66人以上）班级数",
        units=("个", "班", "个班"),
        synonyms=("超大班额", "66人以上班级", "66人以上的班级"),
        excludes=("比例", "占比", "比重"),
        levels=_CLASS_LEVELS,
        sectors=True,
        areas=True,
        sources=_src((INTEGRATION, "消除66人以上超大班额"), (PROVINCIAL, "超大班额")),
        examples=("全县超大班额由上年的12个减少到0个。",),
    ),
    MeasureDef(
        key="super_large_class_share",
        label="超大班额（66人以上）比例",
        units=_PERCENT,
        synonyms=("超大班额",),
        excludes=("达标", "完成"),
        levels=_CLASS_LEVELS,
        sectors=True,
        areas=True,
        sources=_src((INTEGRATION, "消除66人以上超大班额"), (PROVINCIAL, "超大班额比例")),
        examples=("普通高中超大班额比例为0.4%。",),
    ),
    # --- preschool -----------------------------------------------------------------------------------------------
    MeasureDef(
        key="preschool_gross_enrolment_rate",
        label="学前三年毛入园率",
        units=_PERCENT,
        synonyms=("毛入园率", "学前三年入园率", "学前教育入园率", "入园率"),
        levels=(SchoolLevel.PRESCHOOL,),
        sources=_src((PRESCHOOL, "学前三年毛入园率（≥85%）"), (PROVINCIAL, "学前三年毛入园率")),
        examples=("2022年学前三年毛入园率达到91.2%。",),
    ),
    MeasureDef(
        key="inclusive_kindergarten_coverage",
        label="普惠性幼儿园覆盖率",
        units=_PERCENT,
        synonyms=(
            "普惠性幼儿园覆盖率",
            "普惠幼儿园覆盖率",
            "普惠性幼儿园…覆盖率",
            "普惠园覆盖率",
            "普惠性学前教育…覆盖率",
            "普惠性幼儿园在园幼儿占比",
            "公办园和普惠性民办园在园幼儿占比",
        ),
        levels=(SchoolLevel.PRESCHOOL,),
        sources=_src(
            (PRESCHOOL, "普惠性幼儿园覆盖率（公办园和普惠性民办园在园幼儿占比，≥80%）"),
            (PROVINCIAL, "普惠性幼儿园覆盖率"),
        ),
        examples=("普惠性幼儿园覆盖率达到86.5%。",),
    ),
    MeasureDef(
        key="public_kindergarten_enrolment_share",
        label="公办园在园幼儿占比",
        units=_PERCENT,
        synonyms=(
            "公办…园在园幼儿…占比",
            "公办…园在园幼儿…比例",
            "公办…园在园儿童…占比",
            "公办…园在园儿童…比例",
            "公办…园在园儿童覆盖面",
            "公办…园在园幼儿覆盖面",
            "公办园幼儿占比",
            "公办园学生占比",
            "公办在园幼儿占比",
        ),
        excludes=("普惠",),
        levels=(SchoolLevel.PRESCHOOL,),
        sources=_src((PRESCHOOL, "公办园在园幼儿占比（≥50%）"), (PROVINCIAL, "公办园在园幼儿占比")),
        examples=("公办园在园幼儿占比为53.8%。",),
    ),
    # --- enrolment and retention -------------------------------------------------------------------------------
    MeasureDef(
        key="compulsory_retention_rate",
        label="九年义务教育巩固率",
        units=_PERCENT,
        synonyms=("巩固率",),
        levels=_COMPULSORY_LEVELS,
        sources=_src((PROVINCIAL, "九年义务教育巩固率"), (QUALITY, "初中三年巩固率（≥95%）")),
        examples=("九年义务教育巩固率为97.6%。",),
    ),
    MeasureDef(
        key="dropout_rate",
        label="辍学率",
        units=_PERCENT,
        synonyms=("辍学率", "辍学"),
        levels=_COMPULSORY_LEVELS,
        sources=_src((PROVINCIAL, "控辍保学：义务教育学生辍学"), (COMPULSORY_LAW, "适龄儿童、少年辍学")),
        examples=("初中年辍学率控制在0.3%。",),
    ),
    MeasureDef(
        key="disabled_children_enrolment_rate",
        label="适龄残疾儿童少年入学率",
        units=_PERCENT,
        synonyms=("残疾儿童…入学率", "三残儿童…入学率", "残疾儿童少年…安置率", "特殊儿童…入学率"),
        sources=_src(
            (SPECIAL_PLAN, "残疾儿童少年义务教育入学率（95%以上）"),
            (QUALITY, "残疾儿童少年入学率（≥95%）"),
            (PROVINCIAL, "残疾儿童少年入学率"),
        ),
        examples=("适龄残疾儿童少年入学率达到96.4%。",),
    ),
    MeasureDef(
        key="migrant_children_public_school_share",
        label="随迁子女在公办学校（含政府购买学位）就读比例",
        units=_PERCENT,
        synonyms=("随迁子女…公办…比例", "随迁子女…公办…占比", "随迁子女…公办…就读率"),
        levels=_COMPULSORY_LEVELS,
        sources=_src(
            (QUALITY, "符合条件的随迁子女在公办学校和政府购买服务的民办学校就读的比例（≥85%）"),
            (PROVINCIAL, "随迁子女在公办学校就读比例"),
        ),
        examples=("进城务工人员随迁子女在公办学校就读比例为92.5%。",),
    ),
    MeasureDef(
        key="upper_secondary_gross_enrolment_rate",
        label="高中阶段毛入学率",
        units=_PERCENT,
        synonyms=("高中阶段…毛入学率", "高中阶段…入学率"),
        sources=_src((UPPER_SECONDARY, "高中阶段教育毛入学率（90%以上）"), (PROVINCIAL, "高中阶段毛入学率")),
        examples=("高中阶段教育毛入学率达到93.1%。",),
    ),
    MeasureDef(
        key="general_vocational_ratio",
        label="普职比",
        units=("ratio",),
        synonyms=("普职比", "职普比", "普职招生比", "职普招生比"),
        sources=_src((UPPER_SECONDARY, "普通高中与中等职业教育招生规模大体相当")),
        examples=("全县普职比为5.2:4.8。",),
    ),
    # --- teachers -------------------------------------------------------------------------------------------------
    MeasureDef(
        key="student_teacher_ratio",
        label="生师比",
        units=("ratio",),
        synonyms=(
            "生师比",
            "师生比",
            "专任教师与学生…比",
            "学生与专任教师…比",
            "专任教师与在园幼儿…比",
            "专任教师总数与在园幼儿总数之比",
            "教师与幼儿…比",
        ),
        excludes=("教职工", "编制"),
        levels=_ALL_LEVELS,
        sectors=True,
        areas=True,
        sources=_src(
            (STATISTICS, "生师比"),
            (PRESCHOOL, "县域内专任教师总数与在园幼儿总数之比（不高于1:15）"),
        ),
        examples=("公办高中生师比为12.38:1。", "初中师生比为1:13.2。"),
    ),
    MeasureDef(
        key="staff_student_ratio",
        label="教职工与学生比（编制标准）",
        units=("ratio",),
        synonyms=("教职工与学生…比", "学生与教职工…比", "教职工比例", "教职工编制标准", "编制标准"),
        levels=_ALL_LEVELS,
        sources=_src((STAFFING, "城乡统一的中小学教职工编制标准（高中1:12.5、初中1:13.5、小学1:19）")),
        examples=("小学教职工与学生比按1:19核定。",),
    ),
    MeasureDef(
        key="disparity_coefficient",
        label="校际差异系数",
        units=(None,),
        synonyms=("差异系数", "均衡系数"),
        levels=(SchoolLevel.PRIMARY, SchoolLevel.JUNIOR_SECONDARY, SchoolLevel.COMPULSORY),
        sources=_src((QUALITY, "综合差异系数（小学≤0.50，初中≤0.45）")),
        examples=("小学校际综合差异系数为0.386。",),
    ),
    MeasureDef(
        key="teacher_rotation_count",
        label="交流轮岗教师（校长）人数",
        units=("人", "名", "位", "人次"),
        synonyms=("交流轮岗", "轮岗交流", "交流教师", "教师交流", "校长教师交流", "交流的校长教师", "参与交流的"),
        excludes=("比例", "占比", "座谈", "培训"),
        levels=_ALL_LEVELS,
        sources=_src(
            (QUALITY, "每年交流轮岗教师的比例不低于符合交流条件教师总数的10%"),
            (PROVINCIAL, "县域内义务教育学校校长教师交流轮岗"),
        ),
        examples=("全年交流轮岗的校长教师人数为51名。",),
    ),
    MeasureDef(
        key="teacher_rotation_share",
        label="交流轮岗教师比例",
        units=_PERCENT,
        synonyms=("交流轮岗比例", "交流轮岗…比例", "交流比例", "轮岗比例", "交流教师…比例", "交流轮岗…占比"),
        excludes=("骨干",),
        levels=_ALL_LEVELS,
        sources=_src((QUALITY, "交流轮岗教师的比例不低于符合交流条件教师总数的10%，骨干教师不低于20%")),
        examples=("教师交流轮岗比例达到12.6%。",),
    ),
    MeasureDef(
        key="teacher_recruitment",
        label="新招聘（补充）教师人数",
        units=_PEOPLE,
        synonyms=("招聘", "招录", "招考", "补充教师", "补充…教师", "新进教师"),
        requires=_TEACHER_WORDS,
        excludes=("培训", "交流", "轮岗"),
        levels=_ALL_LEVELS,
        sectors=True,
        areas=True,
        sources=_src(
            (PROVINCIAL, "加强教师队伍建设：及时补充教师"),
            (TEACHER_REFORM, "严把教师入口关，补足配齐教师"),
        ),
        examples=("2022年公开招聘教师394人。",),
    ),
    MeasureDef(
        key="teacher_training_participants",
        label="参加培训的教师人数（人次）",
        units=("人", "名", "位", "人次"),
        synonyms=("培训", "研修", "轮训"),
        requires=_TEACHER_WORDS,
        excludes=("招聘", "经费", "资金", "覆盖率", "培训率", "受过", "每校", "每所", "每个", "每班"),
        levels=_ALL_LEVELS,
        sources=_src(
            (QUALITY, "教师5年360学时培训完成率"),
            (TEACHER_FORCE, "五年一周期不少于360学时的教师全员培训"),
        ),
        examples=("全年组织教师参加省市级培训1280人次。",),
    ),
    MeasureDef(
        key="teacher_qualification_rate",
        label="专任教师学历合格率",
        units=_PERCENT,
        synonyms=("学历合格率", "学历达标率"),
        levels=_ALL_LEVELS,
        sources=_src((STATISTICS, "专任教师学历合格率"), (QUALITY, "每百名学生拥有高于规定学历教师数")),
        examples=("小学专任教师学历合格率为99.8%。",),
    ),
    # --- schools, students, teachers, places --------------------------------------------------------------------
    MeasureDef(
        key="school_count",
        label="学校（幼儿园）数",
        units=("所",),
        synonyms=("学校", "中小学校", "学校数"),
        exact=True,
        bare_level=True,
        levels=_ALL_LEVELS,
        sectors=True,
        areas=True,
        sources=_src((STATISTICS, "学校数"), (PROVINCIAL, "学校布局：各级各类学校")),
        examples=("全县共有各级各类学校85所。", "全县有公办幼儿园18所。"),
    ),
    MeasureDef(
        key="student_count",
        label="在校生（在园幼儿）数",
        units=_PEOPLE,
        synonyms=("在校生", "在校学生", "学生", "在园幼儿", "在园儿童", "幼儿", "生", "在校生数", "学生数", "学生人数"),
        exact=True,
        levels=_ALL_LEVELS,
        sectors=True,
        areas=True,
        sources=_src((STATISTICS, "在校生数（在园幼儿数）"),),
        examples=("全县小学在校生31560人。",),
    ),
    MeasureDef(
        key="teacher_count",
        label="专任教师数",
        units=_PEOPLE,
        synonyms=("专任教师", "教师", "专任教师数", "教师数", "在职教师"),
        exact=True,
        levels=_ALL_LEVELS,
        sectors=True,
        areas=True,
        sources=_src((STATISTICS, "专任教师数"), (PROVINCIAL, "教师队伍建设：配足配齐教师")),
        examples=("全县初中专任教师3236人。",),
    ),
    MeasureDef(
        key="staff_count",
        label="教职工数",
        units=_PEOPLE,
        synonyms=("教职工", "教职员工", "在职教职工", "教职工数"),
        exact=True,
        levels=_ALL_LEVELS,
        sectors=True,
        areas=True,
        sources=_src((STATISTICS, "教职工数"), (STAFFING, "中小学教职工编制")),
        examples=("全县有教职工2173名。",),
    ),
    MeasureDef(
        key="new_school_places",
        label="新增学位数",
        units=("个",),
        synonyms=("新增…学位", "增加…学位", "新增学位", "增加学位", "扩充…学位"),
        excludes=("缺口", "需求"),
        levels=_ALL_LEVELS,
        sectors=True,
        areas=True,
        sources=_src((PROVINCIAL, "学位供给：新建改扩建学校增加学位"), (PRESCHOOL, "新增普惠性学位")),
        examples=("新建改扩建学校后新增小学学位5940个。",),
    ),
    MeasureDef(
        key="per_student_building_area",
        label="生均校舍建筑面积",
        units=("平方米", "㎡"),
        synonyms=("生均校舍建筑面积", "生均校舍面积", "生均建筑面积"),
        levels=_ALL_LEVELS,
        sources=_src((STATISTICS, "生均校舍建筑面积"), (PRESCHOOL, "幼儿园生均建筑面积")),
        examples=("初中生均校舍建筑面积为6.76平方米。",),
    ),
    MeasureDef(
        key="per_student_teaching_space",
        label="生均教学及辅助用房面积",
        units=("平方米", "㎡"),
        synonyms=("生均教学及辅助用房面积", "生均教学及辅助用房", "生均教学辅助用房面积"),
        levels=_ALL_LEVELS,
        sources=_src((QUALITY, "生均教学及辅助用房面积（小学≥4.5平方米，初中≥5.8平方米）"),),
        examples=("小学生均教学及辅助用房面积为5.1平方米。",),
    ),
    MeasureDef(
        key="per_student_sports_area",
        label="生均体育运动场馆面积",
        units=("平方米", "㎡"),
        synonyms=("生均体育运动场馆面积", "生均运动场馆面积", "生均体育运动场地面积", "生均运动场地面积"),
        levels=_ALL_LEVELS,
        sources=_src((QUALITY, "生均体育运动场馆面积（小学≥7.5平方米，初中≥10.2平方米）"),),
        examples=("初中生均体育运动场馆面积为11.3平方米。",),
    ),
    MeasureDef(
        key="per_student_equipment_value",
        label="生均教学仪器设备值",
        units=("yuan/student/year", "yuan/student"),
        synonyms=("生均教学仪器设备值", "生均仪器设备值", "生均教学仪器设备"),
        levels=_ALL_LEVELS,
        plain_yuan_below=100_000,
        sources=_src((QUALITY, "生均教学仪器设备值（小学≥2000元，初中≥2500元）"),),
        examples=("小学生均教学仪器设备值为2350元。",),
    ),
    # --- off-campus training, after-school service, party building --------------------------------------------
    MeasureDef(
        key="tutoring_institution_count",
        label="学科类校外培训机构数",
        units=("所", "家", "个"),
        synonyms=("学科类培训机构", "学科类校外培训机构"),
        exact=True,
        levels=_CLASS_LEVELS,
        sources=_src((DOUBLE_REDUCTION, "学科类校外培训机构"),),
        examples=("全县有义务教育学科类培训机构29所。",),
    ),
    MeasureDef(
        key="tutoring_institutions_converted_nonprofit",
        label="完成“营转非”的学科类校外培训机构数",
        units=("所", "家", "个"),
        synonyms=("营转非", "营利性转为非营利性"),
        levels=_COMPULSORY_LEVELS,
        sources=_src((DOUBLE_REDUCTION, "现有学科类培训机构统一登记为非营利性机构"),),
        examples=("完成“营转非”的学科类培训机构共4家。",),
    ),
    MeasureDef(
        key="tutoring_institution_reduction_rate",
        label="学科类校外培训机构压减率",
        units=_PERCENT,
        synonyms=("压减率", "压减比例", "压减"),
        requires=("培训", "机构"),
        sources=_src((DOUBLE_REDUCTION, "学科类校外培训机构压减"),),
        examples=("学科类校外培训机构压减率为86.2%。",),
    ),
    MeasureDef(
        key="after_school_service_coverage",
        label="义务教育学校课后服务覆盖率",
        units=_PERCENT,
        synonyms=("课后服务…覆盖率", "开展课后服务…比例", "课后服务…覆盖面", "课后服务覆盖"),
        excludes=("学生", "参与", "参加"),
        levels=_COMPULSORY_LEVELS,
        areas=True,
        sources=_src((DOUBLE_REDUCTION, "义务教育学校课后服务全覆盖"),),
        examples=("义务教育学校课后服务覆盖率达到100%。",),
    ),
    MeasureDef(
        key="school_party_organization_coverage",
        label="学校党组织覆盖率",
        units=_PERCENT,
        synonyms=("党组织覆盖率", "党组织…覆盖", "党建工作覆盖", "党组织和党的工作覆盖"),
        levels=_ALL_LEVELS,
        sectors=True,
        sources=_src((PROVINCIAL, "全面加强党对教育工作的领导和教育系统党的建设"),),
        examples=("全县中小学校党组织覆盖率为100%。",),
    ),
)


def table_markdown() -> str:
    """The table as Markdown, as ``docs/measures.md`` shows it (a test keeps the two the same)."""
    documents = list(dict.fromkeys(src.document for m in MEASURES for src in m.sources))
    rows = [
        "| key | 名称 | unit | broken down by | written as | defined in |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for m in MEASURES:
        dims = ["every level" if set(m.levels) == set(SchoolLevel) else "/".join(lv.value for lv in m.levels)]
        dims = dims if m.levels else []
        dims += ["public/private"] * m.sectors + ["urban/rural"] * m.areas
        refs = "; ".join(f"{src.indicator} [{documents.index(src.document) + 1}]" for src in m.sources)
        written = "、".join(m.synonyms)
        if m.requires:
            written += f" (with {'/'.join(m.requires[:4])}{'…' if len(m.requires) > 4 else ''})"
        if m.exact:
            written += " (the subject is only this and dimension words)"
        rows.append(f"| `{m.key}` | {m.label} | {m.unit or '(none)'} | {', '.join(dims) or '—'} | {written} | {refs} |")
    notes = [f"{k}. {doc}" for k, doc in enumerate(documents, 1)]
    return "\n".join([*rows, "", *notes]) + "\n"
