"""Stable keys for linking notes to features: which dataset, which feature.

Why here and not in the UI: every writer of links (dock, relink algorithm, imports) must
derive the same dataset key from the same layer, or notes silently stop showing up. The
key must survive what planners do with projects: move the project folder, re-open a layer,
copy the GeoPackage to a colleague. So it is built from the *data source* (file name and
layer name; database, schema and table), never from the QGIS layer id, an absolute path or
connection details, and it never contains a password.

Feature keys are the text of a key field's value (a uuid field, or a code such as
kommunkod); see :func:`feature_key`.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Optional
from urllib.parse import unquote, urlparse

from ..ids import normalise_id

_PG_PARAM = re.compile(r"(\w+)=('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\S+)")
_PG_TABLE = re.compile(r'table=(?:"((?:[^"]|"")*)"\.)?"((?:[^"]|"")*)"')


def _file_name(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).name


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value.replace("\\'", "'").replace('\\"', '"')


def dataset_key(provider: str, source: str) -> str:
    """A stable key of a layer's data source (QGIS ``providerType()`` and ``source()``).

    * ``ogr`` (GeoPackage, shapefile, ...): ``ogr:<file name>|<layer name>``; the folder is
      left out so the key survives moving the project.
    * ``postgres``: ``postgres:<service or dbname>/<schema>.<table>``; host, user and
      password are left out.
    * ``delimitedtext`` and other file URIs: ``<provider>:<file name>``.
    * anything else: ``<provider>:<source>`` with ``password=...`` removed.

    >>> dataset_key("ogr", "/data/plan/kommuner.gpkg|layername=kommuner|subset=x")
    'ogr:kommuner.gpkg|kommuner'
    """
    provider = (provider or "").strip().lower()
    source = (source or "").strip()
    if provider == "ogr":
        path, *options = source.split("|")
        opts = dict(o.split("=", 1) for o in options if "=" in o)
        layer = opts.get("layername") or opts.get("layerid") or ""
        name = _file_name(path)
        return f"ogr:{name}|{layer}" if layer else f"ogr:{name}"
    if provider in ("postgres", "postgis"):
        params = {k: _unquote(v) for k, v in _PG_PARAM.findall(source) if k != "table"}
        table = _PG_TABLE.search(source)
        schema_name = (table.group(1) or "public").replace('""', '"') if table else ""
        table_name = table.group(2).replace('""', '"') if table else ""
        database = params.get("service") or params.get("dbname") or ""
        return f"postgres:{database}/{schema_name}.{table_name}"
    if source.startswith("file:"):
        return f"{provider}:{_file_name(unquote(urlparse(source).path))}"
    cleaned = re.sub(r"password=('(?:[^'\\]|\\.)*'|\S+)\s*", "", source).strip()
    return f"{provider}:{cleaned}"


def feature_key(value: object) -> Optional[str]:
    """The text key of a feature from its key field's value, or None when it has none.

    Integral floats become integers ("114.0" -> "114") as elsewhere in RegionAtlas; keep
    codes with leading zeros (kommunkod "0114") in text fields so they stay intact.
    """
    return normalise_id(value)
