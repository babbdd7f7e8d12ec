"""Moved to tests/helpers.py (issue 25); kept for branches in flight, to be removed."""

from tests.helpers import *  # noqa: F403
from tests.helpers import _forget_changes, _listing_loaded  # noqa: F401
