"""What a report is: its title, the government it is about, what kind of report it is, which years.

Everything is read from tables of words (each entry with an example a test parses back):
title endings and site labels, the words that make a place name the reporting government
(``石桥区委``, ``清河区人民政府``) and the words that look like one but are not (``全区``,
``城区``, ``示范区``), self-references (``我县``, ``区委``), the cues of each report kind with a
weight, and the contexts that make a year a plan rather than a fact (``到2025年``, ``工作目标``).

The period rule, in order:

1. the years of the title (``2021年-2022年上半年`` → 2021, 2022; ``2019年度`` → 2019);
2. a year that opens the report's first paragraph (``2020年,县全面…`` → 2020);
3. the evaluation year of the notice cited before the first section (its 文号 ``〔2020〕``), plus
   the next year when the body reports it as fact;
4. else the year the body reports most often as fact.

Fact years leave out plan sections (``下一步``, ``今后努力方向``), document titles in 《》, 文号,
school years, targets (``到2025年``, ``…的工作目标``) and long plan ranges (``2020-2035``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex
from attrs import frozen

from .document import Document, Years
from .model.report import AdminLevel, ReportKind, Section
from .spans import SpanSet
from .structure.sections import is_plan_heading

__all__ = [
    "COUNTY_CITY_CUES",
    "DEADLINE_SUFFIXES",
    "GENRE_WORDS",
    "KIND_CUES",
    "NAV_SEPARATORS",
    "NON_REGION_WORDS",
    "PERIOD_EXCLUSIONS",
    "REGION_CONTEXTS",
    "SELF_REFERENCES",
    "SITE_LABELS",
    "TITLE_ENDINGS",
    "Metadata",
    "read_metadata",
]


class Word(NamedTuple):
    word: str
    example: str


class Weighted(NamedTuple):
    word: str
    weight: int
    example: str


class KindCue(NamedTuple):
    word: str
    kind: ReportKind
    where: str  # "title" or "body"
    weight: int
    example: str


class SelfRef(NamedTuple):
    word: str
    level: AdminLevel
    example: str


class LevelCue(NamedTuple):
    pattern: str  # a regex
    level: AdminLevel  # COUNTY_CITY or CITY
    weight: int
    example: str


@frozen(kw_only=True)
class Metadata:
    """A report's title (and where it stands), region, administrative level, kind and period."""

    title: str | None
    title_span: tuple[int, int] | None
    region: str | None
    admin_level: AdminLevel | None
    kind: ReportKind
    years: Years

    @property
    def period(self) -> tuple[int, ...]:
        return self.years.period


# -- tables -----------------------------------------------------------------------------------

# How a title ends; weight 2 for a report word, 1 for a weaker ending.
TITLE_ENDINGS: tuple[Weighted, ...] = (
    Weighted("报告", 2, "清河区2022年度履行教育职责工作的自查报告"),
    Weighted("汇报", 2, "关于履行教育职责情况的汇报"),
    Weighted("总结", 2, "2020年教育工作总结"),
    Weighted("意见", 2, "关于对某县人民政府履行教育职责的督导反馈意见"),
    Weighted("自查", 2, "2020年度履行教育职责自查"),
    Weighted("自评", 2, "2020年度履行教育职责自评"),
    Weighted("情况", 1, "某区履行教育职责情况"),
)
_TITLE_CORE = Word("履行教育职责", "枫林区关于履行教育职责评价反馈问题的整改报告")

# Labels a site glues to a title (stripped from its ends).
SITE_LABELS: tuple[Word, ...] = (
    Word("范文", "清河区履行教育职责情况自查报告范文"),
    Word("范本", "履行教育职责自查报告范本"),
    Word("(完整版)", "履行教育职责自查报告(完整版)"),
    Word("（完整版）", "履行教育职责自查报告（完整版）"),
    Word("完整版", "履行教育职责自查报告完整版"),
    Word("(精选)", "履行教育职责自查报告(精选)"),
    Word("（精选）", "履行教育职责自查报告（精选）"),
    Word("精选", "履行教育职责自查报告精选"),
    Word("模板", "履行教育职责自查报告模板"),
    Word("大全", "履行教育职责自查报告大全"),
    Word(".docx", "履行教育职责自查报告.docx"),
    Word(".doc", "履行教育职责自查报告.doc"),
    Word("【精品】", "【精品】履行教育职责自查报告"),
    Word("【推荐】", "【推荐】履行教育职责自查报告"),
    Word("【最新】", "【最新】履行教育职责自查报告"),
)

