"""The words of the arithmetic audit: what makes a report's figures checkable against each other.

One table per role. A row is a :class:`~dutyreport.lang.numbers.PatternEntry` (a regex and a phrase
it must read) or, for plain word lists, a :class:`~dutyreport.lang.numbers.Entry`; tables that share
words are built from each other and from :mod:`dutyreport.lang.figures`,
:mod:`dutyreport.lang.figure_years`, :mod:`dutyreport.lang.numbers` and :mod:`dutyreport.lang.dates`,
so a word is spelled once. ``tests/audit/test_tables.py`` reads every example back with its row's
pattern and fails when a table of this module has no test. The audit (:mod:`dutyreport.audit`)
compiles its patterns from these tables and spells no word again.
"""

from __future__ import annotations

from .dates import YEAR, YEAR_MARK
from .figure_years import YEAR_WORDS
from .figures import COMPARISON_WORDS
from .numbers import DIGITS, MEASURE_WORDS, SMALL_UNITS, TRADITIONAL, PatternEntry
from .numbers import Entry as WordEntry
from .script import alternation

__all__ = [
    "AFTER_COMPLETION",
    "ALL_RISE",
    "AVERAGE_NAMES",
    "AVERAGE_YEARLY",
    "A_FEW",
    "BASE_CHANGE",
    "BASE_YEARS",
    "BIG_COUNT",
    "BOOK_MEASURES",
    "BOUND_SYMBOLS",
    "BUDGET_PARTS",
    "BUDGET_TOTAL",
    "CHANGE_LEADS",
    "CHANGE_RATES",
    "CIVIL_SERVANT_PAY",
    "COMPARE_ADVERBS",
    "COMPARISONS",
    "COPULAS",
    "COUNT_MEASURES",
    "COUNT_NUMERALS",
    "COUNT_NUMERAL_VALUES",
    "COUNT_WORDS",
    "COVERAGE_NAMES",
    "COVERAGE_WORDS",
    "DONE_RATES",
    "DONE_WORDS",
    "EACH_OF",
    "ETC",
    "EXECUTED",
    "FALL_VERBS",
    "FEWER_WORDS",
    "FIXED_FIGURES",
    "FOUND_WORDS",
    "FROM_TO_DOWN",
    "FROM_TO_UP",
    "FROM_WORDS",
    "GOVERNMENT_SCOPES",
    "LEVELS",
    "LISTED_UNITS",
    "LIST_JOINERS",
    "LIST_OPENERS",
    "MEETS_STANDARD",
    "MORE_WORDS",
    "NAMED_BY",
    "NAMED_NOUNS",
    "NAMES_FOLLOW",
    "NEXT_PARTS",
    "NOT_COVERED",
    "OF_WHICH",
    "OF_WHOLE",
    "OTHER_RATES",
    "OVER_YEARS",
    "PART_ATTRIBUTES",
    "PART_MARKERS",
    "PEOPLE_UNITS",
    "PERIOD_NUMERALS",
    "PERIOD_TOTALS",
    "PERIOD_WORDS",
    "PER_STUDENT_BOUNDS",
    "PER_UNIT_LEADS",
    "PRIOR_VALUES",
    "PRIOR_YEARS",
    "RATE_AFTER_CHANGE",
    "RATE_NAMES",
    "RATE_NOUNS",
    "RATIO_COPULAS",
    "RATIO_NAMES",
    "REACHES",
    "RECENT",
    "RECENT_NUMERALS",
    "REGION_NOUNS",
    "RESPECTIVELY",
    "RESPECTIVELY_ARE",
    "RESPECTIVE_CHANGE",
    "RESPECTIVE_PRIOR",
    "RESPECTIVE_VALUES",
    "REST_WORDS",
    "RISE_SLOGANS",
    "RISE_VERBS",
    "SAME_PERIOD",
    "SAMPLE_OF",
    "SAMPLE_WORDS",
    "SCHOOL_NAME",
    "SCHOOL_UNIT",
    "SCOPE_WORDS",
    "SELF_REGIONS",
    "SERIES_AVERAGE",
    "SERIES_TOTAL",
    "SHARE_OF",
    "SHARE_WORDS",
    "STANDARD_WORDS",
    "STATED_AS",
    "STUDENT_WORDS",
    "SUBJECT_LEADS",
    "SUBJECT_NOISE",
    "SUM_WORDS",
    "SUPPLY_TOTALS",
    "TABLE_ROW",
    "TARGET_WORDS",
    "TEACHER_PAY",
    "TEACHER_WORDS",
    "THRESHOLD_NOUNS",
    "TO_YEAR",
    "WHOLE_FIRST",
    "WHOLE_WORDS",
    "WRITTEN_NUMERALS",
    "YEARS_SO_FAR",
    "YEAR_ON_YEAR",
    "YEAR_OPENS",
]

