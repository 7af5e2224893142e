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
    ("work_before_driven", "2022年,加快推进乡镇中心校浴室建设,投资860万元,力争年内投用。", "860万元",
     "乡镇中心校浴室建设投资"),
    ("work_before_bought", "全年添置学生课外读物4.2万册,共投入资金96万元,着力营造书香校园。", "96万元",
     "添置学生课外读物投入资金"),
    ("work_before_aside", "扎实推进校园安防工程(含视频监控),投入资金430万元。", "430万元", "校园安防工程投入资金"),
    ("work_before_traditional", "紮實推進鄉鎮中心校浴室建設,投資860萬元,力爭年內投用。", "860萬元",
     "鄉鎮中心校浴室建設投資"),
    # the clause after opens with a verb of building or buying: it says what the money paid for, whatever stands
    # before (a topic, or a clause naming no work)
    ("work_after", "三是加强智慧校园建设。累计投入1800万元,升级全区学校网络设备。", "1800万元",
     "投入升级全区学校网络设备"),
    ("work_after_over_a_clause", "完善考务制度,投入300万元,建设标准化考场。", "300万元", "投入建设标准化考场"),
    # the thing a work was done to and the work (对/为 … 进行/实施)
    ("done_to_after", "2021年投资95万元,为8所小学进行了操场硬化。", "95万元", "小学操场硬化投资"),
    ("done_to_no_count", "累计投入1800万元,对全区学校网络设备进行更新。", "1800万元", "学校网络设备更新投入"),
    # a short topic sentence before the money, where the clause after tells what came of it
    ("topic_before", "加强学校食堂规范化建设。2021年投入650万元,全县食堂达标率达98%。", "650万元",
     "学校食堂规范化建设投入"),
    ("numbered_topic_before", "2.充实图书资源。投入460万元,公开招标采购图书12万册。", "460万元", "充实图书资源投入"),
    ("topic_before_not_a_purpose", "（二）加强校园消防建设。投入资金320万元,对学校安全起到重要保障作用。", "320万元",
     "校园消防建设投入资金"),
    # what the rule leaves: a clause of time is no work, nor a word a driving verb names (加强领导), nor a sentence
    # before that holds a figure or several clauses
    ("time_before", "2021年至今,投入资金340万元,升级照明教室60间。", "340万元", "投入资金升级照明教室"),
    ("driven_word", "加强领导,投入资金100万元,保障工作开展。", "100万元", "投入资金保障工作开展"),
    ("figure_sentence_before", "全县新建学校3所。投入1200万元,公开招标采购课桌椅。", "1200万元",
     "投入公开招标采购课桌椅"),
    ("clauses_sentence_before", "全县办学条件明显改善,积极推进学校建设。投入资金300万元,新校舍投入使用。", "300万元",
     "投入资金新校舍投入使用"),
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
    ("no_head", "新建小学3所、初中2所,共计5所。", "5所", "新建小学、初中共计"),
    ("no_comma", "新建小学3所、初中2所共计5所。", "5所", "新建小学、初中共计"),
    # a total of names listed before it stays theirs; a figure after the list with words of its own is no total
    ("names_listed", "访谈校长、教师、家长共156人。", "156人", "访谈校长、教师、家长"),
    ("own_words", "全县小学20所、初中8所,共有在校生12000人。", "12000人", "在校生"),
]


@pytest.mark.parametrize(("sentence", "text", "subject"), [e[1:] for e in EXAMPLES_REVIEW14_TOTALS],
                         ids=[e[0] for e in EXAMPLES_REVIEW14_TOTALS])
def test_a_total_after_a_list_of_figures_is_the_lists(sentence: str, text: str, subject: str) -> None:
    assert figure(sentence, text).subject == subject

