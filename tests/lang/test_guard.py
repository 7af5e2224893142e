"""One guard over every word table in :mod:`dutyreport.lang`: each one is read back by a test.

A *table* is a public name a lang module assigns at its top level whose value is an ``Entry``, a
``PatternEntry``, a tuple (of entries, or of pairs of an entry and its value) or a dict. ``TESTED``
names, for each table, the test that reads its entries back through the stage that uses it. The guard
fails when a table is missing from ``TESTED`` (a new table needs its test), when a registered test does
not exist, or when the test's file never names the table; and every entry of every table is checked for
what the row types promise (an example, no repeated row).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest
import regex

import dutyreport.lang
from dutyreport.lang.entry import Entry, PatternEntry

TESTS = Path(__file__).resolve().parent.parent

# table ("module.NAME") -> the test that reads its entries back ("path under tests/::function")
TESTED: dict[str, str] = {
    # lang.numbers: the numeral parser and the quantity scanner
    **{
        f"numbers.{name}": f"lang/test_numbers_tables.py::{test}"
        for name, test in {
            "DIGITS": "test_digits",
            "COUNTING_DIGITS": "test_counting_digits",
            "SMALL_UNITS": "test_small_units",
            "BIG_UNITS": "test_big_units",
            "SPECIAL_TENS": "test_special_tens",
            "TRADITIONAL": "test_traditional",
            "FULLWIDTH": "test_fullwidth_folds_one_character_to_one",
            "SCALE_WORDS": "test_scale_words",
            "QUALIFIER_PREFIXES": "test_qualifiers",
            "QUALIFIER_SUFFIXES": "test_qualifiers",
            "LENGTH_MORE": "test_length_more",
            "LENGTH_MORE_FOLLOWERS": "test_length_more_followers",
            "INFIX_MORE": "test_qualifiers",
            "INFIX_APPROX": "test_qualifiers",
            "MEASURE_WORDS": "test_measure_words",
            "MEASURE_ALIASES": "test_measure_aliases",
            "MONEY_UNITS": "test_money_units",
            "MONEY_CUES": "test_money_cues",
            "PER_UNITS": "test_per_units",
            "PER_UNIT_JOINS": "test_per_unit_joins",
            "DURATION_CUES": "test_duration_cues",
            "YEAR_LENGTH_NAMES": "test_year_length_names",
            "PER_PREFIXES": "test_per_prefixes",
            "PERCENT_UNITS": "test_percent_units",
            "PERCENT_WORDS": "test_percent_words",
            "RANGE_BETWEEN": "test_range_between",
            "LONE_QUALIFIER_PREFIXES": "test_lone_qualifiers",
            "LONE_QUALIFIER_SUFFIXES": "test_lone_qualifiers",
            "COMPARISON_OPENERS": "test_comparisons",
            "COMPARISON_ENDS": "test_comparisons",
            "BOUND_JOINS": "test_bound_joins",
            "RATIO_WORDS": "test_ratio_words",
            "RATIO_WORD_FOLLOWERS": "test_ratio_word_followers",
            "MINUS_SIGNS": "test_minus_signs",
            "FRACTION_WORDS": "test_fraction_words",
            "DOC_NUMBER_ENDS": "test_doc_number_ends",
            "FIELD_BRACKETS": "test_field_brackets",
            "FIELD_BLANKS": "test_field_blanks",
            "RATIO_NAMES": "test_ratio_names",
            "SCHOOL_YEAR_WORDS": "test_school_year_words",
            "DASH_JOINERS": "test_dash_joiners",
            "CURRENCY_BEFORE": "test_currency_words",
            "CURRENCY_AFTER": "test_currency_words",
            "REGION_UNITS": "test_region_units",
            "REGION_COUNT_CUES": "test_region_count_cues",
        }.items()
    },
    # lang.traps: the words whose numerals are no figures (the quantity scan)
    **{
        f"traps.{name}": f"lang/test_numbers_tables.py::{test}"
        for name, test in {
            "FIXED_EXPRESSIONS": "test_fixed_expressions_are_not_figures",
            "UNIT_TRAPS": "test_unit_traps",
            "LEFT_TRAPS": "test_left_traps",
            "ADVERBS_OF_ONE": "test_adverbs_of_one",
            "TOGETHER_VERBS": "test_together_verbs",
            "TOGETHER_COMPANIONS": "test_together_companions",
            "COMPANION_FALSE_FRIENDS": "test_companion_false_friends",
            "CASE_NOUNS": "test_case_nouns",
            "SCHOOL_NUMBER_ENDS": "test_school_number_ends",
            "KIT_WORDS": "test_kit_words",
            "SLOGANS": "test_slogans",
            "SCALE_IDIOMS": "test_scale_idioms",
            "PREFIX_VERBS": "test_prefix_verbs",
            "LENGTH_THRESHOLD_LEADS": "test_length_threshold_leads",
            "SLOGAN_TAILS": "test_slogan_tails",
            "TITLE_ENDS": "test_title_ends",
            "CAPTION_WORDS": "test_caption_words",
            "CAPTION_VERBS": "test_caption_verbs",
            "TIME_LIMITS": "test_time_limits",
            "RATE_BASES": "test_rate_bases",
            "CYCLE_WORDS": "test_cycle_words",
            "NAMED_MEASURES": "test_named_measures",
        }.items()
    },
    # lang.subjects, lang.figures and lang.figure_years: the indicator stage (one parametrized test over a list of
    # tables and their checks)
    **{
        f"subjects.{name}": "lang/test_figures_tables.py::test_vocabulary_entry_does_its_job"
        for name in (
            "SUBJECT_LEAD_WORDS", "LEAD_COMPOUNDS", "DENG_WORDS", "TAIL_COMPOUNDS", "SUBJECT_TAIL_WORDS",
            "CHANGE_TO_VERBS", "LEVEL_WORDS", "GENERIC_VERBS", "MONEY_VERBS", "ATTRIBUTES_OF_PREVIOUS",
            "ATTRIBUTES_OF_PROJECT", "TOPIC_NOUNS", "CATEGORY_NOUNS", "SCHOOL_ENDINGS", "AMONG_WORDS",
            "TOTAL_WORDS", "TOPIC_LEADS", "HEAD_ENDINGS", "RESPECTIVE_HEADS", "RESPECTIVE_LINKS", "LIST_JOINERS",
            "SPEECH_VERBS", "STATED_OBJECT_VERBS", "TOTAL_HEAD_MARKS",
            "PLAN_ATTRIBUTES", "SCORE_WORDS", "NAMED_ITEM_VERBS", "OBJECT_MARKERS", "OBJECT_COMPOUNDS", "PROJECT_NOUNS",
            "HIGHER_SCOPE_LEADS", "RELATIVE_LEADS", "DISTRIBUTIVE_WORDS", "LINKING_ENDS", "LEVEL_LINKS",
            "JOINER_COMPOUNDS", "ADVERB_ENDS", "ADVERB_COMPOUNDS", "DIVIDE_VERBS", "GROUP_WORDS", "SHARE_VERBS",
        )
    },
    **{
        f"paid_for.{name}": "lang/test_figures_tables.py::test_vocabulary_entry_does_its_job"
        for name in (
            "UNDERTAKING_VERBS", "UNDERTAKING_ADVERBS", "PURPOSE_OPENERS", "CARRY_OUT_VERBS", "WORK_OBJECT_MARKERS",
            "WORK_NOUNS",
        )
    },
    **{
        f"figures.{name}": "lang/test_figures_tables.py::test_vocabulary_entry_does_its_job"
        for name in (
            "CONTEXT_QUALIFIERS", "QUALIFIER_BRIDGES", "NORM_CUES", "PER_UNIT_NORM_CUES", "NORM_QUALIFIERS",
            "NORM_NOUNS_AFTER", "NORM_MODIFIERS",
            "NEGATING_MODALS",
            "PER_STUDENT_CUES", "PER_PERSON_CUES", "PEOPLE_NOUNS", "UNIT_NAMING_WORDS", "DURATION_UNITS",
            "PEOPLE_COUNT_WORDS", "COMPARISON_WORDS", "CHANGE_VERBS", "RATIO_NORM_CUES", "TARGET_CUES",
            "FREQUENCY_WORDS", "EACH_WORDS", "FIGURE_MASKS", "COUNTERS", "OBTAIN_WORDS",
            "COMPARED_NORMS", "PLAN_DONE_WORDS", "STRIVE_UNTIL", "YEAR_COMPARED_BY", "DIFFERENCE_WORDS",
        )
    },
    "figures.TARGET_DEADLINES": "lang/test_figures_tables.py::test_target_deadline_examples",
    "figures.STRIVING": "lang/test_figures_tables.py::test_vocabulary_entry_does_its_job",
    "figures.WHOLE_AMOUNT_WORDS": "indicators/test_review15.py::test_whole_amount_words",
    "figures.FUTURE_WORDS": "indicators/test_review15.py::test_future_words",
    **{
        f"figure_years.{name}": "lang/test_figures_tables.py::test_vocabulary_entry_does_its_job"
        for name in (
            "YEAR_WORDS", "SINCE_WORDS", "DEADLINE_BEFORE", "DEADLINE_AFTER", "AS_OF_WORDS", "YEAR_LEADS",
            "CHANGE_COLUMNS", "BASE_WORDS", "BASE_WORD_NOUNS", "PRESENT_WORDS", "NEGATION_WORDS", "SINCE_FRAMES",
            "YEAR_WORD_COMPOUNDS", "COMPARED_WITH",
        )
    },
    "figure_years.RECENT_SPANS": "lang/test_figures_tables.py::test_recent_span_examples",
    **{
        f"figure_years.{name}": "lang/test_figures_tables.py::test_standing_fact_examples"
        for name in ("STANDING_HOLDERS", "STANDING_DIVISIONS", "STANDING_MEASURES", "STANDING_UNITS")
    },
    "figure_years.CONTEXT_YEAR_WORDS": "indicators/test_years_round11.py::test_context_year_word_examples",
    "figure_years.MASKED_YEARS": "lang/test_figures_tables.py::test_masked_year_examples",
    **{
        f"figure_years.{name}": "indicators/test_review11.py::test_the_year_words_do_their_job"
        for name in ("SEASON_WORDS", "TERM_WORDS")
    },
    **{
        f"figure_years.{name}": "indicators/test_review11.py::test_the_year_words_do_their_job"
        for name in ("RESPECTIVE_JOINERS", "PAIR_WORDS", "RESPECTIVE_NOT_JOINERS")
    },
    "script.TRADITIONAL_FORMS": "lang/test_script.py::test_traditional_form_reads_like_simplified",
    # lang.findings: problems, plans, rectifications and targets
    **{
        f"findings.{name}": f"lang/test_findings_tables.py::{test}"
        for name, test in {
            "PROBLEM_HEADINGS": "test_problem_heading_examples",
            "RECTIFICATION_PART_HEADINGS": "test_rectification_part_heading_examples",
            "PROBLEM_BLOCK": "test_problem_block_example",
            "ADMISSIONS": "test_admission_examples",
            "ITEM_LEADS": "test_item_lead_example",
            "PROBLEM_LIST_CUE": "test_problem_list_cue_example",
            "ANNOUNCED_ITEM_MARKS": "test_announced_item_mark_examples",
            "INLINE_MARKERS": "test_inline_marker_examples",
            "PROBLEM_LABEL": "test_problem_label_example",
            "PROBLEM_HEADING_LABEL": "test_problem_heading_label_example",
            "FIELD_LABELS": "test_field_label_examples",
            "MEASURE_LEADS": "test_measure_lead_example",
            "STATUS_WORDS": "test_status_word_examples",
            "COMPARATOR_WORDS": "test_comparator_word_examples",
            "TARGET_CUES": "test_target_cue_example",
            "DEADLINES": "test_deadline_example",
            "GOAL_DEADLINE_WORDS": "test_goal_deadline_word_examples",
            "NEGATIONS": "test_negation_examples",
            "ADDRESSED_LEADS": "test_addressed_lead_examples",
            "SOLVING_VERBS": "test_solving_verb_examples",
            "LAG_WORDS": "test_lag_word_examples",
            "ANSWERED_PROBLEM": "test_answered_problem_example",
            "PROBLEM_REFERENCES": "test_problem_reference_examples",
        }.items()
    },
    **{
        f"findings.{name}": f"findings/test_findings_round11.py::{test}"
        for name, test in {
            "MEASURE_VERBS": "test_measure_verb_examples",
            "MEASURE_VERB_LEADS": "test_measure_verb_examples",
            "DETAIL_LEADS": "test_detail_lead_examples",
        }.items()
    },
    "findings.JOINER_LEADS": "findings/test_findings_review15.py::test_joiner_lead_examples",
    "findings.MEASURE_CONNECTIVES": "findings/test_findings_review15.py::test_measure_connective_examples",
    # lang.measures: the canonical keys of indicators (tests/indicators/test_keys.py)
    **{
        f"measure_words.{name}": "indicators/test_keys.py::test_every_word_does_what_its_table_says"
        for name in (
            "LEVEL_WORDS", "SECTOR_WORDS", "AREA_WORDS", "STAGE_WORDS", "OTHER_LEVEL_WORDS", "VETO_WORDS",
            "FILLER_WORDS", "CHANGE_WORDS", "ACTION_WORDS", "SHARE_WORDS", "RATE_WORDS", "RATE_FIGURE_WORDS",
        )
    },
    "measures.MEASURES": "indicators/test_keys.py::test_every_example_parses_back_to_its_key",
    "measures_money.MONEY_MEASURES": "indicators/test_keys.py::test_the_table_is_its_parts",
    "measures_schools.SCHOOL_MEASURES": "indicators/test_keys.py::test_the_table_is_its_parts",
    # lang.noise and lang.corruptions: the cleaning stage
    "noise.CHROME_PATTERNS": "clean/test_noise.py::test_chrome_table_examples",
    "noise.EDGE_CHROME_PATTERNS": "clean/test_noise.py::test_edge_chrome_table_examples",
    "noise.MENU_ITEMS": "clean/test_noise.py::test_menu_table_examples",
    "noise.MARKUP_PATTERNS": "clean/test_noise.py::test_markup_table_examples",
    "noise.SPAM_VOCABULARY": "clean/test_noise.py::test_spam_vocabulary_examples",
    "noise.NUMBER_FORMS": "clean/test_not_figures.py::test_number_form_table_examples",
    "noise.NOT_FIGURE_LABELS": "clean/test_not_figures.py::test_not_figure_label_table_examples",
    "noise.COLLECTION_WORDS": "clean/test_not_figures.py::test_collection_word_table_examples",
    "noise.TONE_MARKS": "clean/test_pinyin.py::test_tone_mark_table_examples",
    "noise.PINYIN_INITIALS": "clean/test_pinyin.py::test_pinyin_initial_table_examples",
    "noise.PINYIN_FINALS": "clean/test_pinyin.py::test_pinyin_final_table_examples",
    "corruptions.DATE_FOLLOWERS": "clean/test_corruptions.py::test_date_follower_table_examples",
    "corruptions.MONTH_PARTS": "clean/test_corruptions.py::test_month_part_table_examples",
    "corruptions.RESPECTIVELY": "clean/test_corruptions.py::test_respectively_table_examples",
    "corruptions.PLACEHOLDER_PATTERNS": "clean/test_corruptions.py::test_placeholder_table_examples",
    "corruptions.QUOTE_LEAD_VERBS": "clean/test_corruptions.py::test_quote_lead_verb_table_examples",
    "corruptions.UNCERTAIN_IN_QUOTE": "clean/test_corruptions.py::test_uncertain_in_quote_table_examples",
    "corruptions.QUOTE_SOFT_STOPS": "clean/test_corruptions.py::test_quote_soft_stop_table_examples",
    "corruptions.TITLE_VERBS": "clean/test_corruptions.py::test_title_verb_table_examples",
    "corruptions.ADMIN_SUFFIXES": "clean/test_corruptions.py::test_admin_suffix_table_examples",
    "corruptions.TITLE_ENDS": "clean/test_corruptions.py::test_title_end_table_examples",
    "corruptions.SITE_LABEL": "clean/test_corruptions.py::test_site_label_table_example",
    "corruptions.ADDRESSEE_ENDS": "clean/test_corruptions.py::test_addressee_end_table_examples",
    "corruptions.SCHOOLING_RATE_STEMS": "clean/test_corruptions.py::test_schooling_rate_stem_table_examples",
    "corruptions.LOST_SPIRIT": "clean/test_corruptions.py::test_lost_spirit_table_example",
    "corruptions.LOST_MARK": "clean/test_corruptions.py::test_lost_mark_table_example",
    "corruptions.LOST_RUN": "clean/test_corruptions.py::test_lost_run_table_example",
    "corruptions.OBJECT_VERBS": "clean/test_corruptions.py::test_object_verb_table_examples",
    "corruptions.NOTICE_KINDS": "clean/test_corruptions.py::test_notice_kind_table_examples",
    "corruptions.UNDATED_DOC_NUMBER": "clean/test_corruptions.py::test_undated_doc_number_table_example",
    "corruptions.STRAY_MEASURES": "clean/test_corruptions.py::test_stray_measure_table_examples",
    "corruptions.STRAY_MARKS": "clean/test_corruptions.py::test_stray_mark_table_examples",
    "corruptions.RUBY": "clean/test_corruptions.py::test_ruby_table_example",
    "corruptions.CHUNK_MARKER": "clean/test_corruptions.py::test_chunk_marker_table_example",
    "corruptions.SPUN_PHRASES": "clean/test_corruptions.py::test_spun_phrase_table_examples",
    "docnumbers.BRACKET_FORMS": "clean/test_docnumbers.py::test_bracket_table_examples",
    "docnumbers.ISSUER_LEADING_WORDS": "clean/test_docnumbers.py::test_leading_word_table_examples",
    "docnumbers.ISSUER_SUFFIXES": "clean/test_docnumbers.py::test_suffix_table_examples",
    # lang.headings and lang.tables: the document's structure
    "headings.NUMBERING_SCHEMES": "structure/test_sections.py::test_numbering_scheme_examples",
    "headings.CLOSING_CUES": "structure/test_sections.py::test_closing_cue_examples",
    "headings.PLAN_HEADING_WORDS": "structure/test_sections.py::test_plan_heading_examples",
    "headings.PLAN_HEADING_ENDS": "structure/test_sections.py::test_plan_heading_end_examples",
    "headings.POINT_BLOCKERS": "structure/test_sections.py::test_point_blocker_examples",
    "headings.HEADING_ENDS": "structure/test_sections.py::test_heading_end_examples",
    "headings.HEADING_LINKS": "structure/test_sections.py::test_heading_link_examples",
    "tables.BRACKETED_UNITS": "structure/test_tables.py::test_bracketed_unit_table_examples",
    "tables.TOTAL_LABELS": "structure/test_tables.py::test_total_label_table_examples",
    "tables.TABLE_NOTES": "structure/test_tables.py::test_table_end_table_examples",
    "tables.TABLE_CAPTIONS": "structure/test_tables.py::test_table_end_table_examples",
    "tables.UNIT_LABELS": "structure/test_tables.py::test_unit_label_table_examples",
    # lang.audit: the audit (tests/audit/test_tables.py reads each pattern's example; word tables through the
    # families that read them)
    **{f"audit.{name}": "audit/test_tables.py::test_table_entry_reads_its_example" for name in (
        "ALL_RISE",
        "AFTER_COMPLETION",
        "A_FEW",
        "AVERAGE_YEARLY",
        "BASE_CHANGE",
        "BASE_YEARS",
        "BIG_COUNT",
        "BOOK_MEASURES",
        "BUDGET_PARTS",
        "BUDGET_TOTAL",
        "CHANGE_LEADS",
        "CHANGE_RATES",
        "OVER_YEARS",
        "CIVIL_SERVANT_PAY",
        "COMPARE_ADVERBS",
        "COMPARISONS",
        "COPULAS",
        "COUNT_MEASURES",
        "COUNT_WORDS",
        "COVERAGE_NAMES",
        "COVERAGE_WORDS",
        "DONE_RATES",
        "DONE_WORDS",
        "EACH_OF",
        "ETC",
        "EXECUTED",
        "FEWER_WORDS",
        "FIXED_FIGURES",
        "FOUND_WORDS",
        "FROM_TO_DOWN",
        "FROM_TO_UP",
        "FROM_WORDS",
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
        "PART_MARKERS",
        "PERIOD_TOTALS",
        "PERIOD_WORDS",
        "PER_STUDENT_BOUNDS",
        "PER_UNIT_LEADS",
        "AVERAGE_NAMES",
        "PRIOR_VALUES",
        "PRIOR_YEARS",
        "RATE_AFTER_CHANGE",
        "RATE_NAMES",
        "RATE_NOUNS",
        "RATIO_COPULAS",
        "RATIO_NAMES",
        "REACHES",
        "RECENT",
        "REGION_NOUNS",
        "RESPECTIVELY",
        "RESPECTIVELY_ARE",
        "RESPECTIVE_CHANGE",
        "RESPECTIVE_PRIOR",
        "RESPECTIVE_VALUES",
        "REST_WORDS",
        "RISE_SLOGANS",
        "SAME_PERIOD",
        "SAMPLE_OF",
        "SAMPLE_WORDS",
        "SCHOOL_NAME",
        "SCOPE_WORDS",
        "SELF_REGIONS",
        "SERIES_AVERAGE",
        "SERIES_TOTAL",
        "SHARE_OF",
        "SHARE_WORDS",
        "STATED_AS",
        "STANDARD_WORDS",
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
        "YEARS_SO_FAR",
        "YEAR_ON_YEAR",
        "YEAR_OPENS",
    )},
    "audit.GOVERNMENT_SCOPES": "audit/test_tables.py::test_government_scope_examples",
    "audit.RISE_VERBS": "audit/test_tables.py::test_a_rise_verb_is_read_as_a_rise",
    "audit.FALL_VERBS": "audit/test_tables.py::test_a_fall_verb_is_read_as_a_fall",
    "audit.BOUND_SYMBOLS": "audit/test_tables.py::test_a_bound_symbol_names_its_relation",
    "audit.PART_ATTRIBUTES": "audit/test_tables.py::test_a_part_attribute_makes_its_part_overlap_others",
    "audit.COUNT_NUMERAL_VALUES": "audit/test_tables.py::test_count_numerals_take_their_values_from_the_numeral_tables",
    "audit.PEOPLE_UNITS": "audit/test_tables.py::test_units_come_from_the_measure_words",
    "dates.CENTURY_DIGITS": "metadata/test_period.py::test_every_year_opens_with_a_century_s_digits",
    "punctuation.COLON_MARKS": "lang/test_punctuation.py::test_the_colon_marks_are_the_colons_one_by_one",
    # lang.metadata: the metadata stage (tests/metadata/test_title.py, test_region.py, test_period.py)
    **{
        f"metadata.{name}": f"metadata/test_{module}.py::{test}"
        for name, (module, test) in {
            "TITLE_ENDINGS": ("title", "test_title_ending_examples"),
            "TITLE_CORE": ("title", "test_title_core_example"),
            "SITE_LABELS": ("title", "test_site_label_examples"),
            "GENRE_WORDS": ("title", "test_genre_word_examples"),
            "NAV_SEPARATORS": ("title", "test_nav_separator_examples"),
            "TITLE_HEAD_ENDS": ("title", "test_title_head_end_examples"),
            "REGION_SUFFIXES": ("region", "test_region_suffix_examples"),
            "NAME_BOUNDARIES": ("region", "test_name_boundary_examples"),
            "PLACEHOLDER_NAMES": ("region", "test_placeholder_name_examples"),
            "COMMITTEE_FALSE_FRIENDS": ("region", "test_committee_false_friend_examples"),
            "TITLE_REGION_CONTEXTS": ("region", "test_title_region_context_examples"),
            "REGION_CONTEXTS": ("region", "test_region_context_examples"),
            "NON_REGION_WORDS": ("region", "test_non_region_examples"),
            "NAME_TAILS": ("region", "test_name_tail_examples"),
            "PLACE_COUNTERS": ("region", "test_place_counter_examples"),
            "SELF_REFERENCES": ("region", "test_self_reference_examples"),
            "ADDRESS_PRONOUNS": ("region", "test_self_reference_examples"),
            "COUNTY_CITY_CUES": ("region", "test_county_city_cue_examples"),
            "KIND_CUES": ("period", "test_kind_cue_examples"),
            "PERIOD_EXCLUSIONS": ("period", "test_period_exclusion_examples"),
            "FACT_CUES": ("period", "test_fact_cue_examples"),
            "REVIEWED_DUTIES": ("period", "test_reviewed_duties_examples"),
            "REVIEWED_YEAR_MARKERS": ("period", "test_reviewed_year_marker_examples"),
            "SELF_REVIEW_WORDS": ("period", "test_self_review_word_examples"),
            "DEADLINE_SUFFIXES": ("period", "test_deadline_examples"),
        }.items()
    },
    "counties.ONE_CHARACTER_NAMES": "metadata/test_region.py::test_one_character_name_examples",
    # lang.metadata: the genre's pages, levels and scripts (tests/metadata/test_genre.py)
    **{
        f"metadata.{name}": f"metadata/test_genre.py::{test}"
        for name, test in {
            "PINYIN_RUBY": "test_pinyin_ruby_example",
            "COLLECTION_TAILS": "test_collection_tail_examples",
            "TITLE_HEAD_TAGS": "test_title_head_tag_examples",
            "SUBTITLE_MARKS": "test_subtitle_mark_examples",
            "PAGE_INFO_LABELS": "test_page_info_label_examples",
            "DATELINE_PRESENT": "test_dateline_present_examples",
            "SENTENCE_TAILS": "test_sentence_tail_examples",
            "INNER_SUFFIXES": "test_inner_suffix_examples",
            "PLACEHOLDER_MARKS": "test_placeholder_mark_examples",
            "CORPS_UNITS": "test_corps_unit_examples",
        }.items()
    },
    # lang.metadata: the words of quality review 15 (tests/metadata/test_review15.py)
    "metadata.TITLE_LEVEL_GOVERNMENTS": "metadata/test_review15.py::test_title_level_government_examples",
    "metadata.TITLE_OPENERS": "metadata/test_review15.py::test_title_opener_examples",
    "metadata.OTHER_BODY_LEADS": "metadata/test_review15.py::test_other_body_lead_examples",
    "metadata.BANNER_ENDS": "metadata/test_review15.py::test_banner_end_examples",
}


def _is_table(value: object) -> bool:
    return isinstance(value, (tuple, dict, Entry, PatternEntry))


def lang_tables() -> dict[str, object]:
    """Every table of every lang module, as ``"module.NAME"`` (assigned in that module, not imported)."""
    found: dict[str, object] = {}
    for info in pkgutil.iter_modules(dutyreport.lang.__path__):
        module = importlib.import_module(f"dutyreport.lang.{info.name}")
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AnnAssign):
                targets = [node.target]
            else:
                continue
            for target in targets:
                if isinstance(target, ast.Name) and not target.id.startswith("_"):
                    value = getattr(module, target.id)
                    if _is_table(value):
                        found[f"{info.name}.{target.id}"] = value
    return found


TABLES = lang_tables()


def test_every_lang_table_has_a_test() -> None:
    untested = sorted(set(TABLES) - set(TESTED))
    assert not untested, f"tables with no test (add one and name it in TESTED): {untested}"
    assert not sorted(set(TESTED) - set(TABLES)), "TESTED names tables that are gone"


def _functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}


@pytest.mark.parametrize(("table", "test"), sorted(TESTED.items()), ids=sorted(TESTED))
def test_the_registered_test_exists_and_reads_the_table(table: str, test: str) -> None:
    path, function = test.split("::")
    source = TESTS / path
    assert source.is_file(), test
    assert function.startswith("test_") and function in _functions(source), test
    name = table.split(".")[1]
    assert re.search(rf"\b{name}\b", source.read_text(encoding="utf-8")), f"{path} never names {name}"


def _rows(value: object) -> list[Entry[object] | PatternEntry]:
    """The entries of a table: its items, or the entry each of its pairs opens with."""
    items = list(value) if isinstance(value, tuple) else [value]
    rows = [i[0] if isinstance(i, tuple) and i else i for i in items]
    return [r for r in rows if isinstance(r, (Entry, PatternEntry))]


def _of_entries(value: object) -> bool:
    rows = _rows(value)
    return bool(rows) and len(rows) == (len(value) if isinstance(value, tuple) else 1)


@pytest.mark.parametrize("table", sorted(t for t, v in TABLES.items() if _of_entries(v)))
def test_every_row_is_an_entry_with_an_example_and_none_repeats(table: str) -> None:
    # (tables of other rows, MEASURES' definitions, check their own in their tests)
    value = TABLES[table]
    rows = _rows(value)
    assert all(r.example for r in rows)
    items = list(value) if isinstance(value, tuple) else [value]
    assert len(set(items)) == len(items), f"{table} repeats a row"


def _pattern_rows(value: object) -> list[PatternEntry]:
    """Every pattern row a table holds, however it is nested (a row, a pair with a label or a value, a dict)."""
    if isinstance(value, PatternEntry):
        return [value]
    if isinstance(value, dict):
        value = tuple(value.values())
    if isinstance(value, tuple):
        return [r for item in value for r in _pattern_rows(item)]
    return []


@pytest.mark.parametrize("table", sorted(t for t, v in TABLES.items() if _pattern_rows(v)))
def test_every_pattern_row_compiles(table: str) -> None:
    # (a pattern row is compiled here, not at each import of the library)
    for row in _pattern_rows(TABLES[table]):
        try:
            regex.compile(row.pattern)
        except regex.error as e:
            pytest.fail(f"{table}: the pattern {row.pattern!r} does not compile: {e}")