Entry = PatternEntry  # one row of a table below: a regex and a phrase it must read


def _group(entry: PatternEntry) -> str:
    """A row's pattern as one group, to build a longer pattern with."""
    return f"(?:{entry.pattern})"


# --- numerals --------------------------------------------------------------------------------------

# The Chinese numerals a count of named things is written with (三大机制, 两项制度, 十项任务), their
# values read from lang.numbers' digits and small units.
COUNT_NUMERALS = "一二两三四五六七八九十"
COUNT_NUMERAL_VALUES: dict[str, int] = {
    e.word: int(str(e.value)) for e in (*DIGITS, *SMALL_UNITS) if e.word in COUNT_NUMERALS
}
# …and, with the zeros, 百 and 千, the Chinese numerals a figure may be written in.
WRITTEN_NUMERALS = "零〇" + COUNT_NUMERALS + "百千"
# The numerals of a number of years (三年来, 12年来), and of a recent few (近五年来), as character classes' bodies.
PERIOD_NUMERALS = COUNT_NUMERALS + "0-9"
RECENT_NUMERALS = "一二三四五两0-9"
# People counted: the measure words lang.numbers names as people (人, 名, 位).
PEOPLE_UNITS = tuple(e.word for e in MEASURE_WORDS if e.value == "people")
# The measure word of schools (新开办小学3所).
SCHOOL_UNIT = next(e.word for e in MEASURE_WORDS if e.value == "schools")

# --- parts and totals ------------------------------------------------------------------------------

# ``其中``: what follows is among the figure before (a part of it, or the whole a part is taken of).
OF_WHICH = Entry(r"其中", "共有学校31所,其中:九年一贯制学校3所")
# ``分别``: the figures or names that follow go one by one with the ones before.
RESPECTIVELY = Entry(r"分别", "共建成学校5所,分别为小学3所、初中2所")
RESPECTIVELY_ARE = Entry(rf"{RESPECTIVELY.pattern}(?:为|是)[:：]?", "共建成学校5所,分别为小学3所、初中2所")
# Words that open a list of parts after a total.
PART_MARKERS: tuple[Entry, ...] = (
    Entry(rf"{OF_WHICH.pattern}[:：]?", "共有学校31所,其中:九年一贯制学校3所"),
    Entry(r"[:：]", "全镇共有学校14所:幼儿园5所、小学6所"),
    RESPECTIVELY_ARE,
    Entry(r"(?:按[^0-9，,。；;:：]{1,6})?分为[:：]?", "在校学生合计900人,按学段分为小学600人、初中300人"),
)
# A breakdown that opens its own sentence after the total: ``…7.64亿元。其中:学前教育0.58亿元、…``.
NEXT_PARTS = Entry(rf"{OF_WHICH.pattern}[:：]?", "支出7.64亿元。其中:学前教育0.58亿元、义务教育4.96亿元")
# ``A、B、C各1所``: one figure for each of the names before it.
EACH_OF = Entry(r"各", "初中、高中、特教学校各1所")
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
# A part of a sample: ``抽查的40所学校中有7所…`` (the part cannot exceed the sample).
SAMPLE_WORDS = Entry(r"抽查|抽取|抽检|随机|暗访|检查", "抽查的40所学校中有7所未建立台账")
SAMPLE_OF = Entry(r"[^0-9，,。；;]{0,12}中(?:有|共有|仅有|发现|存在)?", "抽查的40所学校中有7所未建立台账")
# A flattened table row: a name, then one figure per column (``生均公用经费(元) 700 760 8.6%``).
TABLE_ROW = Entry(r"[ \t\u3000]+", "生均公用经费(元) 700 760 8.6%")
# A total of new staff and the channels that make it up.
SUPPLY_TOTALS: tuple[tuple[Entry, Entry], ...] = (
    (
        Entry(r"补充(?:教师|教职工)(?:人)?数", "补充教师数为185人"),
        Entry(r"招聘|选调|分配|引进|安置|招考|录用|补充|购买", "面向社会选调了38名教师"),
    ),
)

# --- change between two figures --------------------------------------------------------------------

