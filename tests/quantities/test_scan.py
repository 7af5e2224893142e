"""find_quantities on sentences written in the genre: what is found, with which span and kind."""

from __future__ import annotations

import pytest

from dutyreport.quantities.scan import MatchKind, find_quantities

# (sentence, [(surface, kind, to_dict())]) — sentences composed by us in the report genre.
EXAMPLES_REPORT_FORMS: list[tuple[str, list[tuple[str, str, dict[str, object]]]]] = [
    (
        "全年投入教育经费8.3861亿元,同比增长5.23%。",
        [
            ("8.3861亿元", "quantity", {"value": "838610000", "unit": "yuan", "qualifier": None}),
            ("5.23%", "quantity", {"value": "0.0523", "unit": "percent", "qualifier": None}),
        ],
    ),
    (
        "县财政投入1.5亿,新建学校3所。",
        [
            ("1.5亿", "quantity", {"value": "150000000", "unit": "yuan", "qualifier": None}),
            ("3所", "quantity", {"value": 3, "unit": "所", "qualifier": None}),
        ],
    ),
    (
        "2021—2022年共培训教师千余人次。",
        [
            ("2021—2022年", "date", {"value": [2021, 2022], "unit": "年", "qualifier": None}),
            ("千余人次", "quantity", {"value": 1000, "unit": "人次", "qualifier": "more_than"}),
        ],
    ),
    (
        "落实公用经费每生每年900元,生师比12.38:1。",
        [
            ("每生每年900元", "quantity", {"value": "900", "unit": "yuan/student/year", "qualifier": None}),
            ("12.38:1", "quantity", {"value": ["12.38", "1"], "unit": "ratio", "qualifier": None}),
        ],
    ),
    (
        "全面落实五项管理,消除大班额近30个。",
        [("近30个", "quantity", {"value": 30, "unit": "个", "qualifier": "approx"})],
    ),
    (
        "每校配备3至7人,举办培训二十多期。",
        [
            ("3至7人", "quantity", {"value": [3, 7], "unit": "人", "qualifier": None}),
            ("二十多期", "quantity", {"value": 20, "unit": "期", "qualifier": "more_than"}),
        ],
    ),
    (
        "资金缺口x万元,覆盖率x%。",
        [
            ("x万元", "quantity", {"value": None, "unit": "yuan", "qualifier": None}),
            ("x%", "quantity", {"value": None, "unit": "percent", "qualifier": None}),
        ],
    ),
    ("统一规划,逐一落实,一体推进。", []),
]

EXAMPLES_BUGS_CAUGHT: list[tuple[str, list[str]]] = [
    # 块 counted plots but came back as 3 yuan
    ("新建3块运动场。", ["3块"]),
    # the number of a labelled line (问题1：) came back as a figure without a unit
    ("问题1：学位紧张，缺口300个。\n任务2：新建学校2所。", ["300个", "2所"]),
    ("比例为1:12。", ["1:12"]),  # and a ratio stays a ratio
    # a range after a per-unit prefix came back as a per-unit amount and a bare amount
    ("生活补助按每人每月400元至900元的标准发放。", ["每人每月400元至900元"]),
    # find_quantities left the sign out of a negative percentage (issue 10, family 3)
    ("同比下降-3%。", ["-3%"]),
    # 一起/一块 before any word but a verb of doing together (来, 抓, 参与 …) is one of what it counts: a case or a
    # plot whose noun no list held came back as nothing
    ("全年发生一起学生溺水死亡事故，一起火灾，一起食物中毒，一起校园欺凌。", ["一起", "一起", "一起", "一起"]),
    ("建成一块标准化足球场。全县共发放一块奖牌。", ["一块", "一块"]),
]

