"""The HR desk (issue 23)."""
