"""The words around a figure that tell what it measures, for which year, and how it is bounded.

One table per role, each entry with an example phrase; ``tests/indicators/test_figures_tables.py``
parses every example and checks that the entry does what its table says. The indicator stage
(:mod:`dutyreport.indicators.build`, :mod:`~dutyreport.indicators.subjects`,
:mod:`~dutyreport.indicators.years`) compiles its patterns from these tables and spells no word out
again.
"""

from __future__ import annotations

import regex
from attrs import frozen

from ..model.quantities import Qualifier
from .entry import Entry, PatternEntry, words
from .script import spellings

__all__ = [
    "AMONG_WORDS",
    "AS_OF_WORDS",
    "ATTRIBUTES_OF_PREVIOUS",
    "ATTRIBUTES_OF_PROJECT",
    "BASE_WORDS",
    "CATEGORY_NOUNS",
    "CHANGE_COLUMNS",
    "CHANGE_TO_VERBS",
    "CHANGE_VERBS",
    "COMPARISON_WORDS",
    "CONTEXT_QUALIFIERS",
    "DEADLINE_AFTER",
    "DEADLINE_BEFORE",
    "DENG_WORDS",
    "DURATION_UNITS",
    "EACH_WORDS",
    "FREQUENCY_WORDS",
    "GENERIC_VERBS",
    "HEAD_ENDINGS",
    "LEAD_COMPOUNDS",
    "LEVEL_WORDS",
    "LIST_JOINERS",
    "MONEY_VERBS",
    "NAMED_ITEM_VERBS",
    "NEGATION_WORDS",
    "NORM_CUES",
    "NORM_QUALIFIERS",
    "OBJECT_COMPOUNDS",
    "OBJECT_MARKERS",
    "PEOPLE_COUNT_WORDS",
    "PEOPLE_NOUNS",
    "PER_PERSON_CUES",
    "PER_STUDENT_CUES",
    "PLAN_ATTRIBUTES",
    "PRESENT_WORDS",
    "PROJECT_NOUNS",
    "QUALIFIER_BRIDGES",
    "RATIO_NORM_CUES",
    "RECENT_SPANS",
    "RESPECTIVE_HEADS",
    "SCHOOL_ENDINGS",
    "SCORE_WORDS",
    "SINCE_FRAMES",
    "SINCE_WORDS",
    "SPEECH_VERBS",
    "SUBJECT_LEAD_WORDS",
    "SUBJECT_TAIL_WORDS",
    "TAIL_COMPOUNDS",
    "TARGET_CUES",
    "TARGET_DEADLINES",
    "TOPIC_LEADS",
    "TOPIC_NOUNS",
    "TOTAL_WORDS",
    "UNIT_NAMING_WORDS",
    "YEAR_LEADS",
    "YEAR_WORDS",
    "YEAR_WORD_COMPOUNDS",
    "Change",
    "alternation",
]



def alternation(*tables: tuple[Entry[object], ...]) -> str:
    """The words of some tables as one regex, each in every spelling of its characters (:func:`spellings`),
    written as a tree of their common beginnings: where several words match at a place, the longest does,
    as in an alternation longest first; a tree keeps the engine from trying every word at every place."""
    words_ = {x for t in tables for e in t for x in spellings(e.word)}
    return _tree(sorted(words_))


def _tree(words_: list[str]) -> str:
    """``words_`` (sorted, distinct, none empty) as a regex tree of their common beginnings."""
    groups: dict[str, list[str]] = {}
    for w in words_:
        groups.setdefault(w[0], []).append(w[1:])
    branches = []
    for first, rests in groups.items():
        ends_here = "" in rests
        longer = [r for r in rests if r]
        if not longer:
            branches.append(regex.escape(first))
            continue
        sub = _tree(longer)
        branches.append(regex.escape(first) + (f"(?:{sub})?" if ends_here else f"(?:{sub})" if "|" in sub else sub))
    return "|".join(branches)


_same = words


# --- what a figure measures (subjects) ---------------------------------------------------------------

