"""Words whose numerals are no figures, for the quantity scan: set phrases (五项管理), a measure word that is part
of another word (一次性), 一 and a measure word as an adverb (一起抓), a title's page number, a caption's number
(见表3), a numeral glued to the word before it (统一).

Every entry carries an example phrase; ``tests/lang/test_numbers_tables.py`` reads each one back through the scan.
"""

from __future__ import annotations

from .entry import Entry, words

__all__ = [
    "ADVERBS_OF_ONE",
    "CAPTION_VERBS",
    "CAPTION_WORDS",
    "CASE_NOUNS",
    "COMPANION_FALSE_FRIENDS",
    "CYCLE_WORDS",
    "FIXED_EXPRESSIONS",
    "KIT_WORDS",
    "LEFT_TRAPS",
    "LENGTH_THRESHOLD_LEADS",
    "NAMED_MEASURES",
    "PREFIX_VERBS",
    "RATE_BASES",
    "SCALE_IDIOMS",
    "SCHOOL_NUMBER_ENDS",
    "SLOGANS",
    "SLOGAN_TAILS",
    "TIME_LIMITS",
    "TITLE_ENDS",
    "TOGETHER_COMPANIONS",
    "TOGETHER_VERBS",
    "UNIT_TRAPS",
]

# Set phrases whose numerals are names, not figures. Each entry is its own example.
FIXED_EXPRESSIONS: tuple[Entry[str], ...] = tuple(
    Entry(w, "name", w)
    for w in (
        "五项管理",
        "三会一课",
        "两个维护",
        "四个意识",
        "四个自信",
        "两个只增不减",
        "两个“只增不减”",
        "两个“只减不增”",
        "三个增长",
        "一岗双责",
        "三重一大",
        "两免一补",
        "两学一做",
        "一校一品",
        "一乡一园",
        "一家一案",
        "一生一案",
        "一票否决",
        "一把手",
        "五育并举",
        "五育",
        "五唯",
        "一键报警",
        "双人双岗",
        "三管三必须",
        "一个全覆盖",
        "四个统一",
        "两个覆盖",
        "两项改革",
        "十条禁令",
        "一核四层四翼",
        "三位一体",
        "两张皮",
        "一批",
        "十分",
        "一次性",
        "拾起",  # (to pick up: 拾 the verb, 起 no count of cases)
        "拾取",
        "拾获",
        "三定方案",
        "两新",
        "三年行动",
        "三年行动计划",
        "九年一贯制",
        "九年义务教育",
        "五年一贯制",
        "一案三制",
        "三防",
        "一园一案",
        "一校一策",
        "一人一档",
        "一生一档",
        "一事一议",
        "一年级",
        "二年级",
        "三年级",
        "四年级",
        "五年级",
        "六年级",
        "七年级",
        "八年级",
        "九年级",
        "一方面",
        "两方面",
        "八项规定",
        # (slogans of policy whose numerals count their points, no figure of a report, and whose words open no
        # ordinary phrase; those that do are SLOGANS)
        "两个一百年",
        "两个毫不动摇",
        "四个引路人",
        "四个相统一",
        "五位一体",
        "人力资源",  # (manpower: 7.1人力资源配置 is an outline's number, no 7.1 people; 招聘120人力争… counts)
        "人力成本",
        "人力物力",
        "收支两条线",  # (the rule that keeps income and spending apart)
        "百分制",  # (a scale of a hundred points)
        "上一轮",  # (the round before, the next: no count of rounds)
        "下一轮",
        "一班人",  # (a leading team)
        "二本",  # (the second tier of universities: 二本上线率)
        "一本上线",
        "一天也不",  # (not one day: an emphasis)
        "一天都不",
        "整改一个、销号一个",  # (a slogan: each problem put right is struck off)
        *(f"{n}次全会" for n in "一二三四五六七八九"),  # (a plenary session's number: 中央纪委四次全会)
    )
)

