"""Calling the API politely: a rate limiter, a disk cache of responses, and the fetch loop
over a split query (progress, cancel, nothing returned until every part has arrived)."""

from __future__ import annotations

import hashlib
import os
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from ..errors import Cancelled, InputError
from .jsonstat import StatTable, parse_jsonstat2
from .providers import Provider
from .query import Selection, data_body, data_url, split_selection

#: ``fetch(url, body)``: POST ``body`` to ``url``, or GET ``url`` when ``body`` is None.
Fetch = Callable[[str, bytes | None], bytes]


class RateLimiter:
    """At most ``max_calls`` calls in any ``window_s`` seconds (a sliding window)."""

    def __init__(
        self,
        max_calls: int,
        window_s: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.max_calls, self.window_s = max_calls, window_s
        self.clock, self.sleep = clock, sleep
        self.calls: deque[float] = deque()

    def wait(self) -> None:
        now = self.clock()
        while self.calls and now - self.calls[0] >= self.window_s:
            self.calls.popleft()
        if len(self.calls) >= self.max_calls:
            self.sleep(self.window_s - (now - self.calls[0]))
            now = self.clock()
            self.calls.popleft()
        self.calls.append(now)


class ResponseCache:
    """Responses on disk, keyed by URL and request body (SHA-256); written atomically."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def path(self, url: str, body: bytes) -> Path:
        key = hashlib.sha256(url.encode("utf-8") + b"\n" + body).hexdigest()
        return self.folder / f"{key}.json"

    def get(self, url: str, body: bytes) -> bytes | None:
        path = self.path(url, body)
        return path.read_bytes() if path.is_file() else None

    def put(self, url: str, body: bytes, data: bytes) -> None:
        path = self.path(url, body)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)


def fetch_table(
    provider: Provider,
    table: str,
    selection: Selection,
    fetch: Fetch,
    cache: ResponseCache | None = None,
    limiter: RateLimiter | None = None,
    language: str = "sv",
    progress: Callable[[float], None] = lambda p: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> StatTable:
    """All cells of ``selection`` of ``table``, in as many calls as the cell limit needs.

    A response is cached only after it parsed, so a response cut in the middle is never
    reused; the parts are joined only when all have arrived.
    """
    url = data_url(provider.base_url, table, language)
    parts = split_selection(selection, provider.max_cells)
    limiter = limiter or RateLimiter(provider.max_calls, provider.window_s)
    tables = []
    for i, part in enumerate(parts):
        if cancelled():
            raise Cancelled()
        body = data_body(part)
        raw = cache.get(url, body) if cache is not None else None
        if raw is None:
            limiter.wait()
            raw = fetch(url, body)
            parsed = parse_jsonstat2(raw, url)
            check_answer(table, parsed, part)
            if cache is not None:
                cache.put(url, body, raw)
        else:
            parsed = parse_jsonstat2(raw, url)
            check_answer(table, parsed, part)
        tables.append(parsed)
        progress(100.0 * (i + 1) / len(parts))
    first = tables[0]
    for other in tables[1:]:
        if other.dimensions != first.dimensions:
            raise InputError(
                "The parts of the query on {table} came back with different variables; "
                "nothing was written.",
                table=table,
            )
    frame = pd.concat([t.frame for t in tables], ignore_index=True)
    labels = {d: {} for d in first.dimensions}
    for t in tables:
        for d in first.dimensions:
            labels[d].update(t.labels.get(d, {}))
    metadata = dict(first.metadata, calls=len(parts), url=url)
    return StatTable(frame=frame, dimensions=first.dimensions, labels=labels, metadata=metadata)


def check_answer(table: str, answer: StatTable, selection: Selection) -> None:
    """The answer holds exactly the cells asked for: a server (or cache) that answers another
    query is caught here, before anything is cached, joined or written."""
    for variable, codes in selection.items():
        if variable not in answer.dimensions:
            raise InputError(
                "The answer for table {table} has no variable '{variable}' that was asked "
                "for; nothing was written.",
                table=table,
                variable=variable,
            )
        got = set(answer.frame[variable].unique())
        if got != set(codes):
            raise InputError(
                "The answer for table {table} does not match the query: variable "
                "'{variable}' came back with {got} values where {asked} were asked for; "
                "nothing was written.",
                table=table,
                variable=variable,
                got=len(got),
                asked=len(codes),
            )


def http_error(
    url: str,
    status: int | None,
    message: str,
    timed_out: bool,
    timeout_s: float,
    service: str = "pxweb",
):
    """The planner-readable error for a failed call (the adapter raises it); ``service`` is
    "pxweb" (a statistics table) or "wfs" (a map service)."""
    if status == 404 and service == "wfs":
        return InputError(
            "{url}: nothing at this address (HTTP 404). Check the WFS address.", url=url
        )
    if status == 404:
        return InputError(
            "{url}: the API does not know this table (HTTP 404). Check the table id.", url=url
        )
    if status == 429:
        return InputError(
            "{url}: the API refused more calls for now (HTTP 429, too many requests); try "
            "again in a minute.",
            url=url,
        )
    if status:
        return InputError(
            "{url} answered with HTTP error {status}: {message}",
            url=url,
            status=status,
            message=message,
        )
    if timed_out:
        return InputError(
            "{url} did not answer within {seconds} s; nothing was written.",
            url=url,
            seconds=timeout_s,
        )
    return InputError(
        "The call to {url} failed or was cut off ({message}); nothing was written.",
        url=url,
        message=message,
    )
