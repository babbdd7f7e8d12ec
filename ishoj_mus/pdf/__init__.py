"""PDF output: the summary (referat), the preparation sheet and the development plan,
PDF/A-3b archiving, PAdES signing and verification.

Everything here is rendered from the domain model, never from widget state. The heavy
libraries (reportlab, pikepdf, pyHanko) are imported inside these modules only, so the
program starts without them.
"""