# Slogans of policy whose numerals count their points (三个代表, 四个全面) but whose words also open ordinary phrases
# that are counts (三个代表团, 四个服务中心, 两个率先完成的乡镇): no count only where the slogan stands whole, in
# quotes, or before a stop, 的 (推进两个率先的重大举措) or one of SLOGAN_TAILS.
SLOGANS: tuple[Entry[str], ...] = words(
    "slogan",
    ("三个代表", "以“三个代表”重要思想为指导"),
    ("两个率先", "实现“两个率先”"),
    ("两个确立", "深刻领悟两个确立的决定性意义"),
    ("两个大局", "统筹两个大局,"),
    ("四个全面", "协调推进四个全面战略布局"),
    ("四个坚持", "落实“四个坚持”要求"),
    ("四个服务", "坚持教育为“四个服务”"),
    ("三个面向", "坚持三个面向的方针"),
    ("九个坚持", "深入贯彻九个坚持。"),
)
# What follows a slogan named whole (三个代表重要思想, 四个全面战略布局, 四个意识).
SLOGAN_TAILS: tuple[Entry[str], ...] = words(
    "slogan tail",
    ("重要思想", "三个代表重要思想"),
    ("战略布局", "四个全面战略布局"),
    ("决定性意义", "两个确立的决定性意义"),
    ("要求", "四个坚持要求"),
    ("方针", "三个面向方针"),
    ("精神", "四个服务精神"),
    ("理念", "四个服务理念"),
    ("原则", "四个坚持原则"),
    ("目标", "两个率先目标"),
    ("方向", "四个服务方向"),
    ("战略", "四个全面战略"),
    ("部署", "四个全面部署"),
    ("宗旨", "四个服务宗旨"),
    ("思想", "三个代表思想"),
    ("论述", "两个确立论述"),
)

# Qualifiers before a number that are verbs too (lang.numbers.QUALIFIER_PREFIXES): before a figure whose words go on
# to name what is done (重点突破3个方面的难题, 突破2项关键技术) the verb takes it as its object, no bound; the figure
# ends its clause, or one of the value's words follows it (首次突破30亿元大关), where it bounds it.
PREFIX_VERBS: tuple[Entry[tuple[str, ...]], ...] = (
    Entry("突破", ("大关",), "着力突破3个方面的难题"),
)

# Words before a length that make it the bound of whom a noun after it names (任教年限满10年的教师, 服务年限不满3年的
#教师): a threshold, no figure; a length reached (年限达到12年的目标) is one.
LENGTH_THRESHOLD_LEADS: tuple[Entry[str], ...] = words(
    "threshold",
    ("满", "乡村教师任教年限满10年的享受补助"),
    ("不满", "对服务年限不满3年的教师不得调出"),
    ("未满", "教龄未满5年的新教师参加培训"),
)

# A scale word alone before a measure word in a set phrase (信心百倍, 身价百倍): a manner of speaking, no count.
SCALE_IDIOMS: tuple[Entry[str], ...] = words(
    "idiom", ("百倍", "全体教师信心百倍"), ("千倍", "干劲千倍"), ("万倍", "精神万倍"),
)

# Measure words of a lot that, after a Chinese numeral of one character, name a kit sold as one (床上四件套, 安保八件套:
# a set of four or eight pieces), no count; a count of such lots writes digits or a longer numeral (320件套, 三千件套).
KIT_WORDS: tuple[Entry[str], ...] = words("kit", ("件套", "为门卫室配备安保八件套"))

# Words after a number that make it a time limit in days (收到意见后30日内报送, 30个工作日内): the term set for a reply,
# no figure of the report. The value is the measure word the scan reads before the word ("" for none: 30日内).
TIME_LIMITS: tuple[Entry[str], ...] = (
    Entry("日内", "", "收到本意见后30日内报送整改方案"),
    Entry("工作日", "个", "收到本报告后30个工作日内制定整改方案"),
    Entry("工作日", "", "收到通知后30工作日内完成"),
)

# A measure word followed by these characters is part of another word (一次性, 11人制, 三名校长).
# Traps on 名 apply to Chinese numerals only: 180名校级领导 is 180 people.
UNIT_TRAPS: tuple[Entry[str], ...] = (
    Entry("家", "长", "9万家长"),
    Entry("次", "性", "一次性"),
    Entry("人", "制", "11人制足球场"),
    Entry("名", "校", "三名校长"),
    Entry("名", "师", "三名师"),
    Entry("名", "班", "名班主任"),
    Entry("名", "优", "名优教师"),
    Entry("名", "家", "名家讲学"),
    Entry("年", "级", "一年级"),
    Entry("年", "来", "两年来"),
    Entry("年", "行", "三年行动"),
    Entry("年", "规", "五年规划"),
    Entry("年", "计", "三年计划"),
    Entry("年", "一", "九年一贯制"),
    Entry("年", "义", "九年义务教育"),
    Entry("周", "年", "100周年"),
    Entry("周", "期", "一周期"),
    Entry("所", "有", "所有"),
    Entry("个", "人", "个人"),
    Entry("个", "别", "1个别学校"),  # 个别 "a few": 【1】个别学校… is a list mark before it
    Entry("期", "工", "一期工程"),
    Entry("期", "建", "一期建设"),
    Entry("期", "项", "一期项目"),
    Entry("门", "心", "一门心思"),
    Entry("分", "之", "三分之一"),
    Entry("分", "比", "百分比"),
    Entry("台", "阶", "新台阶"),
    Entry("条", "件", "条件"),
    Entry("家", "庭", "家庭"),
    Entry("项", "目", "项目"),
    Entry("处", "理", "处理"),
    Entry("批", "次", "批次"),
    Entry("分", "类", "3.2分类目标"),  # (an outline's number before a word that opens with a measure word)
    Entry("分", "析", "2.1分析研判"),
    Entry("组", "织", "4.1组织保障"),
    Entry("组", "建", "2.3组建专班"),
)

