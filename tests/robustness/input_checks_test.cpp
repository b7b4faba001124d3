// The input limits through the library API (the corpus covers them through the CLI only at
// their defaults or through the environment).

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <random>

#include "bad_input_corpus.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/importer.hpp"
#include "sitefit/gis/input_limits.hpp"
#include "sitefit/gis/workspace_reader.hpp"

namespace fs = std::filesystem;
using sitefit::Error;
using sitefit::gis::InputLimits;

namespace {

const fs::path kBase = fs::path(SITEFIT_BAD_DATA) / "base";

class TempWorkspace {
public:
    TempWorkspace() {
        std::random_device device;
        m_dir = fs::temp_directory_path() /
                ("sitefit-limits-" + std::to_string(device()) + std::to_string(device()));
        fs::create_directories(m_dir);
        sitefit::test::buildWorkspace(sitefit::test::CorpusCase{}, kBase, kBase, path());
    }
    TempWorkspace(const TempWorkspace&) = delete;
    TempWorkspace& operator=(const TempWorkspace&) = delete;
    ~TempWorkspace() {
        std::error_code ignored;
        fs::remove_all(m_dir, ignored);
    }
    [[nodiscard]] fs::path path() const { return m_dir / "workspace.gpkg"; }
    [[nodiscard]] const fs::path& dir() const { return m_dir; }

private:
    fs::path m_dir;
};

// Sets an environment variable for one test.
class ScopedVariable {
public:
    ScopedVariable(const char* name, const char* value) : m_name(name) {
        ::setenv(name, value, 1);  // NOLINT(concurrency-mt-unsafe): tests run one at a time
    }
    ScopedVariable(const ScopedVariable&) = delete;
    ScopedVariable& operator=(const ScopedVariable&) = delete;
    ~ScopedVariable() { ::unsetenv(m_name); }  // NOLINT(concurrency-mt-unsafe)

private:
    const char* m_name;
};

template <typename Call>
std::string inputRefusal(Call call) {
    try {
        call();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Input) << error.what();
        return error.what();
    }
    ADD_FAILURE() << "nothing was refused";
    return "";
}

}  // namespace

TEST(InputLimits, DefaultsAndEnvironment) {
    EXPECT_EQ(InputLimits::fromEnvironment().max_vertices_per_feature, 250'000U);
    EXPECT_EQ(InputLimits::fromEnvironment().max_features_per_layer, 5'000'000U);
    {
        const ScopedVariable vertices(InputLimits::kVerticesVariable, "1000");
        EXPECT_EQ(InputLimits::fromEnvironment().max_vertices_per_feature, 1000U);
    }
    for (const char* bad : {"0", "many", "-5", "12k", ""}) {
        const ScopedVariable features(InputLimits::kFeaturesVariable, bad);
        try {
            (void)InputLimits::fromEnvironment();
            ADD_FAILURE() << "accepted '" << bad << "'";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), Error::Kind::Usage);
            EXPECT_NE(std::string(error.what()).find("SITEFIT_MAX_FEATURES_PER_LAYER"),
                      std::string::npos);
        }
    }
}

TEST(InputLimits, WorkspaceReaderRefusesTheFeatureOrLayerBeyondThem) {
    const TempWorkspace workspace;
    InputLimits vertices;
    vertices.max_vertices_per_feature = 4;  // every feature is a closed square: 5 vertices
    const std::string tooManyVertices = inputRefusal(
        [&] { (void)sitefit::gis::WorkspaceReader::read(workspace.path().string(), vertices); });
    // Every feature has 5 vertices: all five are listed.
    EXPECT_NE(tooManyVertices.find("the workspace has 5 errors"), std::string::npos)
        << tooManyVertices;
    EXPECT_NE(tooManyVertices.find("zones Z1 geometry: the geometry has 5 vertices, more than "
                                   "the limit of 4 per feature"),
              std::string::npos)
        << tooManyVertices;

    InputLimits features;
    features.max_features_per_layer = 1;  // one zone, two parcels
    const std::string tooManyFeatures = inputRefusal(
        [&] { (void)sitefit::gis::WorkspaceReader::read(workspace.path().string(), features); });
    EXPECT_NE(tooManyFeatures.find("layer 'parcels': the layer has 2 features, more than the "
                                   "limit of 1 per layer"),
              std::string::npos)
        << tooManyFeatures;

    EXPECT_EQ(sitefit::gis::WorkspaceReader::read(workspace.path().string(), InputLimits{})
                  .district.parcels.size(),
              2U);
}

TEST(InputLimits, ImporterRefusesTheFeatureBeyondThem) {
    const TempWorkspace scratch;
    sitefit::gis::ImportOptions options;
    options.output = scratch.dir() / "imported.gpkg";
    options.sources = {{"zones", (kBase / "zones.geojson").string()},
                       {"parcels", (kBase / "parcels.geojson").string()},
                       {"buildings", (kBase / "buildings.geojson").string()}};
    options.limits = InputLimits{};
    options.limits->max_vertices_per_feature = 4;
    const std::string refusal = inputRefusal([&] { (void)sitefit::gis::Importer::run(options); });
    EXPECT_NE(refusal.find("zones.geojson, layer 'zones', feature 'Z1', field 'geometry': the "
                           "geometry has 5 vertices"),
              std::string::npos)
        << refusal;
    EXPECT_FALSE(fs::exists(options.output));
}
