#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <optional>
#include <string>
#include <vector>

#include "detail/ogr_field_read.hpp"
#include "test_dataset.hpp"

using sitefit::gis::detail::fieldDate;
using sitefit::gis::detail::fieldText;
using sitefit::gis::detail::isoText;
using sitefit::gis::detail::OgrDate;
using sitefit::test::TempDir;
using sitefit::test::TestFieldType;
using sitefit::test::TestLayer;

namespace {

// Two features of a GeoPackage: one with every field set, one with every field NULL.
class OgrFieldRead : public ::testing::Test {
protected:
    void SetUp() override {
        GDALAllRegister();
        const TestLayer layer{"things",
                              "Point",
                              {{"name", TestFieldType::Text},
                               {"floors", TestFieldType::Integer},
                               {"opened", TestFieldType::Date}},
                              {{sitefit::test::point(1, 1),
                                {{"name", "海州 A"}, {"floors", "7"}, {"opened", "2024-06-30"}}},
                               {sitefit::test::point(2, 2), {}}}};
        sitefit::test::writeDataset(m_dir / "things.gpkg", {layer});
        m_dataset.reset(GDALDataset::Open((m_dir / "things.gpkg").c_str(), GDAL_OF_VECTOR));
        ASSERT_NE(m_dataset, nullptr);
        OGRLayer* things = m_dataset->GetLayerByName("things");
        ASSERT_NE(things, nullptr);
        things->ResetReading();
        for (auto& feature : *things) {
            m_features.emplace_back(feature.release());
        }
        ASSERT_EQ(m_features.size(), 2U);
        const OGRFeatureDefn& definition = *things->GetLayerDefn();
        m_name = definition.GetFieldIndex("name");
        m_floors = definition.GetFieldIndex("floors");
        m_opened = definition.GetFieldIndex("opened");
    }

    [[nodiscard]] const OGRFeature& set() const { return *m_features[0]; }
    [[nodiscard]] const OGRFeature& null() const { return *m_features[1]; }

    TempDir m_dir;
    GDALDatasetUniquePtr m_dataset;
    std::vector<OGRFeatureUniquePtr> m_features;
    int m_name = -1;
    int m_floors = -1;
    int m_opened = -1;
};

}  // namespace

TEST_F(OgrFieldRead, TextOfASetField) {
    EXPECT_EQ(fieldText(set(), m_name), "海州 A");
    EXPECT_EQ(fieldText(set(), m_floors), "7");
    EXPECT_EQ(fieldText(set(), m_opened), "2024/06/30");  // GDAL's own spelling of a date
}

TEST_F(OgrFieldRead, NoTextForNullOrAMissingColumn) {
    EXPECT_EQ(fieldText(null(), m_name), std::nullopt);
    EXPECT_EQ(fieldText(set(), -1), std::nullopt);
}

TEST_F(OgrFieldRead, DateOfADateField) {
    const std::optional<OgrDate> date = fieldDate(set(), m_opened);
    ASSERT_TRUE(date);
    EXPECT_EQ(date->year, 2024);
    EXPECT_EQ(date->month, 6);
    EXPECT_EQ(date->day, 30);
    EXPECT_EQ(isoText(*date), "2024-06-30");
}

TEST_F(OgrFieldRead, NoDateForNullAnotherTypeOrAMissingColumn) {
    EXPECT_FALSE(fieldDate(null(), m_opened));
    EXPECT_FALSE(fieldDate(set(), m_name));
    EXPECT_FALSE(fieldDate(set(), -1));
}

TEST(OgrDateText, KeepsWhatGdalHolds) {
    EXPECT_EQ(isoText(OgrDate{}), "0000-00-00");
    EXPECT_EQ(isoText(OgrDate{20240, 6, 30}), "20240-06-30");
    EXPECT_EQ(isoText(OgrDate{2024, 2, 30}), "2024-02-30");
}
