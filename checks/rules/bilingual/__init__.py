"""Bilingual checks: a target compared with its source (``ctx.source``)."""
