"""The types and words of the canonical measures (:mod:`dutyreport.lang.measures`): how a measure is
defined (:class:`MeasureDef`, :class:`Source`), the documents that define them, the words that say how
a figure is broken down (levels, sectors, areas) and the words around a measure's name (actions,
changes, shares, rates, vetoes). Every word table's entries carry an example
(``tests/indicators/test_keys.py`` reads each back).
"""

from __future__ import annotations

import regex
from attrs import field, frozen
from attrs.validators import deep_iterable, instance_of, matches_re, min_len, optional

from ..model.dimensions import Area, SchoolLevel, Sector
from .entry import Entry

__all__ = [
    "ACTION_WORDS",
    "AREA_WORDS",
    "CHANGE_WORDS",
    "FILLER_WORDS",
    "GAP",
    "LEVEL_WORDS",
    "OTHER_LEVEL_WORDS",
    "RATE_FIGURE_WORDS",
    "RATE_WORDS",
    "SECTOR_WORDS",
    "SHARE_WORDS",
    "STAGE_WORDS",
    "VETO_WORDS",
    "MeasureDef",
    "Source",
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



# --- what several measures share ---------------------------------------------------------------------

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
