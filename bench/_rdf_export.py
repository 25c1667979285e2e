"""One streamed RDF export or validation of a built store, in a process of its own so that its
peak memory is its own. Usage: python -m bench._rdf_export DATA_DIR nt|ttl|validate; prints
one JSON object: seconds, peak memory (MB), nodes, relationships, triples, bytes written."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from bench._memory import peak_mb


class _Counting:
    def __init__(self) -> None:
        self.bytes = 0

    def write(self, data: bytes) -> None:
        self.bytes += len(data)


def main(argv: list[str]) -> int:
    from graph.embedded import EmbeddedStore
    from graph.rdf_stream import export, validate_store
    from policykg.settings import Settings

    settings = Settings(store="embedded", data_dir=Path(argv[0]))
    store = EmbeddedStore(settings)
    try:
        store.stats()  # the server is up before the clock starts
        t0 = time.perf_counter()
        out = _Counting()
        if argv[1] == "validate":
            conforms, messages, counts = validate_store(store, settings.rdf_base)
            extra = {"conforms": conforms, "messages": len(messages)}
        else:
            counts = export(store, argv[1], out, settings.rdf_base)
            extra = {}
        seconds = time.perf_counter() - t0
    finally:
        store.close()
    print(json.dumps({"seconds": seconds, "rss_mb": peak_mb(),
                      "nodes": counts.nodes, "relationships": counts.relationships,
                      "triples": counts.triples, "bytes": out.bytes, **extra}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