# A bare genre word is a site's category, not a title, when a longer candidate exists.
GENRE_WORDS: tuple[Word, ...] = (
    Word("自查报告", "范文大全 自查报告"),
    Word("自评报告", "当前栏目 自评报告"),
    Word("自查自评报告", "栏目导航 自查自评报告"),
    Word("整改报告", "热门分类 整改报告"),
    Word("工作报告", "文档分类 工作报告"),
    Word("督导报告", "相关栏目 督导报告"),
    Word("述职报告", "推荐阅读 述职报告"),
    Word("工作总结", "范文频道 工作总结"),
    Word("情况报告", "当前栏目 情况报告"),
    Word("调研报告", "热门分类 调研报告"),
    Word("报告", "文档分类 报告"),
    Word("总结", "文档分类 总结"),
    Word("汇报", "文档分类 汇报"),
    Word("范文", "精品 范文"),
)
# Characters that part the crumbs of a navigation line (``首页 > 自查报告 > 教育督导``); a line whose
# crumbs are all short is navigation, never a title. ``/`` between digits is a date or a school year.
NAV_SEPARATORS: tuple[Word, ...] = (
    Word(">", "首页>政务公开>政策文件"),
    Word("＞", "首页＞政务公开＞政策文件"),
    Word("»", "首页 » 工作总结 » 教育"),
    Word("›", "首页 › 工作总结 › 教育"),
    Word("/", "首页 / 自查报告 / 教育督导"),
    Word("／", "首页／自查报告／教育督导"),
    Word("|", "首页 | 政务公开 | 教育"),
    Word("｜", "首页｜政务公开｜教育"),
)
_NAV_CRUMB_MAX = 10  # a crumb longer than this may be the title itself

# Words after ``XX区`` / ``XX县`` / ``XX市`` that make it the reporting government (weight 3)
# or at least a government acting in the report (weight 1).
REGION_CONTEXTS: tuple[Weighted, ...] = (
    Weighted("人民政府", 3, "清河区人民政府报告如下"),
    Weighted("政府", 3, "石桥区政府印发"),
    Weighted("委", 3, "石桥区委、区政府始终"),
    Weighted("教育局", 1, "清河区教育局"),
    Weighted("教科体局", 1, "石桥区教科体局"),
    Weighted("教体局", 1, "青川县教体局"),
    Weighted("教育", 1, "石桥区教育投入逐年加大"),
    Weighted("履行", 1, "枫林区履行职责"),
    Weighted("关于", 1, "清河区关于"),
    Weighted("坚持", 1, "清河区坚持"),
    Weighted("切实", 1, "清河区切实履行"),
    Weighted("高度重视", 1, "枫林区高度重视"),
    Weighted("认真", 1, "清河区认真落实"),
    Weighted("全面", 1, "枫林区全面落实"),
    Weighted("始终", 1, "清河区始终坚持"),
    Weighted("积极", 1, "枫林区积极实施"),
    Weighted("生均", 1, "石桥区生均公用经费"),
)

# Words ending in 区/县/市 that name no reporting government.
NON_REGION_WORDS: tuple[Word, ...] = (
    Word("全区", "全区教育事业"),
    Word("我区", "我区高度重视"),
    Word("本区", "本区教育"),
    Word("该区", "该区教育"),
    Word("各区", "各区教育"),
    Word("主城区", "主城区教育"),
    Word("老城区", "老城区教育集聚区"),
    Word("中心城区", "中心城区教育"),
    Word("社区", "社区教育"),
    Word("小区", "小区配套幼儿园"),
    Word("园区", "教育园区"),
    Word("片区", "北湖片区教育"),
    Word("新区", "清溪新区教育"),
    Word("景区", "景区教育"),
    Word("校区", "南苑校区教育"),
    Word("学区", "学区教育"),
    Word("辖区", "辖区教育"),
    Word("山区", "山区教育"),
    Word("郊区", "郊区教育"),
    Word("县区", "各县区教育"),
    Word("市区", "市区教育"),
    Word("强区", "教育强区"),
    Word("责任区", "督学责任区教育"),
    Word("示范区", "示范区教育"),
    Word("实验区", "实验区教育"),
    Word("试验区", "试验区教育"),
    Word("开发区", "开发区教育"),
    Word("集聚区", "教育集聚区"),
    Word("普惠区", "普及普惠区教育"),
    Word("全县", "全县教育"),
    Word("我县", "我县教育"),
    Word("本县", "本县教育"),
    Word("该县", "该县教育"),
    Word("各县", "各县教育"),
    Word("强县", "教育强县"),
    Word("小县", "小县办大教育"),
    Word("大县", "人口大县教育"),
    Word("试点县", "试点县教育"),
    Word("示范县", "示范县教育"),
    Word("均衡县", "基本均衡县教育"),
    Word("先进县", "先进县教育"),
    Word("贫困县", "贫困县教育"),
    Word("全市", "全市教育"),
    Word("我市", "我市教育"),
    Word("本市", "本市教育"),
    Word("城市", "城市教育"),
    Word("各市", "各市教育"),
    Word("县市", "各县市教育"),
)

# How a report refers to its own government.
SELF_REFERENCES: tuple[SelfRef, ...] = (
    SelfRef("我区", AdminLevel.DISTRICT, "我区高度重视"),
    SelfRef("全区", AdminLevel.DISTRICT, "全区共有公办学校20所"),
    SelfRef("本区", AdminLevel.DISTRICT, "本区教育"),
    SelfRef("区委", AdminLevel.DISTRICT, "区委常委会定期研究教育工作"),
    SelfRef("区政府", AdminLevel.DISTRICT, "区政府常务会"),
    SelfRef("我县", AdminLevel.COUNTY, "我县教育事业稳步发展"),
    SelfRef("全县", AdminLevel.COUNTY, "全县共有中小学63所"),
    SelfRef("本县", AdminLevel.COUNTY, "本县教育"),
    SelfRef("县委", AdminLevel.COUNTY, "县委教育工作领导小组"),
    SelfRef("县政府", AdminLevel.COUNTY, "县政府拨付600万元"),
    SelfRef("我市", AdminLevel.CITY, "我市教育"),
    SelfRef("本市", AdminLevel.CITY, "本市教育"),
)

