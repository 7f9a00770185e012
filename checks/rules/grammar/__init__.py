"""copydesk's own grammar checks for machine-translated English.

They look for errors that machine translation makes and that professional copy
does not, using word-class knowledge from lemminflect (``_wordclass``).
"""
