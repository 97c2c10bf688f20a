"""The PxWeb API through QGIS's network stack (QgsBlockingNetworkRequest), so that the
user's proxy, SSL certificates and authentication apply; injected into the statistics core
(regionatlas/statistics/transport.py) as ``fetch(url, body) -> bytes``. Responses are cached
in the QGIS profile's cache folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import QgsApplication, QgsBlockingNetworkRequest, QgsFeedback
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..regionatlas.errors import Cancelled
from ..regionatlas.statistics.transport import ResponseCache, http_error

#: Seconds to wait for one answer of the API before giving up.
DEFAULT_TIMEOUT_S = 60.0


def response_cache() -> ResponseCache:
    """The disk cache in the active QGIS profile: <profile>/cache/regionatlas/pxweb."""
    return ResponseCache(
        Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "regionatlas" / "pxweb"
    )


def qgis_fetch(
    feedback: QgsFeedback | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    service: str = "pxweb",
) -> Callable[[str, bytes | None], bytes]:
    """``fetch(url, body)``: POST ``body`` (JSON) to ``url``, or GET ``url`` when ``body`` is
    None, and return the answer's bytes; an HTTP error, a timeout or a broken connection
    raise InputError naming the URL."""

    def fetch(url: str, body: bytes | None) -> bytes:
        request = QNetworkRequest(QUrl(url))
        request.setTransferTimeout(int(timeout_s * 1000))
        blocking = QgsBlockingNetworkRequest()
        if body is None:  # GET (a table's metadata, a WFS feature request)
            error = blocking.get(request, True, feedback)
        else:
            request.setHeader(QNetworkRequest.KnownHeaders.ContentTypeHeader, "application/json")
            error = blocking.post(request, body, True, feedback)
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()
        reply = blocking.reply()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        reply_error = reply.error()
        if (
            error == QgsBlockingNetworkRequest.ErrorCode.NoError
            and reply_error == QNetworkReply.NetworkError.NoError
            and status in (None, 200)
        ):
            return bytes(reply.content())
        # Qt ends a request past its transfer timeout as "operation cancelled", and
        # QgsBlockingNetworkRequest (3.22) then reports no error: look at the reply.
        timed_out = (
            error == QgsBlockingNetworkRequest.ErrorCode.TimeoutError
            or reply_error == QNetworkReply.NetworkError.OperationCanceledError
        )
        message = blocking.errorMessage() or reply.errorString()
        http_status = status if status and status >= 400 else None
        raise http_error(url, http_status, message, timed_out, timeout_s, service)

    return fetch
