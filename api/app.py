"""The FastAPI application: the JSON API under /api/v1, OpenAPI at /docs, and the web page.

`create_app(settings=None, store=None)` takes a store so that tests and the CLI can hand in
one they opened; otherwise the configured store is opened on first use (so /docs and the
page load even while the database starts) and closed when the app stops.
"""

from __future__ import annotations

import gc
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles

from api import errors, export
from api.cache import CachedHits, ResponseCache
from api.document_routes import router as document_router
from api.limits import BodyLimit
from api.leads_routes import router as leads_router
from api.rdf_routes import router as rdf_router
from api.routes import router
from graph.store import GraphStore, StoreUnavailable
from policykg.settings import PROJECT_ROOT, Settings, get_settings

STATIC = Path(__file__).resolve().parent / "static"
CYTOSCAPE = Path("node_modules") / "cytoscape" / "dist" / "cytoscape.min.js"


def cytoscape_path() -> Path | None:
    """cytoscape comes from npm (`make setup` runs npm ci); look where a checkout or image has it."""
    for base in (PROJECT_ROOT, Path.cwd(), STATIC.parent.parent):
        path = base / CYTOSCAPE
        if path.is_file():
            return path
    return None


class Context:
    """What the routes share: settings, the store (opened once, lazily) and the cache."""

    def __init__(self, settings: Settings, store: GraphStore | None) -> None:
        self.settings = settings
        self._store = store
        self.owns_store = store is None
        self._lock = threading.Lock()
        self._cache: ResponseCache | None = None

    @property
    def store(self) -> GraphStore:
        if self._store is None:
            with self._lock:
                if self._store is None:
                    from graph import open_store

                    try:
                        self._store = open_store(self.settings)
                        # A long-running server restarts a store killed hard even when no
                        # request comes in; the restart is logged and shown by /health.
                        self._store.start_watchdog()
                    except StoreUnavailable:
                        raise
                    except Exception as exc:  # a store that cannot start is unavailable
                        raise StoreUnavailable(f"cannot open the graph store: {exc}") from exc
        return self._store

    @property
    def has_cache(self) -> bool:
        return self._cache is not None

    @property
    def cache_if_open(self) -> ResponseCache | None:
        return self._cache

    @property
    def cache(self) -> ResponseCache:
        if self._cache is None:
            self._cache = ResponseCache(self.store, size=4096 if self.settings.answer_cache else 0)
        return self._cache

    def close(self) -> None:
        if self.owns_store and self._store is not None:
            self._store.close()
            self._store = None


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    settings = settings or get_settings()
    ctx = Context(settings, store)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> Any:
        _fewer_collections()
        yield
        ctx.close()

    app = FastAPI(title="policykg", version=_version(),
                  description="政策文件知识图谱查询接口 — the knowledge graph of Chinese policy documents: "
                              "zones, parks, industries, enterprises, platforms, projects, tasks, bureaus "
                              "and targets, every fact with the sentence that states it.",
                  lifespan=lifespan)
    app.state.ctx = ctx
    errors.install(app)
    app.include_router(router)
    app.include_router(rdf_router)
    app.include_router(leads_router)
    export.document(app)
    app.include_router(document_router)
    app.add_middleware(CachedHits)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes,
                       uploads=("/api/v1/documents", settings.max_upload_bytes))

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/vendor/cytoscape.min.js", include_in_schema=False)
    def cytoscape() -> Response:
        path = cytoscape_path()
        if path is None:
            return Response("console.warn('cytoscape is missing: run `make setup` (npm ci)');",
                            media_type="text/javascript", status_code=200)
        return FileResponse(path, media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    return app


def _fewer_collections() -> None:
    """A request of a large library makes thousands of short-lived rows; with Python's default
    thresholds they set off collections that walk every long-lived object (modules, the name
    index), pausing requests by tens of milliseconds. What is loaded at start is frozen out
    of collection, and collections run less often."""
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)


def _version() -> str:
    from policykg import __version__

    return __version__
