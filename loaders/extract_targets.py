"""Placeholder until the targets extractor lands."""

from loaders.model import Extraction, StructuredDocument


def extract(doc: StructuredDocument) -> Extraction:
    return Extraction(doc=doc)
