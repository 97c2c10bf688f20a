"""Parameters of ``regionatlas:settlementhierarchy``: names, choices and declaration.

Names, enum orders and defaults are public API (saved models, scripts): never change them.
"""

from __future__ import annotations

from qgis.core import QgsProcessingParameterFile

from ..i18n import tr
from ..regionatlas.settlement.hierarchy import COMPOSITE_PRESET
from .charts import add_report_parameter
from .declare import (
    add_enum,
    add_field,
    add_metadata_output,
    add_number,
    add_sink,
    add_source,
    add_text,
)

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


def declare(alg) -> None:
    """Add the algorithm's parameters and outputs, in their public order."""
    add_source(alg, INPUT, tr("Settlements (points or polygons)"), ("point", "polygon"))
    add_field(alg, ID_FIELD, tr("Settlement id field"), INPUT, optional=True)
    for name, label in (
        (POPULATION_FIELD, tr("Population field")),
        (JOBS_FIELD, tr("Jobs field")),
        (INCOMMUTING_FIELD, tr("In-commuting field")),
    ):
        add_field(alg, name, label, INPUT, numeric=True, optional=True)
    add_field(
        alg,
        SERVICES_FIELDS,
        tr("Service fields (counts or 0/1)"),
        INPUT,
        multiple=True,
        optional=True,
    )
    add_enum(
        alg,
        RULES,
        tr("Classification"),
        [
            tr("Population classes (rule table)"),
            tr("RUFS landsbygdsnod (rule table)"),
            tr("Composite centrality (index mode)"),
            tr("Rule table from a JSON file"),
        ],
        RULES_POPULATION,
    )
    alg.addParameter(
        QgsProcessingParameterFile(
            RULES_FILE, tr("Rule table file (JSON)"), extension="json", optional=True
        )
    )
    add_text(alg, FALLBACK_CLASS, tr("Fallback class for unmatched settlements"))
    add_text(alg, WEIGHTS, tr("Index weights (e.g. population=2, jobs=1)"))
    add_enum(
        alg,
        STANDARDISE,
        tr("Standardise indicators"),
        [tr("z-scores"), tr("Ranks scaled to 0..1")],
    )
    add_enum(
        alg,
        CLASS_METHOD,
        tr("Class method (index mode)"),
        [tr("Natural breaks (Jenks)"), tr("Quantiles"), tr("Fixed breaks")],
    )
    add_number(
        alg,
        N_CLASSES,
        tr("Number of classes (index mode)"),
        COMPOSITE_PRESET["n_classes"],
        2,
        12,
        integer=True,
    )
    add_text(alg, BREAKS, tr("Fixed breaks (comma-separated index values)"))
    add_field(alg, REGION_FIELD, tr("Region field (rank-size per region)"), INPUT, optional=True)
    add_sink(alg, OUTPUT, tr("Settlement hierarchy"))
    add_report_parameter(alg)
    add_metadata_output(alg)
