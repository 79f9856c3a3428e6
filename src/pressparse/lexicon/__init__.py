"""Word tables, kept apart from the logic that uses them (one module per subject)."""
