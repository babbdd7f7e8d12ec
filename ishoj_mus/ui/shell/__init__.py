"""The program's frame: start-up, the main window, the start page, settings, opening and saving files."""