# Words that open a clause and say nothing of what is counted.
SUBJECT_LEAD_WORDS: tuple[Entry[str], ...] = _same(
    "lead",
    ("其中", "其中小学8所"),
    ("此外", "此外新建学校3所"),
    ("另外", "另外新建学校3所"),
    ("同时", "同时新建学校3所"),
    ("目前", "目前建成学校5所"),
    ("现有", "现有教职工2173名"),
    ("截至目前", "截至目前建成学校5所"),
    ("截止目前", "截止目前建成学校5所"),
    ("全区", "全区建成学校5所"),
    ("全县", "全县建成学校5所"),
    ("全市", "全市建成学校5所"),
    ("我区", "我区建成学校5所"),
    ("我县", "我县建成学校5所"),
    ("我市", "我市建成学校5所"),
    ("区域内", "区域内建成学校5所"),
    ("累计", "累计建成学校5所"),
    ("共计", "共计建成学校5所"),
    ("合计", "合计建成学校5所"),
    ("共有", "共有公办学校20所"),
    ("共", "共建成学校5所"),
    ("现", "现建成学校5所"),
    ("并", "并建成学校5所"),
    ("另", "另建成学校5所"),
    ("已", "已建成学校5所"),
    ("均", "均建成学校5所"),
    ("还", "还建成学校5所"),
    ("首先", "首先建成学校5所"),
    ("其次", "其次建成学校5所"),
    ("最后", "最后建成学校5所"),
    ("今年", "今年建成学校5所"),
    ("去年", "去年建成学校5所"),
    ("上年", "上年建成学校5所"),
    ("前年", "前年建成学校5所"),
    ("当年", "当年建成学校5所"),
    ("全年", "全年建成学校5所"),
    ("相比", "相比建成学校5所"),
    ("较", "较上年的8000万元"),
    ("比", "比去年的8000万元"),
    ("由", "由37个减少至6个"),
    ("与", "与上年的8000万元"),
    ("的", "全县100人以下的小规模学校有12所"),
    ("力争", "力争公办园在园幼儿占比达到55%"),
    *((f"{n}是", f"{n}是建成学校5所") for n in "一二三四五六七八九十"),
)

# Real words that begin like a lead word: never cut (比例 is not 比 + 例, 现代化 is not 现 + 代化).
LEAD_COMPOUNDS: tuple[Entry[str], ...] = _same(
    "compound",
    ("比例", "示范学校26所,比例71%"),
    ("比重", "教育支出8亿元,比重20%"),
    ("比率", "教育支出8亿元,比率20%"),
    ("现代", "现代化示范校26所"),
    ("现场", "现场观摩会7场"),
    ("现行", "现行标准30项"),
    ("现状", "现状调查12次"),
    ("共青团", "共青团组织30个"),
    ("共享", "共享课程30门"),
    ("共同体", "共同体12个"),
    ("均衡", "均衡系数0.305"),
    ("较好", "较好等次20所"),
    ("由于", "由于疫情停课3天"),
    ("与会", "与会代表120人"),
    ("并联", "并联学校3所"),
    ("已有", "已有学校3所"),
)

# Words where 等 means a grade or a level, not "and so on" (中等职业教育, 二等奖).
DENG_WORDS: tuple[Entry[str], ...] = _same(
    "grade",
    ("中等", "生均支出分别为:中等职业教育6000元"),
    ("高等", "高等院校12所"),
    ("初等", "初等教育学校12所"),
    ("同等", "同等学力教师12名"),
    ("平等", "平等受教育权覆盖12所"),
    ("等级", "等级幼儿园22所"),
    ("等奖", "二等奖6人"),
    ("等次", "优秀等次8所"),
)

# Real words that end like a tail word: never cut (市下达 is not 市下 + 达).
TAIL_COMPOUNDS: tuple[Entry[str], ...] = _same(
    "compound",
    ("下达", "完成市下达任务30所"),
    ("到达", "到达现场人员30人"),
    ("送达", "送达通知书30份"),
    ("传达", "传达文件30份"),
    ("表达", "表达诉求30条"),
    ("通达", "通达学校30所"),
    ("保有", "保有学位3000个"),
    ("所有", "所有学校30所"),
    ("拥有", "拥有操场一个"),
    ("具有", "具有资格教师30名"),
)

