"""Bilingual files: a translation read together with its source, unit by unit.

``model`` holds the document model and the byte-splice writer; one module per
family of formats reads units and records where each target's text sits in
the file, so that a fix rewrites only that text; ``loader`` picks the reader;
``runner`` runs the monolingual checks on each target and the bilingual checks
on each pair.
"""