# Forms met on real pages we had not seen (each a general one; the sentences are ours): dates a PDF or a
# converted document spaced out, a year left to be filled in, 一 with a measure word that makes an adverb, the
# two numbers of a page counter, a document number written in Traditional script.
EXAMPLES_UNSEEN_REPORTS: list[tuple[str, list[tuple[str, str]]]] = [
    # a date whose parts stand apart is a date, as written without the spaces
    (
        "学校于2023 年 4 月 18 日召开专题会议，新建教室6间。",
        [("2023 年 4 月 18 日", "date"), ("6间", "quantity")],
    ),
    ("力争 9 月底前完成改造，涉及学校3所。", [("9 月", "date"), ("3所", "quantity")]),
    ("截至 12 月 31 日，全年培训教师420人。", [("12 月 31 日", "date"), ("420人", "quantity")]),
    ("2022年　7　月，新增学位900个。", [("2022年　7　月", "date"), ("900个", "quantity")]),
    # a year left blank on a form to fill in: its century is no figure
    ("调研组于20__年3月12日进驻，抽查学校5所。", [("3月12日", "date"), ("5所", "quantity")]),
    ("经２０＿＿年度评估，达标学校12所。", [("12所", "quantity")]),
    # 一起 / 一块 as the adverb 'together' counts nothing; before a stop or a case noun it is a count
    ("让我们一起来学习，家校一起抓落实，师生一块劳动。", []),
    ("本年度发生校园安全事故一起，已妥善处置。", [("一起", "quantity")]),
    ("全年未发生一起校园欺凌事件，处置信访件3起。", [("一起", "quantity"), ("3起", "quantity")]),
    ("新建一块塑胶运动场。", [("一块", "quantity")]),
    ("全年未发生一起交通安全事故，一起研究整改措施。", [("一起", "quantity")]),
    # a page counter (1 / 10): the two terms of a fraction, spaced, as 1/10 is
    ("1 / 10\n全县共有学校12所。", [("12所", "quantity")]),
    # 號 closes a document number as 号 does
    ("依據(教督〔2021〕17號)文件，全縣新建學校3所。", [("3所", "quantity")]),
    # an ordinal spaced out (第 3 页, 第 12 条) is an ordinal, as 第3页 is
    ("详见第 3 页，按第　12　条规定新建学校2所。", [("2所", "quantity")]),
    # a document number a PDF spaced out or broke over lines keeps its numbers out of the figures
    ("根据(督办字〔\n2023\n〕\n7\n号)要求，新建学校3所。", [("3所", "quantity")]),
    ("按照教发〔 2022 〕 15 号文件，改造校舍6栋。", [("6栋", "quantity")]),
    # the year of a document number in any of its brackets (lang.docnumbers.BRACKET_FORMS but parentheses) is no
    # figure; was read as a count in 【】, ［］ and ﹝﹞
    ("依照川教函【2023】58号要求，新建学校2所。", [("2所", "quantity")]),
    ("根据教基［2021］9号，改造校舍4栋。", [("4栋", "quantity")]),
    ("按京教督﹝2022﹞11号部署，新增学位300个。", [("300个", "quantity")]),
    ("按照川教函【 2023 】 58 号文件，新建学校2所。", [("2所", "quantity")]),
    # a number joined by a hyphen to a run that opens with 0 is part of a code or a date (索引号 2022-00031, 05-18)
    ("（2022-00031）新建学校3所。", [("3所", "quantity")]),
    ("更新于 05-18，新建学校3所。", [("3所", "quantity")]),
    # a number glued to the end of a line after a document's kind (目录: …自评报告12; a copy: …报告篇2) is its
    # page or copy number; after other words it stays a figure (a flattened table's cell)
    ("目录\n一、县级人民政府履职自评报告12\n二、整改工作方案篇2\n", []),
    ("小学学校数15\n全县共提交自评报告15份。", [("15", "quantity"), ("15份", "quantity")]),
]

# A new-user trial: a ratio with 比 between two numbers is one ratio in running text, as with a colon; 比 with no
# number right before and after it is 'compared with', and its figures stay what they were.
EXAMPLES_USER_TRIAL: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("全县小学生师比为16.5比1，比上年增长3%。", [("16.5比1", "ratio"), ("3%", "percent")]),
    ("初中生师比十二点五比一，达到省定标准。", [("十二点五比一", "ratio")]),
    ("师生比达到1比13的标准。", [("1比13", "ratio")]),
    ("今年新建学校6所，比2021年多2所。", [("6所", "所"), ("2021年", "年"), ("2所", "所")]),
    ("全年招生1200比2022年多", [("1200", None), ("2022年", "年")]),
    ("在校生300比200多", [("300", None), ("200", None)]),
    ("开展三比三看活动，全县学校6所。", [("6所", "所")]),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_USER_TRIAL, ids=[t for t, _ in EXAMPLES_USER_TRIAL])
