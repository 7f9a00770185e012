from copydesk.checks.tokens import paragraphs, sentences, words


def test_words_keep_apostrophes_hyphens_and_spans():
    text = "Kim Jong-un’s train, Covid-19."
    spans = list(words(text))
    assert [s.text for s in spans] == ["Kim", "Jong-un’s", "train", "Covid-19"]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_sentences_split_on_punctuation_and_lines_but_not_abbreviations():
    text = (
        "Mr. Kim met Dr. Lee in the U.S. on Monday. “Yes,” he said. Then J. Smith left!\nHeadline"
    )
    got = [s.text for s in sentences(text)]
    assert got == [
        "Mr. Kim met Dr. Lee in the U.S. on Monday.",
        "“Yes,” he said.",
        "Then J. Smith left!",
        "Headline",
    ]


def test_paragraphs_are_non_empty_lines():
    assert [p.text for p in paragraphs("One.\n\n  \nTwo two.\n")] == ["One.", "Two two."]
