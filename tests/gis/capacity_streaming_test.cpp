// The capacity join run while the workspace is read (CapacityJoin::Streaming, what
// analyseCapacity does) must give exactly the facts, statistics and errors of the join run
// after the read (CapacityJoin::measure, checked by hand in capacity_join_test.cpp).
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "sitefit/core/error.hpp"
#include "sitefit/gis/capacity_analysis.hpp"
#include "sitefit/gis/capacity_join.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "test_dataset.hpp"

using namespace sitefit;
using namespace sitefit::test;

namespace {

void expectSameOverlaps(const std::vector<core::Overlap>& a, const std::vector<core::Overlap>& b,
                        const std::string& what) {
    ASSERT_EQ(a.size(), b.size()) << what;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ASSERT_EQ(a[i].index, b[i].index) << what;
        ASSERT_EQ(a[i].area_m2, b[i].area_m2) << what;
    }
}

void expectSameFacts(const core::SpatialFacts& a, const core::SpatialFacts& b) {
    ASSERT_EQ(a.buildings.size(), b.buildings.size());
    for (std::size_t i = 0; i < a.buildings.size(); ++i) {
        const std::string what = "building " + std::to_string(i);
        ASSERT_EQ(a.buildings[i].footprint_m2, b.buildings[i].footprint_m2) << what;
        expectSameOverlaps(a.buildings[i].parcel_overlaps, b.buildings[i].parcel_overlaps, what);
        expectSameOverlaps(a.buildings[i].zone_overlaps, b.buildings[i].zone_overlaps, what);
    }
    ASSERT_EQ(a.parcels.size(), b.parcels.size());
    for (std::size_t i = 0; i < a.parcels.size(); ++i) {
        ASSERT_EQ(a.parcels[i].area_m2, b.parcels[i].area_m2);
        expectSameOverlaps(a.parcels[i].zone_overlaps, b.parcels[i].zone_overlaps,
                           "parcel " + std::to_string(i));
    }
    ASSERT_EQ(a.enterprises.size(), b.enterprises.size());
    for (std::size_t i = 0; i < a.enterprises.size(); ++i) {
        ASSERT_EQ(a.enterprises[i].zones, b.enterprises[i].zones);
    }
}

// What the reader tells a listener, checked against BuildingListener's contract.
class RecordingListener final : public gis::BuildingListener {
public:
    void start(const gis::Workspace& so_far) override {
        ++starts;
        zonesAtStart = so_far.district.zones.size();
        parcelsAtStart = so_far.district.parcels.size();
        buildingsAtStart = so_far.district.buildings.size();
    }
    void available(std::size_t count) override {
        EXPECT_EQ(stops, 0) << "told of buildings after stop()";
        EXPECT_GE(count, last) << "the count went back";
        last = count;
        ++calls;
    }
    void stop() noexcept override { ++stops; }
    void invalidate() noexcept override { ++invalidations; }

    int starts = 0;
    int invalidations = 0;
    int stops = 0;
    int calls = 0;
    std::size_t last = 0;
    std::size_t zonesAtStart = 0;
    std::size_t parcelsAtStart = 0;
    std::size_t buildingsAtStart = 0;
};

