"""Punctuation artifacts: doubled marks, missing or misplaced spaces, stray marks."""
