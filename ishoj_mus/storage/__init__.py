"""Files on disk: the ``.mus`` format, atomic saving, autosave and recovery, user folders."""
