"""Help texts of ``regionatlas:polycentricity`` (Meijers 2008, Green 2007) and
``regionatlas:dominantflows`` (Nystuen & Dacey 1961): what they do, the methods' sources and
each parameter."""

from __future__ import annotations

from ..i18n import tr
from ..regionatlas.settlement.polycentricity import MAX_CENTRES, MIN_CENTRES


def polycentricity_help() -> str:
    """Help (HTML) of the polycentricity per region."""
    return tr(
        "Measures how polycentric each region is from its N largest centres, and lists the "
        "centres used so that regions and years can be compared.<br>"
        "<i>Morphological</i>: slope b of ln(size) on ln(rank) over the top N centres "
        "(flatter = more polycentric), normalised as P_M = 1 / (1 + |b|): 1 for equal "
        "centres, 0.5 for Zipf (b = -1), towards 0 for one dominant centre.<br>"
        "<i>Functional</i> (needs flows): P_F = (1 - sigma_d / sigma_dmax) x Delta, with "
        "sigma_d the standard deviation of the centres' weighted in-degree, sigma_dmax "
        "that of a two-node network with the largest in-degree, and Delta the weighted "
        "density of the flows among the centres (0..1).<br><br>"
        "Source: Meijers, E. (2008) Measuring polycentricity and its promises, European "
        "Planning Studies 16(9); Green, N. (2007) Functional polycentricity: a formal "
        "definition in terms of social network analysis, Urban Studies 44(11).<br><br>"
        "<b>Parameters</b><br>"
        "<i>Centres</i>: points (or polygons) with a unique <i>centre id field</i> and a "
        "<i>size field</i> (population or jobs).<br>"
        "<i>Region field of the centres</i>, or <i>regions</i> (polygons) with a "
        "<i>region id field</i>: each centre belongs to the region that contains it "
        "(centres outside every region are left out and listed). Give one of the two.<br>"
        "<i>N</i>: number of centres per region ({lo}..{hi}; ties: smallest id).<br>"
        "<i>Regions with fewer than N centres</i>: fail (default, the regions are listed) "
        "or flag them (too_few_centres) and use the centres they have.<br>"
        "<i>OD table</i> (optional) with <i>origin / destination / count field</i> and "
        "<i>year</i>: flows among the centres for the functional index; the OD ids must "
        "be the centre ids.<br>"
        "<i>Output</i>: a table per region: region, n_requested, n_available, n_used, "
        "too_few_centres, centres, centre_sizes, slope, p_morphological, p_functional, "
        "density, sigma_d, sigma_dmax, note. <i>Regions output</i> (with regions "
        "polygons): the regions joined with the same columns."
    ).format(lo=MIN_CENTRES, hi=MAX_CENTRES)


def dominant_flows_help() -> str:
    """Help (HTML) of the dominant flows."""
    return tr(
        "Derives a functional hierarchy of places from a flow table (commuting, "
        "migration, phone calls): each place is linked to the place that receives its "
        "largest flow when that place is larger, and following the links upwards gives a "
        "tree for each dominant centre. Flows within a place are ignored. The size of a "
        "place is its total inflow from other places, or an attribute of the nodes "
        "(e.g. jobs).<br>"
        "Roles: <i>dominant</i> (receives links, sends none), <i>intermediate</i> (sends "
        "and receives), <i>dominated</i> (sends only), <i>independent</i> (neither). "
        "<i>level</i> is the depth in the tree (0 = the dominant centre).<br><br>"
        "Source: Nystuen, J. D. &amp; Dacey, M. F. (1961) A graph theory interpretation "
        "of nodal regions, Papers of the Regional Science Association 7; variants as in "
        "the R package flows (Beauguitte, Giraud &amp; Pecout) and Rihll &amp; Wilson "
        "(1987), Spatial interaction and structural models in historical analysis, "
        "Histoire &amp; Mesure 2(1).<br><br>"
        "<b>Parameters</b><br>"
        "<i>OD table</i>, <i>origin / destination / count field</i>, <i>year</i>: as in "
        "Commuting indicators.<br>"
        "<i>Mode</i>: 0 largest flow (keep i -> j*, j* = the largest destination of i, "
        "when size(j*) > k x size(i)); 1 share of outflow (keep every i -> j carrying at "
        "least <i>share</i> of i's outflow to a place larger than k x size(i); a place "
        "may then have several links, its level follows the largest); 2 Rihll-Wilson "
        "(i is dominated when its size is below its largest outflow).<br>"
        "<i>Ratio k</i>: k >= 1 (1 = the original rule; larger = stricter).<br>"
        "<i>Share of outflow</i>: minimum share for mode 1 (0..1).<br>"
        "<i>Nodes</i> (optional): points or polygons of the places (a point inside each "
        "polygon is used) with a <i>node id field</i> matching the OD ids (text; leading "
        "zeros matter). Without nodes the outputs are tables. <i>Size field</i> "
        "(optional): size of each place instead of the inflow; nodes without flows are "
        "then reported as independent. <i>When OD ids are missing from the nodes</i>: "
        "fail (default, the ids are listed) or drop their flows and warn.<br>"
        "<i>Nodes output</i>: id, role, level, dominant_id, size, outflow, "
        "largest_destination, largest_flow, dominant_rank (1 = the largest dominant "
        "centre; the map labels the 20 largest, larger ones first when labels collide) "
        "(and the node attributes). <i>Links output</i>: from, to, flow, "
        "share_of_outflow; lines between the node points, or a table without nodes."
    )