# Words that end the subject just before the figure.
SUBJECT_TAIL_WORDS: tuple[Entry[str], ...] = _same(
    "tail",
    ("分别达到", "在校生分别达到3000人"),
    ("分别为", "招生计划分别为2590人"),
    ("分别是", "招生计划分别是2590人"),
    ("分别", "招生计划分别2590人"),
    ("达到了", "在校生达到了3000人"),
    ("实现", "公办园在园幼儿占比实现55%"),
    ("达到", "在校生达到3000人"),
    ("控制在", "班额控制在45人以内"),
    ("共计", "教师共计300人"),
    ("合计", "教师合计300人"),
    ("累计", "教师累计300人"),
    ("总计", "教师总计300人"),
    ("约为", "面积约为300平方米"),
    ("为", "在校生为3000人"),
    ("达", "在校生达3000人"),
    ("是", "在校生是3000人"),
    ("有", "学校有30所"),
    ("了", "招聘了30名教师"),
    ("共", "学校共30所"),
    ("约", "学校约30所"),
    ("近", "学校近30所"),
    ("超过", "学校超过30所"),
    ("等", "国博三小等5所"),
    ("从", "学校从5所"),
    ("由", "大班额由24个降至9个"),
    ("的", "占教育支出的20%"),
)

# "From … to …" verbs: the figure after them is the new value of the subject before.
CHANGE_TO_VERBS: tuple[Entry[str], ...] = _same(
    "change to",
    ("提高到", "标准从630元提高到1000元"),
    ("提升到", "占比从56%提升到61%"),
    ("增加到", "集团从5个增加到11个"),
    ("增长到", "学位从800个增长到900个"),
    ("下降到", "大班额从30个下降到6个"),
    ("压减至", "机构由312家压减至19家"),
    ("压减到", "机构由312家压减到19家"),
    ("降至", "大班额由37个降至6个"),
    ("降到", "大班额由37个降到6个"),
    ("减至", "大班额由37个减至6个"),
    ("减少至", "大班额由37个减少至6个"),
    ("减少到", "大班额由37个减少到6个"),
    ("减少为", "大班额由37个减少为6个"),
    ("下降至", "大班额由37个下降至6个"),
    ("增至", "学位由800个增至900个"),
    ("增加至", "学位由800个增加至900个"),
    ("提高至", "标准由630元提高至1000元"),
    ("提升至", "占比由56%提升至61%"),
    ("缩减至", "大班额由37个缩减至6个"),
    ("缩减为", "大班额由37个缩减为6个"),
    ("缩减到", "大班额由37个缩减到6个"),
    ("调整为", "标准由630元调整为1000元"),
    ("降低到", "比例由9%降低到6%"),
    ("变为", "标准由630元变为1000元"),
)

# Level words that label the items of a list (普通高中13033.07元, 初中为1:13.5).
LEVEL_WORDS: tuple[Entry[str], ...] = _same(
    "level",
    ("学前教育", "生均支出分别为:学前教育6000元"),
    ("学前", "生均支出分别为:学前6000元"),
    ("幼儿园", "生均支出分别为:幼儿园6000元"),
    ("公办幼儿园", "生均支出分别为:公办幼儿园6000元"),
    ("小学", "生均支出分别为:小学6000元"),
    ("普通小学", "生均支出分别为:普通小学6000元"),
    ("初中", "生均支出分别为:初中6000元"),
    ("普通初中", "生均支出分别为:普通初中6000元"),
    ("高中", "生均支出分别为:高中6000元"),
    ("普通高中", "生均支出分别为:普通高中6000元"),
    ("中职", "生均支出分别为:中职6000元"),
    ("中职学校", "生均支出分别为:中职学校6000元"),
    ("中等职业教育", "生均支出分别为:中等职业教育6000元"),
    ("中等职业学校", "生均支出分别为:中等职业学校6000元"),
    ("特殊教育", "生均支出分别为:特殊教育6000元"),
    ("特教", "生均支出分别为:特教6000元"),
    ("义务教育", "生均支出分别为:义务教育6000元"),
    ("九年一贯制学校", "生均支出分别为:九年一贯制学校6000元"),
    ("完全中学", "生均支出分别为:完全中学6000元"),
)