# Verbs of a rise and of a fall: the figure after them is a change (增长6330万元), or the new value
# after 到/至 (从900元提高到1050元).
RISE_VERBS: tuple[WordEntry[str], ...] = (
    WordEntry("增长", "rise", "同比增长6330万元"),
    WordEntry("增加", "rise", "比去年增加1,204人"),
    WordEntry("提高", "rise", "从900元提高到1050元"),
    WordEntry("上升", "rise", "均比上年上升"),
    WordEntry("提升", "rise", "占比从56%提升到61%"),
    WordEntry("扩大", "rise", "覆盖面从60%扩大到80%"),
)
FALL_VERBS: tuple[WordEntry[str], ...] = (
    WordEntry("下降", "fall", "由37个减少至6个,下降83.8%"),
    WordEntry("减少", "fall", "大班额由督导时的37个减少至6个"),
    WordEntry("降低", "fall", "比例由9%降低到6%"),
    WordEntry("压减", "fall", "从1046家压减到41家"),
    WordEntry("缩减", "fall", "由37个缩减至6个"),
    WordEntry("缩小", "fall", "差距从12%缩小到5%"),
)
_RISE = f"(?:{alternation(RISE_VERBS)})"
_FALL = f"(?:{alternation(FALL_VERBS)})"
# Words of a difference after a base (比去年多招聘120人, 比上年少30人).
MORE_WORDS = Entry(r"多", "比去年多招聘120人")
FEWER_WORDS = Entry(r"少", "比上年少30人")
# The rate of a change named as a noun.
# A rate averaged over the years between two figures, not the change from one to the other (年均增长6.6%).
AVERAGE_YEARLY: tuple[Entry, ...] = (
    Entry(r"年均", "较2020年的7.6亿元年均增长6.6%"),
    Entry(r"平均每年", "五年来全县教育投入平均每年增长8.2%"),
    Entry(r"每年平均", "三年来每年平均新增学位1500个"),
    Entry(r"年平均", "近五年教育经费年平均增长率为7.3%"),
)
RATE_NOUNS = Entry(r"增幅|降幅|减幅", "教育支出增幅为4%")
# Words right before a stated change (同比增长6330万元, 增幅为5.35%).
CHANGE_LEADS = Entry(rf"(?:{_RISE}|{_FALL}|{_group(RATE_NOUNS)})(?:了|为|达)?", "同比增长6330万元")
# Change words between two figures: ``从A提高到B`` (up) and ``从A减少到B`` (down).
FROM_TO_UP = Entry(rf"(?:{_RISE}|升|增)(?:到|至|为)", "初中生均公用经费从900元提高到1050元")
FROM_TO_DOWN = Entry(rf"(?:{_FALL}|降|减)(?:到|至|为)", "大班额数由2022年的24个降至2023年的9个")
# Where the first figure of a change stands: ``从A…`` / ``由A…``.
FROM_WORDS = Entry(r"[从由]", "大班额由督导时的37个减少至6个")
# A year between the verb and the second figure: ``降至2023年的9个``.
TO_YEAR = Entry(rf"{YEAR}{YEAR_MARK}(?:底|末|初)?的?", "降至2023年底的9个")
# Words that link a rate to its figure (完成率为82.4%, 压减率达96.1%).
COPULAS = Entry(r"为|达|达到", "完成率达到82.4%")
# …and 是, which links a name to its figure in a statement (任务目标数是108个, 占比是60%).
STATED_AS = Entry(rf"{COPULAS.pattern}|是", "全年任务目标数是108个")
# What links a multiple or a share to the year whose value it is of (投入3.6亿元,是2012年的2.3倍; 为上年的120%).
RATIO_COPULAS = Entry(r"是|为", "全县教育投入3.6亿元,是2012年的2.3倍")
# A span of years a change is stated over (``…增加到4,830人,三年增长15%``): the whole change, not a yearly one.
OVER_YEARS = Entry(rf"[{PERIOD_NUMERALS}]+{YEAR_MARK}(?:来|间)?", "在校生由4,200人增加到4,830人,三年增长15%")
# The rate or amount of a change stated after its two ends: ``…至6个,下降83.8%`` / ``压减率96.1%``.
CHANGE_RATES = Entry(
    rf"[,，]\s*(?:{_group(OVER_YEARS)}?(?:{_RISE}|{_FALL})(?:了)?(?:率|幅度)?|{_group(RATE_NOUNS)}){_group(COPULAS)}?",
    "从1046家压减到41家,压减率96.1%",
)
# A change against the same time of the year before (同比增长2.4%).
YEAR_ON_YEAR = Entry(r"同比", "普通初中同比增长2.4%")
# The year before the report's: lang.figure_years' year words one year back, and their longer forms.
_PRIOR_YEAR_WORDS = (*(e.word for e in YEAR_WORDS if e.value == -1), "上一年", "前一年", "上年度")
PRIOR_YEARS = Entry("|".join(_PRIOR_YEAR_WORDS), "上年为7.6亿元")
SAME_PERIOD = Entry(r"同期", "上年同期为7.6亿元")
# The prior year's figure stated on its own after this year's: ``支出为8.1亿元,上年为7.6亿元,增幅6.6%``.
PRIOR_VALUES = Entry(
    rf"[,，]\s*(?:同口径)?(?:(?P<rel>{PRIOR_YEARS.pattern})|(?P<y>{YEAR}){YEAR_MARK}(?:度)?)"
    rf"{_group(SAME_PERIOD)}?(?:为|是)",
    "支出为8.1亿元,上年为7.6亿元,增幅6.6%",
)
# The base a figure is compared with: ``较上年的64,910.3万元``, ``比2022年的14.96亿元``, ``比去年增加1,204人``.
BASE_YEARS = Entry(
    rf"(?:较|比|相比|{YEAR_ON_YEAR.pattern})(?:(?P<rel>{PRIOR_YEARS.pattern})|(?P<y>{YEAR}){YEAR_MARK}(?:度)?){_group(SAME_PERIOD)}?(?:的)?",
    "较上年的64,910.3万元增长5.46%",
)
# A change stated against the base: ``,比去年增加1,204人``.
BASE_CHANGE = Entry(
    rf"[,，]?\s*{_group(BASE_YEARS)}(?:{_RISE}|{_group(MORE_WORDS)}|{_FALL}|{_group(FEWER_WORDS)})了?",
    "26,315人,比去年增加1,204人",
)
# The rate after a change stated against its base: ``…增加1,204人,增长4.8%``.
RATE_AFTER_CHANGE = Entry(
    rf"[,，]\s*{_group(YEAR_ON_YEAR)}?(?:{_RISE}|{_FALL}|{_group(RATE_NOUNS)}为?)", "比去年增加1,204人,增长4.8%"
)
# ``…，上年分别为13,757元、18,786元，分别增长3.8%、4.6%``: prior values and changes listed one by one.
RESPECTIVE_PRIOR = Entry(  # (each alternative opens with a word, not a group: the engine skips along to those)
    "|".join(
        [
            *(f"{w}{_group(SAME_PERIOD)}?{RESPECTIVELY.pattern}为[:：]?" for w in _PRIOR_YEAR_WORDS),
            f"{SAME_PERIOD.pattern}{RESPECTIVELY.pattern}为[:：]?",
        ]
    ),
    "分别为14,280元、19,650元，上年分别为13,757元、18,786元",
)
RESPECTIVE_CHANGE = Entry(
    rf"{RESPECTIVELY.pattern}(?:{alternation(COMPARISON_WORDS)})?(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))了?",
    "上年分别为13,757元、18,786元，分别增长3.8%、4.6%",
)
# Words that assert every rate of a sentence is a rise.
PER_UNIT_LEADS = Entry(r"生均|人均|校均|班均", "全镇校舍建筑面积34148平方米,其中小学17126平方米,生均3.51平方米")
# Words that name a figure an average (平均教龄, 校均规模): where a total and its parts after 其中 all name one, a
# group's average may pass the whole's (专任教师平均教龄16.5年,其中乡村教师平均教龄19年), no part bounded by it.
# (生均, 人均 name funds by the head they are counted by as well: 投入生均公用经费3000万元 is a sum.)
AVERAGE_NAMES = Entry(r"平均|校均|班均|户均", "专任教师平均教龄为16.5年,其中乡村教师平均教龄19年")
# The characters before 均 where it means "on average", not "all" (年均增长, 生均, 平均): no ALL_RISE there.
_AVERAGE_BEFORE = "".join(
    sorted(
        {
            w[i - 1]
            for w in (*PER_UNIT_LEADS.pattern.split("|"), *(e.pattern for e in AVERAGE_YEARLY))
            for i in [w.find("均")]
            if i > 0
        }
    )
)
ALL_RISE = Entry(
    rf"均(?<![{_AVERAGE_BEFORE}]均)(?:{alternation(COMPARISON_WORDS)})?(?:有所)?{_RISE}",  # (opens with 均: found fast)
    "普通初中同比增长2.4%,均比上年增长",
)
# Words naming the government a figure is of (全市普惠性幼儿园覆盖率, 全县…): where both a figure and the base of its
# change name one, they name the same (a city's figure is no base for a county's; nor is one of another area or
# sector: lang.measure_words); a figure naming none is the report's own government's.
GOVERNMENT_SCOPES: tuple[WordEntry[str], ...] = tuple(
    WordEntry(w, "government", f"2022年，{w}普惠性幼儿园覆盖率为86.2%")
    for w in ("全国", "全省", "全市", "全州", "全盟", "全县", "全区", "全旗", "全镇", "全乡")
)

