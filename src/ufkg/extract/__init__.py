"""Extractors: one module per kind of mention."""
