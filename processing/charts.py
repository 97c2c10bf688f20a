"""Draw report charts (matplotlib) without keeping the algorithm alive.

matplotlib parses font patterns with pyparsing, whose packrat cache keeps the exceptions it
raised - with their tracebacks, and through the frames' ``f_back`` every caller up to
``processing.run``, including the QgsProcessingContext and the layers it holds - until the
interpreter exits, which then frees OGR layers after GDAL was shut down (a crash at exit).
Frames of a worker thread do not lead back to the algorithm, so charts are drawn there.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor


def in_own_thread(function, *args):
    """Run ``function(*args)`` in a short-lived worker thread and return its result."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args).result()
