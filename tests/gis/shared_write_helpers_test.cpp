// The small helpers the writers and readers share: writeFileAtomically (every whole-file text
// write), checkFeatureLimit (both readers' layer-size refusal) and layerNames (their
// "the dataset has: ..." messages).
#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <ostream>
#include <string>

#include "detail/feature_limit.hpp"
#include "detail/gdal_dataset.hpp"
#include "error_message_of.hpp"
#include "sitefit/gis/atomic_file.hpp"
#include "test_dataset.hpp"

using sitefit::Error;
using sitefit::gis::InputLimits;
using sitefit::gis::writeFileAtomically;
using sitefit::test::errorMessageOf;
using sitefit::test::fileBytes;
using sitefit::test::TempDir;

namespace {

std::size_t filesIn(const std::filesystem::path& directory) {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(directory)) {
        ++count;
    }
    return count;
}

}  // namespace

TEST(WriteFileAtomically, WritesAndReplacesTheWholeFile) {
    const TempDir dir;
    const auto file = dir / "zone_capacity.csv";
    writeFileAtomically(
        file, [](std::ostream& out) { out << "a,b\n1,2\n"; }, "cannot write CSV");
    EXPECT_EQ(fileBytes(file), "a,b\n1,2\n");
    writeFileAtomically(
        file, [](std::ostream& out) { out << "c\n"; }, "cannot write CSV");
    EXPECT_EQ(fileBytes(file), "c\n");
    EXPECT_EQ(filesIn(dir.path()), 1U);  // no temporary file left beside it
}

TEST(WriteFileAtomically, AFailedWriteLeavesTheOldFile) {
    const TempDir dir;
    const auto file = dir / "mapping.toml";
    sitefit::test::writeText(file, "old\n");
    const std::string message = errorMessageOf(
        [&] {
            writeFileAtomically(
                file,
                [](std::ostream& out) {
                    out << "half";
                    out.setstate(std::ios::badbit);  // as a full disk would
                },
                "cannot write the mapping file");
        },
        Error::Kind::Output);
    EXPECT_NE(message.find("cannot write the mapping file"), std::string::npos) << message;
    EXPECT_NE(message.find("mapping.toml"), std::string::npos) << message;
    EXPECT_EQ(fileBytes(file), "old\n");
    EXPECT_EQ(filesIn(dir.path()), 1U);
}

TEST(FeatureLimit, RefusesOnlyALayerOverTheLimit) {
    InputLimits limits;
    limits.max_features_per_layer = 10;
    EXPECT_NO_THROW(sitefit::gis::detail::checkFeatureLimit(0, limits, {"w.gpkg", "parcels"}));
    EXPECT_NO_THROW(sitefit::gis::detail::checkFeatureLimit(10, limits, {"w.gpkg", "parcels"}));
    const std::string message = errorMessageOf(
        [&] {
            sitefit::gis::detail::checkFeatureLimit(11, limits, {"w.gpkg", "parcels"});
        },
        Error::Kind::Input);
    EXPECT_NE(message.find("the layer has 11 features, more than the limit of 10 per layer"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find(InputLimits::kFeaturesVariable), std::string::npos) << message;
}

TEST(LayerNames, ListsTheLayersOrSaysNone) {
    GDALAllRegister();
    const TempDir dir;
    sitefit::test::writeDataset(dir / "two.gpkg",
                                {{"zones", "Point", {}, {}}, {"parcels", "Point", {}, {}}});
    const GDALDatasetUniquePtr two(GDALDataset::Open((dir / "two.gpkg").c_str(), GDAL_OF_VECTOR));
    ASSERT_NE(two, nullptr);
    const std::string names = sitefit::gis::detail::layerNames(*two);
    EXPECT_TRUE(names == "zones, parcels" || names == "parcels, zones") << names;

    GDALDriver* memory = GetGDALDriverManager()->GetDriverByName("Memory");
    ASSERT_NE(memory, nullptr);
    const GDALDatasetUniquePtr none(memory->Create("", 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_NE(none, nullptr);
    EXPECT_EQ(sitefit::gis::detail::layerNames(*none), "none");
}
