"""The schema of the graph: labels, keys, relationship types, and everything derived from it."""

from ontology.batch import Edge, GraphBatch, Node, SchemaError, validate
from ontology.schema import (
    DOMAIN_LABELS,
    DOMAIN_RELATIONSHIPS,
    ID_PREFIX,
    LABEL_BY_NAME,
    LABELS,
    REL_BY_NAME,
    RELATIONSHIPS,
)

__all__ = ["Edge", "GraphBatch", "Node", "SchemaError", "validate", "DOMAIN_LABELS",
           "DOMAIN_RELATIONSHIPS", "ID_PREFIX", "LABEL_BY_NAME", "LABELS", "REL_BY_NAME",
           "RELATIONSHIPS"]