# Slogans that make each growth rate of their paragraph a rise.
RISE_SLOGANS = Entry(r"只增不减|三个增长|逐年增长|稳步增长", "保障财政教育投入逐年增长")

# Attributes a 其中 may name its parts by (学历, 职称, 性别…): parts named by different attributes, or by an
# attribute and by anything else, overlap, and may together exceed their total.
PART_ATTRIBUTES: tuple[WordEntry[str], ...] = (
    WordEntry("学历", "degree", "专任教师3920人,其中本科及以上学历3540人"),
    WordEntry("本科", "degree", "专任教师3920人,其中本科3100人"),
    WordEntry("研究生", "degree", "新招聘教师186人,其中研究生42人"),
    WordEntry("职称", "title", "专任教师3920人,其中高级职称860人"),
    WordEntry("岁", "age", "专任教师3920人,其中35岁以下教师1200人"),
    WordEntry("女", "sex", "专任教师3920人,其中女教师2860人"),
    WordEntry("男", "sex", "专任教师3920人,其中男教师1060人"),
    WordEntry("骨干", "role", "交流轮岗教师335人,其中骨干教师128人"),
    WordEntry("党员", "party", "专任教师3920人,其中党员教师650人"),
    WordEntry("寄宿", "boarding", "在校生68520人,其中寄宿生21000人"),
    WordEntry("留守", "left_behind", "在校生68520人,其中留守儿童8600人"),
    WordEntry("随迁", "migrant", "在校生68520人,其中随迁子女5200人"),
    WordEntry("残疾", "disability", "在校生68520人,其中残疾学生310人"),
)

