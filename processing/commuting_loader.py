"""Shared door of the commuting loaders (regionatlas:loadscbcommuting,
regionatlas:loadssbcommuting): their parameters, the call of the statistics core through
QGIS's network stack, and the OD table written as a table sink with its provenance.

The method lives in regionatlas/statistics/commuting.py; this module only converts.
"""

from __future__ import annotations

import dataclasses
import json

from qgis.core import (
    QgsFeature,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..i18n import tr
from ..regionatlas.errors import InputError
from ..regionatlas.statistics.commuting import (
    COUNTY_BOTH,
    CommutingPatterns,
    CommutingRequest,
    load_commuting,
    parse_list,
    parse_select,
    parse_years,
)
from ..regionatlas.statistics.providers import Provider
from ..regionatlas.statistics.transport import RateLimiter
from .declare import add_enum, add_sink, add_text
from .sinks import add_features, frame_rows, qgs_fields, style_on_load
from .statistics_network import DEFAULT_TIMEOUT_S, qgis_fetch, response_cache

TABLES = "TABLES"
YEARS = "YEARS"
SEX = "SEX"
COUNTIES = "COUNTIES"
COUNTY_MODE = "COUNTY_MODE"
MAP_2020_REFORM = "MAP_2020_REFORM"
SPLIT_CODES = "SPLIT_CODES"
CHANGED_CODES = "CHANGED_CODES"
HOME_VARIABLE = "HOME_VARIABLE"
WORK_VARIABLE = "WORK_VARIABLE"
CONTENTS = "CONTENTS"
SELECT = "SELECT"
BASE_URL = "BASE_URL"
TIMEOUT = "TIMEOUT"
OUTPUT = "OUTPUT"
METADATA = "METADATA"

#: CHANGED_CODES choices (public order).
CHANGED_FAIL, CHANGED_KEEP = 0, 1


def advanced(parameter: QgsProcessingParameterDefinition) -> QgsProcessingParameterDefinition:
    """Mark ``parameter`` as advanced (QGIS 3.22 flag, or Qgis.ProcessingParameterFlag)."""
    try:
        from qgis.core import Qgis

        flag = Qgis.ProcessingParameterFlag.Advanced
    except AttributeError:  # QGIS < 3.36
        flag = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    parameter.setFlags(parameter.flags() | flag)
    return parameter


def add_loader_parameters(
    alg, provider: Provider, patterns: CommutingPatterns, sexes: bool, reform: bool
) -> None:
    """Declare the loader's parameters on ``alg``."""
    add_text(alg, TABLES, tr("Table id(s), first table first"), ",".join(patterns.tables), False)
    add_text(alg, YEARS, tr("Years (e.g. 2022 or 2019-2023; empty: the latest)"))
    if sexes:
        add_enum(alg, SEX, tr("Sex"), [tr("Both (added up)"), tr("Men"), tr("Women")])
    add_text(alg, COUNTIES, tr("County codes to keep (e.g. 25, 24; empty: the whole country)"))
    add_enum(
        alg,
        COUNTY_MODE,
        tr("Flows kept by the county filter"),
        [tr("Home and work in the counties"), tr("Home or work in the counties")],
        COUNTY_BOTH,
    )
    if reform:
        alg.addParameter(
            QgsProcessingParameterBoolean(
                MAP_2020_REFORM,
                tr("Carry older municipality codes to the 2020 division (2020 reform)"),
                defaultValue=False,
            )
        )
        add_enum(
            alg,
            SPLIT_CODES,
            tr("Municipalities split in the reform"),
            [tr("Fail"), tr("Drop their flows and warn")],
        )
    add_enum(
        alg,
        CHANGED_CODES,
        tr("Municipality codes that change between the chosen years"),
        [tr("Fail"), tr("Keep each year's own codes and warn")],
        CHANGED_FAIL,
    )
    for name, label in (
        (HOME_VARIABLE, tr("Home region variable (empty: found from the table's metadata)")),
        (WORK_VARIABLE, tr("Work region variable (empty: found from the table's metadata)")),
        (CONTENTS, tr("Contents code (empty: the table's only one)")),
        (SELECT, tr("Fix variables (variable=code,code; parts separated by ';')")),
    ):
        alg.addParameter(advanced(QgsProcessingParameterString(name, label, optional=True)))
    alg.addParameter(
        advanced(
            QgsProcessingParameterString(
                BASE_URL, tr("PxWebApi 2 address"), defaultValue=provider.base_url
            )
        )
    )
    alg.addParameter(timeout_parameter())
    add_sink(alg, OUTPUT, tr("Commuting OD table"), "table")
    alg.addOutput(QgsProcessingOutputString(METADATA, tr("Provenance and source (JSON)")))


def timeout_parameter() -> QgsProcessingParameterNumber:
    """TIMEOUT (advanced): seconds to wait for a statistics service's answer."""
    return advanced(
        QgsProcessingParameterNumber(
            TIMEOUT,
            tr("Seconds to wait for an answer"),
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=DEFAULT_TIMEOUT_S,
            minValue=0.1,
        )
    )


def run_loader(
    alg,
    provider: Provider,
    patterns: CommutingPatterns,
    parameters: dict,
    context,
    feedback,
    title: str,
) -> dict:
    """Fetch, reshape and write; nothing is written until every part has arrived."""
    text = lambda name: (  # noqa: E731
        alg.parameterAsString(parameters, name, context).strip()
        if alg.parameterDefinition(name) is not None
        else ""
    )
    years, ranges = parse_years(text(YEARS))
    request = CommutingRequest(
        years=years,
        year_ranges=ranges,
        sex=alg.parameterAsEnum(parameters, SEX, context) if alg.parameterDefinition(SEX) else 0,
        counties=parse_list(text(COUNTIES)),
        county_mode=alg.parameterAsEnum(parameters, COUNTY_MODE, context),
        home_variable=text(HOME_VARIABLE),
        work_variable=text(WORK_VARIABLE),
        contents=text(CONTENTS),
        select=parse_select(text(SELECT)),
        carry_to_2020=bool(
            alg.parameterDefinition(MAP_2020_REFORM)
            and alg.parameterAsBool(parameters, MAP_2020_REFORM, context)
        ),
        splits=alg.parameterAsEnum(parameters, SPLIT_CODES, context)
        if alg.parameterDefinition(SPLIT_CODES)
        else 0,
        check_changes=alg.parameterAsEnum(parameters, CHANGED_CODES, context) == CHANGED_FAIL,
    )
    base_url = text(BASE_URL) or provider.base_url
    if not base_url.lower().startswith(("http://", "https://")):
        raise InputError("'{url}' is not an http(s) address (PxWebApi 2 address).", url=base_url)
    source = dataclasses.replace(provider, base_url=base_url)
    tables = parse_list(text(TABLES))
    timeout = alg.parameterAsDouble(parameters, TIMEOUT, context)
    result = load_commuting(
        source,
        patterns,
        tables,
        request,
        qgis_fetch(feedback, timeout),
        response_cache(),
        RateLimiter(source.max_calls, source.window_s),
        progress=feedback.setProgress,
        cancelled=feedback.isCanceled,
    )
    report(result.record, feedback)
    provenance = json.loads(alg.provenance(parameters, context))
    provenance["source"] = result.record
    metadata = json.dumps(provenance, ensure_ascii=False, sort_keys=True)

    frame = result.od
    fields = qgs_fields(frame, text_columns=("origin", "destination", "year"))
    sink, dest_id = alg.parameterAsSink(
        parameters, OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry
    )
    if sink is None:
        from qgis.core import QgsProcessingException

        raise QgsProcessingException(alg.invalidSinkError(parameters, OUTPUT))
    features = []
    for row in frame_rows(frame):
        feature = QgsFeature(fields)
        feature.setAttributes(row)
        features.append(feature)
    add_features(sink, features, feedback)
    style_on_load(context, dest_id, None, metadata, title)
    return {OUTPUT: dest_id, METADATA: metadata}


def report(record: dict, feedback) -> None:
    """Tell the user where the numbers came from, and what to watch."""
    for year, table in sorted(record["table_of_year"].items()):
        feedback.pushInfo(
            tr("{year}: table {table}, {title}").format(
                year=year, table=table, title=record["tables"].get(table, "")
            )
        )
    feedback.pushInfo(
        tr("Source: {provider}, licence {licence}; retrieved {time}; {calls} call(s).").format(
            provider=record["provider"],
            licence=record["licence"],
            time=record["retrieved"],
            calls=record["calls"],
        )
    )
    if record["missing_cells"]:
        feedback.pushWarning(
            tr(
                "{n} cells had no value in the answer (suppressed or not applicable); they are "
                "left out."
            ).format(n=record["missing_cells"])
        )
    for line in record["series_breaks"]:
        feedback.pushWarning(tr("The chosen years cross a series break: {what}").format(what=line))
    changed = record.get("codes_changed_kept")
    if changed:
        feedback.pushWarning(
            tr(
                "{n} municipality codes exist in some of the years only (kept as they are), "
                "e.g. {examples}."
            ).format(n=len(changed), examples=", ".join(list(changed)[:6]))
        )
    carried = record.get("carried_to_2020_division")
    if carried:
        feedback.pushInfo(
            tr("{n} older municipality codes carried to the 2020 division.").format(
                n=carried["codes_changed"]
            )
        )
        if carried["persons_dropped"]:
            feedback.pushWarning(
                tr(
                    "Flows of municipalities split in the reform dropped: {persons} persons "
                    "({codes})."
                ).format(
                    persons=carried["persons_dropped"],
                    codes=", ".join(carried["split_codes"]),
                )
            )
