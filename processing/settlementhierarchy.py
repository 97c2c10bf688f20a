"""regionatlas:settlementhierarchy - settlement hierarchy (ortshierarki) by rule table or index."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import parameter_as_field_names
from ..i18n import tr
from ..regionatlas.ids import normalise_id
from ..regionatlas.settlement.hierarchy import (
    COMPOSITE_PRESET,
    PRESET_POPULATION,
    PRESETS,
    classify_by_index,
    classify_by_rules,
    parse_rule_table,
    rank_size_of_column,
    read_rule_table,
)
from ..regionatlas.settlement.hierarchy_inputs import (
    SERVICES,
    composite_weights,
    parse_breaks,
    parse_weights,
    rufs_rule_table,
    services_indicator,
    uses_indicator,
)
from .base import RegionAtlasAlgorithm
from .charts import (
    add_report_parameter,
    write_report,
)
from .settlement_common import provenance_with
from .settlement_report import log_rank_size, report_html_of
from .sinks import (
    add_features,
    combine_fields,
    frame_rows,
    joined_features,
    open_sink,
    qgs_fields,
    style_on_load,
)
from .values import plain as _plain

INPUT = "INPUT"
ID_FIELD = "ID_FIELD"
POPULATION_FIELD = "POPULATION_FIELD"
JOBS_FIELD = "JOBS_FIELD"
SERVICES_FIELDS = "SERVICES_FIELDS"
INCOMMUTING_FIELD = "INCOMMUTING_FIELD"
RULES = "RULES"
RULES_FILE = "RULES_FILE"
FALLBACK_CLASS = "FALLBACK_CLASS"
WEIGHTS = "WEIGHTS"
STANDARDISE = "STANDARDISE"
CLASS_METHOD = "CLASS_METHOD"
N_CLASSES = "N_CLASSES"
BREAKS = "BREAKS"
REGION_FIELD = "REGION_FIELD"
OUTPUT = "OUTPUT"
OUTPUT_REPORT = "OUTPUT_REPORT"
METADATA = "METADATA"

#: RULES choices (order is public API).
RULES_POPULATION, RULES_RUFS, RULES_COMPOSITE, RULES_FROM_FILE = 0, 1, 2, 3
#: STANDARDISE and CLASS_METHOD choices (order is public API).
STANDARDISE_CHOICES = ("zscore", "rank")
CLASS_METHODS = ("jenks", "quantiles", "fixed")

#: Indicator names the rules and the index use for the chosen fields.
POPULATION, JOBS, IN_COMMUTING = "population", "jobs", "in_commuting"
#: Column of the settlement ids in the indicator frame (never a field name of the layer).
ID = "__settlement_id"
OUTPUT_COLUMNS = ("class", "class_rank", "index_value", "matched_rule")


class SettlementHierarchyAlgorithm(RegionAtlasAlgorithm):
    NAME = "settlementhierarchy"
    GROUP_ID = "settlement"

    def display_name(self) -> str:
        return tr("Settlement hierarchy (ortshierarki)")

    def help_text(self) -> str:
        return tr(
            "Classifies settlements (points or polygons, e.g. SCB tätorter) into a hierarchy "
            "and says for every settlement which rule put it there. A <i>rule table</i> lists "
            "classes from the top, each with thresholds on named indicators combined with "
            "AND/OR; the first class that matches wins. In <i>index mode</i> a weighted "
            "composite of standardised indicators is classed into N classes. A rank-size line "
            "(slope of ln(size) on ln(rank - 1/2), with R²) is written to the log, per region "
            "when a region field is given, and to the optional HTML report with a chart.<br>"
            "<br><b>Presets and their sources</b><br>"
            "<i>Population classes</i>: >= 50 000, 10 000 - 49 999, 2 000 - 9 999, 200 - "
            "1 999 inhabitants (size classes of RegionAtlas; 200 is the lower bound of a "
            "tätort: SCB, Tätorter 2020, Statistiska meddelanden MI 38 SM 2101).<br>"
            "<i>RUFS landsbygdsnod</i>: >= 1 000 inhabitants and a grocery shop, a school, a "
            "sports ground, elderly care and a public-transport interchange (Region "
            "Stockholm 2018, RUFS 2050); others get 'Not a landsbygdsnod'.<br>"
            "<i>Composite centrality</i>: equal weights of the z-scores of population, jobs, "
            "services and in-commuting (those given), 4 classes by natural breaks (Jenks, "
            "G. F. 1977, Optimal data classification for choropleth maps).<br>"
            "Source of the rank-size correction: Gabaix &amp; Ibragimov (2011), Rank - 1/2, "
            "Journal of Business &amp; Economic Statistics 29(1).<br><br>"
            "<b>Parameters</b><br>"
            "<i>Settlements</i>: points or polygons; <i>id field</i> (optional, unique; "
            "default the feature id) names settlements in messages.<br>"
            "<i>Population / jobs / in-commuting field</i>, <i>service fields</i>: all "
            "optional; they become the indicators <i>population</i>, <i>jobs</i>, "
            "<i>in_commuting</i> and <i>services</i> (the sum of the service fields, used by "
            "the composite index and by rule tables that name it). Under the RUFS preset "
            "the service fields, when given, are the services a landsbygdsnod must all have "
            "(otherwise the fields grocery, school, sports_ground, elderly_care and "
            "pt_interchange); population classes do not use them (the log says so). Every "
            "field of the layer can also be used in a rule table by its own name (e.g. "
            "<i>grocery</i> for the RUFS preset, or <i>role</i> from a dominant-flow "
            "result).<br>"
            "<i>Classification</i>: 0 Population classes, 1 RUFS landsbygdsnod, 2 Composite "
            "centrality (index mode), 3 rule table from the JSON file.<br>"
            "<i>Rule table file</i> (JSON): "
            '{"classes": [{"class": "Regional centre", "combine": "all", "conditions": '
            '[{"indicator": "population", "op": ">=", "value": 50000}]}, ...], '
            '"fallback": "Other"}; operators >=, >, <=, <, ==, !=, present, absent; combine '
            '"all"/"AND" or "any"/"OR". When a file is given it is used.<br>'
            "<i>Fallback class</i>: class for settlements no rule matches; without one such "
            "settlements stop the run and are listed.<br>"
            "<i>Index weights</i> (index mode): e.g. population=2, jobs=1 or a JSON object; "
            "empty = the preset's equal weights of the indicators given. <i>Standardise</i>: "
            "z-scores or ranks scaled to 0..1. <i>Class method</i>: natural breaks (Jenks), "
            "quantiles or fixed breaks (<i>breaks</i>: comma-separated index values; an "
            "index >= a break moves up a class). <i>Number of classes</i>: N for Jenks and "
            "quantiles. Class 1 is the highest index.<br>"
            "<i>Region field</i> (optional): a rank-size line per region (county, LA "
            "region).<br>"
            "<i>Output</i>: the settlements with class, class_rank (1 = top), index_value "
            "(index mode) and matched_rule. <i>Report</i> (optional HTML): counts per class, "
            "the rules and the rank-size lines with a chart."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                INPUT,
                tr("Settlements (points or polygons)"),
                [
                    QgsProcessing.SourceType.TypeVectorPoint,
                    QgsProcessing.SourceType.TypeVectorPolygon,
                ],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                ID_FIELD, tr("Settlement id field"), parentLayerParameterName=INPUT, optional=True
            )
        )
        numeric = QgsProcessingParameterField.DataType.Numeric
        for name, label in (
            (POPULATION_FIELD, tr("Population field")),
            (JOBS_FIELD, tr("Jobs field")),
            (INCOMMUTING_FIELD, tr("In-commuting field")),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name, label, parentLayerParameterName=INPUT, type=numeric, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterField(
                SERVICES_FIELDS,
                tr("Service fields (counts or 0/1)"),
                parentLayerParameterName=INPUT,
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                RULES,
                tr("Classification"),
                [
                    tr("Population classes (rule table)"),
                    tr("RUFS landsbygdsnod (rule table)"),
                    tr("Composite centrality (index mode)"),
                    tr("Rule table from a JSON file"),
                ],
                defaultValue=RULES_POPULATION,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                RULES_FILE,
                tr("Rule table file (JSON)"),
                extension="json",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                FALLBACK_CLASS, tr("Fallback class for unmatched settlements"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                WEIGHTS, tr("Index weights (e.g. population=2, jobs=1)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                STANDARDISE,
                tr("Standardise indicators"),
                [tr("z-scores"), tr("Ranks scaled to 0..1")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                CLASS_METHOD,
                tr("Class method (index mode)"),
                [tr("Natural breaks (Jenks)"), tr("Quantiles"), tr("Fixed breaks")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                N_CLASSES,
                tr("Number of classes (index mode)"),
                QgsProcessingParameterNumber.Type.Integer,
                COMPOSITE_PRESET["n_classes"],
                minValue=2,
                maxValue=12,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                BREAKS, tr("Fixed breaks (comma-separated index values)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                REGION_FIELD,
                tr("Region field (rank-size per region)"),
                parentLayerParameterName=INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                OUTPUT, tr("Settlement hierarchy"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            )
        )
        add_report_parameter(self)
        self.addOutput(QgsProcessingOutputString(METADATA, tr("Provenance (JSON)")))

    # -- inputs ---------------------------------------------------------------------------------
    def _indicators(self, parameters, context, source, feedback):
        """Frame with id, every field by its own name, and the named indicators."""
        fields = source.fields()
        id_field = self.parameterAsString(parameters, ID_FIELD, context) or None
        chosen = {
            POPULATION: self.parameterAsString(parameters, POPULATION_FIELD, context) or None,
            JOBS: self.parameterAsString(parameters, JOBS_FIELD, context) or None,
            IN_COMMUTING: self.parameterAsString(parameters, INCOMMUTING_FIELD, context) or None,
        }
        services = parameter_as_field_names(self, parameters, SERVICES_FIELDS, context) or []
        for name in [id_field, *chosen.values(), *services]:
            if name and fields.lookupField(name) < 0:
                raise QgsProcessingException(
                    tr(
                        "The settlements have no field '{field}'. Their fields are: {names}."
                    ).format(field=name, names=", ".join(fields.names()))
                )
        names = fields.names()
        columns: dict[str, list] = {name: [] for name in names}
        ids, feature_ids = [], []
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        total = source.featureCount() or 1
        for k, feature in enumerate(source.getFeatures(request), start=1):
            if k % 20000 == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled by the user."))
                feedback.setProgress(20.0 * k / total)
            attrs = feature.attributes()
            for name, value in zip(names, attrs):
                columns[name].append(_plain(value))
            feature_ids.append(feature.id())
            ids.append(
                normalise_id(_plain(attrs[fields.lookupField(id_field)]))
                if id_field
                else str(feature.id())
            )
        frame = pd.DataFrame(columns)
        frame.insert(0, ID, ids)
        for indicator, field in chosen.items():
            if field:
                frame[indicator] = frame[field]
        if services:
            frame[SERVICES] = services_indicator(frame, services, ID)
        used = {k: v for k, v in chosen.items() if v}
        if services:
            used[SERVICES] = "+".join(services)
        return frame, feature_ids, used

    # -- run ------------------------------------------------------------------------------------
    def run_algorithm(self, parameters, context, feedback) -> dict:
        source = self.parameterAsSource(parameters, INPUT, context)
        if source is None:
            raise QgsProcessingException(tr("The settlements (INPUT) could not be opened."))
        if source.featureCount() == 0:
            raise QgsProcessingException(tr("The settlements layer is empty."))
        data, feature_ids, used = self._indicators(parameters, context, source, feedback)
        services = parameter_as_field_names(self, parameters, SERVICES_FIELDS, context) or []
        for indicator, field in used.items():
            feedback.pushInfo(tr("Indicator {name} = {field}.").format(name=indicator, field=field))

        choice = self.parameterAsEnum(parameters, RULES, context)
        rules_file = self.parameterAsFile(parameters, RULES_FILE, context)
        fallback = (self.parameterAsString(parameters, FALLBACK_CLASS, context) or "").strip()
        if rules_file:
            if choice != RULES_FROM_FILE:
                feedback.pushInfo(tr("A rule table file was given: it is used."))
            choice = RULES_FROM_FILE
        feedback.setProgress(25)

        rules = None
        if choice == RULES_COMPOSITE:
            result = self._index(parameters, context, data)
        else:
            if (self.parameterAsString(parameters, WEIGHTS, context) or "").strip():
                feedback.pushWarning(tr("Index weights are used only in index mode; ignored."))
            if choice == RULES_FROM_FILE:
                if not rules_file:
                    raise QgsProcessingException(
                        tr("Choose the rule table file (RULES_FILE) or a preset.")
                    )
                rules = read_rule_table(rules_file)
            elif choice == RULES_RUFS:
                rules = rufs_rule_table(services)
                if services:
                    feedback.pushInfo(
                        tr(
                            "RUFS landsbygdsnod with the service fields given: {fields} must "
                            "all be present."
                        ).format(fields=", ".join(services))
                    )
            else:
                rules = parse_rule_table(PRESETS[PRESET_POPULATION])
            if services and choice != RULES_RUFS and not uses_indicator(rules, SERVICES):
                feedback.pushWarning(
                    tr(
                        "The service fields are not used: the rule table '{name}' has no "
                        "condition on the indicator services."
                    ).format(name=rules.name or tr("(unnamed)"))
                )
            result = classify_by_rules(data, rules, id_column=ID, fallback=fallback or None)
            feedback.pushInfo(
                tr("Rule table '{name}': {rules}.").format(
                    name=rules.name or tr("(unnamed)"),
                    rules="; ".join(c.text() for c in rules.classes),
                )
            )
        for message in result.messages:
            if "fallback" in message:
                feedback.pushWarning(message)
            else:
                feedback.pushInfo(message)
        if result.source:
            feedback.pushInfo(tr("Source: {source}").format(source=result.source))
        feedback.setProgress(50)

        # rank-size diagnostic
        region_field = self.parameterAsString(parameters, REGION_FIELD, context) or None
        size_name = POPULATION if POPULATION in used else (JOBS if JOBS in used else None)
        sizes_table = None
        chart_sizes = None
        if size_name is None:
            feedback.pushInfo(tr("No population or jobs field: no rank-size line."))
        else:
            sizes_table, chart_sizes = rank_size_of_column(data, size_name, region_field)
            log_rank_size(feedback, sizes_table, size_name, region_field)

        # output: the report is made before any file is created (no partial output)
        provenance = provenance_with(
            self.provenance(parameters, context),
            {
                "method": result.method,
                "source": result.source,
                "indicators": used,
                "rules": rules.to_dict() if rules is not None else None,
                "fallback": fallback or None,
            },
        )
        report = self.parameterAsFileOutput(parameters, OUTPUT_REPORT, context)
        report_html = None
        if report:
            report_html = report_html_of(
                result, sizes_table, chart_sizes, size_name, region_field, provenance
            )
        out = result.table.reset_index(drop=True)
        result_fields = qgs_fields(
            out[list(OUTPUT_COLUMNS)], text_columns=("class", "matched_rule")
        )
        fields = combine_fields(source.fields(), result_fields)
        sink, dest_id = open_sink(
            self, parameters, OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        rows = frame_rows(out[list(OUTPUT_COLUMNS)])
        by_fid = dict(zip(feature_ids, rows))
        request = QgsFeatureRequest().setInvalidGeometryCheck(
            QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck
        )
        flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        originals = source.getFeatures(request, flags)
        features = joined_features(fields, ((f, by_fid[f.id()]) for f in originals))
        add_features(sink, features, feedback, start=60.0)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        if report_html is not None:
            write_report(report, report_html)
        is_point = (
            QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
        )
        style = f"settlement_hierarchy_{'points' if is_point else 'polygons'}.qml"
        style_on_load(context, dest_id, style, provenance, tr("Settlement hierarchy"))
        counts = result.counts()
        feedback.pushInfo(
            tr("Settlements per class: {counts}.").format(
                counts=", ".join(f"{k}: {v}" for k, v in counts.items())
            )
        )
        results = {OUTPUT: dest_id, METADATA: provenance}
        if report:
            results[OUTPUT_REPORT] = report
        return results

    def _index(self, parameters, context, data):
        weights = parse_weights(self.parameterAsString(parameters, WEIGHTS, context))
        if weights is None:
            weights, absent = composite_weights(data.columns)
            if absent:
                weights_note = tr("Indicators not given and left out: {names}.").format(
                    names=", ".join(absent)
                )
            else:
                weights_note = ""
        else:
            weights_note = ""
        method = CLASS_METHODS[self.parameterAsEnum(parameters, CLASS_METHOD, context)]
        breaks = parse_breaks(self.parameterAsString(parameters, BREAKS, context))
        if method == "fixed" and not breaks:
            raise QgsProcessingException(tr("Fixed breaks: give the break values (BREAKS)."))
        result = classify_by_index(
            data,
            weights,
            standardise_how=STANDARDISE_CHOICES[
                self.parameterAsEnum(parameters, STANDARDISE, context)
            ],
            method=method,
            n_classes=self.parameterAsInt(parameters, N_CLASSES, context),
            breaks=breaks,
            id_column=ID,
        )
        if weights_note:
            result.messages.append(weights_note)
        result.messages.append(tr("Index: {method}.").format(method=result.method))
        return result
