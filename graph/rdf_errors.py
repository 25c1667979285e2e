"""The errors of the RDF modules in one place: the export, validation and SPARQL each raise
some of them (RdfError is shared), and a caller catches any of them from one module."""

from __future__ import annotations


class RdfError(ValueError):
    """Export or validation could not run; the message says what to change."""


class UnknownFormat(RdfError):
    """An export format that is not one of FORMATS."""


class SparqlError(ValueError):
    """A SPARQL query that cannot be answered: bad syntax, or a kind of query we refuse."""


class SparqlRefused(SparqlError):
    """A well-formed query that would change data or reach outside the export."""


class SparqlTimeout(SparqlError):
    """The query ran past its time limit."""
