"""Shared widgets and words (i18n, theme, dates, small dialogs). Imports nothing else of ui."""
