"""Files from the window: exports, autosave, recent files and the report's pictures."""
