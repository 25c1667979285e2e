"""Documents in while serving: upload (add or replace) and remove, token-protected, and a
document's facts with their sentences.

The token is checked before the request body is read, so a caller without it cannot make the
server take in megabytes. Uploads land in a temporary folder inside the data folder and go to
the collection (collection/sync.py), which changes the graph by the documents changed, one
change at a time: two uploads at once both land, one after the other.
"""

from __future__ import annotations

import hmac
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Header, Query, Request
from fastapi import Path as PathParam
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from api.errors import ApiError
from api.models import REL_ZH, ErrorBody
from collection.files import upload_name
from collection.sync import (
    ChangeReport,
    Collection,
    CollectionError,
    FilesRefused,
    NotBuilt,
    NotInCollection,
)
from loaders.formats import DOCUMENT_SUFFIXES, REFUSED
from loaders.model import DocumentError
from queries import MAX_TEXT
from queries.answer import plain, run

MAX_FILES = 20
_CHUNK = 1 << 20

router = APIRouter(prefix="/api/v1", tags=["documents"])
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text} for code, text in (
        (400, "a file name that is not a plain name, or no files"),
        (401, "missing or wrong token"), (403, "changes are off: no token is configured"),
        (404, "no such document"), (409, "the graph was not built from a collection"),
        (413, "a file or the request is too large"), (415, "a format that is not read"),
        (422, "a file that cannot be built (named, with the cause)"),
        (503, "the graph store is unavailable"))}


class DocumentChange(BaseModel):
    """What an upload or a removal changed."""

    added: list[str] = Field(default_factory=list, description="files added")
    replaced: list[str] = Field(default_factory=list, description="files whose content changed")
    unchanged: list[str] = Field(default_factory=list, description="files already kept as sent")
    removed: list[str] = Field(default_factory=list, description="files removed")
    documents: dict[str, list[str]] = Field(default_factory=dict,
                                            description="file → its document ids")
    change: dict[str, int] = Field(default_factory=dict,
                                   description="nodes and relationships set and deleted")
    rebuilt: str | None = Field(None, description="why the whole graph was rewritten, if it was")
    seconds: float = 0.0
    skipped: list[str] = Field(default_factory=list,
                               description="other kept files a full build skips, with the cause")


class Uploads(BaseModel):
    """Whether this server takes documents, and what."""

    enabled: bool = Field(description="a token is configured: uploads and removal are on")
    formats: list[str]
    max_files: int
    max_file_bytes: int


class Fact(BaseModel):
    from_id: str
    from_name: str | None = None
    from_label: str | None = None
    rel: str
    rel_zh: str | None = None
    to_id: str
    to_name: str | None = None
    to_label: str | None = None
    passage_id: str
    text: str | None = None
    line: int | None = None


def require_token(request: Request, authorization: str | None, what: str) -> None:
    """State changes need POLICYKG_API_TOKEN, sent as `Authorization: Bearer <token>`."""
    token = request.app.state.ctx.settings.api_token
    if not token:
        raise ApiError(403, "forbidden", f"{what} is off; set POLICYKG_API_TOKEN on the server to "
                                         "turn it on")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not given or not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(401, "unauthorized", "missing or wrong token; send `Authorization: Bearer "
                                            "<token>`")


def collection(request: Request) -> Collection:
    """One collection per app: it keeps the files' results in memory between changes."""
    state = request.app.state
    if getattr(state, "collection", None) is None:
        ctx = state.ctx
        state.collection = Collection(ctx.store, ctx.settings.data_dir,
                                      max_pages=ctx.settings.max_pages)
    return state.collection


@router.get("/uploads", response_model=Uploads, summary="上传设置 Whether uploads are on")
def uploads(request: Request) -> Uploads:
    settings = request.app.state.ctx.settings
    return Uploads(enabled=bool(settings.api_token), formats=list(DOCUMENT_SUFFIXES),
                   max_files=MAX_FILES, max_file_bytes=settings.max_file_bytes)


@router.post("/documents", response_model=DocumentChange, responses=_ERRORS,
             summary="上传文件 (需令牌) Add or replace documents",
             description="Multipart upload of one or more files (field `files`): .txt, .html, "
                         ".pdf with a text layer, or Word .docx. A file whose name is kept "
                         "already replaces it. The graph changes by these documents only and "
                         "equals a full build of every kept file. Needs the token.")
async def upload(request: Request, authorization: str | None = Header(None)) -> DocumentChange:
    require_token(request, authorization, "uploading documents")
    settings = request.app.state.ctx.settings
    folder = Path(settings.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="upload-", dir=folder) as tmp:
        files = await _receive(request, Path(tmp), settings.max_file_bytes)
        report = await run_in_threadpool(_add, request, files)
    return _answer(request, report)


