"""The words around a figure that tell which year it belongs to, or that it has no single year.

One table per role, each entry with an example phrase; ``tests/lang/test_figures_tables.py`` parses
every example and checks that the entry does what its table says. The year reader
(:mod:`dutyreport.indicators.years`) compiles its patterns from these tables and spells no word out
again. The one pattern of a year itself is :data:`dutyreport.lang.dates.YEAR`; what a figure measures
is in :mod:`dutyreport.lang.subjects`, how it is bounded and what kind it is in
:mod:`dutyreport.lang.figures`.
"""

from __future__ import annotations

from .entry import Entry, PatternEntry, words

__all__ = [
    "AS_OF_WORDS",
    "BASE_WORDS",
    "BASE_WORD_NOUNS",
    "CHANGE_COLUMNS",
    "COMPARED_WITH",
    "CONTEXT_YEAR_WORDS",
    "DEADLINE_AFTER",
    "DEADLINE_BEFORE",
    "MASKED_YEARS",
    "NEGATION_WORDS",
    "PAIR_WORDS",
    "PRESENT_WORDS",
    "RECENT_SPANS",
    "RESPECTIVE_JOINERS",
    "RESPECTIVE_NOT_JOINERS",
    "SEASON_WORDS",
    "SINCE_FRAMES",
    "SINCE_WORDS",
    "STANDING_DIVISIONS",
    "STANDING_HOLDERS",
    "STANDING_MEASURES",
    "STANDING_UNITS",
    "TERM_WORDS",
    "YEAR_LEADS",
    "YEAR_WORDS",
    "YEAR_WORD_COMPOUNDS",
]

_same = words

# A year a template or a redacted page masks (20XX年, xxxx年, 20*年): a date no reader can tell, but a date, no
# word of what a figure measures. The patterns read the year's digits; 年 follows them.
MASKED_YEARS: tuple[PatternEntry, ...] = (
    PatternEntry(r"(?:19|20)[xX×*＊]{1,2}", "20XX年全县新建幼儿园3所"),
    PatternEntry(r"[xX×*＊]{4}", "xxxx年全县新建幼儿园3所"),
    PatternEntry(r"[xX×*＊]{2}", "XX年全县新建幼儿园3所"),
)

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

