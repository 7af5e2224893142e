"""The words of what a report admits and promises: problem and plan headings, admissions, the labelled
lines of a rectification, status words, comparators, goal cues and deadlines.

Every entry carries an example phrase; ``tests/lang/test_findings_tables.py`` reads each example with the
entry's pattern (and, where it names one, checks the stage reads it as the entry says).
"""

from __future__ import annotations

import regex

from ..model.report import Comparator, Status
from .entry import Entry as WordEntry
from .entry import PatternEntry, words
from .figures import STRIVE, STRIVING
from .headings import OUTLINE_NUMERALS
from .script import alternation
from .subjects import LIST_JOINERS

__all__ = [
    "ADDRESSED_LEADS",
    "ADMISSIONS",
    "ANNOUNCED_ITEM_MARKS",
    "ANSWERED_PROBLEM",
    "COMPARATOR_WORDS",
    "DEADLINES",
    "DETAIL_LEADS",
    "FIELD_LABELS",
    "GOAL_DEADLINE_WORDS",
    "INLINE_MARKERS",
    "ITEM_LEADS",
    "JOINER_LEADS",
    "LABELLED_NUMBER",
    "LAG_WORDS",
    "MEASURE_CONNECTIVES",
    "MEASURE_LEADS",
    "MEASURE_VERBS",
    "MEASURE_VERB_LEADS",
    "NEGATIONS",
    "PROBLEM_BLOCK",
    "PROBLEM_HEADINGS",
    "PROBLEM_HEADING_LABEL",
    "PROBLEM_LABEL",
    "PROBLEM_LIST_CUE",
    "PROBLEM_REFERENCES",
    "RECTIFICATION_PART_HEADINGS",
    "SOLVING_VERBS",
    "STATUS_WORDS",
    "TARGET_CUES",
]

Entry = PatternEntry  # one row of a table below: a regex and a phrase it must read

# Headings of a section that lists the report's shortcomings.
PROBLEM_HEADINGS: tuple[Entry, ...] = (
    Entry(r"存在的?(?:主要)?问题", "五、存在的问题"),
    Entry(r"问题(?:与|和|及)不足", "三、问题与不足"),
    Entry(r"困难(?:与|和|及)问题", "四、困难和问题"),
    Entry(r"不足(?:之处|与问题)", "四、不足之处"),
    Entry(r"存在的?(?:不足|短板|困难)", "三、存在的不足"),
    Entry(r"存在的?(?:主要)?差距", "二、存在的主要差距"),
    # (not the national programme's name: 义务教育薄弱环节改善与能力提升项目 is a project, no admission)
    Entry(r"薄弱环节(?!改善|改造)", "三、薄弱环节"),
    # (a heading that ends with them: 针对主要问题采取的措施 names what its measures answer)
    Entry(r"主要问题[:：]?$", "三、督导发现的主要问题"),
    Entry(r"(?:问题|不足|差距|短板)(?:与|和|及)(?:不足|差距|困难|短板|弱项)", "三、差距与不足"),
    Entry(r"短板弱项", "三、短板弱项"),
    Entry(r"工作中的?不足", "三、工作中的不足"),
)

# Headings of the part of a report that answers an earlier inspection.
RECTIFICATION_PART_HEADINGS: tuple[Entry, ...] = (
    Entry(r"整改", "二、整改情况"),
    Entry(r"反馈(?:意见|问题)", "五、督导反馈意见落实情况"),
)

# A problem block: ``关于"X"问题`` (X is the problem as the inspectors wrote it), ``针对"X"问题的整改``, ``"X"问题整改
# 情况`` (quoted: without 关于 or 针对, an unquoted X问题 is no block), ``关于"X"方面的问题``, ``…问题整改落实情况``.
PROBLEM_BLOCK = Entry(
    r"^(?:(?:关于|针对)[“\"'‘「]?|[“\"'‘「])(?P<p>.+?)[”\"'’」]?(?:方面)?(?:的)?问题"
    r"(?:的)?(?:整改(?:落实|推进)?(?:情况|进展)?)?$",
    "关于“学校布局规划调整滞后”问题",
)