# Verbs that make 一 and a measure word before them the adverb 'together' (家校一起抓, 师生一块劳动), right after it or
# after 来 (一起来抓); each with the measure words it takes it after (一块学习园地 is one board: 学习 only after 一起).
TOGETHER_VERBS: tuple[Entry[tuple[str, ...]], ...] = (
    Entry("抓", ("一起", "一块"), "家校一起抓"),
    Entry("做", ("一起", "一块"), "师生一起做"),
    Entry("干", ("一起", "一块"), "干部群众一块干"),
    Entry("参加", ("一起", "一块"), "家长一起参加"),
    Entry("参与", ("一起", "一块"), "社区一块参与"),
    Entry("努力", ("一起", "一块"), "全县上下一起努力"),
    Entry("推进", ("一起", "一块"), "部门一起推进"),
    Entry("研究", ("一起", "一块"), "一起研究整改措施"),
    Entry("商量", ("一起", "一块"), "校长和教师一块商量"),
    Entry("动手", ("一起", "一块"), "师生一块动手"),
    Entry("劳动", ("一起", "一块"), "师生一块劳动"),
    Entry("学习", ("一起",), "一起学习新课标"),
    Entry("参观", ("一起",), "家长一起参观校园"),
    Entry("探讨", ("一起",), "教研组一起探讨"),
    Entry("交流", ("一起",), "两校教师一起交流"),
    Entry("看", ("一起",), "大家一起看看"),
    Entry("成长", ("一起",), "师生一起成长"),
    Entry("落实", ("一起",), "各部门一起落实"),
    Entry("了解", ("一起",), "大家一起了解新政策"),
    Entry("解决", ("一起",), "班主任一起解决问题"),
    Entry("完成", ("一起",), "师生一起完成作业"),
    Entry("讨论", ("一起",), "教师一起讨论教案"),
    Entry("分享", ("一起",), "家长一起分享经验"),
)

# Words naming who does something along with the subject (与家长一起解决问题, 同学生一起劳动): 一 and a measure word
# after one and what it names, in the clause, are 'together' before any verb (value: the measure words it takes),
# though not right after it (新建篮球场和一块运动场: one of what it counts) nor where the clause ends with them
# (发生火灾两起和交通事故一起。).
TOGETHER_COMPANIONS: tuple[Entry[tuple[str, ...]], ...] = (
    Entry("与", ("一起",), "老师与家长一起商定作息"),
    Entry("和", ("一起",), "学校和社区一起开办课堂"),
    Entry("同", ("一起",), "校长同教师一起听课"),
    Entry("跟", ("一起",), "孩子跟父母一起阅读"),
)

# Words that hold a companion's character but name no one along (同时, 同比, 参与, 和谐, 跟踪; 会同, 连同 do name
# one): a 一起 after them is read as if they were not there (同时查处一起违规办学行为: one case).
COMPANION_FALSE_FRIENDS: tuple[Entry[str], ...] = words(
    "no companion",
    *((w, f"{w}查处一起违规办学行为") for w in (
        "同时", "同比", "同期", "同样", "同步", "同类", "同级", "同等", "相同", "不同", "共同", "如同", "认同", "等同",
        "合同", "参与", "给与", "和谐", "和平", "跟踪", "跟进",
    )),
)

# Nouns of a case after 一起 (一起事故, 一起违规办学行为): one case counted, whoever stands before it.
CASE_NOUNS: tuple[Entry[str], ...] = words(
    "case",
    *((w, f"与家长沟通后处理一起{w}") for w in (
        "事故", "事件", "案件", "纠纷", "火灾", "违规", "违法", "非法", "案例", "投诉", "舆情", "安全事故", "安全事件",
        "安全责任", "校园欺凌", "校园安全",
    )),
)

