"""The bigram field both engines search: what a name is split into, and what a query is."""

from graph.bigrams import bigrams, search_query, search_text


def test_han_runs_become_overlapping_bigrams():
    assert bigrams("氢能产业园") == ["氢能", "能产", "产业", "业园"]


def test_latin_and_digits_stay_whole_words_lower_case_after_nfkc():
    # Full-width letters and digits fold to ASCII, so ５Ｇ finds 5G.
    assert bigrams("５Ｇ基站与AI芯片") == ["5g", "基站", "站与", "ai", "芯片"]
    assert bigrams("５Ｇ基站") == ["5g", "基站"]
    assert bigrams("AI芯片") == ["ai", "芯片"]


def test_punctuation_splits_runs_and_a_lone_character_is_kept():
    assert bigrams("区、园（一）") == ["区", "园", "一"]
    assert bigrams("天津港保税区") == ["天津", "津港", "港保", "保税", "税区"]


def test_tokens_are_distinct_and_in_first_seen_order():
    assert search_text("示例示例", ["例示"]) == "示例 例示"


def test_query_text_cannot_carry_full_text_operators():
    q = search_query('氢能" OR * -园区 @name:{x} | ~')
    assert q == "氢能 or 园区 name x"
    assert all(ch.isalnum() or ch == " " for ch in q)


def test_empty_and_none():
    assert bigrams("") == [] and bigrams(None) == [] and search_text(None) == ""