# --- shares and ratios -----------------------------------------------------------------------------

# A share stated after its numerator and denominator.
SHARE_WORDS = Entry(r"占比|比例|比重|占", "升学学生总数1850名,占比为41.27%")
# A share that names its whole after ``占``: ``占…总数3260人的12.6%``.
SHARE_OF = Entry(r"占(?:到)?", "轮岗教师286人,占应交流教师总数2200人的13%")
# Words between a whole and its part when the whole comes first (``1240名,其中农村学校930名,占75%``).
WHOLE_FIRST = Entry(OF_WHICH.pattern, "招聘教师1240名,其中农村学校930名,占75%")
# The particle between a share's whole and the share (占…总数2,000人的15%).
OF_WHOLE = Entry(r"的", "占全县专任教师总数2,000人的15%")
# Words that make a figure the whole a share is taken of.
WHOLE_WORDS = Entry(r"全部|总数|总人数|全体|所有|总计|合计", "升学学生总数1850名")
# A rate named right after the figure it is a rate of (``已入学4455人,入学率为98.65%``, ``达标学校2240所,
# 达标率95%``, ``抽查学校1419所,占比60.18%``): the name ends with 率 or is 占比, then a copula.
RATE_NAMES = Entry(
    rf"^\s*[,，]\s*(?P<name>[^\s0-9%％，,。；;、:：()（）]{{0,8}}?(?:率|占比))(?:{STATED_AS.pattern})?\s*$",
    ",入学率为",  # (适龄儿童2300人,已入学2291人,入学率为99.61%: the words between the figure and its rate)
)
# Rates that are not a part over its whole: a change's rate (增长率) and a rate said of several figures (均为).
OTHER_RATES = Entry(
    rf"{_RISE}|{_FALL}|{_group(RATE_NOUNS)}|均|分别",
    "小学、初中巩固率均为100%",
)
# A first figure that is a goal, against which a second (what was done) gives a completion rate.
TARGET_WORDS = Entry(r"目标|任务|计划", "全年新建校舍任务目标数是12000平方米")
# The names of a coverage rate (every coverage rate's name ends with one).
COVERAGE_NAMES = Entry(r"覆盖率|占比", "普惠园覆盖率92%")
# A coverage rate of ``X`` over a list of ``X`` and ``非X`` counts.
COVERAGE_WORDS = Entry(
    rf"(?P<k>[^\s，,。；;0-9]{{2,4}})[^\s，,。；;0-9]{{0,4}}?(?:{COVERAGE_NAMES.pattern})", "普惠园覆盖率92%"
)
# The units a coverage rate leaves out are named with 非 (非普惠性幼儿园).
NOT_COVERED = Entry(r"非", "非普惠性幼儿园10所")
# The report's own area, which a coverage rate's name may open with (全县普惠园覆盖率).
SELF_REGIONS = Entry(r"全区|全县|全市|我区|我县", "全县普惠园覆盖率92%")
# Student-teacher ratios: the ratio's name, the count of students and of teachers in its sentence.
RATIO_NAMES = Entry(r"生师比|师生比|学生与教师比|教职工与学生比", "生师比13.46:1")
STUDENT_WORDS = Entry(r"学生|在校生|幼儿", "学生6482人")
TEACHER_WORDS = Entry(r"教师|教职工", "专任教师517名")
# Words that narrow a figure to some schools, not a school level (义务教育学校, 农村学校, 公办园): a figure per
# student of such a scope is over the students of that scope only.
SCOPE_WORDS: tuple[Entry, ...] = (
    Entry(r"义务教育", "全县义务教育学校校舍面积18.7万平方米,生均11平方米"),
    Entry(r"城区", "城区学校运动场面积4.2万平方米,生均6.5平方米"),
    Entry(r"城镇", "城镇小学教学用房2.6万平方米,生均5.1平方米"),
    Entry(r"农村", "农村学校藏书36万册,生均28册"),
    Entry(r"乡村", "乡村小学教学计算机1500台,每百名学生12台"),
    Entry(r"公办", "公办园保教费收入850万元,生均3200元"),
    Entry(r"民办", "民办学校在校生4300人,生均校舍面积9.6平方米"),
)
# A ratio said to reach a standard stated after it (``生师比12.5:1,达到了13.5:1的编制标准``).
REACHES = Entry(r"达到", "生师比12.5:1,达到了13.5:1的编制标准")
STANDARD_WORDS = Entry(r"标准|核定|要求", "达到12.5:1的编制标准")

