"""copydesk's checking engine: documents in, issues out, fixes applied exactly.

Nothing in this package imports Qt; the desktop app and the command line both
drive it through :mod:`checks.engine` and :mod:`checks.registry`.
"""

from checks.model import Category, Edit, Issue, Location

__all__ = ["Category", "Edit", "Issue", "Location"]
__version__ = "0.1.0"