# Whether a 市 is a county-level city (县级市) or a prefecture city (地级市): each cue (a regex) met in the
# text adds its weight to its side, once however often it is met; the county side must outweigh the
# prefecture side, a tie keeps 市. A 市 that reports to another 市's (or 州's) government, is evaluated as a
# 县级人民政府 or runs 乡镇 itself is county-level; a 市 that has 县/区 under it is prefecture-level.
# Prefecture cues inside 《》 do not count (a cited notice speaks of other governments); ``other`` names
# the addressee, which must not be the report's own region.
_NUM = r"[0-9０-９一二三四五六七八九十两]+"
_COUNTIES = r"县(?:[（(](?:市、区|区、市|市)[）)]|市区|区)"  # 县（市、区）, 县(市、区), 县市区, 县区
_ADDRESSEE_END = r"[^\n：:]{0,20}[：:][^\S\n]*$"
COUNTY_CITY_CUES: tuple[LevelCue, ...] = (
    LevelCue("县级市", AdminLevel.COUNTY_CITY, 5, "本市是县级市"),
    LevelCue("县级人民政府", AdminLevel.COUNTY_CITY, 3, "迎接县级人民政府教育督导评价"),
    LevelCue(rf"(?<![0-9０-９一二三四五六七八九十两个各辖]){_COUNTIES}", AdminLevel.COUNTY_CITY, 2,
             "对县（市、区）政府开展督导评价"),
    LevelCue(rf"^[^\S\n]*(?<other>\p{{Han}}{{2,5}}[市州盟])(?:人民政府|政府){_ADDRESSEE_END}",
             AdminLevel.COUNTY_CITY, 4, "云州市人民政府教育督导室："),
    LevelCue(rf"^[^\S\n]*[市州](?:人民政府|政府)[^\n：:]{{0,12}}(?:办公室|督导室){_ADDRESSEE_END}",
             AdminLevel.COUNTY_CITY, 2, "市政府教育督导室："),
    LevelCue(rf"全市(?:共有|共辖|辖有|辖|有)?{_NUM}个乡镇", AdminLevel.COUNTY_CITY, 2, "全市共有14个乡镇（街道）"),
    LevelCue("各乡镇", AdminLevel.COUNTY_CITY, 1, "督促各乡镇落实控辍保学责任"),
    LevelCue(rf"[所下]辖(?:{_NUM}个)?[县区](?!域)", AdminLevel.CITY, 4, "全市所辖9个县（市、区）均已达标"),
    LevelCue(rf"{_NUM}个{_COUNTIES}", AdminLevel.CITY, 3, "全市11个县（市、区）均建立督学责任区"),
    LevelCue(rf"各{_COUNTIES}", AdminLevel.CITY, 3, "指导各县（市、区）落实生均公用经费标准"),
)

