"""Whitespace artifacts: blank-line runs, trailing, doubled and leading spaces."""