# Figures per student or per head, which are never a part of the total before them (``小学17126平方米,
# 生均3.51平方米``).
# The word before a total stated after its parts (``…22.4万元,共计212.5万元``).
SUM_WORDS = Entry(rf"^\s*[,，]?\s*(?:共计|合计|总计|总共|共)(?:{STATED_AS.pattern})?\s*$", ",共计")

# --- comparisons and bounds ------------------------------------------------------------------------

# A comparison stated between two figures of one kind: ``98,650元,高于县公务员（96,420元）``.
COMPARISONS: tuple[tuple[str, Entry], ...] = (
    ("ge", Entry(r"不低于|不少于|不下于", "年平均工资98650元,不低于公务员96420元")),
    ("le", Entry(r"不高于|不超过|不多于", "大班额比例3%,不超过5%的控制目标")),
    ("gt", Entry(r"高于|超出", "年平均工资98,650元,高于县公务员年平均工资收入（96,420元）")),
    ("lt", Entry(r"低于|未达到", "公办园在园幼儿占比43.6%,低于全省50%的目标")),
    ("gt", Entry(r"超额完成", "新建校舍3.2万平方米,超额完成上级下达2.5万平方米的任务")),
)
# Adverbs between a figure and the comparison word after it (``,仍高于…``).
COMPARE_ADVERBS = Entry(r"均|仍|略|明显|远", "年平均工资98,650元,仍高于县公务员（96,420元）")
# Figures said to meet a standard whose bounds follow: ``均达到国家基本均衡标准（小学≤0.65、初中≤0.55）``.
MEETS_STANDARD = Entry(
    rf"均?(?:{REACHES.pattern}|符合|满足|优于|低于|高于)",
    "分别为0.452和0.381,均达到国家标准（小学≤0.65、初中≤0.55）",
)
# A bound written as a symbol before its figure: each row the symbols of one relation.
BOUND_SYMBOLS: tuple[WordEntry[str], ...] = (
    WordEntry("≤", "le", "小学≤0.65"),
    WordEntry("<＜", "lt", "大班额比例＜5%"),
    WordEntry("≥", "ge", "巩固率≥95%"),
    WordEntry(">＞", "gt", "合格率>90%"),
)
# Teachers' pay and civil servants' stated side by side: the genre's rule is that the first is not
# below the second (教师平均工资收入水平不低于当地公务员).
TEACHER_PAY = Entry(r"教师[^，,。；;]{0,8}?(?:工资|收入)", "义务教育教师年平均工资为10.86万元")
CIVIL_SERVANT_PAY = Entry(r"公务员", "同口径公务员为10.52万元")
# The report's whole education budget, and the spending items that must not exceed it.
BUDGET_TOTAL = Entry(
    r"(?<!生均|公用经费|人员经费)(?:一般公共预算|公共财政|财政)(?:教育)?(?:经费)?(?:教育)?(?:经费)?支出$|教育经费(?:总)?支出$",
    "一般公共预算教育支出",  # (the subject of 一般公共预算教育支出52680万元)
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
    # (中小学: primary and secondary schools, no one level; 其中小学 is 小学)
    Entry(r"(?<!中)小学|(?<=其中)小学", "普通小学9642.18元"),
    Entry(r"初中", "普通初中13208.56元"),
    Entry(r"高中", "普通高中12417.93元"),
    Entry(r"中等职业|中职|职业教育", "中等职业教育8865.02元"),
    Entry(r"特殊教育|特教", "特殊教育6000元"),
)
# Figures stated over several years: a number of years and 年来 (三年来, 近五年来, 几年来), or a word
# of a period (累计, 以来).
YEARS_SO_FAR = Entry(r"年来", "三年来招聘新教师320人")
A_FEW = Entry(r"几", "几年来累计投入3亿元")
# What a project will give once built: no figure of the year it is said in (全部建成投用后,可新增学位2700个).
_AFTER = "(?:以后|后)"
AFTER_COMPLETION: tuple[Entry, ...] = (
    Entry(rf"建成{_AFTER}", "新建初中2所,建成后可增加学位1800个"),
    Entry(rf"投用{_AFTER}", "新建学校6所,项目全部建成投用后,可新增学位2700个"),
    Entry(rf"投入使用{_AFTER}", "教学楼投入使用以后,可消除大班额20个"),
    Entry(rf"完工{_AFTER}", "改扩建工程完工后新增校舍面积1.2万平方米"),
    Entry(rf"竣工{_AFTER}", "学生宿舍竣工后可新增床位800个"),
    Entry(rf"交付使用{_AFTER}", "新建幼儿园交付使用后,可提供学位540个"),
)
RECENT = Entry(r"近", "近五年来招聘新教师320人")
PERIOD_TOTALS = Entry(r"累计|以来", "2019年以来累计投入3亿元")
PERIOD_WORDS = Entry(
    rf"(?:[{PERIOD_NUMERALS}]+|{A_FEW.pattern}|{RECENT.pattern}{A_FEW.pattern}|{RECENT.pattern}[{RECENT_NUMERALS}]+)"
    rf"{YEARS_SO_FAR.pattern}|{PERIOD_TOTALS.pattern}",
    "近五年来招聘新教师320人",
)
# What stands between a series of years' figures (分别为a、b和c) and their total over the span, and their yearly
# average rate of change (audit.series).
SERIES_TOTAL = Entry(
    rf"\s*[,，]\s*{_group(OVER_YEARS)}?(?:{PERIOD_TOTALS.pattern})[^0-9，,。；;、]{{0,4}}?{_group(STATED_AS)}?\s*",
    "教育支出分别为8.40亿元、8.95亿元和9.61亿元,三年累计投入26.96亿元",
)
SERIES_AVERAGE = Entry(
    rf"\s*[,，]\s*(?:{'|'.join(e.pattern for e in AVERAGE_YEARLY)}){_RISE}了?{_group(STATED_AS)}?\s*",
    "教育支出分别为8.40亿元、8.95亿元和9.61亿元,三年累计投入26.96亿元,年均增长7.0%",
)
# A year that opens a period without 年 after it (``2019以来``, ``2020起``).
YEAR_OPENS = Entry(r"开始|起|以来", "2019以来新建学校6所")