@router.delete("/documents/{doc_id}", response_model=DocumentChange, responses=_ERRORS,
               summary="删除文件 (需令牌) Remove a document",
               description="Removes the file that holds the document (an appended article goes "
                           "with it): its passages, the facts only it states and the nodes only "
                           "it names. Needs the token.")
async def remove(request: Request, doc_id: str = PathParam(..., min_length=1, max_length=MAX_TEXT),
                 authorization: str | None = Header(None)) -> DocumentChange:
    require_token(request, authorization, "removing documents")

    def work() -> ChangeReport:
        try:
            return collection(request).remove(doc_id)
        except NotInCollection as exc:
            raise ApiError(404, "not_found", str(exc)) from None
        except NotBuilt as exc:
            raise ApiError(409, "not_built", str(exc)) from None

    report = await run_in_threadpool(work)
    return _answer(request, report)


@router.get("/documents/{doc_id}/facts", response_model=list[Fact],
            summary="文件陈述的事实 A document's facts with their sentences")
def facts(request: Request, doc_id: str = PathParam(..., min_length=1, max_length=MAX_TEXT),
          limit: int = Query(200, ge=1, le=1000)) -> list[Fact]:
    ctx = request.app.state.ctx
    rows = run(ctx.store, "document_facts", {"id": doc_id, "limit": limit},
               row_cap=ctx.settings.row_cap).rows
    return [Fact(**plain(r), rel_zh=REL_ZH.get(r["rel"])) for r in rows]


async def _receive(request: Request, folder: Path, max_file: int) -> list[tuple[Path, str, str]]:
    """The uploaded files, written to `folder`, each checked for name, format and size."""
    try:
        form = await request.form(max_files=MAX_FILES, max_fields=MAX_FILES)
    except Exception as exc:  # noqa: BLE001 - starlette raises several kinds on a bad body
        raise ApiError(400, "bad_request", f"not a multipart upload of at most {MAX_FILES} "
                                           f"files ({exc}); send them as field `files`") from None
    uploads = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
    if not uploads:
        raise ApiError(400, "bad_request", "no files; send one or more as multipart field `files`")
    out: list[tuple[Path, str, str]] = []
    try:
        for n, upload in enumerate(uploads):
            name = _checked_name(upload.filename or "")
            target = folder / f"{n}-{name}"
            size = 0
            with open(target, "wb") as fh:
                while chunk := await upload.read(_CHUNK):
                    size += len(chunk)
                    if size > max_file:
                        raise ApiError(413, "body_too_large",
                                       f"{name}: over {max_file / 1e6:.0f} MB; split it "
                                       "(POLICYKG_MAX_FILE_BYTES sets the limit)")
                    fh.write(chunk)
            out.append((target, name, "upload"))
    finally:
        await form.close()
    return out


def _checked_name(raw: str) -> str:
    try:
        name = upload_name(raw)
    except DocumentError as exc:
        raise ApiError(400, "bad_request", str(exc)) from None
    suffix = Path(name).suffix.lower()
    if suffix in REFUSED:
        raise ApiError(415, "unsupported_media_type", f"{name}: {REFUSED[suffix]}")
    if suffix not in DOCUMENT_SUFFIXES:
        raise ApiError(415, "unsupported_media_type",
                       f"{name}: not a document this reads ({suffix or 'no suffix'}); send "
                       f"{', '.join(DOCUMENT_SUFFIXES)}")
    return name


def _add(request: Request, files: list[tuple[Path, str, str]]) -> ChangeReport:
    try:
        return collection(request).add(files)
    except FilesRefused as exc:
        too_big = any("too large" in e.cause or "pages, over" in e.cause for e in exc.errors)
        raise ApiError(413 if too_big else 422, "body_too_large" if too_big else "bad_document",
                       str(exc)) from None
    except NotBuilt as exc:
        raise ApiError(409, "not_built", str(exc)) from None
    except CollectionError as exc:
        raise ApiError(422, "bad_document", str(exc)) from None


def _answer(request: Request, report: ChangeReport) -> DocumentChange:
    ctx = request.app.state.ctx
    cache = ctx.cache_if_open
    if cache is not None:
        cache.clear()  # answers of the old graph; a replacement may keep the counts it checks
    return DocumentChange(added=report.added, replaced=report.replaced,
                          unchanged=report.unchanged, removed=report.removed,
                          documents=report.documents, change=report.change,
                          rebuilt=report.rebuilt, seconds=round(report.seconds, 3),
                          skipped=report.errors)


def stored_files(request: Request) -> dict[str, dict[str, Any]]:
    """Document id → the file it came from and when it was added (for the document list)."""
    try:
        return collection(request).documents()
    except (OSError, CollectionError, ValueError):
        return {}

