"""The guided conversation: its document and undo commands, the pages, the fields, the summary."""
