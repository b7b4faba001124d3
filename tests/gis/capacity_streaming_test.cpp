// The capacity join run while the workspace is read (CapacityJoin::Streaming, what
// analyseCapacity does) must give exactly the facts, statistics and errors of the join run
// after the read (CapacityJoin::measure, checked by hand in capacity_join_test.cpp). Also the
// reader's side of it: what every FeatureBatchSink is told (feature_batch_sink.hpp).
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "sitefit/core/error.hpp"
#include "sitefit/gis/capacity_analysis.hpp"
#include "sitefit/gis/capacity_join.hpp"
#include "sitefit/gis/feature_batch_sink.hpp"
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

// What the reader tells a sink, checked against FeatureBatchSink's contract as it comes: the
// spatial layers in order, each begun, its batches consecutive from position 0 with records,
// WKB and GDAL geometries aligned, then ended; nothing after failed().
class RecordingSink final : public gis::FeatureBatchSink {
public:
    struct Layer {
        std::string name;
        std::size_t expected = 0;
        std::vector<std::size_t> batch_firsts;
        std::size_t told = 0;
        std::vector<gis::Wkb> wkb;  // as told in the batches
        bool ended = false;
        std::vector<std::size_t> set_aside;
        std::vector<gis::Wkb> final_wkb;  // as told at the end
    };

    void begin(std::string_view layer, std::size_t expected) override {
        EXPECT_FALSE(failures > 0) << "told of a layer after failed()";
        EXPECT_TRUE(layers.empty() || layers.back().ended) << "a layer began inside another";
        Layer begun;
        begun.name = layer;
        begun.expected = expected;
        layers.push_back(std::move(begun));
    }
    void batch(const gis::FeatureBatch& batch) override {
        EXPECT_FALSE(failures > 0) << "told of features after failed()";
        ASSERT_FALSE(layers.empty());
        Layer& layer = layers.back();
        EXPECT_FALSE(layer.ended);
        EXPECT_EQ(batch.layer, layer.name);
        EXPECT_EQ(batch.first, layer.told) << "batches are consecutive";
        EXPECT_GT(batch.size(), 0U);
        EXPECT_EQ(std::visit([](const auto& records) { return records.size(); }, batch.records),
                  batch.size());
        if (layer.name == "buildings") {
            EXPECT_TRUE(std::holds_alternative<std::span<const core::Building>>(batch.records));
        }
        EXPECT_TRUE(batch.gdal_geometries.empty() || batch.gdal_geometries.size() == batch.size());
        ++(batch.gdal_geometries.empty() ? batches_without_gdal : batches_with_gdal);
        layer.batch_firsts.push_back(batch.first);
        layer.told += batch.size();
        layer.wkb.insert(layer.wkb.end(), batch.geometries.begin(), batch.geometries.end());
    }
    void end(const gis::LayerEnd& end) override {
        ASSERT_FALSE(layers.empty());
        Layer& layer = layers.back();
        EXPECT_EQ(end.layer, layer.name);
        EXPECT_FALSE(layer.ended);
        layer.ended = true;
        layer.set_aside.assign(end.set_aside.begin(), end.set_aside.end());
        layer.final_wkb.assign(end.geometries.begin(), end.geometries.end());
    }
    void failed() noexcept override { ++failures; }

    [[nodiscard]] const Layer* layer(const std::string& name) const {
        for (const Layer& layer : layers) {
            if (layer.name == name) {
                return &layer;
            }
        }
        return nullptr;
    }

    std::vector<Layer> layers;
    int failures = 0;
    int batches_with_gdal = 0;
    int batches_without_gdal = 0;
};

// A sink that breaks the read: its batch() throws on the buildings' `at`th batch.
class FailingSink final : public gis::FeatureBatchSink {
public:
    explicit FailingSink(int at) : m_at(at) {}
    void begin(std::string_view /*layer*/, std::size_t /*expected*/) override {}
    void batch(const gis::FeatureBatch& batch) override {
        if (batch.layer == "buildings" && ++m_batches == m_at) {
            throw Error(Error::Kind::Input, "the sink gave up", {"test"});
        }
    }
    void end(const gis::LayerEnd& /*end*/) override {}
    void failed() noexcept override {}

private:
    int m_at;
    int m_batches = 0;
};