def test_user_trial_ratio_word(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [m for m in find_quantities(text) if m.quantity is not None]
    assert [(m.text, m.quantity.unit) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


EXAMPLES_XFAIL: list[tuple[str, list[str], str]] = [
    ("每校配备3 至 5 名", ["3 至 5 名"], "spaces around a range's separator are not joined (grammar.py, range)"),
    ("开辟一块劳动实践基地。", ["一块"], "劳动 after 一块 reads as 'together', though a plot's noun follows it"),
]


def _seen(text: str) -> list[tuple[str, str, dict[str, object]]]:
    return [(m.text, m.kind.value, m.quantity.to_dict()) for m in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_REPORT_FORMS, ids=[t[:10] for t, _ in EXAMPLES_REPORT_FORMS])
def test_report_sentences(text: str, expected: list[tuple[str, str, dict[str, object]]]) -> None:
    assert _seen(text) == expected
    for m in find_quantities(text):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(("text", "surfaces"), EXAMPLES_BUGS_CAUGHT, ids=[t for t, _ in EXAMPLES_BUGS_CAUGHT])
def test_bugs_caught(text: str, surfaces: list[str]) -> None:
    found = find_quantities(text)
    assert [m.text for m in found] == surfaces
    assert all(m.quantity.to_dict()["unit"] != "yuan" for m in found)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [pytest.param(t, s, marks=pytest.mark.xfail(strict=True, reason=r)) for t, s, r in EXAMPLES_XFAIL],
    ids=[t for t, _, _ in EXAMPLES_XFAIL],
)
def test_known_gaps(text: str, surfaces: list[str]) -> None:
    assert [m.text for m in find_quantities(text)] == surfaces


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_UNSEEN_REPORTS, ids=[t for t, _ in EXAMPLES_UNSEEN_REPORTS])
def test_unseen_reports(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_quantities(text)
    assert [(m.text, m.kind.value) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


# A bare amount in 亿/万 after a word of money is yuan in a text in Traditional characters too
# (億, 萬 after 經費, 資金), and so is the next item of its list.
EXAMPLES_TRADITIONAL_MONEY: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("全縣義務教育經費為3.15億。", [("3.15億", "yuan")]),
    ("籌措資金860萬，用於校舍改造。", [("860萬", "yuan")]),
    ("教育支出分別為1.2億、1.6億。", [("1.2億", "yuan"), ("1.6億", "yuan")]),
    ("全县教育经费为3.15亿。", [("3.15亿", "yuan")]),
    ("全縣人口為35.6萬。", [("35.6萬", None)]),  # (no word of money before it: a count)
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_TRADITIONAL_MONEY)
def test_amounts_after_a_word_of_money_in_either_script(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.text, m.quantity.to_dict()["unit"]) for m in find_quantities(text)] == expected


def test_year_span_is_a_date_not_a_subtraction() -> None:
    (m,) = find_quantities("2020-2021学年")
    assert m.kind is MatchKind.DATE
    assert m.quantity.value == (2020, 2021)


def test_spans_hold_for_full_width_input() -> None:
    text = "达标率为９８．５％，新增学位１，２００个。"
    found = find_quantities(text)
    assert [text[m.start : m.end] for m in found] == ["９８．５％", "１，２００个"]
    assert [m.quantity.to_dict()["value"] for m in found] == ["0.985", 1200]