// A copy of the sample whose buildings at `fids` are bow-ties (written with GDAL directly).
std::filesystem::path sampleWithBowTies(const TempDir& dir, const std::vector<GIntBig>& fids) {
    const std::filesystem::path copy = dir / "bow-ties.gpkg";
    std::filesystem::copy_file(SITEFIT_SAMPLE, copy);
    GDALAllRegister();  // ctest runs each test alone: nothing else has registered the drivers
    const GDALDatasetUniquePtr dataset(
        GDALDataset::Open(copy.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (!dataset) {
        throw std::runtime_error("cannot open the copy");
    }
    OGRLayer* buildings = dataset->GetLayerByName("buildings");
    for (const GIntBig fid : fids) {
        const OGRFeatureUniquePtr feature(buildings->GetFeature(fid));
        OGREnvelope envelope;
        feature->GetGeometryRef()->getEnvelope(&envelope);
        OGRLinearRing ring;  // crosses itself inside the old footprint's envelope
        ring.addPoint(envelope.MinX, envelope.MinY);
        ring.addPoint(envelope.MaxX, envelope.MaxY);
        ring.addPoint(envelope.MaxX, envelope.MinY);
        ring.addPoint(envelope.MinX, envelope.MaxY);
        ring.addPoint(envelope.MinX, envelope.MinY);
        OGRPolygon bowTie;
        bowTie.addRing(&ring);
        feature->SetGeometry(&bowTie);
        if (buildings->SetFeature(feature.get()) != OGRERR_NONE) {
            throw std::runtime_error("cannot write the bow-tie");
        }
    }
    return copy;
}

}  // namespace

TEST(CapacityStreaming, TheSampleJoinedWhileReadEqualsTheJoinAfterTheRead) {
    gis::JoinStatistics afterStatistics;
    const gis::Workspace workspace = gis::WorkspaceReader::read(SITEFIT_SAMPLE);
    const core::SpatialFacts after =
        gis::CapacityJoin::measure(workspace, core::silentProgress(), &afterStatistics);

    for (const std::size_t threads : {1U, 2U, 3U}) {
        SCOPED_TRACE(std::to_string(threads) + " threads");
        gis::CapacityJoin::Streaming join(core::silentProgress(), threads);
        gis::ReadOptions options;
        options.buildings = &join;
        const gis::Workspace read =
            gis::WorkspaceReader::read(SITEFIT_SAMPLE, gis::InputLimits{}, options);
        gis::JoinStatistics statistics;
        const core::SpatialFacts streamed = join.finish(read, &statistics);
        expectSameFacts(streamed, after);
        EXPECT_EQ(statistics.candidate_pairs, afterStatistics.candidate_pairs);
        EXPECT_EQ(statistics.decided_without_overlay, afterStatistics.decided_without_overlay);
        EXPECT_EQ(statistics.overlays, afterStatistics.overlays);
    }
    // analyseCapacity streams: its figures are the same too.
    const gis::CapacityAnalysis analysis =
        gis::analyseCapacity(SITEFIT_SAMPLE, core::silentProgress());
    expectSameFacts(analysis.facts, after);
    EXPECT_EQ(analysis.statistics.overlays, afterStatistics.overlays);
}

TEST(CapacityStreaming, TheReaderKeepsTheListenersContract) {
    RecordingListener listener;
    gis::ReadOptions options;
    options.buildings = &listener;
    const gis::Workspace read =
        gis::WorkspaceReader::read(SITEFIT_SAMPLE, gis::InputLimits{}, options);
    EXPECT_EQ(listener.starts, 1);
    EXPECT_EQ(listener.stops, 1);
    // Zones and parcels are read in full before the first building.
    EXPECT_EQ(listener.zonesAtStart, read.district.zones.size());
    EXPECT_EQ(listener.parcelsAtStart, read.district.parcels.size());
    EXPECT_EQ(listener.buildingsAtStart, 0U);
    // Every building was made available, in batches (6,326 buildings, 256 a batch).
    EXPECT_EQ(listener.last, 6326U);
    EXPECT_EQ(listener.calls, 25);
}

TEST(CapacityStreaming, TheFirstInvalidFootprintIsReportedAsTheJoinAfterTheReadReportsIt) {
    const TempDir dir;
    // fids are 1-based: features 5001 and 1201 of the file; 1201 comes first.
    const std::filesystem::path file = sampleWithBowTies(dir, {5001, 1201});
    std::string expected;
    try {
        (void)gis::CapacityJoin::measure(gis::WorkspaceReader::read(file.string()));
        FAIL() << "the join after the read accepted a bow-tie";
    } catch (const Error& error) {
        expected = error.what();
        EXPECT_EQ(error.context().layer, "buildings");
        EXPECT_FALSE(error.context().feature.empty());
    }
    for (const std::size_t threads : {1U, 2U}) {
        gis::CapacityJoin::Streaming join(core::silentProgress(), threads);
        gis::ReadOptions options;
        options.buildings = &join;
        const gis::Workspace read =
            gis::WorkspaceReader::read(file.string(), gis::InputLimits{}, options);
        try {
            (void)join.finish(read);
            FAIL() << "the streamed join accepted a bow-tie";
        } catch (const Error& error) {
            EXPECT_EQ(std::string(error.what()), expected) << threads << " threads";
            EXPECT_NE(expected.find("Self-intersection"), std::string::npos) << expected;
        }
    }
}

TEST(CapacityStreaming, AReadThatFailsAmongTheBuildingsReportsTheReadersError) {
    // The join threads are working on the first buildings when the read fails: the reader's
    // error comes out (not the join's), and the threads are stopped and joined.
    const TempDir dir;
    const std::filesystem::path copy = dir / "bad.gpkg";
    std::filesystem::copy_file(SITEFIT_SAMPLE, copy);
    GDALAllRegister();
    {
        const GDALDatasetUniquePtr dataset(
            GDALDataset::Open(copy.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(dataset);
        OGRLayer* buildings = dataset->GetLayerByName("buildings");
        const OGRFeatureUniquePtr feature(buildings->GetFeature(6000));
        feature->SetField("floors", 0);
        ASSERT_EQ(buildings->SetFeature(feature.get()), OGRERR_NONE);
    }
    gis::CapacityJoin::Streaming join;
    gis::ReadOptions options;
    options.buildings = &join;
    try {
        (void)gis::WorkspaceReader::read(copy.string(), gis::InputLimits{}, options);
        FAIL() << "the read should fail";
    } catch (const Error& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("field 'floors'"), std::string::npos) << message;
    }
}