# Words that say what was done, not what was counted: the counted thing follows the figure.
GENERIC_VERBS: tuple[Entry[str], ...] = _same(
    "verb",
    *(
        (w, f"{w}738名教师参加培训")
        for w in (
            "组织",
            "完成",
            "聘任",
            "减免",
            "针对",
            "对",
            "为",
            "建",
            "开设",
            "下辖",
            "拥有",
            "有",
            "涵盖",
            "终止",
            "注销",
            "成立",
            "举办",
            "开展",
            "召开",
            "发放",
            "培训",
            "引进",
            "招聘",
            "安排",
            "配备",
            "新建",
            "建成",
            "创建",
            "建设",
            "评选",
            "表彰",
            "选派",
            "推送",
            "发出",
            "关停",
            "检查",
            "处理",
            "印发",
            "出台",
            "制定",
            "实现",
            "覆盖",
        )
    ),
)

# Verbs that open a list's item of named things (新建城北小学、改扩建澧阳中学等两所学校): kept before the kind the
# list's names are of, where the names are dropped.
NAMED_ITEM_VERBS: tuple[Entry[str], ...] = _same(
    "verb",
    *(
        (w, f"全县新建城北小学、{w}澧阳中学等两所学校")
        for w in ("新改扩建", "改扩建", "新建", "扩建", "改建", "建成", "创建", "规划", "认定", "命名")
    ),
)

# A long stretch before a figure with a thing counted after it: what was done to is the object after 对 (督导组对湖南省
# 申报的18个县进行了督导 -> 湖南省申报 + 县).
OBJECT_MARKERS: tuple[Entry[str], ...] = _same("object", ("对", "督导组对湖南省申报的18个县进行了督导检查"))

# Words that hold 对 and mark no object (对应, 结对): never cut there.
OBJECT_COMPOUNDS: tuple[Entry[str], ...] = _same(
    "compound",
    *(
        (w, f"所有区领导、督导组成员和专家{w}联系18个县")
        for w in ("对应", "对照", "对接", "对于", "对口", "对标", "对比", "对象", "结对", "面对", "相对", "绝对")
    ),
)

# Money verbs: with nothing after the figure, what was paid for follows in the next clause.
MONEY_VERBS: tuple[Entry[str], ...] = _same(
    "money verb",
    ("投入资金", "投入资金300万元,升级照明教室"),
    ("投入经费", "投入经费140万元,配齐艺术教室"),
    ("投入", "投入100万元,启动课程研发"),
    ("投资", "投资5.8亿元,新建中小学校"),
    ("拨付", "拨付80万元,改善食堂"),
    ("安排资金", "安排资金50万元,改造厕所"),
    ("筹措资金", "筹措资金60万元,购置图书"),
)

# Nouns that are an attribute of the figure before them (占比71%, 全年执行数2.2471亿元, 压减率93.9%).
ATTRIBUTES_OF_PREVIOUS: tuple[Entry[str], ...] = _same(
    "attribute",
    ("占", "示范学校26所,占71%"),
    ("占比", "示范学校26所,占比71%"),
    ("比例", "示范学校26所,比例71%"),
    ("比重", "教育支出8亿元,比重20%"),
    ("执行数", "公用经费2亿元,执行数2亿元"),
    ("增幅", "支出8亿元,增幅5%"),
    ("增速", "支出8亿元,增速5%"),
)

# What a plan sets, at the end of a figure's subject: the figures after it that say what was done (实际完成, 完成率,
# 执行数) are of the measure without it (覆盖率全年任务目标数是78.9%,实际已完成95.31% -> 覆盖率实际已完成).
PLAN_ATTRIBUTES: tuple[Entry[str], ...] = _same(
    "plan",
    *(
        (w, f"全县普惠性幼儿园覆盖率{w}是78.9%,实际已完成95.31%")
        for w in (
            "全年任务目标数", "年度任务目标数", "任务目标数", "目标任务数", "目标数", "任务数", "计划数", "预算数"
        )
    ),
)