# A reviewer's findings (sentences ours): a ratio of more than two terms (1比2比3, 1:2:3) is no ratio of two and
# none of its numbers a figure; 比 between two years compares them (2023比2022); a number that touches a character
# lost in decoding (U+FFFD) is masked: a placeholder, never the digits left on one side of it.
EXAMPLES_REVIEW: list[tuple[str, list[tuple[str, dict[str, object]]]]] = [
    ("各学段的班额比例为1比2比3。", []),
    ("各学段的班额比例为1:2:3。", []),
    ("各类用房面积之比为1：2：3：4，合计8所。", [("8所", {"value": 8, "unit": "所", "qualifier": None})]),
    ("各学段投入之比为一比二比三。", []),
    # (a two-term ratio and a 'compared with' beside numbers stay as they were)
    ("全县生师比为13比1，班额120比110下降。", [
        ("13比1", {"value": ["13", "1"], "unit": "ratio", "qualifier": None}),
        ("120", {"value": 120, "unit": None, "qualifier": None}),
        ("110", {"value": 110, "unit": None, "qualifier": None}),
    ]),
    ("入学人数2023比2022，增长了6%。", [("6%", {"value": "0.06", "unit": "percent", "qualifier": None})]),
    ("学校数1998比2005。", []),
    # (a lost character away from the digits masks nothing)
    ("教师98人\ufffd，学校5所。", [
        ("98人", {"value": 98, "unit": "人", "qualifier": None}),
        ("5所", {"value": 5, "unit": "所", "qualifier": None}),
    ]),
]


# (a number that touches a character lost in decoding)
EXAMPLES_REVIEW_LOST: list[tuple[str, list[tuple[str, dict[str, object]]]]] = [
    ("在校生1\ufffd350人，教师98人。", [
        ("1\ufffd350人", {"value": None, "unit": "人", "qualifier": None}),
        ("98人", {"value": 98, "unit": "人", "qualifier": None}),
    ]),
    ("新建校舍\ufffd40平方米。", [("\ufffd40平方米", {"value": None, "unit": "平方米", "qualifier": None})]),
    ("合格率达到96\ufffd%。", [("96\ufffd%", {"value": None, "unit": "percent", "qualifier": None})]),
    ("投入资金3\ufffd.5万元。", [("3\ufffd.5万元", {"value": None, "unit": "yuan", "qualifier": None})]),
]


_REVIEW = EXAMPLES_REVIEW + EXAMPLES_REVIEW_LOST


