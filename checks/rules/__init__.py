"""The cleanup passes, one module per check, grouped in a sub-package per family.

Every module here is imported by :mod:`copydesk.checks.registry`; registering is done by
the :func:`copydesk.checks.registry.check` decorator in the module itself.
"""
