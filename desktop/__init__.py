"""The copydesk desktop window: review and approve the engine's suggested fixes.

The review state lives in the engine (``copydesk.checks.review`` and friends), free of
Qt; ``copydesk.desktop.positions`` maps offsets to Qt positions; the rest is the Qt
front end on top of them.  No check logic
lives here: everything about finding issues comes from ``checks``.
"""