# Words that deny what follows them in their clause: a clause that holds one before its problem word admits nothing
# (``城乡学校办学条件已不存在明显差距``, ``全年未出现项目进展缓慢``).
NEGATIONS: tuple[Entry, ...] = (
    Entry(r"不(?=存在)", "城乡学校办学条件已不存在明显差距"),
    Entry(r"不再", "各校不再存在较大差距"),
    Entry(r"未(?:出现|发生|发现|有(?!效))", "全年未出现项目进展缓慢"),  # (未有效, 未见成效: what failed)
    Entry(r"没有", "各乡镇没有出现重视不够"),
    Entry(r"(?:并|已|均|再)无", "各校均无进度缓慢的情况"),
    Entry(r"避免", "各校避免出现推进缓慢"),
    Entry(r"防止", "各地防止出现进展滞后"),
)
# Words that open a clause whose rest names what a measure is aimed at, no admission (``对仍有违规收费现象的学校予以
# 通报``, ``针对进展缓慢的项目``).
ADDRESSED_LEADS: tuple[Entry, ...] = (
    Entry(r"对(?:于)?(?=[^，,。；;：:\s“”]*的)", "对仍有违规收费现象的学校予以通报"),
    Entry(r"针对", "针对仍有有偿补课现象的学校"),
)
# The words that end a finding stated as a clause (the last admission below): work that lags, a gap against what
# was reported, an attitude. They are the admission's pattern (an alternation in this order) and the words every
# match of it holds (tried where they stand), one table for both.
LAG_WORDS: tuple[WordEntry[str], ...] = words(
    "lag",
    ("进展缓慢", "部分乡镇学校食堂改造进展缓慢"),
    ("进度缓慢", "部分学校食堂改造进度缓慢"),
    ("推进缓慢", "个别项目推进缓慢"),
    ("进展滞后", "部分校舍维修进展滞后"),
    ("存在较大差距", "填报数据与核实结果存在较大差距"),
    ("存在明显差距", "上报数据与实际情况存在明显差距"),
    ("存在一定差距", "部分指标与标准存在一定差距"),
    ("重视程度不够", "部分学校负责人重视程度不够"),
    ("重视不够", "个别乡镇对控辍保学重视不够"),
    ("认识不清", "部分学校对填报口径认识不清"),
)
# Words that open a joiner of :data:`~dutyreport.lang.subjects.LIST_JOINERS` into a longer one (以及: 以 before
# 及): in a list a sentence states the problems lie in (``问题主要表现在：A、B以及C``), the item before the joiner
# ends before them.
JOINER_LEADS: tuple[WordEntry[str], ...] = words(
    "opens a joiner",
    ("以", "问题主要表现在：功能室不足、校舍老旧以及教师缺编"),
)
_JOINS = alternation(LIST_JOINERS)
_LAGS = "|".join(regex.escape(e.word) for e in LAG_WORDS)
_PERSISTS = "现象"  # (仍有漏填现象: a practice that persists)
_DENIALS = "|".join(e.pattern for e in NEGATIONS)
_ADDRESSED = "(?!" + "|".join(e.pattern for e in ADDRESSED_LEADS) + ")"

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
        ("矛盾",),
    ),
    Entry(
        r"在(?P<one>[^，,。；;、\s]{2,16}?(?:日益|十分|较为|仍然|依然)?(?:紧缺|短缺|不足|薄弱|滞后|偏低|不高))的(?:背景|情况|形势)下",
        "在教师编制持续不足的形势下",
        ("的背景下", "的情况下", "的形势下"),
    ),
    Entry(
        # (a topic is no shortcoming: 民生问题, 热点难点问题, 历史遗留问题)
        r"(?:解决|化解|破解|缓解)了?(?P<one>(?:(?!的|和|等|主要|相关|实际|重大|重点|各类|困难|民生|群众|热点|难点|遗留|上述"
        r"|这些|以上|关键|根本|具体)[^，,。；;、\s“”]){2,12}?)问题",
        "着力化解城区学校超员问题",
    ),
    Entry(
        r"(?P<one>(?:[^，,。；;、\s“”]{2,8}?(?:难|贵|远))(?:、[^，,。；;、\s“”]{2,8}?(?:难|贵|远))+)问题",
        "入园难、入园贵问题",
        ("难问题", "贵问题", "远问题"),
    ),
    # an inspection's finding stated as a clause: work that lags (进展缓慢), a gap against what was reported
    # (存在较大差距), an attitude (重视程度不够, 认识不清), a practice that persists (仍有漏填现象); never a clause
    # that tells of the gap closed (缩小了…差距, 解决了…进展缓慢的问题)
    Entry(
        r"(?<=^|[，,。；;：:\s])(?P<one>" + _ADDRESSED + r"(?:(?!解决|缩小|消除|克服|扭转|改变|" + _DENIALS
        + r")[^，,。；;：:\s“”]){2,30}?"
        r"(?:" + _LAGS + r")"
        r"|" + _ADDRESSED + r"(?:(?!解决|消除|克服|杜绝|" + _DENIALS
        + r")[^，,。；;：:\s“”]){0,20}?(?:仍然|依然|仍)还?有[^，,。；;：:\s]{1,10}?" + _PERSISTS + ")",
        "部分乡镇学校食堂改造进展缓慢",
        (*(e.word for e in LAG_WORDS), _PERSISTS),  # (the words whole: each is tried where it stands)
    ),
    # a sentence stating where the problems lie, as a list (``存在的问题主要集中在A、B、C等方面``,
    # ``问题主要表现在：A、B和C``): group ``series`` holds items separated by 、 and by the words of
    # lang.subjects.LIST_JOINERS
    Entry(
        r"(?:问题|不足|短板|差距)(?:主要)?(?:集中|表现|体现)(?:在|为|于)[:：]?"
        r"(?P<series>[^。；;！!？?：:\n]{2,100}?(?:" + _JOINS + r")[^。；;！!？?：:\n]{2,100}?)"
        r"(?=等(?:方面|问题)|[。；;！!？?\n]|$)",
        "存在的问题主要集中在乡村学校功能室不足、城区学校大班额仍未消除、教师结构性缺编等方面",
        tuple(f"{a}{b}" for a in ("集中", "表现", "体现") for b in ("在", "为", "于")),
    ),
    Entry(
        r"(?:直至|直到)(?P<one>[^，,。；;\s]{4,30}?(?:达到|达标)[^，,。；;\s]{0,12})",
        "直到乡村小学音乐教师配备达标",
    ),
)