# --- figures stated twice --------------------------------------------------------------------------

# Thresholds named by the noun after them (``56人及以上大班额``): the same noun must keep its threshold.
THRESHOLD_NOUNS: tuple[Entry, ...] = (
    Entry(r"超大班额", "66人以上超大班额"),
    Entry(r"大班额", "56人及以上大班额"),
    Entry(r"超大规模学校|大校额", "3000人以上大校额"),
)
# A budgeted figure followed by what was actually spent (``3.1586亿元,全年执行数3.1586亿元``).
EXECUTED = Entry(
    r"^[,，]\s*(?:全年|实际|当年)?(?:执行数|决算数|到位数|拨付数|支出数)(?:为|达)?$",
    "，全年执行数",  # (预算3.1586亿元，全年执行数3.1586亿元: the words between the two figures)
)
# Figures that name a fixed amount: the same name stated twice must carry the same figure.
FIXED_FIGURES = Entry(r"津贴|补贴|补助标准", "山区教师岗位津贴86.42万元")
# Subjects are compared without the verbs they may open with and without units and punctuation.
SUBJECT_LEADS = Entry(r"(?:发放|拨付|落实|安排|投入|下达)了?", "发放了山区教师交通补贴")
SUBJECT_NOISE = Entry(r"[0-9.%:：,，、()（）“”\"/\s]|元|生|年", "生均公用经费(元/生/年)")

