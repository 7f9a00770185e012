"""copydesk's checking engine: documents in, issues out, fixes applied exactly.

Nothing in this package imports Qt; the desktop app and the command line both
drive it through :mod:`copydesk.checks.engine` and :mod:`copydesk.checks.registry`.
"""

from copydesk.checks.model import Category, Edit, Issue, Location

__all__ = ["Category", "Edit", "Issue", "Location"]
__version__ = "0.1.0"
