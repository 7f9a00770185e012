"""Grammar and spelling engines (LanguageTool, and an offline engine) as registered checks."""
