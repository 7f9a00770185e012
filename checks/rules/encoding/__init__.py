"""Encoding artifacts: mojibake, replacement characters, stray control characters."""
