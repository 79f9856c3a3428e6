"""Word tables (data only): speech verbs, titles, honorifics, pronouns, per language."""
