"""The words around a figure that tell what it measures: its subject.

One table per role, each entry with an example phrase; ``tests/lang/test_figures_tables.py`` parses
every example and checks that the entry does what its table says. The subject reader
(:mod:`dutyreport.indicators.subjects`) compiles its patterns from these tables, and the indicator
stage (:mod:`dutyreport.indicators.build`) reads a few of them again (其中, the verbs before a counted
thing, the joiners of a list); neither spells a word out again. How a figure is bounded and what kind
it is are in :mod:`dutyreport.lang.figures`, which year it belongs to in
:mod:`dutyreport.lang.figure_years`, what money paid for in :mod:`dutyreport.lang.paid_for`.
"""

from __future__ import annotations

from .audit import RESPECTIVELY
from .entry import Entry, words
from .metadata import ADDRESS_PRONOUNS

__all__ = [
    "ADVERB_COMPOUNDS",
    "ADVERB_ENDS",
    "AMONG_WORDS",
    "ATTRIBUTES_OF_PREVIOUS",
    "ATTRIBUTES_OF_PROJECT",
    "CATEGORY_NOUNS",
    "CHANGE_TO_VERBS",
    "DENG_WORDS",
    "DISTRIBUTIVE_WORDS",
    "DIVIDE_VERBS",
    "GENERIC_VERBS",
    "GROUP_WORDS",
    "HEAD_ENDINGS",
    "HIGHER_SCOPE_LEADS",
    "JOINER_COMPOUNDS",
    "LEAD_COMPOUNDS",
    "LEVEL_LINKS",
    "LEVEL_WORDS",
    "LINKING_ENDS",
    "LIST_JOINERS",
    "MONEY_VERBS",
    "NAMED_ITEM_VERBS",
    "OBJECT_COMPOUNDS",
    "OBJECT_MARKERS",
    "PLAN_ATTRIBUTES",
    "PROJECT_NOUNS",
    "RELATIVE_LEADS",
    "RESPECTIVE_HEADS",
    "RESPECTIVE_LINKS",
    "RESPECTIVE_OPENING",
    "SCHOOL_ENDINGS",
    "SCORE_WORDS",
    "SHARE_VERBS",
    "SPEECH_VERBS",
    "STATED_OBJECT_VERBS",
    "SUBJECT_LEAD_WORDS",
    "SUBJECT_TAIL_WORDS",
    "TAIL_COMPOUNDS",
    "TOPIC_LEADS",
    "TOPIC_NOUNS",
    "TOTAL_HEAD_MARKS",
    "TOTAL_WORDS",
]

_same = words