# A problem a rectification answers in the sentence that tells its measures (``一是针对“X”的问题，…``,
# ``针对X的问题，…``, ``关于“X”的问题：…``): X is the problem (group ``q`` quoted, ``p`` not), the clauses after it
# up to the next item its measures. Any quote mark may open or close X: a scraped page swaps them ('X“).
ANSWERED_PROBLEM = Entry(
    r"(?:针对|关于)(?:[“”\"'‘’「『](?P<q>[^“”\"'‘’「」『』。；;\n]{2,40}?)[“”\"'‘’」』](?:方面)?的?"
    r"|(?P<p>[^，,。；;：:、\s“”\"]{2,30}?)(?:方面)?的)问题[，,：:]",
    "一是针对“城区学位供给紧张”的问题，新建小学2所。二是针对“教师编制不足”的问题，招聘教师60名。",
)
# Words that make the X of an unquoted ``针对X的问题`` a reference to problems named elsewhere (上述, 检查发现的 …),
# not a problem itself.
PROBLEM_REFERENCES: tuple[WordEntry[str], ...] = words(
    "reference",
    ("上述", "针对上述的问题，县政府召开专题会议"),
    ("以上", "针对以上方面的问题，逐项制定措施"),
    ("这些", "针对这些方面的问题，县教育局建立台账"),
    ("此类", "针对此类的问题，全面开展排查"),
    ("发现", "针对检查发现的问题，县政府召开专题会议"),
    ("反馈", "针对督导组反馈的问题，县政府召开专题会议"),
    ("指出", "针对评估组指出的问题，逐项制定措施"),
    ("提出", "针对督导报告提出的问题，逐项制定措施"),
    ("反映", "针对群众反映的问题，逐项制定措施"),
    ("存在", "针对存在的问题，县教育局建立台账"),
    ("查摆", "针对自查查摆的问题，县教育局建立台账"),
    ("关心", "针对群众关心的问题，逐项制定措施"),
    ("关注", "针对社会关注的问题，逐项制定措施"),
)

