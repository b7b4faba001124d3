#include "test_dataset.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace sitefit::test {
namespace {

constexpr double kOriginX = 400000.0;
constexpr double kOriginY = 3800000.0;

OGRFieldType ogrType(TestFieldType type) {
    switch (type) {
        case TestFieldType::Text:
            return OFTString;
        case TestFieldType::Integer:
            return OFTInteger;
        case TestFieldType::Real:
            return OFTReal;
        case TestFieldType::Date:
            return OFTDate;
    }
    return OFTString;
}

OGRwkbGeometryType geometryType(const std::string& name) {
    if (name == "None")
        return wkbNone;
    if (name == "Point")
        return wkbPoint;
    if (name == "Polygon")
        return wkbPolygon;
    if (name == "MultiPolygon")
        return wkbMultiPolygon;
    return wkbUnknown;
}

// OGR's WKT reader takes no NaN, so "nan" in test WKT stands for this value, which is then
// replaced by NaN in the built geometry.
constexpr double kNanStandIn = 123456789.5;

class NanRestorer final : public OGRDefaultGeometryVisitor {
public:
    using OGRDefaultGeometryVisitor::visit;
    void visit(OGRPoint* point) override {
        if (point->getX() == kNanStandIn) {
            point->setX(std::nan(""));
        }
        if (point->getY() == kNanStandIn) {
            point->setY(std::nan(""));
        }
    }
    // Curve vertices are visited as copies, so rings are fixed in place here.
    void visit(OGRLinearRing* ring) override { restore(*ring); }
    void visit(OGRLineString* line) override { restore(*line); }

private:
    static void restore(OGRSimpleCurve& curve) {
        for (int i = 0; i < curve.getNumPoints(); ++i) {
            const double x = curve.getX(i) == kNanStandIn ? std::nan("") : curve.getX(i);
            const double y = curve.getY(i) == kNanStandIn ? std::nan("") : curve.getY(i);
            curve.setPoint(i, x, y);
        }
    }
};

std::vector<TestField> text(std::initializer_list<const char*> names) {
    std::vector<TestField> fields;
    for (const char* name : names) {
        fields.push_back({name, TestFieldType::Text});
    }
    return fields;
}

}  // namespace

TempDir::TempDir() {
    std::random_device device;
    m_path = std::filesystem::temp_directory_path() /
             ("sitefit-test-" + std::to_string(device()) + std::to_string(device()));
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

void writeDataset(const std::filesystem::path& path, const std::vector<TestLayer>& layers,
                  const std::string& crs, const std::string& driverName,
                  const std::vector<std::string>& layerOptions) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
    if (driver == nullptr) {
        throw std::runtime_error("no GDAL driver " + driverName);
    }
    GDALDatasetUniquePtr dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset) {
        throw std::runtime_error("cannot create " + path.string());
    }
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (!crs.empty()) {
        srs.SetFromUserInput(crs.c_str());
    }
    CPLStringList options;
    for (const std::string& option : layerOptions) {
        options.AddString(option.c_str());
    }
    for (const TestLayer& spec : layers) {
        const OGRwkbGeometryType type = geometryType(spec.geometry_type);
        OGRLayer* layer =
            dataset->CreateLayer(spec.name.c_str(), crs.empty() || type == wkbNone ? nullptr : &srs,
                                 type, options.List());
        if (layer == nullptr) {
            throw std::runtime_error("cannot create layer " + spec.name);
        }
        for (const TestField& field : spec.fields) {
            OGRFieldDefn definition(field.name.c_str(), ogrType(field.type));
            layer->CreateField(&definition);
        }
        for (const TestFeature& item : spec.features) {
            OGRFeature feature(layer->GetLayerDefn());
            for (const auto& [name, value] : item.values) {
                const int index = feature.GetFieldIndex(name.c_str());
                if (index < 0) {
                    throw std::runtime_error("no field " + name + " in test layer " + spec.name);
                }
                feature.SetField(index, value.c_str());
            }
            if (!item.wkt.empty()) {
                OGRGeometry* geometry = nullptr;
                std::string wkt = item.wkt;
                for (auto at = wkt.find("nan"); at != std::string::npos; at = wkt.find("nan")) {
                    wkt.replace(at, 3, "123456789.5");
                }
                if (OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &geometry) !=
                    OGRERR_NONE) {
                    throw std::runtime_error("bad test WKT " + item.wkt);
                }
                NanRestorer restorer;
                geometry->accept(&restorer);
                feature.SetGeometryDirectly(geometry);
            }
            if (layer->CreateFeature(&feature) != OGRERR_NONE) {
                throw std::runtime_error("cannot write a feature to " + spec.name);
            }
        }
    }
}

std::string rectangle(double xmin, double ymin, double xmax, double ymax) {
    std::ostringstream wkt;
    wkt.precision(15);
    const double x0 = kOriginX + xmin;
    const double y0 = kOriginY + ymin;
    const double x1 = kOriginX + xmax;
    const double y1 = kOriginY + ymax;
    wkt << "POLYGON ((" << x0 << " " << y0 << "," << x1 << " " << y0 << "," << x1 << " " << y1
        << "," << x0 << " " << y1 << "," << x0 << " " << y0 << "))";
    return wkt.str();
}

