#include "sitefit/gis/lonlat_transform.hpp"

#include <cpl_conv.h>
#include <gtest/gtest.h>
#include <ogr_spatialref.h>

#include <string>
#include <thread>
#include <vector>

#include "sitefit/core/error.hpp"

using namespace sitefit;
using sitefit::gis::LonLat;
using sitefit::gis::LonLatTransform;

namespace {

// The workspace CRS as the workspace reader stores it: WKT2 from GDAL.
std::string wktOf(int epsg) {
    OGRSpatialReference crs;
    crs.importFromEPSG(epsg);
    char* raw = nullptr;
    const char* const options[] = {"FORMAT=WKT2_2019", nullptr};
    crs.exportToWkt(&raw, options);
    std::string wkt = raw != nullptr ? raw : "";
    CPLFree(raw);
    return wkt;
}

constexpr double kDegrees = 1e-6;

}  // namespace

// Expected values from the command line, where EPSG:4549 is northing first and 4490 is
// latitude first:
//   echo "3800000 500000" | cs2cs -f "%.10f" EPSG:4549 EPSG:4490  → 34.3275947131 120.0
//   echo "3800000 400000" | cs2cs -f "%.10f" EPSG:4549 EPSG:4490  → 34.3227747270 118.9134676658
TEST(LonLatTransform, GaussKrugerCm120ToCgcs2000) {
    const LonLatTransform transform(wktOf(4549));
    // x = 500000 is the false easting: on the central meridian.
    const LonLat centre = transform.toLonLat(500000.0, 3800000.0);
    EXPECT_NEAR(centre.lon, 120.0, kDegrees);
    EXPECT_NEAR(centre.lat, 34.3275947131, kDegrees);
    const LonLat west = transform.toLonLat(400000.0, 3800000.0);
    EXPECT_NEAR(west.lon, 118.9134676658, kDegrees);
    EXPECT_NEAR(west.lat, 34.3227747270, kDegrees);
}

TEST(LonLatTransform, MovedTransformStillWorks) {
    LonLatTransform transform(wktOf(4549));
    const LonLatTransform moved(std::move(transform));
    EXPECT_NEAR(moved.toLonLat(500000.0, 3800000.0).lon, 120.0, kDegrees);
}

TEST(LonLatTransform, OneInstancePerThread) {
    const std::string wkt = wktOf(4549);
    std::vector<double> longitudes(4, 0.0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < longitudes.size(); ++t) {
        threads.emplace_back([&, t] {
            const LonLatTransform transform(wkt);
            longitudes[t] = transform.toLonLat(400000.0, 3800000.0).lon;
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    for (const double lon : longitudes) {
        EXPECT_NEAR(lon, 118.9134676658, kDegrees);
    }
}

TEST(LonLatTransform, BadWktThrowsInputError) {
    for (const std::string& wkt : {std::string("PROJCS[\"broken\",GEOGCS["), std::string()}) {
        try {
            const LonLatTransform transform(wkt);
            FAIL() << "no error for '" << wkt << "'";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), Error::Kind::Input) << error.what();
            EXPECT_FALSE(std::string(error.what()).empty());
        }
    }
}

TEST(LonLatTransform, PointOutsideTheProjectionThrowsInputError) {
    const LonLatTransform transform(wktOf(4549));
    try {
        (void)transform.toLonLat(1e30, 1e30);
        FAIL() << "no error for a point far outside the projection";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Input);
        EXPECT_NE(std::string(error.what()).find("1e+30"), std::string::npos) << error.what();
    }
    // The transformation is still usable afterwards.
    EXPECT_NEAR(transform.toLonLat(500000.0, 3800000.0).lon, 120.0, kDegrees);
}
