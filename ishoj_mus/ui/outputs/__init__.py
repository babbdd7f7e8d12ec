"""Signing and what comes out of a conversation: PDFs, printing, the HR edition."""