std::string point(double x, double y) {
    std::ostringstream wkt;
    wkt.precision(15);
    wkt << "POINT (" << kOriginX + x << " " << kOriginY + y << ")";
    return wkt.str();
}

std::vector<TestLayer> minimalWorkspaceLayers() {
    using F = TestFieldType;
    TestLayer zones{"zones",
                    "Polygon",
                    {{"zone_id"},
                     {"name"},
                     {"kind"},
                     {"leading_chains"},
                     {"min_investment_intensity", F::Real},
                     {"max_pollution_class", F::Integer},
                     {"enterprise_capacity", F::Integer},
                     {"carrier"}},
                    {{rectangle(0, 0, 1000, 1000),
                      {{"zone_id", "Z1"},
                       {"name", "测试园区 Test Park"},
                       {"kind", "industrial_park"},
                       {"leading_chains", "MED"},
                       {"enterprise_capacity", "30"},
                       {"carrier", "海州城投"}}}}};
    TestLayer parcels{"parcels",
                      "Polygon",
                      {{"parcel_id"},
                       {"land_use"},
                       {"status"},
                       {"far_min", F::Real},
                       {"far_max", F::Real},
                       {"land_price", F::Real},
                       {"available_from", F::Date},
                       {"carrier"}},
                      {{rectangle(100, 100, 200, 200),
                        {{"parcel_id", "P1"},
                         {"land_use", "M1"},
                         {"status", "available"},
                         {"far_min", "1.0"},
                         {"far_max", "2.0"},
                         {"available_from", "2024-01-01"}}}}};
    TestLayer buildings{"buildings",
                        "Polygon",
                        {{"building_id"},
                         {"kind"},
                         {"floors", F::Integer},
                         {"floor_area_m2", F::Real},
                         {"vacant_m2", F::Real},
                         {"floor_load_kn_m2", F::Real},
                         {"clear_height_m", F::Real},
                         {"rent", F::Real},
                         {"carrier"}},
                        {{rectangle(120, 120, 140, 140),
                          {{"building_id", "B1"},
                           {"kind", "standard_factory"},
                           {"floors", "2"},
                           {"vacant_m2", "100"}}}}};
    TestLayer enterprises{
        "enterprises",
        "Point",
        {{"enterprise_id"}, {"name"}, {"category_code"}, {"role"}, {"annual_output", F::Real}},
        {{point(500, 500),
          {{"enterprise_id", "E1"},
           {"name", "正大天晴"},
           {"category_code", "MED01"},
           {"role", "chain_leader"}}}}};
    TestLayer projects{"projects",
                       "None",
                       {{"project_id"},
                        {"name"},
                        {"category_code"},
                        {"need"},
                        {"land_m2", F::Real},
                        {"floor_m2", F::Real}},
                       {{"",
                         {{"project_id", "J1"},
                          {"name", "原料药项目"},
                          {"category_code", "MED01"},
                          {"need", "land"},
                          {"land_m2", "8000"}}}}};
    TestLayer chains{
        "chains",
        "None",
        text({"chain_code", "name_zh", "name_en"}),
        {{"", {{"chain_code", "MED"}, {"name_zh", "医药健康"}, {"name_en", "Health"}}}}};
    TestLayer categories{"categories",
                         "None",
                         {{"category_code"},
                          {"chain_code"},
                          {"name_zh"},
                          {"name_en"},
                          {"land_use_classes"},
                          {"pollution_class", F::Integer}},
                         {{"",
                           {{"category_code", "MED01"},
                            {"chain_code", "MED"},
                            {"name_zh", "原料药"},
                            {"land_use_classes", "M2,M3"},
                            {"pollution_class", "2"}}}}};
    TestLayer links{"chain_links", "None", text({"from_category", "to_category"}), {}};
    return {zones, parcels, buildings, enterprises, projects, chains, categories, links};
}

TestLayer& layerNamed(std::vector<TestLayer>& layers, const std::string& name) {
    for (TestLayer& layer : layers) {
        if (layer.name == name) {
            return layer;
        }
    }
    throw std::runtime_error("no test layer " + name);
}

std::string fileBytes(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

std::vector<LogEntry> editLog(const std::string& path) {
    GDALAllRegister();
    const GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    std::vector<LogEntry> entries;
    OGRLayer* log = dataset ? dataset->GetLayerByName("edit_log") : nullptr;
    if (log == nullptr) {
        return entries;
    }
    for (const auto& f : *log) {
        entries.push_back({f->GetFieldAsString("editor"), f->GetFieldAsString("layer"),
                           f->GetFieldAsString("object_id"), f->GetFieldAsString("field"),
                           f->GetFieldAsString("old_value"), f->GetFieldAsString("new_value"),
                           f->GetFieldAsInteger64("version")});
    }
    return entries;
}

void writeText(const std::filesystem::path& path, const std::string& text) {
    std::ofstream file(path, std::ios::binary);
    file << text;
}

}  // namespace sitefit::test
