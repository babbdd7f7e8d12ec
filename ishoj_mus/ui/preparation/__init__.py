"""Preparing a conversation: the preparation sheet and bringing a preparation in."""
