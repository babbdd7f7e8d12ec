"""The domain: the conversation, its form and its rules. Pure Python – no Qt here."""