# Words that open a clause and say nothing of what is counted.
SUBJECT_LEAD_WORDS: tuple[Entry[str], ...] = _same(
    "lead",
    ("其中", "其中小学8所"),
    ("此外", "此外新建学校3所"),
    ("要求", "要求公办园在园幼儿占比达到55%"),
    ("提出", "提出公办园在园幼儿占比达到55%"),
    ("含", "小学260所(含教学点90个)"),
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
    ("该县", "该县建成学校5所"),
    ("该区", "该区建成学校5所"),
    ("该市", "该市建成学校5所"),
    ("本县", "本县建成学校5所"),
    ("本区", "本区建成学校5所"),
    ("本市", "本市建成学校5所"),
    ("我县", "我县建成学校5所"),
    ("我市", "我市建成学校5所"),
    ("我省", "我省建成学校5所"),
    ("我国", "我国建成学校5所"),
    # a notice's words to the government it is about (督导反馈意见: 你县共有学校45所)
    *((e.word, f"{e.word}建成学校5所") for e in ADDRESS_PRONOUNS),
    # a town's or a school's own report (乡镇 and school self-assessments)
    *(
        (w, f"{w}建成教学楼2栋")
        for w in ("全乡", "全镇", "全校", "我乡", "我镇", "我校", "本乡", "本镇", "本校", "该乡", "该镇", "该校")
    ),
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
    ("又有", "又有学校5所通过认定"),
    ("尚有", "尚有学校5所未通过认定"),
    ("也有", "也有学校5所未通过认定"),
    ("仍有", "仍有学校5所未通过认定"),
    ("有", "全县有小学260所"),
    ("首先", "首先建成学校5所"),
    ("其次", "其次建成学校5所"),
    ("最后", "最后建成学校5所"),
    ("今年", "今年建成学校5所"),
    ("去年", "去年建成学校5所"),
    ("上年度", "上年度建成学校5所"),
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

# Scopes above a county's that open a clause as 全县 does only before another lead word or no word at all
# (全省又有42个县, 全国累计…, 全省42个县): right before a noun they are the level of an honour or a title it names
# (全国文明校园, 全省特色学校), a word of the subject. The value is such a noun's example.
HIGHER_SCOPE_LEADS: tuple[Entry[str], ...] = (
    Entry("全省", "全省示范幼儿园12所", "全省又有42个县通过认定"),
    Entry("全国", "全国文明校园3所", "全国累计建成学校5所"),
)

# Lead words that are a word of the subject where a 的 closes, before the figure, the clause they open (有专职
# 心理健康教师的学校45所: the schools that have one); with no 的 after them (全县有小学260所) they are leads.
RELATIVE_LEADS: tuple[Entry[str], ...] = _same("relative", ("有", "全县有寄宿生的学校12所"))

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
    ("有偿", "有偿补课教师3人"),
    ("有效", "有效学位3000个"),
    ("有关", "有关部门12个"),
    ("有序", "有序流动教师120名"),
    ("有机", "有机融合课程12门"),
    ("有线", "有线电视网络覆盖学校30所"),
    ("有所", "有所提高的学校30所"),
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

# Words after a list of names that give every name the figure after them (职业中专、特殊教育学校各1所: one of
# each): the whole list is what the figure counts, not its last name, nor a label under a head.
DISTRIBUTIVE_WORDS: tuple[Entry[str], ...] = _same(
    "distributive",
    ("各", "全县共有学校40所,其中小学30所,职业中专、特殊教育学校各1所"),
    # (均, 都 and the verb that reaches the figure: every name of the list reached it)
    *((w, f"全县小学入学率、巩固率{w}100%") for w in ("均达", "均为", "均达到", "均保持", "都达到", "均已达到")),
)

# Verbs that divide people into a count of groups right before it (分3组对全县学校开展检查, 分成4个检查组): the figure
# counts the groups, and the subject is the words before it with the group (…分组, …分检查组), not what the groups go
# on to do. The group is a GROUP_WORDS word: the figure's measure word (3组) or the noun after 个 that ends with one
# (十个检查组).
DIVIDE_VERBS: tuple[Entry[str], ...] = _same(
    "divide",
    ("分", "市督导组分3组对全县学校开展检查"),
    ("分成", "县教育局分成4个检查组深入各乡镇学校"),
    ("分为", "参训教师分为2批赴省城跟岗学习"),
)
GROUP_WORDS: tuple[Entry[str], ...] = _same(
    "group",
    ("组", "督导人员分两组对城区学校进行暗访"),
    ("批", "全县新任教师分3批参加岗前培训"),
    ("队", "志愿者分成5个宣讲队深入各村开展控辍保学宣传"),
)

# Words that tie the thing a figure counts to a noun after it (15个市的210个县: the cities of 210 counties): no
# word a subject ends with.
LINKING_ENDS: tuple[Entry[str], ...] = _same("links", ("的", "全省共有15个市的210个县通过认定"))

# Adverbs between a subject and the word before its figure (联网率均为100%, 占比一直保持在61%, 入学率近三年来
# 分别为…): the subject does not end with them.
ADVERB_ENDS: tuple[Entry[str], ...] = _same(
    "adverb",
    ("均", "视频监控联网率均为100%"),
    ("都", "小学入学率都为100%"),
    ("一直", "巩固率一直保持在99.5%以上"),
    ("首次", "全县教育总投入首次突破30亿元"),
    *(
        (w, f"小学入学率{w}分别为99.1%、99.4%、99.6%")
        for w in ("近三年来", "近三年", "近几年来", "近几年", "近年来", "多年来")
    ),
)

# Real words that end like an adverb above: never cut (小学校均850人, 班额平均45人, 驻首都高校).
ADVERB_COMPOUNDS: tuple[Entry[str], ...] = _same(
    "compound",
    *((w, f"全县小学{w}为850人") for w in ("校均", "班均", "户均", "平均", "年均", "月均", "日均")),
    ("人均", "全县教师工资，人均达到9.8万元"),
    ("生均", "全县小学公用经费，生均达到800元"),
    ("首都", "全县学生赴首都12次"),
    ("成都", "全县学生赴成都12次"),
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
    ("高达", "教育总投入高达7.9亿元"),
    ("多达", "参训教师多达3200人"),
    ("仅为", "辍学学生仅为3人"),
    ("仅", "辍学学生仅3人"),
    ("保持在", "教育支出占比保持在18%以上"),
    ("稳定在", "巩固率稳定在99.5%"),
    ("维持在", "巩固率维持在99.5%"),
    ("始终", "巩固率始终99.5%以上"),
    ("已经", "覆盖率已经达到88%"),
    ("已", "覆盖率已达到88%"),
    ("要达到", "毛入学率要达到96%"),
    ("要达", "毛入学率要达96%"),
    ("了", "招聘了30名教师"),
    ("共", "学校共30所"),
    ("大约", "学校大约30所"),
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
    ("上升到", "毛入园率由61%上升到83.5%"),
    ("上升至", "覆盖率由72%上升至90.4%"),
    ("提高为", "巩固率由95.1%提高为97.6%"),
    ("提升为", "占比由56%提升为61%"),
    ("增加为", "学位由800个增加为900个"),
    ("下降为", "大班额由37个下降为6个"),
    ("降低至", "大班额比例由8.2%降低至3.1%"),
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
    ("增长至", "经费从10.9亿元增长至11.6亿元"),
    ("增长为", "学位由800个增长为900个"),
    ("上升为", "覆盖率由72%上升为90.4%"),
    ("扩大到", "规模从12个班扩大到18个班"),
    ("扩大至", "规模由12个班扩大至18个班"),
    ("缩小到", "差异系数从0.52缩小到0.41"),
    ("缩小至", "差异系数由0.52缩小至0.41"),
    ("攀升至", "普惠率由60%攀升至85%"),
    ("压缩至", "机构由312家压缩至19家"),
    ("降低为", "比例由9%降低为6%"),
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

# Verbs of a share whose base follows them (占全县教师总数的37.5%): the share is one of what the figure before counts,
# as a bare 占 is (ATTRIBUTES_OF_PREVIOUS), and keeps its base (乡村教师占全县教师总数).
SHARE_VERBS: tuple[Entry[str], ...] = _same(
    "share of a base",
    ("占", "全县乡村教师1200人,占全县教师总数的37.5%"),
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

# A score an item of an assessment gets (…。自评得8分), or the most it can get (满分10分): the score is of the item
# its line opens with (1.加强党对教育工作的全面领导。…自评得8分 -> 加强党对教育工作的全面领导自评得分).
SCORE_WORDS: tuple[Entry[str], ...] = _same(
    "score",
    *(
        (w, f"1.加强党对教育工作的全面领导。坚持每季度专题研究教育工作。{w}8分")
        for w in ("自评得", "自评得分", "得分", "评分", "自评", "满分", "标准分", "分值")
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
# What every head above opens with (分别: the figures or names after it go one by one with those before it, the
# audit's word for it); a text without it holds no such head (a test holds every head to it).
RESPECTIVE_OPENING: str = RESPECTIVELY.pattern

# Words between 分别 and the first of a list of figures that pair one by one with the names listed before 分别
# (小学、初中生均公用经费分别为720元、940元: 小学生均公用经费 720元, 初中生均公用经费 940元).
RESPECTIVE_LINKS: tuple[Entry[str], ...] = _same(
    "respective link",
    ("为", "全县小学、初中生均公用经费分别为720元、940元"),
    ("是", "全县小学、初中生均公用经费分别是720元、940元"),
    ("达到", "全县小学、初中生均公用经费分别达到720元、940元"),
    ("达", "全县小学、初中生均公用经费分别达720元、940元"),
    ("有", "全县小学、初中教学班分别有210个、96个"),
    ("按", "全县小学、初中生均公用经费分别按每生每年720元、940元拨付"),
    ("约为", "全县小学、初中生均公用经费分别约为720元、940元"),
)

# Verbs that, alone before a later figure of a sentence, leave out the object they had before in it: the figure
# is of that object (全县新建公办幼儿园6所,其中城区新建4所: 城区新建公办幼儿园).
STATED_OBJECT_VERBS: tuple[Entry[str], ...] = _same(
    "verb with its object stated before",
    ("投入", "全县累计投入薄弱学校改造资金2.15亿元，其中2022年投入6800万元"),
    ("投资", "全县投资校舍建设工程3.2亿元，其中城区投资1.1亿元"),
    ("征收", "全县足额征收教育费附加，全年征收2.37亿元"),
    ("招聘", "全县公开招聘特岗教师135人，今年招聘52人"),
    ("新建", "全县新建公办幼儿园6所，其中城区新建4所"),
    ("改扩建", "全县改扩建农村寄宿制学校12所，其中今年改扩建5所"),
    ("拨付", "全县拨付学生资助资金3200万元，其中上半年拨付1800万元"),
    ("发放", "全县发放乡村教师生活补助1860万元，其中今年发放640万元"),
    ("安排", "全县安排教育专项资金9000万元，其中今年安排3000万元"),
    ("补充", "全县补充紧缺学科教师86人，其中今年补充30人"),
    ("培训", "全县培训骨干教师1200人次，其中今年培训450人次"),
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

# Real words that end like a joiner of a list: never read as one (惠及3000名学生 is no list ending in 及).
JOINER_COMPOUNDS: tuple[Entry[str], ...] = _same(
    "compound",
    *(
        (w, f"该项目{w}1387名乡村教师")
        for w in ("普及", "涉及", "惠及", "波及", "顾及", "危及", "触及", "参与", "给与")
    ),
)

# Words that make a figure the total of the list before it (访谈校长、教师、家长共156人).
TOTAL_WORDS: tuple[Entry[str], ...] = _same(
    "total",
    ("共", "访谈校长、教师、家长共156人"),
    ("合计", "访谈校长、教师、家长合计156人"),
    ("共计", "访谈校长、教师、家长共计156人"),
    ("总计", "访谈校长、教师、家长总计156人"),
)

# Words after the head of a list of figures that a total closes (改造经费为校舍改造80万元、操场改造40万元,合计
# 120万元): the total is the head's (改造经费合计); a list without one is totalled by its items (新建小学3所、
# 初中2所,共计5所: 新建小学、初中共计).
TOTAL_HEAD_MARKS: tuple[Entry[str], ...] = _same(
    "head of a totalled list",
    *(
        (w, f"全县教育经费{w}事业费300万元、基建经费200万元,合计500万元")
        for w in ("为", "包括", "包含", "分别为", "：", ":")
    ),
)

# Words that link a level to its amount in a list of standards stated per unit for its first level (小学每生1000元,
# 初中为1250元): the later amount is the same standard for its level. A total's words (合计, 累计) are none of them.
LEVEL_LINKS: tuple[Entry[str], ...] = _same(
    "level link",
    ("为", "补助标准为小学每生1000元,初中为1250元"),
    ("是", "补助标准为小学每生1000元,初中是1250元"),
    ("达到", "补助标准达到小学每生1000元,初中达到1250元"),
    ("提高到", "补助标准提高到小学每生1000元,初中提高到1250元"),
    ("提高至", "补助标准提高至小学每生1000元,初中提高至1250元"),
    ("调整为", "补助标准调整为小学每生1000元,初中调整为1250元"),
    ("达", "补助标准达小学每生1000元,初中达1250元"),
    ("增至", "补助标准增至小学每生1000元,初中增至1250元"),
    ("增加到", "补助标准增加到小学每生1000元,初中增加到1250元"),
    ("调至", "补助标准调至小学每生1000元,初中调至1250元"),
    ("调整到", "补助标准调整到小学每生1000元,初中调整到1250元"),
    ("提高为", "补助标准提高为小学每生1000元,初中提高为1250元"),
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
            "问题表现",
            "主要表现",
            "具体表现",
        )
    ),
)
