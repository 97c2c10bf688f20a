"""regionatlas:settlementhierarchy - settlement hierarchy (ortshierarki) by rule table or index."""

from __future__ import annotations

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)

from ..compat import parameter_as_field_names
from ..i18n import tr
from ..regionatlas.settlement.hierarchy import (
    PRESET_POPULATION,
    PRESETS,
    classify_by_index,
    classify_by_rules,
    parse_rule_table,
    rank_size_of_column,
    read_rule_table,
)
from ..regionatlas.settlement.hierarchy_inputs import (
    ID_COLUMN as ID,
)
from ..regionatlas.settlement.hierarchy_inputs import (
    SERVICES,
    composite_weights,
    indicator_frame,
    parse_breaks,
    parse_weights,
    rufs_rule_table,
    uses_indicator,
)
from .base import RegionAtlasAlgorithm
from .charts import write_report
from .settlement_common import provenance_with
from .settlement_report import log_rank_size, report_html_of
from .settlementhierarchy_help import help_text
from .settlementhierarchy_params import (
    BREAKS,
    CLASS_METHOD,
    CLASS_METHODS,
    FALLBACK_CLASS,
    ID_FIELD,
    INCOMMUTING_FIELD,
    INPUT,
    JOBS_FIELD,
    METADATA,
    N_CLASSES,
    OUTPUT,
    OUTPUT_REPORT,
    POPULATION_FIELD,
    REGION_FIELD,
    RULES,
    RULES_COMPOSITE,
    RULES_FILE,
    RULES_FROM_FILE,
    RULES_RUFS,
    SERVICES_FIELDS,
    STANDARDISE,
    STANDARDISE_CHOICES,
    WEIGHTS,
    declare,
)
from .sinks import (
    add_features,
    combine_fields,
    frame_rows,
    joined_features,
    open_sink,
    qgs_fields,
    style_on_load,
)
from .table_input import read_all_fields, require_fields

#: Indicator names the rules and the index use for the chosen fields.
POPULATION, JOBS, IN_COMMUTING = "population", "jobs", "in_commuting"
OUTPUT_COLUMNS = ("class", "class_rank", "index_value", "matched_rule")


class SettlementHierarchyAlgorithm(RegionAtlasAlgorithm):
    NAME = "settlementhierarchy"
    GROUP_ID = "settlement"
    help_text = staticmethod(help_text)

    def display_name(self) -> str:
        return tr("Settlement hierarchy (ortshierarki)")

    def initAlgorithm(self, config=None) -> None:
        declare(self)

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
        require_fields(
            fields,
            [id_field, *chosen.values(), *services],
            tr("The settlements have no field '{field}'. Their fields are: {names}."),
        )
        attributes, feature_ids, ids = read_all_fields(source, feedback, id_field)
        frame, used = indicator_frame(attributes, ids, chosen, services)
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