# A score an item of an assessment gets (…。自评得8分): the score is of the item its line opens with (1.加强党对
# 教育工作的全面领导。…自评得8分 -> 加强党对教育工作的全面领导自评得分).
SCORE_WORDS: tuple[Entry[str], ...] = _same(
    "score",
    *(
        (w, f"1.加强党对教育工作的全面领导。坚持每季度专题研究教育工作。{w}8分")
        for w in ("自评得", "自评得分", "得分", "评分", "自评")
    ),
)

# Nouns that name projects: a project attribute after a count of them is theirs (争取教育基建项目97个,总投资15995万元).
PROJECT_NOUNS: tuple[Entry[str], ...] = _same(
    "project",
    *((w, f"全县争取教育基建{w}97个,总投资15995万元") for w in ("项目", "工程", "建设项目", "工程项目")),
)

# Nouns that are an attribute of the project the sentence opens with (总投资x万元, 规模9个班).
ATTRIBUTES_OF_PROJECT: tuple[Entry[str], ...] = _same(
    "project attribute",
    ("总投资", "教学楼建设项目,总投资3000万元"),
    ("总投入", "教学楼建设项目,总投入3000万元"),
    ("投资总额", "教学楼建设项目,投资总额3000万元"),
    ("规模", "幼儿园综合楼项目,规模9个班"),
    ("办学规模", "幼儿园综合楼项目,办学规模9个班"),
    ("设计规模", "幼儿园综合楼项目,设计规模9个班"),
    ("建筑面积", "幼儿园综合楼项目,建筑面积3000㎡"),
    ("总建筑面积", "幼儿园综合楼项目,总建筑面积3000㎡"),
    ("占地面积", "幼儿园综合楼项目,占地面积20亩"),
    ("总占地", "幼儿园综合楼项目,总占地20亩"),
)

# Nouns that name what a list of level-labelled amounts measures (小学从630元提高到1000元 under 公用经费标准).
TOPIC_NOUNS: tuple[Entry[str], ...] = _same(
    "topic",
    *(
        (w, f"调整{w};\n小学从630元提高到1000元")
        for w in (
            "经费",
            "支出",
            "标准",
            "定额",
            "比例",
            "生师比",
            "师生比",
            "工资",
            "学位",
            "班额",
            "入学率",
            "入园率",
            "巩固率",
            "覆盖率",
            "补助",
        )
    ),
)

# A head ending in a category noun takes the label in its place (幼儿园 under 公办学校 is 公办幼儿园).
CATEGORY_NOUNS: tuple[Entry[str], ...] = _same(
    "category",
    ("学校", "共有公办学校24所:幼儿园9所"),
    ("学校(园)", "共有公办学校(园)24所:幼儿园9所"),
    ("学校（园）", "共有公办学校（园）24所:幼儿园9所"),
    ("园所", "共有公办园所24所:幼儿园9所"),
    ("机构", "共有公办机构24所:幼儿园9所"),
    ("单位", "共有公办单位24所:幼儿园9所"),
)

# Endings of a label that names a kind of school (幼儿园, 中心校, 初中): under a head ending in a category
# noun it takes the category's place (共有公办学校24所:幼儿园9所 -> 公办幼儿园).
SCHOOL_ENDINGS: tuple[Entry[str], ...] = _same(
    "school",
    ("园", "共有公办学校24所:幼儿园9所"),
    ("校", "共有公办学校24所:中心校9所"),
    ("学", "共有公办学校24所:完小学9所"),
    ("中", "共有公办学校24所:完中9所"),
    ("所", "共有公办学校24所:托育所9所"),
    ("小", "共有公办学校24所:完小9所"),
    ("点", "共有公办学校24所:教学点9所"),
)

# Verbs of saying and learning: a colon after them opens what was said, not a list of labelled figures (记者从教育部
# 获悉:全国有2379个县…).
SPEECH_VERBS: tuple[Entry[str], ...] = _same(
    "speech",
    *(
        (w, f"记者从教育部{w}:全国有2379个县实现基本均衡")
        for w in ("获悉", "了解到", "介绍", "表示", "指出", "强调", "认为", "称", "说", "报道", "宣布", "通报")
    ),
)