# Cues of each report kind, where they count and how much.
_S, _R, _W, _I = ReportKind.SELF_ASSESSMENT, ReportKind.RECTIFICATION, ReportKind.WORK_REPORT, ReportKind.INSPECTION
KIND_CUES: tuple[KindCue, ...] = (
    KindCue("整改", _R, "title", 6, "枫林区关于履行教育职责评价反馈问题的整改报告"),
    KindCue("督导报告", _I, "title", 5, "关于某县人民政府履行教育职责的督导报告"),
    KindCue("督导评估报告", _I, "title", 5, "某县履行教育职责督导评估报告"),
    KindCue("反馈意见", _I, "title", 5, "某县履行教育职责督导反馈意见"),
    KindCue("自查报告", _S, "title", 5, "清河区2021年度履行教育职责自查报告"),
    KindCue("自评报告", _S, "title", 5, "2021年履行教育职责自评报告"),
    KindCue("自查自评", _S, "title", 5, "某县履行教育职责自查自评报告"),
    KindCue("自查", _S, "title", 3, "某县履行教育职责情况自查"),
    KindCue("自评", _S, "title", 3, "某县履行教育职责自评"),
    KindCue("履行教育职责情况的报告", _S, "title", 4, "关于某县履行教育职责情况的报告"),
    KindCue("履行教育职责情况报告", _S, "title", 4, "某县履行教育职责情况报告"),
    KindCue("工作报告", _W, "title", 3, "领导班子成员履行教育职责工作报告"),
    KindCue("工作总结", _W, "title", 3, "2020年教育工作总结"),
    KindCue("工作情况的报告", _W, "title", 2, "关于2023年度全县教育工作情况的报告"),
    KindCue("年度工作报告", _W, "title", 1, "云州市教育局2022年度工作报告"),  # with 工作报告: 4
    KindCue("专项工作报告", _W, "title", 1, "关于学前教育发展情况的专项工作报告"),  # with 工作报告: 4
    KindCue("履行教育职责工作情况", _S, "title", 4, "关于某县履行教育职责工作情况的报告"),
    # a report on the year's education work; delivered to the people's congress (body cues below) it
    # outweighs 履行教育职责情况报告 in the same title (``…教育工作暨履行教育职责情况报告``)
    KindCue("教育工作", _W, "title", 3, "关于2023年全区教育工作情况的报告"),
    # a duty report, not 教育工作: outweighs 教育工作 with the congress venue (6 > 3 + 2)
    KindCue("履行教育工作职责", _S, "title", 6, "党政主要负责同志履行教育工作职责情况报告"),
    KindCue("自评情况", _S, "body", 3, "现将自评情况汇报如下"),
    KindCue("自查情况", _S, "body", 3, "现将自查情况报告如下"),
    KindCue("认真的自查", _S, "body", 3, "各单位开展了认真的自查"),
    KindCue("自查自评", _S, "body", 2, "认真开展自查自评"),
    KindCue("经自评", _S, "body", 1, "经自评,总得分118分"),
    KindCue("自评得分", _S, "body", 1, "自评得分95分"),
    KindCue("整改落实情况", _R, "body", 3, "现将整改落实情况报告如下"),
    KindCue("整改情况报告", _R, "body", 3, "现将整改情况报告如下"),
    KindCue("督导组", _I, "body", 1, "督导组认为"),
    # where a work report is delivered: the standing committee of the people's congress
    KindCue("人大常委会", _W, "body", 2, "在县第十八届人大常委会第十次会议上"),
    KindCue("人民代表大会常务委员会", _W, "body", 2, "在区第五届人民代表大会常务委员会第九次会议上"),
    KindCue("主任、各位副主任", _W, "body", 1, "主任、各位副主任、秘书长："),
    KindCue("各位委员", _W, "body", 1, "各位委员：现将有关情况报告如下"),
    KindCue("请予审议", _W, "body", 1, "以上报告，请予审议"),
)
# The most a kind's body cues add up to: where a report was delivered is one fact however many of its
# phrases appear, so a self-assessment, rectification or inspection title (3 and more) still wins —
# unless the title also names the education work it reports on (教育工作, 3 + 2 > 4).
_KIND_BODY_CAP: dict[ReportKind, int] = {_W: 2}
_REGION_MIN_SCORE = 6  # one government context (区委, 人民政府) or three weaker ones
_REGION_MIN_MENTIONS = 2  # a name met once (召开县委…) is too likely a misread

_KIND_ORDER = (_R, _I, _S, _W, ReportKind.OTHER)  # tie breaking

# Contexts that make a year mention a plan, a target or a name rather than a year reported as fact.
PERIOD_EXCLUSIONS: tuple[Word, ...] = (
    Word("到", "到2026年,学前教育普惠率达到88%"),
    Word("至", "至2025年建成"),
    Word("力争", "力争2022年完成"),
    Word("预计", "预计2022年6月底全部竣工"),
    Word("计划", "计划2022年建成"),
    Word("目标", "明确2024年新增学位3000个的工作目标"),
    Word("将", "2024年,我们将继续加大投入"),
    Word("学年", "2020-2021学年"),
)
# Words right after ``20xx年`` that make it a deadline.
DEADLINE_SUFFIXES: tuple[Word, ...] = (
    Word("底前", "2023年底前全部达标"),
    Word("之前", "2023年之前建成"),
    Word("以前", "2023年以前完成"),
    Word("前", "2023年前完成改造"),
)
_DEADLINES = tuple(w.word for w in DEADLINE_SUFFIXES)
_FACT_EXEMPT = ("截至", "截止")  # 截至2020年底 is a fact


# -- compiled ---------------------------------------------------------------------------------

_WS = " \t\r\u3000\xa0\u2002\u2003\u2009\u200b\ufeff"
_CJK = r"\p{Han}"
_CJK_CHAR = regex.compile(_CJK)
_REGION_CTX_WEIGHT = {c.word: c.weight for c in REGION_CONTEXTS}
_REGION_CTX = "|".join(re.escape(c.word) for c in sorted(REGION_CONTEXTS, key=lambda c: -len(c.word)))
# A place name in a government context. _region_matches finds what this finds, from the suffixes; the
# pattern itself is what the tests hold it to (change the two together).
_REGION_RE = regex.compile(rf"(?<name>{_CJK}{{2,4}}?)(?<suf>[区县市])(?=(?<ctx>{_REGION_CTX}))")
_REGION_SUFFIX_RE = re.compile(rf"[区县市](?=(?P<ctx>{_REGION_CTX}))")
_NAME_BACK_RE = regex.compile(rf"{_CJK}{{2,4}}", regex.REVERSE)  # the longest name ending at a suffix
_TITLE_REGION_RE = regex.compile(
    rf"(?<name>{_CJK}{{2,4}}?)(?<suf>[区县市])(?=人民政府|政府|关于|履行|教育|党政|[0-9]|$)"
)
_NON_REGION = tuple(sorted((w.word for w in NON_REGION_WORDS), key=len, reverse=True))
_LEFT_BOUNDARY = frozenset(
    "年度市省在对和与及了的将是为由向把被从经据按至到等以于即给使让请《“\"、，,。：:；;（()）》” \t\u3000\xa0"
)
_PLACEHOLDER_HEADS = frozenset("某")
_PLACEHOLDER_RE = regex.compile(r"(?:某|[xX×*＊]{1,3})(?<suf>[区县市])")
_SELF_RE = re.compile("|".join(re.escape(s.word) for s in SELF_REFERENCES))
_SELF_LEVEL = {s.word: s.level for s in SELF_REFERENCES}
_LEVEL_CUES = tuple((regex.compile(c.pattern, regex.MULTILINE), c) for c in COUNTY_CITY_CUES)
_ENDING_RE = regex.compile(
    "(?:" + "|".join(regex.escape(e.word) for e in TITLE_ENDINGS) + ")$"
)
_ENDING_WEIGHT = {e.word: e.weight for e in TITLE_ENDINGS}
_LABELS = tuple(sorted((w.word for w in SITE_LABELS), key=len, reverse=True))
_GENRE = frozenset(w.word for w in GENRE_WORDS)
_SEPS = frozenset(w.word for w in NAV_SEPARATORS)
_SLASHES = frozenset("/／")
_SEP_RE = re.compile(f"[{re.escape(''.join(sorted(_SEPS)))}]")
_TITLE_HEAD_RE = regex.compile(r"(?:人民政府|政府|[区县市]|年|年度)$")

