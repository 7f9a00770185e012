"""Whitespace artifacts: blank-line runs, trailing, doubled, leading and special spaces."""
