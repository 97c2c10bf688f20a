"""Official statistics through the PxWeb API (SCB, SSB): query building, splitting under the
provider's cell limit, rate limiting, a disk cache of responses and json-stat2 parsing.

Pure Python: the HTTP call itself is injected as ``fetch(url, body) -> bytes`` (the plugin
passes one built on QGIS's network stack, so the user's proxy and certificates apply).
"""