# A sentence announcing a numbered list of shortcomings inside a paragraph (``自查后认为仍存在以下问题：1、…；2、…。``,
# ``指出了三点不足：一是…；二是…。``): the items that follow it, numbered 1, 2, 3 … by one of ANNOUNCED_ITEM_MARKS,
# are problems.
PROBLEM_LIST_CUE = Entry(
    r"(?:以下|如下|[一二两三四五六七八九十几](?:点|个|条|项|方面))(?:几?个)?(?:方面的?)?(?:问题|不足|困难|短板)[:：]",
    "本镇自查后认为仍存在以下问题：1、功能室不足；2、运动场地狭小。",
    ("问题:", "问题：", "不足:", "不足：", "困难:", "困难：", "短板:", "短板："),
)
# Verbs that tell of a list solved or to be solved, no list of shortcomings: a cue after one of them in its clause
# (``协调解决了以下困难：``, ``重点解决以下三个方面的问题：``) announces no problems.
SOLVING_VERBS: tuple[Entry, ...] = (
    Entry(r"解决", "县政府协调解决了以下困难："),
    Entry(r"克服", "我局集中力量克服了如下困难："),
    Entry(r"化解", "逐步化解以下几个方面的问题："),
    Entry(r"破解", "年内破解以下三个方面的短板："),
    Entry(r"缓解", "有效缓解了以下困难："),
    Entry(r"整治", "全县着力整治以下两个方面的问题："),
    Entry(r"抓好", "今年重点抓好以下几个方面的不足："),
)
# The marks that number the items of such a list, each with its number in a group named ``n``.
ANNOUNCED_ITEM_MARKS: tuple[Entry, ...] = (
    Entry(r"(?P<n>[0-9]{1,2})[、.．](?![0-9])", "1、功能室不足；2、运动场地狭小。"),
    Entry(r"[(（](?P<n>[0-9]{1,2})[)）]", "（1）功能室不足；（2）运动场地狭小。"),
    Entry(r"(?P<n>[" + OUTLINE_NUMERALS + r"])是[,，:：]?", "一是功能室不足；二是运动场地狭小。"),
)

# Words that open an admission item and are not part of the problem.
ITEM_LEADS = Entry(
    r"(?:成立|解决|化解|破解|缓解|着力|努力|全区|全县|全市|我区|我县|我市|[" + OUTLINE_NUMERALS
    + r"]+是|如|主要是|主要有|包括|[(（][" + OUTLINE_NUMERALS + r"]{1,3}[)）])+",
    "主要是学位不足",
)

# Markers of an inline enumeration: ``①A；②B；③C`` or ``(1)A;(2)B``, numbered from one.
INLINE_MARKERS: tuple[Entry, ...] = (
    Entry(r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]", "①学位不足；②师资紧缺"),
    Entry(r"[(（](?:[1-9]|1[0-9])[)）]", "（1）学位不足；（2）师资紧缺"),
)
# The outline's number for a paragraph that opens with a 【label】 (``【学位供给】学位缺口较大…``).
LABELLED_NUMBER = "【】"

