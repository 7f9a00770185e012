"""Pronouns that disagree with the person they refer to (``Han … his … she``, ``welcomed it``)."""
