#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sitefit/core/data_problem.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/gis/input_limits.hpp"

namespace sitefit::gis {

// What `sitefit import` is asked to do.
struct ImportOptions {
    std::filesystem::path output;  // the workspace GeoPackage to create or replace (.gpkg)
    // Workspace layer ("zones", "parcels", "buildings", "enterprises", "projects", "chains",
    // "categories", "chain_links") → its source: a file or folder in any OGR vector format
    // (a .zip is read through /vsizip/), or any GDAL dataset name (/vsi..., PG:...).
    // zones, parcels and buildings are required.
    std::map<std::string, std::string> sources;
    std::filesystem::path mapping_file;  // TOML (see ImportMapping); empty: names as in schema
    std::string workspace_crs;           // e.g. "EPSG:4549"; empty: chosen (see Importer)
    std::string assumed_crs;             // the CRS of sources that declare none; empty: refuse them
    bool lenient = false;                // skip and count bad features instead of stopping
    std::optional<InputLimits> limits;   // empty: InputLimits::fromEnvironment()
    core::DataTolerances tolerances;     // the rule pack's [data_quality]
};

struct RepairedFeature {
    std::string feature;   // id, or "#<fid>"
    std::string reason;    // why it was invalid, as GEOS says it
    double area_m2 = 0.0;  // after repair, in the workspace CRS
};

struct SkippedFeature {
    std::string feature;  // id, or "#<fid>"
    std::string field;  // the schema field at fault, e.g. "far_max (source field '容积率上限')"
    std::string reason;
};

// Source values of one schema field turned into schema values, e.g. 待出让 → available.
struct TranslatedValue {
    std::string source;     // as the source holds it (trimmed)
    std::string schema;     // e.g. "available"
    std::string table;      // "GB 50137-2011", "2023 land and sea use classification",
                            // "common usage", "mapping file", ...
    std::size_t count = 0;  // features holding it
};

struct TranslatedField {
    std::string field;                    // the schema field, e.g. "status"
    std::size_t count = 0;                // features whose value was translated
    std::vector<TranslatedValue> values;  // most frequent first
};

// How one workspace layer was filled.
struct ImportedLayer {
    std::string target;        // workspace layer, e.g. "parcels"
    std::string source;        // the source as given
    std::string source_layer;  // the layer read from it
    std::string source_crs;    // e.g. "WGS 84 (EPSG:4326)"; "" for tables
    bool crs_assumed = false;  // the source declared no CRS; source_crs was assumed
    bool reprojected = false;
    std::size_t read = 0;
    std::size_t written = 0;
    std::vector<RepairedFeature> repaired;
    std::vector<SkippedFeature> skipped;      // only with lenient
    std::vector<std::string> unused_fields;   // source fields no schema field was read from
    std::vector<TranslatedField> translated;  // in schema order; only fields with translations
};

struct ImportReport {
    std::filesystem::path output;
    bool replaced_existing = false;  // an older file at `output` was replaced
    std::string workspace_crs;       // e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549)"
    std::string crs_reason;          // why that CRS
    std::vector<ImportedLayer> layers;  // in workspace order
    std::vector<std::string> notes;     // things worth a look that did not stop the import
    // What `sitefit check` finds in the workspace written: the values clamped on the way in
    // (a vacant figure within its tolerance), overlaps, buildings across parcel edges.
    core::ProblemReport problems;

    [[nodiscard]] std::size_t skippedCount() const;
    [[nodiscard]] std::size_t repairedCount() const;
};

// Builds a workspace GeoPackage from sources in any OGR vector format and any CRS:
//  - fields are read through the mapping file (Chinese headers included), typed and checked
//    against the schema (workspace_schema.hpp) by the same rules as WorkspaceReader;
//  - source values are made schema values first: the mapping's constants, value tables and
//    units, then the built-in tables (value_translation.hpp) for land use, supply status,
//    building and zone kinds;
//  - every missing required field, every mapped source field that does not exist and every
//    value no table translates, of every layer, is reported in one error;
//  - geometry is reprojected (PROJ) to the workspace CRS: `workspace_crs` when given, else
//    the first source CRS projected in metres, else the CGCS2000 3-degree Gauss–Krüger zone
//    of the data's central longitude; a source without a CRS needs `assumed_crs`;
//  - invalid polygons are repaired (GEOS MakeValid) and listed; empty, null, wrongly typed
//    or non-finite geometries, missing required values, duplicate ids and unparseable numbers
//    or dates stop the import, or with `lenient` skip the feature and are listed;
//  - coordinates outside the declared CRS's area of use are refused (a wrong CRS), and so
//    are layers and features beyond the input limits, before they are loaded;
//  - inputs are only read; the output is written to a temporary file and renamed, so a
//    failed import leaves any existing output as it was;
//  - the workspace written is checked as `sitefit check` does (checkWorkspace), and what it
//    finds is in the report's `problems`.
// Thread rules: reentrant; each call owns its GDAL datasets and GEOS context.
class Importer {
public:
    // Throws sitefit::Error: Usage for bad options, Input naming file, layer, feature and
    // field for bad data, Output when the workspace cannot be written.
    [[nodiscard]] static ImportReport run(const ImportOptions& options,
                                          core::ProgressSink& progress = core::silentProgress());
};

}  // namespace sitefit::gis