# A rectification report laid out as labelled lines per problem: ``问题1：X。`` then field lines.
_PROBLEM_WORDS = r"(?:问题|存在问题|反馈问题)"
_PROBLEM_NUMBER = rf"[0-9０-９{OUTLINE_NUMERALS}]{{1,3}}"
PROBLEM_LABEL = Entry(
    rf"(?m)^[ \t\u3000]*{_PROBLEM_WORDS}\s*{_PROBLEM_NUMBER}\s*[：:]",
    "问题2：学位供给不足。",
)
# A block numbered in the outline whose heading is only the problem's label, a colon after it
# (``（一）问题：X。``): the label names the part, the text after the colon is the problem.
PROBLEM_HEADING_LABEL = Entry(
    rf"{_PROBLEM_WORDS}\s*(?:{_PROBLEM_NUMBER})?\s*[：:]?",
    "（一）问题：城区学校大班额问题突出。",
)
# The field lines of such a block, by what they hold.
FIELD_LABELS: tuple[tuple[Entry, str], ...] = (
    (Entry(r"整改(?:目标|要求)|目标任务", "整改目标：年底前消除大班额"), "target"),
    (Entry(r"(?:整改|完成)(?:时限|期限|时间)|时间节点|时限要求", "整改时限：2022年6月30日前"), "deadline"),
    (
        Entry(r"责任(?:单位|部门|领导|主体|科室)|牵头(?:单位|部门)|配合单位|主责单位", "责任单位：县教育局、县编办"),
        "responsible",
    ),
    (Entry(r"整改(?:措施|举措)|(?:主要|具体)(?:措施|举措)|整改(?:进展|情况)", "整改措施：新建学校两所"), "measures"),
    (Entry(r"整改(?:状态|进度)|完成情况", "整改状态：持续推进"), "status"),
)

# Where measures are listed inline in a rectification block: ``整改措施：一是…。二是…``.
MEASURE_LEADS = Entry(r"(?:整改|主要|具体)?(?:措施|举措|做法)[:：]", "整改措施：一是完善经费保障机制。二是…")

