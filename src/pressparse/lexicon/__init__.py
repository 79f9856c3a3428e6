"""Word tables (data only, no logic): number words, units, labels, per language."""
