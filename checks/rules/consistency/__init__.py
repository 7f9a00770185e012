"""Checks that read a whole batch of articles: one spelling per name, one figure per fact."""
