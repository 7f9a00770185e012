"""Data files of copydesk: word lists, patterns, messages, the default glossary, samples.

Read them with ``importlib.resources.files("copydesk.resources")`` so they are found in
a source checkout, an installed wheel and a frozen bundle alike.
"""
