"""Small helpers shared by the settlement-structure algorithms."""

from __future__ import annotations

import json


def provenance_with(provenance: str, settings: dict) -> str:
    """The base provenance JSON plus the settings actually used (defaults resolved).

    ``processing.run`` passes only the parameters a caller gave; a map must still say which
    mode, thresholds and rules made it, so they are recorded under ``settings``.
    """
    data = json.loads(provenance)
    data["settings"] = settings
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