# Words after the head a list of figures hangs from, which each figure's subject takes (生均公用经费分别为小学
# 800元、初中1000元: 小学生均公用经费, 初中生均公用经费); a colon may follow them.
RESPECTIVE_HEADS: tuple[Entry[str], ...] = _same(
    "respective",
    ("分别为", "全县生均公用经费分别为小学800元、初中1000元"),
    ("分别达到", "全县生均公用经费分别达到小学800元、初中1000元"),
    ("分别是", "全县生均公用经费分别是小学800元、初中1000元"),
)

# Words that open what a list of labelled figures hangs from (其中:小学…, 其中小学8所).
AMONG_WORDS: tuple[Entry[str], ...] = _same(
    "among",
    ("其中", "全县共有学校30所,其中:小学20所、初中10所"),
)

# What joins the items of a list of figures or of the things they count: 小学、初中生均经费分别为… (two
# figures run together), 提高2.3个、3.9个和6.1个百分点 (the last item's unit is all of theirs), 控制在12个班、
# 360人 (the list goes on under the same comparative).
LIST_JOINERS: tuple[Entry[str], ...] = _same(
    "joins a list",
    ("、", "小学、初中生均经费分别为1350016500元"),
    ("和", "小学和初中生均经费分别为1350016500元"),
    ("及", "小学及初中生均经费分别为1350016500元"),
    ("与", "小学与初中生均经费分别为1350016500元"),
)

# Words that make a figure the total of the list before it (访谈校长、教师、家长共156人).
TOTAL_WORDS: tuple[Entry[str], ...] = _same(
    "total",
    ("共", "访谈校长、教师、家长共156人"),
    ("合计", "访谈校长、教师、家长合计156人"),
    ("共计", "访谈校长、教师、家长共计156人"),
    ("总计", "访谈校长、教师、家长总计156人"),
)

# Words that open a clause naming a measure and are not part of its name (调整公用经费标准).
TOPIC_LEADS: tuple[Entry[str], ...] = _same(
    "topic lead",
    ("连续", "连续调整公用经费标准;\n小学从630元提高到1000元"),
    ("调整", "调整公用经费标准;\n小学从630元提高到1000元"),
    ("逐步", "逐步调整公用经费标准;\n小学从630元提高到1000元"),
    ("进一步", "进一步调整公用经费标准;\n小学从630元提高到1000元"),
)

# Words that end a head without naming what is counted (公用经费逐年增长:小学…); a rectification's field
# labels (整改目标：, 整改措施：…) label a line, they are no head of the figures on it.
HEAD_ENDINGS: tuple[Entry[str], ...] = _same(
    "not the head",
    *(
        (w, f"全县生均公用经费{w}:小学650元、初中850元")
        for w in (
            "逐年增长",
            "稳步增长",
            "持续增长",
            "逐年提高",
            "均比上年增长",
            "增长情况",
            "情况如下",
            "如下",
            "情况",
            "整改目标",
            "整改要求",
            "整改措施",
            "整改举措",
            "整改进展",
            "整改时限",
            "整改状态",
            "整改进度",
            "整改成效",
            "整改结果",
            "反馈问题",
            "存在问题",
        )
    ),
)

# --- how a figure is bounded (qualifiers and units from context) ----------------------------------------

# Comparatives that bound a figure only where its sentence states a norm (NORM_CUES): 规模一般控制在9个班
# is a ceiling, 大班额控制在5.78% an achieved value. They never tighten a qualifier the figure has.
NORM_QUALIFIERS: tuple[Entry[Qualifier], ...] = (Entry("控制在", Qualifier.AT_MOST, "规模一般控制在9个班"),)

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