_YEAR = r"(?:19|20)[0-9]{2}"
_RANGE_RE = regex.compile(
    rf"(?<![0-9])(?<a>{_YEAR})\s*(?:年度|年)?\s*[-—–~～至到－]\s*(?<b>{_YEAR})(?![0-9])(?<tail>\s*(?:年度|年|学年))?"
)
_YEAR_RE = regex.compile(rf"(?<![0-9〔\[［])(?<y>{_YEAR})(?<tail>年度|学年|年)(?![0-9])")
_TITLE_YEAR_RE = regex.compile(rf"(?<![0-9])(?<y>{_YEAR})(?![0-9])")
_OPENING_YEAR_RE = regex.compile(rf"(?<y>{_YEAR})(?:年度|年)(?:[,，]|以来)")
_OPENING_LINE_YEAR_RE = regex.compile(r"^[ \t\u3000]*((?:19|20)\d\d)年(?:度)?[，,]", regex.MULTILINE)
_DOCNO_YEAR_RE = regex.compile(rf"[〔\[［](?<y>{_YEAR})")
_BOOK_RE = regex.compile(r"《[^《》\n]{0,120}》")
_CLAUSE_END = "，,。；;！？!?\n"
_CLAUSE_RUN_RE = re.compile(f"[^{re.escape(_CLAUSE_END)}]{{0,40}}+")  # at most 40 characters
_PLAN_WORDS_AFTER = tuple(w.word for w in PERIOD_EXCLUSIONS if w.word in ("目标", "将", "计划", "力争", "预计"))
_PLAN_WORDS_BEFORE = tuple(w.word for w in PERIOD_EXCLUSIONS if w.word != "学年")

_KIND_TITLE = tuple(c for c in KIND_CUES if c.where == "title")
_KIND_BODY = tuple(c for c in KIND_CUES if c.where == "body")
_KIND_BODY_RE = re.compile("|".join(re.escape(c.word) for c in _KIND_BODY))
_KIND_BODY_CUE = {c.word: c for c in _KIND_BODY}


# -- noise helpers ----------------------------------------------------------------------------


# -- title ------------------------------------------------------------------------------------


def _strip_labels(text: str, s: int, e: int) -> tuple[int, int]:
    changed = True
    while changed and e > s:
        changed = False
        while e > s and text[e - 1] in _WS:
            e -= 1
        for lab in _LABELS:
            if e - s > len(lab) and text.endswith(lab, s, e):
                e -= len(lab)
                changed = True
                break
        while s < e and text[s] in _WS:
            s += 1
        for lab in _LABELS:
            if lab.startswith("【") and e - s > len(lab) and text.startswith(lab, s, e):
                s += len(lab)
                changed = True
                break
    return s, e


def _title_score(seg: str) -> int:
    if not seg or len(seg) > 60 or "。" in seg or seg[-1] in ":：":
        return 0
    score = 0
    m = _ENDING_RE.search(seg)
    if m is not None:
        score += _ENDING_WEIGHT[m.group()]
    if _TITLE_CORE.word in seg:
        score += 1
    return score


def _is_separator(text: str, i: int) -> bool:
    """A crumb separator at i; a slash between digits (``2023/05``, ``2020/2021``) is not one."""
    c = text[i]
    if c not in _SEPS:
        return False
    between_digits = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    return not (c in _SLASHES and between_digits)


def _segments(text: str, lo: int, hi: int, mask: SpanSet) -> list[tuple[int, int]]:
    """Runs of own (non-noise, non-space) characters of a line, split at spaces, crumb separators and noise."""
    segs: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        if text[i] in _WS or mask.hit(i) or _is_separator(text, i):
            i += 1
            continue
        j = i
        while j < hi and text[j] not in _WS and not mask.hit(j) and not _is_separator(text, j):
            j += 1
        segs.append((i, j))
        i = j
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


