"""The review state of a batch, now in the engine (:mod:`copydesk.checks.review` and friends).

Kept so that ``from copydesk.desktop.session import ...`` still works; the window imports
the review layer directly.
"""

from copydesk.checks.review import (
    FileReview,
    FileState,
    ItemStatus,
    ReviewItem,
    is_kept,
    kept,
    verdict_label,
)
from copydesk.checks.review_batch import ReviewBatch, Session
from copydesk.checks.review_save import backup_path, write_backup

__all__ = [
    "FileReview",
    "FileState",
    "ItemStatus",
    "ReviewBatch",
    "ReviewItem",
    "Session",
    "backup_path",
    "is_kept",
    "kept",
    "verdict_label",
    "write_backup",
]
