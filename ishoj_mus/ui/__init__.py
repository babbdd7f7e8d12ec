"""The Qt user interface. The only package that imports PySide6.

Its rooms: shell, conversation, outputs, preparation, year, hr, grus, and shared widgets
(CONTRIBUTING.md, "How the house is laid out"). Start-up is decided in ``shell/startup.py``."""
