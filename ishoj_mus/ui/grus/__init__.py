"""The group conversation, GRUS (issue 27)."""
