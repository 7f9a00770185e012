"""Capitalisation: lower-case sentence and heading starts, capitals in mid-sentence."""
