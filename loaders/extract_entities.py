"""The entity extractor of the pipeline (loaders.pipeline.EXTRACTORS): `extract(doc)` finds
zones, parks, industries, enterprises, platforms and projects and how they relate. The rules
are in the package loaders/extract, one module per family.
"""

from loaders.extract import extract

__all__ = ["extract"]
