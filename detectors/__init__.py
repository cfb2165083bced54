"""Detectors judge pages: fingerprints as data plus a pure engine, artifacts -> findings with evidence.

Nothing here imports from ``crawler`` or ``output``: the crawler feeds artifacts in, findings come out.
"""
