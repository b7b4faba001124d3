#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace sitefit::gis {

// A source field named in a mapping file, with the line that names it (for messages).
struct MappedField {
    std::string source_field;
    std::size_t line = 0;  // 1-based line in the mapping file
};

// One value for every feature of a layer ([zones.constants] kind = "industrial_park").
struct MappedConstant {
    std::string value;  // the schema value: a source word the built-in tables know is translated
    std::size_t line = 0;
};

// A value table entry ([parcels.values.status] "招拍挂中" = "reserved").
struct MappedValue {
    std::string schema_value;  // translated by the built-in tables when it is a source word
    std::size_t line = 0;
};

// The unit a source gives a quantity in ([projects.units] land_m2 = "亩").
struct MappedUnit {
    std::string unit;         // as written, e.g. "亩"
    double factor = 1.0;      // schema value = source value × factor
    std::string schema_unit;  // e.g. "m²"
    std::size_t line = 0;
};

// How one workspace layer ("target", e.g. `parcels`) is read from its source.
struct LayerMapping {
    std::string layer;            // the source layer to read; empty: choose by name
    std::size_t layer_line = 0;   // where `layer` is set
    std::string geometry_column;  // CSV only: the column holding WKT; empty: GDAL's usual names
    std::string assume_crs;       // this source's CRS when it declares none; overrides --assume-crs
    std::map<std::string, MappedField> fields;        // schema field → source field
    std::map<std::string, MappedConstant> constants;  // schema field → its one value
    // schema field → source value (as written) → schema value; used before the built-in tables.
    std::map<std::string, std::map<std::string, MappedValue>> values;
    std::map<std::string, MappedUnit> units;  // schema field → the source's unit

    // schema field → source field name, as FieldSource takes it.
    [[nodiscard]] std::map<std::string, std::string> sourceFieldNames() const;
};

// The mapping file of `sitefit import` (TOML): one table per target layer, e.g.
//
//   [parcels]
//   layer = "地块"             # optional: which layer of a multi-layer source
//   [parcels.fields]
//   parcel_id = "地块编号"      # schema field = source field
//   far_max = "容积率上限"
//
//   [zones.constants]
//   kind = "industrial_park"   # one value for every feature (wins over a source field)
//   [parcels.values.status]
//   "招拍挂中" = "reserved"     # source value = schema value, before the built-in tables
//   [projects.units]
//   land_m2 = "亩"             # the source's unit; converted to the schema's (m²)
//
// Other keys of a target table: `geometry_column` (CSV: the WKT column) and `assume_crs`.
// Every target, key and schema field is checked when the file is read, so a typo stops the
// import instead of silently leaving a column empty. A plain value: any thread may read it.
class ImportMapping {
public:
    ImportMapping() = default;  // maps nothing: every source field keeps its name

    // Throws sitefit::Error (Input) naming the file, line and key.
    [[nodiscard]] static ImportMapping read(const std::filesystem::path& path);
    // As read(), from text already in memory; `fileName` is used in messages.
    [[nodiscard]] static ImportMapping parse(std::string_view text, const std::string& fileName);

    // The file it was read from ("" when none), for messages.
    [[nodiscard]] const std::string& file() const noexcept { return m_file; }
    // The mapping of a target layer; an empty one when the file does not mention it.
    [[nodiscard]] const LayerMapping& forTarget(std::string_view target) const;

private:
    std::string m_file;
    std::map<std::string, LayerMapping, std::less<>> m_targets;
};

}  // namespace sitefit::gis