# --- named counts ----------------------------------------------------------------------------------

# Nouns counted by ``三大机制``, ``六项机制``, ``八公开``, ``三个标准化考点``.
NAMED_NOUNS = Entry(
    r"机制|工程|公开|项目|管理|制度|行动|计划|措施|体系|考点|学校|幼儿园|集聚区|校区|课堂|任务|园区|中心|基地|品牌|活动",
    "推行周例会制、实行挂图作战制、落实限时办结三大机制",
)
# Places counted by ``河北、山西、河南等3省(区)``, ``甲镇、乙镇和丙镇三个镇`` (and in traditional characters).
REGION_NOUNS = Entry(
    r"省份|省|自治区|自治區|市|县|縣|区|區|乡镇|鄉鎮|镇|鎮|乡|鄉|街道|社区|社區", "河北、山西和河南3个省"
)
# The measure word of such a count, and the count itself (三大, 六项, 12个; 11個, as lang.numbers reads 個).
_COUNT_MEASURE_WORDS = ("大", "项", "个", "所", "种", "类", "条", "方面", "家")
COUNT_MEASURES = Entry(
    "|".join(
        w + "".join(f"|{t.word}" for t in TRADITIONAL if t.value == w) for w in _COUNT_MEASURE_WORDS
    ),
    "三大",
)
COUNT_WORDS = Entry(rf"(?:[{COUNT_NUMERALS}]|十[一二]|[2-9]|1[0-2]){_group(COUNT_MEASURES)}?", "三大")
# What opens a name that ends with a counted noun (``实施“强师工程”``, ``实施教育提质工程``).
NAMED_BY = Entry(r"“|实施", "实施“强师工程”")
# ``四大工程`` in a heading: the names ending with the noun are counted below it.
BIG_COUNT = Entry(r"大", "深入推进四大工程")
# The words that join a list's last item (``A、B和C``), and the 等 that leaves it open (``A、B等三项``).
LIST_JOINERS = Entry(r"和|及|与", "推行例会制、挂图作战制和限时办结制")
ETC = Entry(r"等", "《章程》《细则》等2个文件")
# What opens the list after a count (``建成3个集聚区,分别是A、B、C``; ``实行四公开:A、B…``).
LIST_OPENERS = Entry(rf"{RESPECTIVELY.pattern}(?:是|为)|即|包括", "建成3个集聚区,分别是东区、西区、北区")
# Measure words of a count of documents after their titles (``《A》《B》等2个文件``).
BOOK_MEASURES = Entry(r"个|项|份|部", "《章程》《细则》等2个文件")
# The measure words of a count whose items a sentence lists after it (``共计4个…。分别为A、B、C和D``).
LISTED_UNITS = Entry(r"个|所|项", "共计4个集聚区。分别为东区、西区、北区和南区")
# ``A、B、C分别为x、y、z``: the figures after it go one by one with the names before it.
RESPECTIVE_VALUES = Entry(rf"{RESPECTIVELY.pattern}(?:为|是|达到|达)[:：]?", "小学、初中分别为700元、900元")
# School-like names counted after ``N所学校``.
SCHOOL_NAME = Entry(
    r"(?<=^|[、，,；;:：\s])(?:[^\s、，,。；;:：()（）]{1,8}?(?:小学|中学|幼儿园|学校|校区)(?:[^\s、，,。；;:：]{1,6}?(?:校区|园区))?)",
    "清河小学东湖校区、柳营小学南苑校区",
)
# What stands between a count of schools and the names that follow it.
NAMES_FOLLOW = Entry(rf"(?:学校|幼儿园)?[,，]{_group(OF_WHICH)}?", "改扩建5所学校,清河小学、柳营小学")
