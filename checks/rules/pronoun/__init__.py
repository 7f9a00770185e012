"""Pronouns that disagree with the person they refer to (``Kim … his … she``, ``received it``)."""