@pytest.mark.parametrize(("text", "expected"), _REVIEW, ids=[t for t, _ in _REVIEW])
def test_review(text: str, expected: list[tuple[str, dict[str, object]]]) -> None:
    found = [m for m in find_quantities(text) if m.kind is MatchKind.QUANTITY]
    assert [(m.text, m.quantity.to_dict()) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


# Round 10's review (sentences ours). A template's field (lang.numbers.FIELD_BRACKETS: 【】, {{ }}) with a unit
# after it is a figure as the form writes it: filled, its value; left unfilled (x, xx, ***, blank), a placeholder
# with no value, as x万元 is; its span holds the brackets. A document number keeps its year and 号 shape and stays
# no figure. A colon between two years (2023:2022) compares them, as 比 does: no ratio.
EXAMPLES_ROUND10: list[tuple[str, list[tuple[str, dict[str, object]]]]] = [
    ("全县共有小学【12】所，在校生【3560】人。", [
        ("【12】所", {"value": 12, "unit": "所", "qualifier": None}),
        ("【3560】人", {"value": 3560, "unit": "人", "qualifier": None}),
    ]),
    ("初中{{3}}所，专任教师{{215}}名，巩固率{{98.5}}%。", [
        ("{{3}}所", {"value": 3, "unit": "所", "qualifier": None}),
        ("{{215}}名", {"value": 215, "unit": "名", "qualifier": None}),
        ("{{98.5}}%", {"value": "0.985", "unit": "percent", "qualifier": None}),
    ]),
    ("本年度投入资金{{x}}万元，新建学校【xx】所。", [
        ("{{x}}万元", {"value": None, "unit": "yuan", "qualifier": None}),
        ("【xx】所", {"value": None, "unit": "所", "qualifier": None}),
    ]),
    ("新建校舍【 】平方米，投入{{  }}万元。", [
        ("【 】平方米", {"value": None, "unit": "平方米", "qualifier": None}),
        ("{{  }}万元", {"value": None, "unit": "yuan", "qualifier": None}),
    ]),
    ("共有乡镇中心校【 12 】所，覆盖率【90】%以上。", [
        ("【 12 】所", {"value": 12, "unit": "所", "qualifier": None}),
        ("【90】%以上", {"value": "0.9", "unit": "percent", "qualifier": "more_than"}),
    ]),
    # (a scale word after the field is the figure's, as after a number)
    ("投入资金【3】万元，其中省级{{1.5}}亿元。", [
        ("【3】万元", {"value": "30000", "unit": "yuan", "qualifier": None}),
        ("{{1.5}}亿元", {"value": "150000000", "unit": "yuan", "qualifier": None}),
    ]),
    # (a measure word that traps what follows is read as it is outside a field)
    ("涉及【12】个部门，新建学校2所。", [
        ("【12】个", {"value": 12, "unit": "个", "qualifier": None}),
        ("2所", {"value": 2, "unit": "所", "qualifier": None}),
    ]),
    # (a document number in the same brackets stays none)
    ("依照川教函【2023】58号要求，新建学校【2】所。", [("【2】所", {"value": 2, "unit": "所", "qualifier": None})]),
    # (a colon between two years)
    ("在校生人数2023:2022，增长了6%。", [("6%", {"value": "0.06", "unit": "percent", "qualifier": None})]),
    ("对比年份为2021：2020，生师比为15:1。", [("15:1", {"value": ["15", "1"], "unit": "ratio", "qualifier": None})]),
    ("2022年：2023年两年对比，新建学校5所。", [("5所", {"value": 5, "unit": "所", "qualifier": None})]),
]


# (Round 10, ours) A calendar year with 年 and a qualifier word before or after it is the date, never a number of
# years with a qualifier; a number of years after a duration's cue keeps its qualifier.
EXAMPLES_ROUND10_YEARS: list[tuple[str, list[tuple[str, str, dict[str, object]]]]] = [
    ("2019年以上的校舍已全部改造。", [("2019年", "date", {"value": 2019, "unit": "年", "qualifier": None})]),
    ("入学率高于2021年水平。", [("2021年", "date", {"value": 2021, "unit": "年", "qualifier": None})]),
    ("生均经费不低于2020年。", [("2020年", "date", {"value": 2020, "unit": "年", "qualifier": None})]),
    ("约2019年建成。", [("2019年", "date", {"value": 2019, "unit": "年", "qualifier": None})]),
    ("连续30年以上无事故。", [("30年以上", "quantity", {"value": 30, "unit": "年", "qualifier": "more_than"})]),
    # (in a template's field: the year before 年 is the date; a number of years after a duration's cue a figure)
    ("于【2023】年底前完成，已连续{{3}}年无事故。", [
        ("【2023】年", "date", {"value": 2023, "unit": "年", "qualifier": None}),
        ("{{3}}年", "quantity", {"value": 3, "unit": "年", "qualifier": None}),
    ]),
    ("辖【xx】镇【 】个行政村。", [
        ("【xx】镇", "quantity", {"value": None, "unit": "镇", "qualifier": None}),
        ("【 】个", "quantity", {"value": None, "unit": "个", "qualifier": None}),
    ]),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_ROUND10_YEARS, ids=[t for t, _ in EXAMPLES_ROUND10_YEARS])
def test_round10_a_year_with_a_qualifier_is_its_date(
    text: str, expected: list[tuple[str, str, dict[str, object]]]
) -> None:
    assert _seen(text) == expected


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_ROUND10, ids=[t for t, _ in EXAMPLES_ROUND10])
def test_round10_fields_and_years(text: str, expected: list[tuple[str, dict[str, object]]]) -> None:
    found = [m for m in find_quantities(text) if m.kind is MatchKind.QUANTITY]
    assert [(m.text, m.quantity.to_dict()) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


# Round 10's second review (sentences ours). A template's field reads as the text without its brackets on both
# sides: the words before it (an ordinal's 第, a qualifier, a range's first field) are read with it as they are
# before a number, a blank field is one of blank marks (lang.numbers.FIELD_BLANKS) and spaces, a field inside
# another reads as its number; the span holds the brackets.
EXAMPLES_REVIEW10: list[tuple[str, list[tuple[str, str, dict[str, object]]]]] = [
    # (an ordinal written with a field is no figure, as 第3条 is none)
    ("依据第【3】条规定，全县新建学校5所。", [("5所", "quantity", {"value": 5, "unit": "所", "qualifier": None})]),
    ("全县义务教育质量排名第【3】位，新增教师【45】名。", [
        ("【45】名", "quantity", {"value": 45, "unit": "名", "qualifier": None}),
    ]),
    ("入选第【3】批示范校的学校{{2}}所。", [("{{2}}所", "quantity", {"value": 2, "unit": "所", "qualifier": None})]),
    # (a field that numbers a list's item before 个别 'a few' is a list mark: 个别 is a word, not 个 and 别)
    ("【1】个别学校功能室不足，【2】新建学校{{2}}所。", [
        ("{{2}}所", "quantity", {"value": 2, "unit": "所", "qualifier": None}),
    ]),
    # (a qualifier before the field is the figure's)
    ("全县新增公办学位约【3000】个。", [
        ("约【3000】个", "quantity", {"value": 3000, "unit": "个", "qualifier": "approx"}),
    ]),
    ("受资助学生近{{3000}}人。", [("近{{3000}}人", "quantity", {"value": 3000, "unit": "人", "qualifier": "approx"})]),
    # (a range of two fields is one range)
    ("计划建设【3】-【5】所寄宿制学校。", [
        ("【3】-【5】所", "quantity", {"value": [3, 5], "unit": "所", "qualifier": None}),
    ]),
    ("体育课时占比【3】%-【5】%。", [
        ("【3】%-【5】%", "quantity", {"value": ["0.03", "0.05"], "unit": "percent", "qualifier": None}),
    ]),
    # (a date of fields spans its month; a sign in the field is the figure's)
    ("于【2023】年【5】月完成验收。", [
        ("【2023】年【5】月", "date", {"value": 2023, "unit": "年", "qualifier": None}),
    ]),
    ("辍学人数同比增长【-3】%。", [("【-3】%", "quantity", {"value": "-0.03", "unit": "percent", "qualifier": None})]),
    # (a blank field of underscores and spaces, and a field inside another)
    ("全镇共【_ _】所完全小学。", [("【_ _】所", "quantity", {"value": None, "unit": "所", "qualifier": None})]),
    ("全镇共【＿＿】所村小。", [("【＿＿】所", "quantity", {"value": None, "unit": "所", "qualifier": None})]),
    ("新建幼儿园【{{3}}】所。", [("【{{3}}】所", "quantity", {"value": 3, "unit": "所", "qualifier": None})]),
    # (a field read as a bare number, no unit after it, is left as written: here a list's mark)
    ("一、主要做法\n【1】加强学校管理，新建学校【3】所。", [
        ("【3】所", "quantity", {"value": 3, "unit": "所", "qualifier": None}),
    ]),
]


# Round 11 (ours): a field holding a small number where an item opens (a line's start, after a stop, a semicolon, a
# comma or a colon) numbers the item, whatever word follows it: 【2】人员配备 is item 2 about staff, not two people.
# A field after the words it counts stays a figure.
EXAMPLES_ROUND11_ITEM_FIELDS: list[tuple[str, list[tuple[str, str, dict[str, object]]]]] = [
    ("一、基本情况\n【2】人员配备：专任教师{{120}}人。", [
        ("{{120}}人", "quantity", {"value": 120, "unit": "人", "qualifier": None}),
    ]),
    ("【3】所属学区：城关学区，辖学校【6】所。", [
        ("【6】所", "quantity", {"value": 6, "unit": "所", "qualifier": None}),
    ]),
    ("存在问题：【1】经费不足；【2】名额分配不均。", []),
    ("新建学校【3】所，配备教师【12】人。", [
        ("【3】所", "quantity", {"value": 3, "unit": "所", "qualifier": None}),
        ("【12】人", "quantity", {"value": 12, "unit": "人", "qualifier": None}),
    ]),
]


@pytest.mark.parametrize(
    ("text", "expected"), EXAMPLES_ROUND11_ITEM_FIELDS, ids=[t for t, _ in EXAMPLES_ROUND11_ITEM_FIELDS]
)
def test_round11_a_field_opening_an_item_is_its_mark(
    text: str, expected: list[tuple[str, str, dict[str, object]]]
) -> None:
    assert _seen(text) == expected


# Round 11 (ours): the numbers of a list's items run into the words when a page lost its line breaks (…方面1加强…。
# 2提升…): bare numbers 1, 2, 3 … in order, each right before a word, number items; a bare number alone stays read.
EXAMPLES_ROUND11_RUN_IN_ITEMS: list[tuple[str, list[str]]] = [
    ("（一）党的建设方面1加强党的领导，落实主体责任。2提升教师素质，培训教师300人次。", ["300人次"]),
    ("工作回顾1强化管理，新建学校2所；2优化布局；3完善机制。", ["2所"]),
    ("主要成效1教师队伍稳定。全年招聘教师45名。", ["1", "45名"]),  # (no item 2 after it: not a list)
    ("生均用地面积为18平方米，较上年增加2，较全省平均高3。", ["18平方米", "2", "3"]),  # (no word after: figures)
]


@pytest.mark.parametrize(
    ("text", "expected"), EXAMPLES_ROUND11_RUN_IN_ITEMS, ids=[t for t, _ in EXAMPLES_ROUND11_RUN_IN_ITEMS]
)
def test_round11_run_in_item_numbers_are_no_figures(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_quantities(text) if m.kind is MatchKind.QUANTITY] == expected


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_REVIEW10, ids=[t for t, _ in EXAMPLES_REVIEW10])
def test_review10_a_field_reads_with_the_words_before_it(
    text: str, expected: list[tuple[str, str, dict[str, object]]]
) -> None:
    assert _seen(text) == expected
    for m in find_quantities(text):
        assert text[m.start : m.end] == m.text and m.quantity.text == m.text