# Year words that speak of the year their context names (当年: that year; 全年: the whole of it), not of the report's:
# the year its clause, sentence, paragraph or section names before it; the report's (YEAR_WORDS) where none does.
CONTEXT_YEAR_WORDS: tuple[Entry[str], ...] = _same(
    "the context's year",
    ("当年", "2019年起县财政设立教师奖励专项，当年全县新开公办幼儿园16所"),
    ("全年", "2019年，县财政设立教师奖励专项，全年新开公办幼儿园16所"),
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

# Comparison words whose 于 stands right before a year: the year is that of the figure compared with, no deadline
# (高于2020年的1.2万人: a stock of 2020, no goal).
COMPARED_WITH: tuple[Entry[str], ...] = _same(
    "compared with",
    ("高于", "全县在校生3.5万人,高于2020年的1.2万人"),
    ("低于", "全县大班额比例1.2%,低于2021年的6.5%"),
    ("多于", "全县新增学位1800个,多于2022年的1500个"),
    ("少于", "全县辍学学生3人,少于2021年的9人"),
    ("大于", "全县财政教育支出增幅6.2%,大于2021年的4.1%"),
    ("小于", "全县生师比13.1:1,小于2020年的15.2:1"),
    ("优于", "全县巩固率99.2%,优于2021年的98.6%"),
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

# Nouns that end with a base word (占比, 生师比): the year right after them is the figure's own, no compared value's
# (公办园在园幼儿占比2023年达到56.3%).
BASE_WORD_NOUNS: tuple[Entry[str], ...] = _same(
    "base noun",
    ("占比", "公办园在园幼儿占比2023年达到56.3%"),
    ("生师比", "小学生师比2023年为16.8:1"),
    ("师生比", "小学师生比2023年为1:16.8"),
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

# What may follow a year before the figure it dates, as part of the date: a season (2021年秋季的87家), a term
# (2021年秋季学期的87家), and the school year a year may name (2022学年度, no word of what is counted).
SEASON_WORDS: tuple[Entry[str], ...] = _same(
    "season",
    ("春季", "全县学科类校外培训机构由2021年春季的87家压减到2023年底的4家"),
    ("秋季", "全县学科类校外培训机构由2021年秋季的87家压减到2023年底的4家"),
)
TERM_WORDS: tuple[Entry[str], ...] = _same(
    "term",
    ("学期", "全县学科类校外培训机构由2021年秋季学期的87家压减到2023年底的4家"),
)

# A 分别为 list after a span of years (2022—2023年) is of the span's years, one each, unless the words between the
# span and 分别 name the list's items themselves: items joined (lang.subjects.LIST_JOINERS, or 同 here), a word that
# names two items at once (男女生), or a count of things (三所学校, read as a figure).
RESPECTIVE_JOINERS: tuple[Entry[str], ...] = _same(
    "joins the items",
    ("同", "2022—2023年,城区同农村学校生均经费分别为720元和950元"),
)
PAIR_WORDS: tuple[Entry[str], ...] = _same(
    "two items",
    ("男女", "2022—2023年,全县男女生人数分别为520人和480人"),
    ("城乡", "2022—2023年,城乡学校生均经费分别为720元和950元"),
    ("公民办", "2022—2023年,公民办幼儿园分别为12所和8所"),
)
# Words that hold a joiner's character and join nothing (besides lang.subjects.JOINER_COMPOUNDS): the list after them
# is still of the span's years.
RESPECTIVE_NOT_JOINERS: tuple[Entry[str], ...] = _same(
    "joins nothing",
    *(
        (w, f"2022—2023年,全县教育支出{w}增幅分别为5.2%和6.1%")
        for w in ("同比", "同期", "同时", "共同", "同步", "和谐", "总和")
    ),
)

# A region's standing facts: its divisions (辖12个乡镇), its area (1200平方公里) and its population (总人口45万人).
# They are no figures of the year a report reviews: one takes a year only from its own sentence (2022年末全县常住
# 人口38万人), never from its paragraph, its section or the report's year.
# The verb of a region's divisions, in the figure's clause before it (辖, 下辖, 管辖 hold it).
STANDING_HOLDERS: tuple[Entry[str], ...] = _same(
    "holds divisions",
    ("辖", "2022年,全县教育取得新成效。全县辖12个乡镇"),
)
# The divisions a holder counts: the subject ends with one (清河县辖乡镇; the list's next item, 行政村).
STANDING_DIVISIONS: tuple[Entry[str], ...] = _same(
    "division",
    *(
        (w, f"2022年,全县教育取得新成效。全县辖12个{w}")
        for w in ("乡镇", "镇", "乡", "街道", "办事处", "社区", "行政村", "村", "居委会", "村委会")
    ),
)
# What a subject ends with where it names a region's population or land (全县总人口, 户籍人口, 耕地面积; value "end"),
# or is alone ("whole": 人口, after 辖…乡镇): the stocks of a region. 总面积 is not here, a school's floor space has
# one too (its land's unit is, STANDING_UNITS); nor is a flow of people (出生人口, 新增人口, 入学人口).
STANDING_MEASURES: tuple[Entry[str], ...] = (
    *(
        Entry(w, "end", f"2022年,全县教育取得新成效。全县{w}45万人")
        for w in ("总人口", "户籍人口", "常住人口", "农业人口", "少数民族人口")
    ),
    Entry("耕地面积", "end", "2022年,全县教育取得新成效。全县耕地面积4万亩"),
    Entry("人口", "whole", "2022年,全县教育取得新成效。全县辖12个乡镇,人口45万人"),
)
# The units only a region's land is measured in.
STANDING_UNITS: tuple[Entry[str], ...] = _same(
    "land unit",
    ("平方公里", "2022年,全县教育取得新成效。全县总面积1200平方公里"),
)
