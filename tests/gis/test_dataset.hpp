#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// Builds small vector datasets through GDAL directly (not through sitefit's writer), so
// tests of sitefit's readers start from files any GIS could have made.
namespace sitefit::test {

// A fresh directory under the system temp dir, removed with everything in it.
class TempDir {
public:
    TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir();
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const {
        return m_path / name;
    }

private:
    std::filesystem::path m_path;
};

enum class TestFieldType { Text, Integer, Real, Date };

struct TestField {
    std::string name;
    TestFieldType type = TestFieldType::Text;
};

// One feature: geometry as WKT ("" for none; "nan" allowed as a coordinate) and field
// values as text (absent = null).
struct TestFeature {
    std::string wkt;
    std::map<std::string, std::string> values;
};

struct TestLayer {
    std::string name;
    std::string geometry_type;  // "Polygon", "MultiPolygon", "Point", "None", "Unknown"
    std::vector<TestField> fields;
    std::vector<TestFeature> features;
};

// Writes the layers into a new dataset. `crs` is any GDAL user input ("EPSG:4549") or ""
// for no CRS. `driver` e.g. "GPKG", "ESRI Shapefile", "GeoJSON", "FlatGeobuf", "CSV".
// `layerOptions` are GDAL layer creation options ("ENCODING=CP936").
void writeDataset(const std::filesystem::path& path, const std::vector<TestLayer>& layers,
                  const std::string& crs = "EPSG:4549", const std::string& driver = "GPKG",
                  const std::vector<std::string>& layerOptions = {});

// The schema layers of a minimal valid workspace, ready to be changed by a test:
// one zone Z1 (0,0)-(1000,1000) around parcel P1 (100,100)-(200,200), building B1 inside
// P1, enterprise E1 inside Z1, one project, a one-chain catalogue. Coordinates are
// offsets from (400000, 3800000) in EPSG:4549.
std::vector<TestLayer> minimalWorkspaceLayers();

// A WKT polygon for the rectangle, offset by (400000, 3800000).
std::string rectangle(double xmin, double ymin, double xmax, double ymax);
std::string point(double x, double y);

// The layer named `name` in `layers` (throws when absent).
TestLayer& layerNamed(std::vector<TestLayer>& layers, const std::string& name);

// One row of a workspace's edit_log, read with GDAL directly (not sitefit's reader).
struct LogEntry {
    std::string editor, layer, id, field, old_value, new_value;
    long long version = 0;
};

// The edit_log rows of a GeoPackage in table order; none when it has no edit_log.
std::vector<LogEntry> editLog(const std::string& path);

// SHA-256-free but exact: the whole file's bytes, to prove an input was not changed.
std::string fileBytes(const std::filesystem::path& path);

// Writes `text` to `path` byte for byte (a mapping file, a CSV, a .cpg ...).
void writeText(const std::filesystem::path& path, const std::string& text);

}  // namespace sitefit::test