# (Round 10's second review, ours) Two years' numbers with a colon between them are a real ratio where a word
# naming a ratio (lang.numbers.RATIO_NAMES) stands before them: the head counts of two groups, not two years.
EXAMPLES_REVIEW10_RATIOS: list[tuple[str, list[tuple[str, str, dict[str, object]]]]] = [
    ("全校男女生之比为2012:1998。", [
        ("2012:1998", "quantity", {"value": ["2012", "1998"], "unit": "ratio", "qualifier": None}),
    ]),
    ("城乡教师比例为2012：1988。", [
        ("2012：1988", "quantity", {"value": ["2012", "1988"], "unit": "ratio", "qualifier": None}),
    ]),
    ("寄宿生与走读生比为2010:2005。", [
        ("2010:2005", "quantity", {"value": ["2010", "2005"], "unit": "ratio", "qualifier": None}),
    ]),
    # (without such a word, two years set side by side stay no ratio)
    ("招生人数2023:2022同比持平。", []),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_REVIEW10_RATIOS, ids=[t for t, _ in EXAMPLES_REVIEW10_RATIOS])
def test_review10_a_named_ratio_of_year_sized_terms_is_a_ratio(
    text: str, expected: list[tuple[str, str, dict[str, object]]]
) -> None:
    assert _seen(text) == expected


# Review 11: a qualifier word before a figure and one after it: the one after decides, for a ratio as for a count or a
# per-cent (约为15:1以上 is more than 15:1, as 约120人以上 is more than 120).
EXAMPLES_REVIEW11_QUALIFIERS = [
    ("全县中小学生师比约为15:1以上。", "more_than"),
    ("寄宿生与走读生之比不超过3:2左右。", "approx"),
    ("城区班额比不低于1.2:1以内。", "at_most"),
    ("生师比约为18:1。", "approx"),
    ("生师比19:1以下。", "less_than"),
    ("全县专任教师约为120人以上。", "more_than"),
    ("学前三年毛入园率约为90%以上。", "more_than"),
]


@pytest.mark.parametrize(
    ("text", "qualifier"), EXAMPLES_REVIEW11_QUALIFIERS, ids=[t for t, _ in EXAMPLES_REVIEW11_QUALIFIERS]
)
def test_review11_the_qualifier_after_a_figure_decides(text: str, qualifier: str) -> None:
    (m,) = find_quantities(text)
    assert m.quantity.to_dict()["qualifier"] == qualifier
