"""Word-level artifacts: glued words, stray fragments, a doubled subject."""
