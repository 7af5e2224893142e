"""Money given by a verb alone (投资7000万元, 投入资金348万元): what it paid for, read from real reports' ways of saying
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
    ("work_before_driven", "2022年,积极推进农村学校食堂建设,投资2600万元,对12所学校进行改造。", "2600万元",
     "农村学校食堂建设投资"),
    ("work_before_bought", "另购置新型护眼灯具3200套,共投入资金265万元,着力改善教室照明。", "265万元",
     "购置新型护眼灯具投入资金"),
    ("work_before_masked_year", "20XX年,大力实施校园安防工程,投入资金860万元。", "860万元", "校园安防工程投入资金"),
    # the clause after opens with the work, or with 对 or 用于: it says what the money paid for
    ("work_after", "三是打造智慧校园。累计投入1800万元,升级全区学校网络设备。", "1800万元", "投入升级全区学校网络设备"),
    ("object_after", "三是打造智慧校园。累计投入1800万元,对全区学校网络设备进行更新。", "1800万元",
     "投入对全区学校网络设备进行更新"),
    ("done_to_after", "2021年投资95万元,为8所小学进行了操场硬化。", "95万元", "操场硬化投资"),
    # a short topic sentence before the money, where the clause after tells what came of it
    ("topic_before", "加强教育装备配置。2021年投入1900万元,全县仪器设备配齐率达95%。", "1900万元", "教育装备配置投入"),
    ("numbered_topic_before", "2.充实图书资源。投入460万元,公开招标采购图书12万册。", "460万元", "充实图书资源投入"),
    # what the rule leaves: a clause of time is no work, nor a sentence before that holds a figure
    ("time_before", "2021年至今,投入资金340万元,升级照明教室60间。", "340万元", "投入资金升级照明教室"),
    ("figure_sentence_before", "全县新建学校3所。投入1200万元,公开招标采购课桌椅。", "1200万元",
     "投入公开招标采购课桌椅"),
]


@pytest.mark.parametrize(("sentence", "text", "subject"), [e[1:] for e in EXAMPLES_REVIEW14_MONEY_FOR],
                         ids=[e[0] for e in EXAMPLES_REVIEW14_MONEY_FOR])
def test_money_given_by_a_verb_alone_is_the_works(sentence: str, text: str, subject: str) -> None:
    assert figure(sentence, text).subject == subject


def test_a_topic_sentence_is_read_only_on_the_figures_line() -> None:
    # a topic sentence on the line before is a heading of its own or a paragraph's end: no work of this money
    found = figure("加强教育装备配置\n2021年投入1900万元,全县仪器设备配齐率达95%。", "1900万元")
    assert found.subject is not None and "装备配置" not in found.subject


# A total whose words are a total word alone, right after a list of figures joined by 、: the list's head and the
# word, else the list's items (not the last item's subject). (sentence, total, subject)
EXAMPLES_REVIEW14_TOTALS = [
    ("head_with_wei", "收购资金为置换资金130万元、房屋收购资金50万元、土地征收20万元,共计200万元。", "200万元",
     "收购资金共计"),
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

