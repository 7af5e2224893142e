"""Money given by a verb alone (投资860万元, 投入资金96万元): what it paid for, read from real reports' ways of saying
it that the subject reader missed on texts it had not seen. The work is named by the clause of the sentence before
the money, by the clause after it where that clause opens with the work (or with 对/用于), or by a short topic
sentence before it; a clause of what came of the money is none of these.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport as d

HEAD = "某县教育工作自查报告\n一、基本情况\n"


def figure(body: str, text: str) -> d.Indicator:
    (found,) = [i for i in d.parse(HEAD + body).indicators if i.text == text]
    return found


# (sentence, money figure, subject)
EXAMPLES_REVIEW14_MONEY_FOR = [
    # the clause before, in the same sentence, names the work (a verb driving it on left out, a verb of building kept)
    ("work_before_driven", "今年加快推进乡镇中心校浴室建设,投资860万元,力争年内投用。", "860万元",
     "乡镇中心校浴室建设投资"),
    ("work_before_bought", "全年添置学生课外读物4.2万册,共投入资金96万元,着力营造书香校园。", "96万元",
     "添置学生课外读物投入资金"),
    ("work_before_aside", "扎实推进校园安防工程(含视频监控),投入资金430万元。", "430万元", "校园安防工程投入资金"),
    ("work_before_traditional", "紮實推進鄉鎮中心校浴室建設,投資860萬元,力爭年內投用。", "860萬元",
     "鄉鎮中心校浴室建設投資"),
    ("work_with_a_digit", "推进5G校园网络建设,投入资金650万元。", "650万元", "5G校园网络建设投入资金"),
    # a clause after that only says what came of the money (改善…) leaves the work before it the money's
    ("better_after", "加快推进乡镇寄宿制学校建设,投资2400万元,改善住宿条件。", "2400万元", "乡镇寄宿制学校建设投资"),
    # the clause after opens with a verb of building or buying: it says what the money paid for, whatever stands
    # before (a topic, or a clause naming a work)
    ("build_after", "（三）推进录播教室建设。投入420万元,新建录播教室6间。", "420万元", "投入新建录播教室"),
    ("build_after_over_a_clause", "完善考务制度,投入300万元,建设标准化考场。", "300万元", "投入建设标准化考场"),
    # the thing a work was done to and the work (对/为 … 进行/实施 a work)
    ("done_to_after", "2021年投资95万元,为辖区8个教学点进行了旱厕改造。", "95万元", "辖区教学点旱厕改造投资"),
    ("done_to_no_count", "先后投入420万元,对各校录播教室进行升级。", "420万元", "各校录播教室升级先后投入"),
    # a short topic sentence before the money, where the clause after tells what came of it
    ("topic_before", "加强学校食堂规范化建设。2021年投入650万元,全县食堂达标率达98%。", "650万元",
     "学校食堂规范化建设投入"),
    ("numbered_topic_before", "（二）完善实验室配备。投入85万元,实验仪器配齐率达到100%。", "85万元",
     "完善实验室配备投入"),
    ("topic_before_not_a_purpose", "（二）加强校园消防建设。投入资金320万元,对学校安全起到重要保障作用。", "320万元",
     "校园消防建设投入资金"),
    # what the rule leaves: a clause of time is no work, nor what a driving verb drives where it names no work
    # (加强组织领导), nor a sentence before that holds a figure or several clauses, nor 对/为 … 实施/进行 of no work
    ("time_before", "2020年以来,投入资金75万元,更换教室护眼灯具400套。", "75万元", "投入资金更换教室护眼灯具"),
    ("driven_no_work", "加强组织领导,投入资金100万元,保障工作开展。", "100万元", "投入资金保障工作开展"),
    ("figure_sentence_before", "全县新增学位900个。投入1200万元,同步配套课桌椅。", "1200万元", "投入同步配套课桌椅"),
    ("clauses_sentence_before", "推进学校建设,办学条件明显改善。投入资金300万元,新校舍投入使用。", "300万元",
     "投入资金新校舍投入使用"),
    ("done_to_no_work", "投入资金300万元,对学校实施安全管理起到重要作用。", "300万元",
     "投入资金对学校实施安全管理起到重要作用"),
    # a clause that says what money before it paid for, or holds money, is that money's
    ("another_moneys_work", "投入资金2000万元,新建幼儿园5所,投入资金1500万元,改扩建幼儿园3所。", "1500万元",
     "投入资金改扩建幼儿园"),
    ("money_before", "完成投资5000万元,投入资金3000万元。", "3000万元", "投入资金"),
    ("after_another_moneys_work", "投入资金2000万元,新建幼儿园5所,投入资金1500万元,着力改善保教条件。", "1500万元",
     "投入资金着力改善保教条件"),
    ("money_in_the_clause", "新建幼儿园投资5000万元,投入资金3000万元。", "3000万元", "投入资金"),
]


@pytest.mark.parametrize(("sentence", "text", "subject"), [e[1:] for e in EXAMPLES_REVIEW14_MONEY_FOR],
                         ids=[e[0] for e in EXAMPLES_REVIEW14_MONEY_FOR])
def test_money_given_by_a_verb_alone_is_the_works(sentence: str, text: str, subject: str) -> None:
    assert figure(sentence, text).subject == subject


def test_the_work_before_is_read_within_reach() -> None:
    # a clause longer than a work's name is read (no break within reach) names none: the words are not read back
    # to the text's start
    long_work = "积极推进" + "乡镇中心学校和村级完全小学及教学点" * 3 + "建设"
    (money,) = [i for i in d.parse(long_work + ",投资860万元。").indicators if i.text == "860万元"]
    assert money.subject is not None and "乡镇中心学校" not in money.subject


def test_a_topic_sentence_is_read_only_on_the_figures_line() -> None:
    # a topic sentence on the line before is a heading of its own or a paragraph's end: no work of this money
    found = figure("加强学校食堂规范化建设\n2021年投入650万元,全县食堂达标率达98%。", "650万元")
    assert found.subject is not None and "食堂规范化" not in found.subject


# A total whose words are a total word alone, right after a list of figures joined by 、: the list's head and the
# word, else the list's items (not the last item's subject). (sentence, total, subject)
EXAMPLES_REVIEW14_TOTALS = [
    ("head_with_wei", "改造经费为校舍改造80万元、操场改造40万元、围墙改造15万元,合计135万元。", "135万元",
     "改造经费合计"),
    ("head_with_baokuo", "全县教育经费包括事业费300万元、基建经费200万元,合计500万元。", "500万元", "教育经费合计"),
    ("head_with_colon", "全县教育经费：事业费300万元、基建经费200万元,合计500万元。", "500万元", "教育经费合计"),
    ("no_head", "新建小学3所、初中2所,共计5所。", "5所", "新建小学、初中共计"),
    ("no_comma", "新建小学3所、初中2所共计5所。", "5所", "新建小学、初中共计"),
    # a head mark outside the first item's clause, or the first item's own (小学为20所), heads no list
    ("mark_in_another_clause", "全县教育投入为5000万元,其中事业费300万元、基建经费200万元,合计500万元。", "500万元",
     "事业费、基建经费合计"),
    ("mark_of_the_first_item", "全县学校中,小学为20所、初中为8所,合计28所。", "28所", "小学、初中合计"),
    ("items_named_alike", "2021年新建幼儿园3所、2022年新建幼儿园2所,共计5所。", "5所", "新建幼儿园共计"),
    # a total of names listed before it stays theirs; a figure after the list with words of its own is no total
    ("names_listed", "访谈校长、教师、家长共156人。", "156人", "访谈校长、教师、家长"),
    ("own_words", "全县小学20所、初中8所,共有在校生12000人。", "12000人", "在校生"),
]


@pytest.mark.parametrize(("sentence", "text", "subject"), [e[1:] for e in EXAMPLES_REVIEW14_TOTALS],
                         ids=[e[0] for e in EXAMPLES_REVIEW14_TOTALS])
def test_a_total_after_a_list_of_figures_is_the_lists(sentence: str, text: str, subject: str) -> None:
    assert figure(sentence, text).subject == subject


def test_a_head_line_is_its_last_sentence() -> None:
    # items listed under a line that ends with a colon share its head: the words of its last sentence, not of the
    # sentences before it on the line (and an item's own label with the score it can get, 满分, comes first)
    body = (
        "经综合评定,全县学校办学水平评价总得分为86分,等次为良好。各校办学条件得分如下:\n"
        "(一)城区学校:满分30分,平均得分27分;\n"
        "(二)农村学校:平均得分24分;\n"
    )
    assert figure(body, "30分").subject == "城区学校满分"
    head = figure(body, "24分").subject or ""
    assert "等次为良好" not in head and "总得分" not in head


def test_a_total_of_two_years_figures_is_of_neither() -> None:
    # the items of a list dated differently: their total has no single year; items of one year: that year
    two = d.parse(HEAD + "2021年新建幼儿园3所、2022年新建幼儿园2所,共计5所。").indicators
    assert [(i.text, i.year) for i in two] == [("3所", 2021), ("2所", 2022), ("5所", None)]
    one = d.parse(HEAD + "2023年新建小学3所、初中2所,共计5所。").indicators
    assert [(i.text, i.year) for i in one] == [("3所", 2023), ("2所", 2023), ("5所", 2023)]

