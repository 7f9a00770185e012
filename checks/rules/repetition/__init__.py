"""Repetitions: a word written twice (``the the``) and a phrase repeated within a sentence."""

from copydesk.checks.rules.repetition._data import word_list

__all__ = ["word_list"]