# Verbs a measure opens with: in a measures line with no semicolons (``整改措施：安排资金补发补助，建立直达机制，由…``),
# a clause opening with one (after one of MEASURE_VERB_LEADS, if any) is a measure of its own; a clause with none
# (``新增学位2,700个``, ``由县教育局每季度核对``) tells more of the measure before it.
MEASURE_VERBS: tuple[Entry, ...] = (
    Entry(r"建立", "建立补助资金按月直达机制"),
    Entry(r"健全", "健全控辍保学工作台账"),
    Entry(r"完善", "完善教师补充长效机制"),
    Entry(r"制定", "制定学校布局专项规划"),
    Entry(r"出台", "出台课后服务经费保障办法"),
    Entry(r"安排", "安排300万元更新饮水设备"),
    Entry(r"投入", "投入资金1,200万元改造农村学校旱厕"),
    Entry(r"追加", "追加教育经费2,000万元"),
    Entry(r"新建", "新建公办幼儿园3所"),
    Entry(r"改扩建", "改扩建乡镇中心园2所"),
    Entry(r"开展", "开展校车安全专项检查"),
    Entry(r"实施", "实施薄弱学校改造工程"),
    Entry(r"推行", "推行校领导陪餐制度"),
    Entry(r"招聘", "招聘音体美教师40名"),
    Entry(r"补充", "补充心理健康教师12名"),
    Entry(r"配备", "配备专职保安86名"),
    Entry(r"更新", "更新学校消防设施"),
    Entry(r"改造", "改造农村学校旱厕15座"),
)
# Words that may stand before a measure's verb at its clause's start (``另安排``, ``同时建立``).
MEASURE_VERB_LEADS = Entry(r"另行|另|并|同时|再", "另安排300万元更新饮水设备")
# Words that link a sentence's clause to the one before it (``开设心理课程；同时针对…``): at the end of a measure
# they open what follows it, no part of the measure.
MEASURE_CONNECTIVES: tuple[WordEntry[str], ...] = words(
    "connective",
    *(
        (w, f"针对学生心理健康的问题，开设心理课程；{w}针对留守儿童的问题，建立关爱台账。")
        for w in ("同时", "与此同时", "另外", "此外", "并且", "而且", "再者")
    ),
)
# Words that open a clause giving the details of what the clauses before it state: a breakdown (其中), a tally
# (全年征收…, 累计…, 共计…, 合计…, 总投资…), what it involves (涉及资金…, 惠及学生…). Such a clause and those after
# it are no part of a measure's heading, nor of the problem a point states.
DETAIL_LEADS: tuple[Entry, ...] = (
    Entry(r"其中", "年内追加教育经费1.2亿元，其中县本级6,000万元"),
    Entry(r"全年", "足额征收教育费附加，全年征收3,100万元"),
    Entry(r"累计", "乡村教师周转房不足，累计缺口120套"),
    Entry(r"共计", "补发教师绩效工资，共计1,286万元"),
    Entry(r"合计", "更新课桌椅，合计4,800套"),
    Entry(r"总投资", "新建教学楼1栋，总投资2,400万元"),
    Entry(r"涉及", "部分学校仍在临时用房就餐，涉及学生约1,800人"),
    Entry(r"惠及", "补发乡村教师生活补助，惠及教师1,260人"),
)

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
# (争取 is one where it strives, not where it obtains: :data:`~dutyreport.lang.figures.STRIVING`)
TARGET_CUES = Entry(
    rf"力争|{STRIVING.pattern}|预计|拟(?:于|在|到|新建|建成|完成)|(?<!行动|招生|指令性|事业|工作|发展|培养|训练|教学)计划(?![分为等和与及》”,，、；。])"
    r"|目标(?:为|是|[:：])",
    "计划新建初级中学1所",
    ("力争", STRIVE, "预计", "拟", "计划", "目标"),
)
# A year with the words that make it a deadline (到2025年, 2022年底前), or an as-of date (截至2023年底), which
# is no deadline.
DEADLINES = Entry(
    r"(?:(?P<asof>截至|截止到|截止)\s*|(?P<pre>(?:到|(?<!截)至|计划|力争|争取|预计|确保在|确保于)\s*))?(?P<y>20\d\d)\s*年"
    r"(?:(?P<m>1[0-2]|0?[1-9])\s*月)?(?P<post>底前|末前|前|以来|至今)?",
    "到2025年",
    ("年",),
)
# The words a deadline that opens a goal holds, besides the goal cues (:data:`TARGET_CUES`): its ``pre``
# word (到2025年) or the 前 of its ``post`` (2025年底前). A stretch with none of them, and no goal cue, holds no
# goal, and the targets stage does not read it. They are not the words of :data:`DEADLINES` again, and are not
# read from its pattern: they are what a goal's deadline must hold, one word for several of its spellings (确保
# for 确保在 and 确保于, 前 for 底前, 末前 and 前), without the pre words that are goal cues already (计划, 力争 …),
# the as-of words (截至 …) and the ends that open no goal (以来, 至今). Tests hold each word to a deadline that
# opens a goal (tests/lang/test_findings_tables.py) and every stretch without them to no goal
# (tests/findings/test_findings.py: generated stretches and the real reports').
GOAL_DEADLINE_WORDS: tuple[Entry, ...] = (
    Entry("到", "到2025年"),
    Entry("至", "至2025年底"),
    Entry("确保", "确保在2024年"),
    Entry("前", "2024年9月前"),
)
