"""PDF output: the summary (referat), the preparation sheet and the development plan,
PDF/A-3b archiving, PAdES signing and verification.

Everything here is rendered from the domain model, never from widget state. Each module imports
what it needs at its top. Some are light (no reportlab, pikepdf or pyHanko) and the window uses
them: the file names (``files``), the jobs it asks the PDF worker for (``jobs``, ``worker``), the
verdicts (``verdict``, ``verify_result``, ``judge``), the HR desk's pool (``batch``, ``hr_filing``).
The rest is made in processes of their own: the PDF worker (``worker_main``), the verify workers
(``verify_worker``), the bounded check (``verification.child_main``) and the command line.
import-linter holds the window to it (pyproject.toml).
"""
