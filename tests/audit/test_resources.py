"""What the audit takes from outside and leaves behind: the caller's decimal context changes nothing,
and nothing derived from a text outlives its parse."""

from __future__ import annotations

import gc
import tracemalloc

import dutyreport

HEAD = "某县教育自查报告\n一、基本情况\n"


def test_nothing_derived_from_a_text_outlives_its_parse() -> None:
    # One line of a thousand thresholds: the audit once kept each threshold's sentence so far (up to
    # the whole line) in a process-wide cache, 700 times the text's size after parse returned.
    dutyreport.parse(HEAD + "全面化解56人以上大班额，" * 20)  # (the stages' patterns compiled)
    text = HEAD + "全面化解56人以上大班额，" * 1000 + "\n"
    gc.collect()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        report = dutyreport.parse(text)
        assert len(report.checks) > 0
        del report
        gc.collect()
        after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert after - before < len(text)  # (bytes: the text alone is twice that)