# A money figure under these words is per student and per year (生均…支出分别为:小学650元).
PER_STUDENT_CUES: tuple[Entry[str], ...] = _same(
    "per student",
    ("生均", "生均公用经费分别为:小学650元"),
    ("按在校学生人数平均", "按在校学生人数平均的支出达到小学21551元"),
    ("在校学生人数平均", "在校学生人数平均的支出达到小学21551元"),
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

# --- what kind of figure it is ----------------------------------------------------------------------------

# 比上年 and its kin make the figure after them a change (同比增长8514万元).
COMPARISON_WORDS: tuple[Entry[str], ...] = _same(
    "comparison",
    ("同比上年", "同比上年增长0.92%"),
    ("同比", "同比增长8514万元"),
    ("比上年", "比上年增长7.21%"),
    ("较上年", "较上年增长7.21%"),
    ("比去年", "比去年增长7.21%"),
    ("较去年", "较去年增长7.21%"),
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
    ("争取", "争取覆盖率达到95%"),
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

# A deadline of this century before a figure makes it a target (到2025年…达到95%); a year after an as-of
# word (截止到2023年, 截至2023年) is no deadline.
TARGET_DEADLINES: tuple[PatternEntry, ...] = (
    PatternEntry(r"(?<!截止)到20\d\d年", "到2025年学前教育毛入园率达到95%"),
    PatternEntry(r"(?<!截)至20\d\d年", "至2025年学前教育毛入园率达到95%"),
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

# --- which year a figure belongs to ---------------------------------------------------------------------

# Year words and the year they name relative to the report's own (今年 = the report's year).
YEAR_WORDS: tuple[Entry[int], ...] = (
    Entry("今年", 0, "今年新开公办幼儿园16所"),
    Entry("本年", 0, "本年新开公办幼儿园16所"),
    Entry("当年", 0, "当年新开公办幼儿园16所"),
    Entry("全年", 0, "全年新开公办幼儿园16所"),
    Entry("去年", -1, "去年新开公办幼儿园16所"),
    Entry("上年", -1, "上年新开公办幼儿园16所"),
    Entry("前年", -2, "前年新开公办幼儿园16所"),
)

# Words that hold a year word and name no year (当前年度 is not 前年, 全年级 is not 全年).
YEAR_WORD_COMPOUNDS: tuple[Entry[str], ...] = _same(
    "no year",
    ("当前年度", "当前年度新开公办幼儿园16所"),
    ("以前年度", "以前年度结转资金16万元"),
    ("全年级", "全年级学生1600人"),
)

# After a year these give no single year: 2020年以来, 2020年及以前入学.
SINCE_WORDS: tuple[Entry[str], ...] = _same(
    "since",
    ("以来", "2020年以来新建学校15所"),
    ("至今", "2020年至今新建学校15所"),
    ("来", "2020年来新建学校15所"),
    ("及以前", "对2020年及以前入学的学生发放补助51万元"),
    ("以前", "对2020年以前入学的学生发放补助51万元"),
    ("及以后", "对2020年及以后入学的学生发放补助51万元"),
    ("以后", "对2020年以后入学的学生发放补助51万元"),
    ("前入学", "对2020年前入学的学生发放补助51万元"),
    ("后入学", "对2020年后入学的学生发放补助51万元"),
)

# Words around a year that make it a deadline: 到2025年, 2022年底前.
DEADLINE_BEFORE: tuple[Entry[str], ...] = _same(
    "deadline",
    ("到", "到2025年新建学校3所"),
    ("至", "至2025年新建学校3所"),
    ("于", "于2025年新建学校3所"),
    ("在", "在2025年新建学校3所"),
    ("计划", "计划2025年新建学校3所"),
    ("力争", "力争2025年新建学校3所"),
    ("争取", "争取2025年新建学校3所"),
    ("预计", "预计2025年新建学校3所"),
)
DEADLINE_AFTER: tuple[Entry[str], ...] = _same(
    "deadline",
    ("年底前", "2025年年底前新建学校3所"),
    ("底前", "2025年底前新建学校3所"),
    ("前", "2025年前新建学校3所"),
    ("底", "2025年底新建学校3所"),
    ("末", "2025年末新建学校3所"),
)

# Words before a year that make it a date things stand as of, not a deadline (截至2023年底,全县共有…).
AS_OF_WORDS: tuple[Entry[str], ...] = _same(
    "as of",
    ("截至", "截至2023年底,全县共有学校20所"),
    ("截止", "截止2023年底,全县共有学校20所"),
    ("截止到", "截止到2023年底,全县共有学校20所"),
)

# Words that may open a sentence before its year: the year then speaks for the whole sentence
# (在2019年,全县新建学校3所,…), unless it is the year of a compared value (从2019年的…, see BASE_WORDS).
# A point's number (一是, 二是) may stand there too, and a news item's lead-in (据了解, …), with its comma.
YEAR_LEADS: tuple[Entry[str], ...] = _same(
    "year lead",
    *(
        (w, f"{w}2019年,全县新建学校3所,2018年为2所,改扩建学校5所")
        for w in ("自", "在", "从", "截至", "截止", "到", "至")
    ),
    *(
        (w, f"{w},2019年,全县新建学校3所,2018年为2所,改扩建学校5所")
        for w in ("据了解", "据悉", "据统计", "据介绍", "另据统计")
    ),
)

# A year opened by one of these words and closed by the other gives no single year: 自2013年启动评估以来.
SINCE_FRAMES: tuple[Entry[str], ...] = (
    Entry("自", "以来", "自2013年启动评估以来,全县新建学校15所"),
    Entry("从", "以来", "从2013年实施改薄工程以来,全县新建学校15所"),
)

# Spans of recent years up to the report's time: a figure under them has no single year (近5年累计建成学校
# 30所). A digit or numeral stands for the number of years. (Each pattern opens with a word, not a class:
# the engine then finds its places fast.)
RECENT_SPANS: tuple[PatternEntry, ...] = (
    PatternEntry(r"近[0-9一二两三四五六七八九十几]{1,2}年", "2020年,全县稳步推进。近5年累计建成学校30所", ("近",)),
    PatternEntry(
        r"年来(?<=[0-9一二两三四五六七八九十几多]年来)(?<![0-9][0-9]年来)",  # (2019年来 is a year's since)
        "2020年,全县稳步推进。五年来累计建成学校30所",
        ("年来",),
    ),
)

# Header cells of a table's change column: it takes the year of the column before it.
CHANGE_COLUMNS: tuple[Entry[str], ...] = _same(
    "change column",
    *((w, f"指标 2021年 2022年 {w}\n学校数 30 32 2") for w in ("增减", "增幅", "增长", "同比", "变化", "增长率")),
)

# Words before figures run together (分别为:120013501480) that make them counts of people.
PEOPLE_COUNT_WORDS: tuple[Entry[str], ...] = _same(
    "people",
    ("人数", "2018-2020年,入学人数分别为:120013501480。"),
)

# Words before a year that make it the year of a compared value only: 较2021年的8.87亿元.
BASE_WORDS: tuple[Entry[str], ...] = _same(
    "base",
    ("较", "较2021年的8.87亿元"),
    ("比", "比2021年的8.87亿元"),
    ("由", "由2021年的312家"),
    ("从", "从2019年的56.91%"),
    ("与", "与2021年的8.87亿元"),
    ("相比", "相比2021年的8.87亿元"),
    ("同比", "同比2021年的8.87亿元"),
)

# A clause that speaks of the present does not take an earlier year (现全区等级园18所).
PRESENT_WORDS: tuple[Entry[str], ...] = _same(
    "present",
    ("现", "2018年,出台计划。现全区建成学校22所"),
    ("现有", "2018年,出台计划。现有学校22所"),
    ("目前", "2018年,出台计划。目前建成学校22所"),
    ("截至目前", "2018年,出台计划。截至目前建成学校22所"),
    ("截止目前", "2018年,出台计划。截止目前建成学校22所"),
    ("至今", "2018年,出台计划。至今建成学校22所"),
)

# A threshold stated in the negative has no year (没有出现66人及以上的超大班额).
NEGATION_WORDS: tuple[Entry[str], ...] = _same(
    "negation",
    ("没有", "没有出现66人及以上的超大班额"),
    ("无", "无66人及以上的超大班额"),
    ("未", "未出现66人及以上超大班额"),
    ("不", "不出现66人及以上超大班额"),
)
