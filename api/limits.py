"""A cap on request bodies, enforced before the body is read, so a client cannot make the
server buffer megabytes of JSON (issue 6)."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(Exception):
    pass


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int,
                 uploads: tuple[str, int] | None = None) -> None:
        """`uploads`: (path, limit) of the one endpoint that takes files (POST only)."""
        self.app, self.default, self.uploads = app, max_bytes, uploads

    async def _refuse(self, send: Send, limit: int) -> None:
        setting = ("POLICYKG_MAX_UPLOAD_BYTES" if self.uploads and limit == self.uploads[1]
                   else "POLICYKG_MAX_BODY_BYTES")
        payload = json.dumps({"error": {
            "code": "body_too_large", "status": 413,
            "message": f"request body over {limit} bytes; send less "
                       f"({setting} sets the limit)"}}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(payload)).encode())]})
        await send({"type": "http.response.body", "body": payload})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.default
        if self.uploads and scope.get("method") == "POST" and scope.get("path") == self.uploads[0]:
            limit = self.uploads[1]
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    too_big = int(value) > limit
                except ValueError:
                    too_big = True
                if too_big:
                    await self._refuse(send, limit)
                    return
        seen = 0
        refused = False

        async def counted() -> Message:
            # Without a Content-Length the body is counted as it arrives; past the limit the
            # client gets 413 at once and the app sees a disconnect, so nothing is buffered.
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    refused = True
                    await self._refuse(send, limit)
                    return {"type": "http.disconnect"}
            return message

        async def guarded(message: Message) -> None:
            if not refused:
                await send(message)

        try:
            await self.app(scope, counted, guarded)
        except BodyTooLarge:  # pragma: no cover - kept for apps that raise it themselves
            if not refused:
                await self._refuse(send, limit)