def _is_genre_word(title: str) -> bool:
    return title in _GENRE


def _find_title(text: str, limit: int, mask: SpanSet) -> tuple[str, tuple[int, int]] | None:
    """The first title-like line before the first section, passing over navigation lines; a bare
    genre word (``自查报告``) only when no longer candidate follows."""
    fallback: tuple[str, tuple[int, int]] | None = None
    pos = 0
    while pos < limit:
        nl = text.find("\n", pos, limit)
        le = limit if nl < 0 else nl
        if not _is_navigation(text, pos, le, mask):
            found = _title_in_line(text, pos, le, mask)
            if found is not None:
                if not _is_genre_word(found[0]):
                    return found
                fallback = fallback or found
        pos = le + 1
    return fallback


def _title_in_line(text: str, lo: int, hi: int, mask: SpanSet) -> tuple[str, tuple[int, int]] | None:
    segs = _segments(text, lo, hi, mask)
    if not segs:
        return None

    def parted(a: int, b: int) -> bool:
        return any(text[k] in _WS or _is_separator(text, k) for k in range(a, b))

    # group segments split only by noise (spam inside a title) into one piece
    pieces: list[list[tuple[int, int]]] = []
    for s, e in segs:
        if pieces and not parted(pieces[-1][-1][1], s):
            pieces[-1].append((s, e))
        else:
            pieces.append([(s, e)])
    best: tuple[bool, int, int, int] | None = None  # (not a genre word, score, length, index)
    cleaned: list[tuple[int, int, str]] = []
    for idx, piece in enumerate(pieces):
        s, e = _strip_labels(text, piece[0][0], piece[-1][1])
        own = mask.outside(text, s, e)
        cleaned.append((s, e, own))
        sc = _title_score(own)
        key = (not _is_genre_word(own.strip(_WS)), sc, len(own), idx)
        if sc and (best is None or key[:3] > best[:3]):
            best = key
    if best is None:
        return None
    idx = best[3]
    s, e, _ = cleaned[idx]
    # a title split by a space: take in head fragments (``清河区人民政府 关于…``), never across a crumb separator
    while idx > 0:
        ps, pe, pown = cleaned[idx - 1]
        if not pown or _title_score(pown) or len(pown) > 20 or _TITLE_HEAD_RE.search(pown) is None:
            break
        if any(_is_separator(text, k) for k in range(pe, s)):
            break
        s, idx = ps, idx - 1
    own = mask.outside(text, s, e)
    while s < e and (text[s] in _WS or mask.hit(s)):
        s += 1
    while e > s and (text[e - 1] in _WS or mask.hit(e - 1)):
        e -= 1
    return own.strip(_WS), (s, e)


# -- region and level -------------------------------------------------------------------------


def _is_region_name(word: str) -> bool:
    return not word.endswith(_NON_REGION)


def _name_at(text: str, name_start: int, suf_pos: int, lo: int) -> tuple[str, float] | None:
    """The place name ending at suf_pos (its suffix included), and a confidence factor.

    The name runs back from the suffix to a boundary (punctuation, 年度, a function word such as
    在/对/了): 2 or 3 characters give a name; a boundary right before the suffix gives none
    (``先后在区委``, ``成立了县``), unless the boundary character itself opens a two-character
    name (``,和平区``); with no boundary within four characters the last two are taken, with
    half the confidence.
    """
    floor = max(lo, name_start)

    def boundary(i: int) -> bool:
        return i < floor or text[i] in _LEFT_BOUNDARY or _CJK_CHAR.match(text[i]) is None

    n = 0
    while n < 4 and not boundary(suf_pos - 1 - n):
        n += 1
    if n >= 2 and text[suf_pos - n] in _PLACEHOLDER_HEADS:
        return None
    if n in (2, 3):
        word = text[suf_pos - n : suf_pos + 1]
        factor = 1.0
    elif n == 1 and suf_pos - 2 >= floor and text[suf_pos - 2] in _LEFT_BOUNDARY and boundary(suf_pos - 3):
        word = text[suf_pos - 2 : suf_pos + 1]
        factor = 1.0
    elif n == 4:
        word = text[suf_pos - 2 : suf_pos + 1]
        factor = 0.5
    else:
        return None
    return (word, factor) if _is_region_name(word) else None


