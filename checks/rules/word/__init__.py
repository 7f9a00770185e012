"""Word-level artifacts: glued words, stray fragments, a doubled subject."""

from copydesk.checks.rules.word._shared import sentence_starts, word_list

__all__ = ["sentence_starts", "word_list"]
