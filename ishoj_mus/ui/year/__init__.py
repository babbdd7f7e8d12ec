"""The leader's year: the overview of all conversations and the year view."""