# 一 and a measure word that also make an adverb, 'together': a count (一起事故, 一起火灾, 一块运动场; 发生事故一起。)
# but before one of its verbs (lang.traps.TOGETHER_VERBS, the value), where it counts nothing. Each example is the
# adverb.
ADVERBS_OF_ONE: tuple[Entry[tuple[str, ...]], ...] = (
    Entry("一起", tuple(e.word for e in TOGETHER_VERBS if "一起" in e.value), "家校一起抓"),
    Entry("一块", tuple(e.word for e in TOGETHER_VERBS if "一块" in e.value), "师生一块劳动"),
)

# Words that name a school after its number (44中学, 3小, 二十中): the number is the school's name, no figure.
SCHOOL_NUMBER_ENDS: tuple[Entry[str], ...] = words(
    "school", ("中学", "市44中学新建教学楼"), ("小学", "市12小学新建食堂"), ("中", "市3中新建操场"),
    ("小", "市7小扩建校舍"),
)

# Words that end a document's title: a number glued to one at the end of its line is the page a table of contents
# gives for it (…自评报告12) or the copy a collection numbers (…报告篇2), not a figure.
TITLE_ENDS: tuple[Entry[str], ...] = words(
    "title end",
    ("报告", "一、县级人民政府履职自评报告12\n"),
    ("总结", "学校年度工作总结3\n"),
    ("方案", "整改工作方案5\n"),
    ("意见", "督导意见8\n"),
    ("通知", "关于开展自查的通知2\n"),
    ("范文", "自查报告范文4\n"),
    ("篇", "督导自评报告篇1\n"),
)

# Words before the number of a table, a figure or an attachment (见表3。, 详见附件1): the number is a caption's,
# not a figure, where white space, a stop or the end of the text follows it.
CAPTION_WORDS: tuple[Entry[str], ...] = words(
    "caption", ("附表", "详见附表2。"), ("附件", "见附件1，"), ("表", "见表3。"), ("图", "见图2。")
)
# Words after a caption's number that say what it shows (如表2所示, 附件1所列): the number is the caption's too,
# though a measure word opens them (所: not 2 schools).
CAPTION_VERBS: tuple[Entry[str], ...] = words("caption verb", ("所示", "如表2所示，"), ("所列", "附件1所列学校"))

# A Chinese numeral right after these characters belongs to a word: 统一, 唯一, 之一, 每一名; 收拾 and 捡拾 (to tidy,
# to pick up: the formal 拾 is no 十 there). The value is the numeral character the word takes; what follows it may
# still be a figure (收拾3间教室).
LEFT_TRAPS: tuple[Entry[str], ...] = tuple(
    Entry(w[:-1], w[-1], w)
    for w in (
        "收拾",
        "捡拾",
        "统一",
        "唯一",
        "同一",
        "之一",
        "单一",
        "逐一",
        "划一",
        "专一",
        "不一",
        "每一",
        "任一",
        "其一",
        "合一",
        "如一",
        "归一",
        "万一",
        "进一",
        "第一",
        "新一",
        "无一",  # (无一名学生因贫失学: not one, no count)
    )
)

# Words before a power of ten (百, 千, 万, 十万, 100, 10万) that make it the base of a rate, not a figure:
# 每百名学生拥有教师5.6人 counts teachers per hundred students; the hundred students are no figure.
RATE_BASES: tuple[Entry[str], ...] = words("rate base", ("每", "每百名学生拥有"))

# Words after a number of years that make it the length of a cycle, a figure though no duration's cue stands before
# it: 5年一周期 (and the 一 after 年 opens no 九年一贯制 here).
CYCLE_WORDS: tuple[Entry[str], ...] = words(
    "cycle",
    ("一周期", "教师5年一周期"),
    ("一个周期", "每3年一个周期"),
    ("为一周期", "以5年为一周期"),
    ("一轮", "3年一轮"),
)

# The last words of a name of what is counted or measured (…教师数, …达标率, …比例): a comparative before them is
# part of the name (每百名学生拥有高于规定学历教师数为5.6人: teachers with more than the required degree), not a
# bound on the figure after the name.
NAMED_MEASURES: tuple[Entry[str], ...] = words(
    "named measure", ("数", "高于规定学历教师数为5.6人"), ("率", "高于规定学历教师比率为12%"),
    ("比例", "高于规定学历教师比例为85%"),
)