def _region_matches(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """(name start, suffix position, context) of each match of ``_REGION_RE.finditer(text, lo, hi)``.

    A scan for a name from every position is slow; the suffixes in a context are few. The match
    starts at the leftmost position from which two to four Han characters reach a suffix, with the
    nearest such suffix (the name is lazy); the next one starts after that suffix.
    """
    suffixes = [(m.start(), m.group("ctx")) for m in _REGION_SUFFIX_RE.finditer(text, lo, hi)]
    pos, i = lo, 0
    while True:
        best: tuple[int, int] | None = None  # (name start, index into suffixes)
        for j in range(i, len(suffixes)):
            q = suffixes[j][0]
            if best is not None and q - 4 > best[0]:
                break  # a name of at most four characters cannot start as early
            name = _NAME_BACK_RE.match(text, pos, q) if q - 2 >= pos else None
            if name is not None and (best is None or name.start() < best[0]):
                best = (name.start(), j)
        if best is None:
            return
        start, i = best
        q, ctx = suffixes[i]
        yield start, q, ctx
        pos, i = q + 1, i + 1


def _region_candidates(text: str, lo: int, hi: int, mask: SpanSet) -> Counter[str]:
    scores: Counter[str] = Counter()
    for start, suf, ctx in _region_matches(text, lo, hi):
        if mask.hit(suf):
            continue
        got = _name_at(text, start, suf, lo)
        if got is None:
            continue
        word, factor = got
        if ctx == "委" and not text.startswith(("委员", "委托"), suf + 1):
            weight = 3
        else:
            weight = _REGION_CTX_WEIGHT.get(ctx, 1) if ctx != "委" else 0
        if weight:
            scores[word] += int(weight * factor * 2)
    return scores


def _title_region(title: str) -> str | None:
    found: list[str] = []
    for m in _TITLE_REGION_RE.finditer(title, overlapped=True):
        got = _name_at(title, m.start("name"), m.start("suf"), 0)
        if got is not None and got[1] == 1.0:
            found.append(got[0])
    if not found:
        return None
    lower = [w for w in found if w[-1] in "区县"]
    return (lower or found)[-1]


_SUFFIX_LEVEL = {"区": AdminLevel.DISTRICT, "县": AdminLevel.COUNTY, "市": AdminLevel.CITY}


def _self_level(text: str, lo: int, hi: int, mask: SpanSet) -> AdminLevel | None:
    counts: Counter[AdminLevel] = Counter()
    for m in _SELF_RE.finditer(text, lo, hi):
        if not mask.hit(m.start()):
            counts[_SELF_LEVEL[m.group()]] += 1
    if not counts:
        return None
    ranked = counts.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _level_cues(text: str, region: str | None, mask: SpanSet) -> list[LevelCue]:
    """The cues of :data:`COUNTY_CITY_CUES` met in the text (outside noise), each once."""
    books = [(m.start(), m.end()) for m in _BOOK_RE.finditer(text)]
    starts = [b[0] for b in books]
    found: list[LevelCue] = []
    for rx, cue in _LEVEL_CUES:
        for m in rx.finditer(text):
            if mask.hit(m.start()) or mask.hit(m.end() - 1):
                continue
            if cue.level is AdminLevel.CITY and _in_zones(books, starts, m.start()):
                continue
            other = m.groupdict().get("other")
            if other is not None and region is not None and (other == region or region.endswith(other)):
                continue
            found.append(cue)
            break
    return found


def _city_level(text: str, region: str | None, mask: SpanSet) -> AdminLevel:
    """A 市's level: 县级市 when the county-level cues outweigh the prefecture ones, else 市."""
    score = 0
    for cue in _level_cues(text, region, mask):
        score += cue.weight if cue.level is AdminLevel.COUNTY_CITY else -cue.weight
    return AdminLevel.COUNTY_CITY if score > 0 else AdminLevel.CITY


def _level_of(region: str, text: str, mask: SpanSet) -> AdminLevel:
    level = _SUFFIX_LEVEL[region[-1]]
    if level is AdminLevel.CITY:
        return _city_level(text, region, mask)
    return level


# -- kind -------------------------------------------------------------------------------------


def _kind(title: str | None, text: str, lo: int, hi: int) -> ReportKind:
    scores: Counter[ReportKind] = Counter()
    if title:
        for cue in _KIND_TITLE:
            if cue.word in title:
                scores[cue.kind] += cue.weight
    seen: set[str] = set()
    body: Counter[ReportKind] = Counter()
    for m in _KIND_BODY_RE.finditer(text, lo, hi):
        if m.group() not in seen:
            seen.add(m.group())
            cue = _KIND_BODY_CUE[m.group()]
            body[cue.kind] += cue.weight
    for k, w in body.items():
        scores[k] += min(w, _KIND_BODY_CAP.get(k, w))
    if not scores:
        return ReportKind.OTHER
    best = max(scores.values())
    return next(k for k in _KIND_ORDER if scores.get(k, 0) == best)


# -- period -----------------------------------------------------------------------------------


def _years_in_title(title: str) -> tuple[int, ...]:
    m = _RANGE_RE.search(title)
    if m is not None and (m.group("tail") or "").strip() != "学年":
        a, b = int(m.group("a")), int(m.group("b"))
        if 0 < b - a <= 5:
            return tuple(range(a, b + 1))
    years = sorted({int(m.group("y")) for m in _TITLE_YEAR_RE.finditer(title)})
    return tuple(years)


def _excluded_zones(text: str, sections: Sequence[Section]) -> list[tuple[int, int]]:
    zones = [(m.start(), m.end()) for m in _BOOK_RE.finditer(text)]
    for sec in sections:
        for s in sec.walk():
            if s.number is None or is_plan_heading(s.heading):
                zones.append((s.start, s.end))
    return sorted(zones)


def _in_zones(zones: list[tuple[int, int]], starts: list[int], i: int) -> bool:
    k = bisect.bisect_right(starts, i)
    return any(zones[j][0] <= i < zones[j][1] for j in range(max(0, k - 8), k))


def _clause_after(text: str, i: int) -> str:
    """The rest of the clause after a year; a topic year (``2019年,…将…``) reads the next clause."""
    if i < len(text) and text[i] in ",，":
        i += 1
    m = _CLAUSE_RUN_RE.match(text, i)
    return m.group() if m is not None else ""


def _is_plan_year(text: str, start: int, end: int) -> bool:
    if text.startswith(_DEADLINES, end):
        return True
    before = text[max(0, start - 4) : start]
    if before.endswith(_FACT_EXEMPT):
        return False
    if any(w in before for w in _PLAN_WORDS_BEFORE):
        return True
    clause = _clause_after(text, end)
    return any(w in clause for w in _PLAN_WORDS_AFTER)


def _fact_years(text: str, lo: int, hi: int, mask: SpanSet, sections: Sequence[Section]) -> Counter[int]:
    zones = _excluded_zones(text, sections)
    starts = [z[0] for z in zones]
    years: Counter[int] = Counter()
    in_range: set[int] = set()
    for m in _RANGE_RE.finditer(text, lo, hi):
        in_range.update(range(m.start(), m.end()))
        if mask.hit(m.start()) or _in_zones(zones, starts, m.start()):
            continue
        if (m.group("tail") or "").strip() == "学年" or _is_plan_year(text, m.start(), m.end()):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if 0 < b - a <= 5:
            years[b] += 1
    for m in _YEAR_RE.finditer(text, lo, hi):
        s = m.start()
        if s in in_range or mask.hit(s) or _in_zones(zones, starts, s) or m.group("tail") == "学年":
            continue
        if _is_plan_year(text, s, m.end()):
            continue
        years[int(m.group("y"))] += 1
    return years


def _period(text: str, title: str | None, opening: tuple[int, int], body: tuple[int, int], mask: SpanSet,
            sections: Sequence[Section]) -> tuple[int, ...]:
    if title:
        years = _years_in_title(title)
        if years:
            return years
    o_lo, o_hi = opening
    own_opening = mask.outside(text, o_lo, o_hi).lstrip(_WS + "\n")
    m = _OPENING_YEAR_RE.match(own_opening)
    if m is not None:
        return (int(m.group("y")),)
    facts = _fact_years(text, body[0], body[1], mask, sections)
    d = _DOCNO_YEAR_RE.search(own_opening)
    if d is not None:
        e = int(d.group("y"))
        if facts.get(e) or facts.get(e + 1):
            return (e, e + 1) if facts.get(e + 1) else (e,)
        if facts.get(e - 1):
            return (e - 1,)
    if not facts:
        return ()
    top = max(facts.values())
    return (max(y for y, c in facts.items() if c == top),)


# -- entry point ------------------------------------------------------------------------------


def read_metadata(doc: Document) -> Metadata:
    """Title, region, administrative level, kind, period and opening year of a report; reads the
    Document's noise and sections.

    >>> from dutyreport.pipeline import document
    >>> md = read_metadata(document("2018年度某某区履行教育职责反馈问题整改报告\\n一、基本情况\\n我区…"))
    >>> md.title, md.kind.value, md.period, md.admin_level.value
    ('2018年度某某区履行教育职责反馈问题整改报告', 'rectification', (2018,), '区')
    """
    text, mask, sections = doc.text, doc.noise_index, doc.sections
    first = sections[0].start if sections else len(text)
    body_end = sections[-1].end if sections else len(text)

    found = _find_title(text, first, mask)
    title, title_span = (found[0], found[1]) if found else (None, None)
    after_title = title_span[1] if title_span else 0
    opening = (after_title, first if first > after_title else after_title)

    # region and level
    region = _title_region(title) if title else None
    body_lo = after_title
    self_level = _self_level(text, body_lo, body_end, mask)
    if region is None:
        scores = _region_candidates(text, body_lo, body_end, mask)
        if self_level is not None:
            scores = Counter({w: c for w, c in scores.items() if _SUFFIX_LEVEL[w[-1]] is self_level})
        if scores:
            word, score = scores.most_common(1)[0]
            if score >= _REGION_MIN_SCORE and text.count(word, body_lo, body_end) >= _REGION_MIN_MENTIONS:
                region = word
    admin_level: AdminLevel | None
    if region is not None:
        admin_level = _level_of(region, text, mask)
    else:
        ph = _PLACEHOLDER_RE.search(title) if title else None
        admin_level = _SUFFIX_LEVEL[ph.group("suf")] if ph is not None else self_level
        if admin_level is AdminLevel.CITY:
            admin_level = _city_level(text, None, mask)

    kind = _kind(title, text, body_lo, body_end)
    period = _period(text, title, opening, (body_lo, body_end), mask, sections)
    years = Years(period=period, opening=_opening_year(text, mask, first))
    return Metadata(
        title=title, title_span=title_span, region=region, admin_level=admin_level, kind=kind, years=years
    )


def _opening_year(text: str, mask: SpanSet, first: int) -> int | None:
    """A report that opens ``2020年,县全面领会…`` before its first section is about that year."""
    for m in _OPENING_LINE_YEAR_RE.finditer(text, 0, first):
        if not mask.hit(m.start(1)):
            return int(m.group(1))
    return None
