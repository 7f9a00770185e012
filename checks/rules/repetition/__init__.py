"""Repetitions: a word written twice (``the the``) and a phrase repeated within a sentence."""
