"""Every failure becomes one JSON shape, `{"error": {"code", "message", "status"}}`, whose
message says what to do; the store's error types map to the HTTP status a client can act on."""

from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

from graph.store import (
    QueryError,
    QueryTimeout,
    ReadOnlyViolation,
    StoreError,
    StoreLocked,
    StoreUnavailable,
)
from queries import ParamError, UnknownQuery

log = logging.getLogger("policykg.api")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def body(status: int, code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message, "status": status}}


def error_response(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(body(status, code, message), status_code=status, headers=headers)


_STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 406: "not_acceptable", 413: "body_too_large",
                 415: "unsupported_media_type", 422: "bad_parameter", 429: "too_many_requests"}


def _store_error(exc: StoreError) -> tuple[int, str]:
    if isinstance(exc, QueryTimeout):
        return 504, "query_timeout"
    if isinstance(exc, ReadOnlyViolation):
        return 403, "read_only"
    if isinstance(exc, (StoreUnavailable, StoreLocked)):
        return 503, "store_unavailable"
    if isinstance(exc, QueryError):
        return 400, "query_rejected"
    return 500, "store_error"


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail, ensure_ascii=False)
        if exc.status_code == 404 and message == "Not Found":
            message = "no such address; the API lives under /api/v1 (see /docs)"
        return error_response(exc.status_code, _STATUS_CODES.get(exc.status_code, "http_error"),
                              message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors()[:5]:
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path"))
            parts.append(f"{where or 'request'}: {err.get('msg')}")
        return error_response(422, "bad_parameter", "; ".join(parts) + " — see /docs for the parameters")

    @app.exception_handler(ParamError)
    async def _param(_: Request, exc: ParamError) -> JSONResponse:
        return error_response(422, "bad_parameter", str(exc))

    @app.exception_handler(UnknownQuery)
    async def _unknown(_: Request, exc: UnknownQuery) -> JSONResponse:
        return error_response(404, "unknown_query", str(exc.args[0] if exc.args else exc))

    @app.exception_handler(StoreError)
    async def _store(_: Request, exc: StoreError) -> JSONResponse:
        status, code = _store_error(exc)
        return error_response(status, code, str(exc))

    @app.exception_handler(Exception)
    async def _other(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(500, "internal_error",
                              f"unexpected {type(exc).__name__}; the server log has the details")
