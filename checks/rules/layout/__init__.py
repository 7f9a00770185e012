"""Layout leftovers of scraped pages: metadata, credits, captions, rights lines, pull quotes."""