// A copy of the sample with some of its buildings changed through GDAL: `change` is given
// each feature named in `fids`.
template <typename Change>
std::filesystem::path sampleWith(const TempDir& dir, const std::vector<GIntBig>& fids,
                                 Change change) {
    const std::filesystem::path copy = dir / "changed.gpkg";
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
        change(*buildings, *feature);
        if (buildings->SetFeature(feature.get()) != OGRERR_NONE) {
            throw std::runtime_error("cannot write the change");
        }
    }
    return copy;
}

// A copy of the sample whose buildings at `fids` are bow-ties (written with GDAL directly).
std::filesystem::path sampleWithBowTies(const TempDir& dir, const std::vector<GIntBig>& fids) {
    return sampleWith(dir, fids, [](OGRLayer&, OGRFeature& feature) {
        OGREnvelope envelope;
        feature.GetGeometryRef()->getEnvelope(&envelope);
        OGRLinearRing ring;  // crosses itself inside the old footprint's envelope
        ring.addPoint(envelope.MinX, envelope.MinY);
        ring.addPoint(envelope.MaxX, envelope.MaxY);
        ring.addPoint(envelope.MaxX, envelope.MinY);
        ring.addPoint(envelope.MinX, envelope.MaxY);
        ring.addPoint(envelope.MinX, envelope.MinY);
        OGRPolygon bowTie;
        bowTie.addRing(&ring);
        feature.SetGeometry(&bowTie);
    });
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
        options.sinks.push_back(&join);
        const gis::Workspace read =
            gis::WorkspaceReader::read(SITEFIT_SAMPLE, gis::InputLimits{}, options);
        gis::JoinStatistics statistics;
        const core::SpatialFacts streamed = join.finish(read, &statistics);
        expectSameFacts(streamed, after);
        EXPECT_EQ(statistics.candidate_pairs, afterStatistics.candidate_pairs);
        EXPECT_EQ(statistics.decided_without_overlay, afterStatistics.decided_without_overlay);
        EXPECT_EQ(statistics.overlays, afterStatistics.overlays);
        // Every footprint was joined by the streaming threads, batch by batch.
        EXPECT_EQ(statistics.joined_while_reading, 6326U);
    }
    // analyseCapacity streams: its figures are the same too.
    const gis::CapacityAnalysis analysis =
        gis::analyseCapacity(SITEFIT_SAMPLE, core::silentProgress());
    expectSameFacts(analysis.facts, after);
    EXPECT_EQ(analysis.statistics.overlays, afterStatistics.overlays);
}

TEST(CapacityStreaming, TheReaderKeepsTheSinksContract) {
    RecordingSink sink;
    gis::ReadOptions options;
    options.sinks.push_back(&sink);
    const gis::Workspace read =
        gis::WorkspaceReader::read(SITEFIT_SAMPLE, gis::InputLimits{}, options);
    EXPECT_EQ(sink.failures, 0);
    // The spatial layers, in the workspace's order; no other.
    ASSERT_EQ(sink.layers.size(), 4U);
    const std::vector<std::pair<std::string, const std::vector<gis::Wkb>*>> expected{
        {"zones", &read.zone_geometries},
        {"parcels", &read.parcel_geometries},
        {"buildings", &read.building_geometries},
        {"enterprises", &read.enterprise_geometries}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const RecordingSink::Layer& layer = sink.layers[i];
        SCOPED_TRACE(layer.name);
        EXPECT_EQ(layer.name, expected[i].first);
        EXPECT_TRUE(layer.ended);
        EXPECT_TRUE(layer.set_aside.empty());
        // What the batches told is what the workspace holds, byte for byte.
        EXPECT_EQ(layer.wkb, *expected[i].second);
        EXPECT_EQ(layer.final_wkb, *expected[i].second);
        EXPECT_EQ(layer.expected, expected[i].second->size());
    }
    // A GeoPackage's features come with GDAL's geometries, in batches of 256 (6,326
    // buildings: 25 batches, the last from position 6,144).
    EXPECT_EQ(sink.batches_without_gdal, 0);
    const RecordingSink::Layer& buildings = *sink.layer("buildings");
    ASSERT_EQ(buildings.batch_firsts.size(), 25U);
    EXPECT_EQ(buildings.batch_firsts[1], 256U);
    EXPECT_EQ(buildings.batch_firsts.back(), 6144U);
}

