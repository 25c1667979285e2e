"""Store ids and values as RDF terms: the IRI of a node, a provenance statement or an agent,
and a property value as a literal with the datatype the ontology gives it. The export, the
streamed export and SPARQL must mint the same IRI for the same id, so they all mint it here."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from graph.rdf_errors import RdfError
from ontology.batch import Edge
from ontology.owl import DATATYPES, PKG, property_iri
from ontology.schema import ID_PREFIX

# Provenance statements live under <base>stmt/.
STATEMENT_PREFIX = "stmt"

# Names are Chinese: tag them so that SPARQL `langMatches` and SKOS tools see the language.
LANG = "zh"


# --- IRIs ------------------------------------------------------------------------------------

_ASCII_KEEP = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@")
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})


def iri_segment(text: str) -> str:
    """One IRI path segment: Chinese stays readable, anything else an IRI forbids (and `/`,
    `%`, `#`, `?`) is percent-encoded, so different ids never share an IRI."""
    out = []
    for ch in text:
        if ch in _ASCII_KEEP or (ord(ch) > 0x7F and
                                 unicodedata.category(ch) not in _UNSAFE_CATEGORIES):
            out.append(ch)
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
    return "".join(out)


def check_base(base: str) -> str:
    if not re.match(r"^https?://[^/\s]+/", base or "") or base[-1] not in "/#":
        raise RdfError(f"the RDF base {base!r} is not usable: it must be an absolute http(s) "
                       "IRI ending in '/' or '#', e.g. https://policykg.org/id/ "
                       "(set POLICYKG_RDF_BASE)")
    return base


def node_iri(base: str, label: str, node_id: str) -> URIRef:
    """`park:星河产业园` -> <base>park/星河产业园; an id without its label's prefix goes under
    <base>node/ with the whole id, so it cannot collide with a prefixed one."""
    prefix = ID_PREFIX.get(label)
    if prefix and node_id.startswith(prefix + ":") and len(node_id) > len(prefix) + 1:
        return URIRef(base + prefix + "/" + iri_segment(node_id[len(prefix) + 1:]))
    return URIRef(base + "node/" + iri_segment(node_id))


# Each node's IRI is needed once for the node and again for every edge and source citing it;
# a few thousand recent ones are kept (an export reads nodes near those they point at), so the
# memory of a streamed export stays that of a page.
_iri = lru_cache(maxsize=1 << 12)(node_iri)


def statement_iri(base: str, edge: Edge) -> URIRef:
    """Stable across exports: a digest of (from, type, to), which is unique in the store."""
    key = "\x1f".join((edge.src, edge.rel, edge.dst)).encode("utf-8")
    return URIRef(base + STATEMENT_PREFIX + "/" + hashlib.sha1(key).hexdigest()[:20])


def industry_scheme_iri(base: str) -> URIRef:
    return URIRef(base + "scheme/industry")


def agent_iri(base: str, name: str) -> URIRef:
    return URIRef(base + "agent/" + iri_segment(name))


# --- literals --------------------------------------------------------------------------------

_DATE_RE = re.compile(r"^\s*(\d{4})(?:\s*[-年/.]\s*(\d{1,2})(?:\s*[-月/.]\s*(\d{1,2})\s*日?)?\s*月?)?"
                      r"\s*年?\s*$")


def date_literal(value: Any) -> Literal:
    """xsd:date, gYearMonth or gYear from '2021-07-20', '2021年7月', '2021'; otherwise a
    plain string, which the shapes then report."""
    m = _DATE_RE.match(str(value))
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        try:
            if d:
                return Literal(date(int(y), int(mo), int(d)).isoformat(), datatype=XSD.date)
            if mo and 1 <= int(mo) <= 12:
                return Literal(f"{y}-{int(mo):02d}", datatype=XSD.gYearMonth)
            if not mo:
                return Literal(y, datatype=XSD.gYear)
        except ValueError:
            pass
    return Literal(str(value))


def value_literal(key: str, value: Any) -> Literal:
    """A property value with the datatype the ontology gives it, where it can take it."""
    dt = DATATYPES.get(key)
    if isinstance(value, bool):
        return Literal(value)
    if dt == XSD.decimal:
        try:
            number = Decimal(str(value).strip())
            if number.is_finite():
                return Literal(format(number, "f"), datatype=XSD.decimal)
        except InvalidOperation:
            pass
        return Literal(str(value))
    if dt == XSD.gYear:
        text = str(value).strip()
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        if re.fullmatch(r"\d{4}", text):
            return Literal(text, datatype=XSD.gYear)
        return Literal(text)
    if dt == XSD.integer:
        if isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit()):
            return Literal(int(value))
        if isinstance(value, float) and value.is_integer():
            return Literal(int(value))
        return Literal(str(value))
    return Literal(value)


def _safe_key(key: str) -> str:
    """A property name usable as a local name in every format (RDF/XML needs an NCName)."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", key):
        return key
    return "p_" + key.encode("utf-8").hex()


def _prop_predicate(label: str, key: str) -> URIRef:
    pred = property_iri(label, key)
    if pred.startswith(str(PKG)):
        return PKG[_safe_key(key)]
    return pred


def _values(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [v for v in value if v is not None and v != ""]
    return [] if value == "" else [value]
