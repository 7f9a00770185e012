"""The copydesk desktop window: review and approve the engine's suggested fixes.

``desktop.session`` and ``desktop.positions`` hold the review state and import
no Qt at all; the rest is the Qt front end on top of them.  No check logic
lives here: everything about finding issues comes from ``checks``.
"""