TEST(CapacityStreaming, ADuplicateIdSetAsideAfterItsBatchWasJoinedIsJoinedAgain) {
    // Building fid 6000 takes the id of fid 10: found only at the end of the layer, after
    // both were told (and joined); the later one is set aside, the positions after it move.
    const TempDir dir;
    const std::filesystem::path file =
        sampleWith(dir, {6000}, [](OGRLayer& layer, OGRFeature& feature) {
            const OGRFeatureUniquePtr tenth(layer.GetFeature(10));
            feature.SetField("building_id", tenth->GetFieldAsString("building_id"));
        });
    for (const std::size_t threads : {1U, 2U}) {
        SCOPED_TRACE(std::to_string(threads) + " threads");
        RecordingSink sink;
        gis::CapacityJoin::Streaming join(core::silentProgress(), threads);
        gis::ReadOptions options;
        options.flaws = gis::FlawHandling::SetAside;
        options.sinks = {&sink, &join};
        const gis::Workspace read =
            gis::WorkspaceReader::read(file.string(), gis::InputLimits{}, options);
        ASSERT_EQ(read.district.buildings.size(), 6325U);
        const RecordingSink::Layer& buildings = *sink.layer("buildings");
        EXPECT_EQ(buildings.told, 6326U);
        EXPECT_EQ(buildings.set_aside, (std::vector<std::size_t>{5999}));
        EXPECT_EQ(buildings.final_wkb, read.building_geometries);

        gis::JoinStatistics statistics;
        const core::SpatialFacts streamed = join.finish(read, &statistics);
        gis::JoinStatistics afterStatistics;
        const core::SpatialFacts after =
            gis::CapacityJoin::measure(read, core::silentProgress(), &afterStatistics, threads);
        expectSameFacts(streamed, after);
        EXPECT_EQ(statistics.candidate_pairs, afterStatistics.candidate_pairs);
        EXPECT_EQ(statistics.decided_without_overlay, afterStatistics.decided_without_overlay);
        EXPECT_EQ(statistics.overlays, afterStatistics.overlays);
        EXPECT_EQ(statistics.joined_while_reading, 0U);  // all of them again, after the read
    }
}

TEST(CapacityStreaming, AReadBrokenOffInTheMiddleOfTheBuildingsStopsTheJoin) {
    // Another sink throws on the buildings' tenth batch: the read ends there with its error,
    // every sink is told failed(), and the join's threads, busy with the first batches, stop.
    for (const std::size_t threads : {1U, 2U}) {
        SCOPED_TRACE(std::to_string(threads) + " threads");
        RecordingSink before;
        gis::CapacityJoin::Streaming join(core::silentProgress(), threads);
        FailingSink failing(10);
        RecordingSink after;
        gis::ReadOptions options;
        options.sinks = {&before, &join, &failing, &after};
        try {
            (void)gis::WorkspaceReader::read(SITEFIT_SAMPLE, gis::InputLimits{}, options);
            FAIL() << "the read should fail";
        } catch (const Error& error) {
            EXPECT_EQ(error.message(), "the sink gave up");
        }
        EXPECT_EQ(before.failures, 1);
        EXPECT_EQ(after.failures, 1);
        EXPECT_EQ(before.layer("buildings")->told, 10U * 256U);
        EXPECT_FALSE(before.layer("buildings")->ended);
        EXPECT_EQ(after.layer("buildings")->told, 9U * 256U);  // the tenth never reached it
    }
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
        options.sinks.push_back(&join);
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
    options.sinks.push_back(&join);
    try {
        (void)gis::WorkspaceReader::read(copy.string(), gis::InputLimits{}, options);
        FAIL() << "the read should fail";
    } catch (const Error& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("field 'floors'"), std::string::npos) << message;
    }
}
