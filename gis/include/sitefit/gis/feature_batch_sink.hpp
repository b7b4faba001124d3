#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <variant>

#include "sitefit/core/building.hpp"
#include "sitefit/core/enterprise.hpp"
#include "sitefit/core/parcel.hpp"
#include "sitefit/core/zone.hpp"
#include "sitefit/gis/workspace.hpp"

class OGRGeometry;  // GDAL's, declared only: sinks that use it include GDAL themselves

namespace sitefit::gis {

// The records of a batch, of its layer's type.
using FeatureRecords =
    std::variant<std::span<const core::Zone>, std::span<const core::Parcel>,
                 std::span<const core::Building>, std::span<const core::Enterprise>>;

// Consecutive features of one spatial layer as the reader kept them (decoded and checked),
// index-aligned: record i, its WKB and the GDAL geometry the WKB was made from. Views into
// the reader's storage, valid only during FeatureBatchSink::batch(): a sink copies what it
// needs into storage of its own.
struct FeatureBatch {
    std::string_view layer;
    std::size_t first = 0;  // the layer position of the batch's first feature
    FeatureRecords records;
    std::span<const Wkb> geometries;  // ISO WKB, 2D, workspace CRS
    // Empty when the batch was made from WKB already stored: a PostGIS layer, whose rows
    // come in no set order, is told only once it is read and sorted by fid.
    std::span<const OGRGeometry* const> gdal_geometries;

    [[nodiscard]] std::size_t size() const noexcept { return geometries.size(); }
};

// The end of a spatial layer: what the workspace holds of it from now on.
struct LayerEnd {
    std::string_view layer;
    // Positions, as the batches told them, of features set aside once the layer was read
    // (a duplicate id is known only then), ascending. The features after each moved down:
    // what a sink kept by position no longer lines up with the workspace.
    std::span<const std::size_t> set_aside;
    // Every feature kept, final: the layer's WKB as the workspace holds it. A view, valid
    // only during FeatureBatchSink::end().
    std::span<const Wkb> geometries;
};

// Work on a workspace's spatial features done while it is read: the map's drawable layers
// (DrawableLayersSink), the capacity join (CapacityJoin::Streaming). Given to the reader as
// ReadOptions::sinks, each sink owns what it keeps; none reads another's storage.
//
// Calls come from the thread that called WorkspaceReader::read, in order: for each spatial
// layer present (zones, parcels, buildings, enterprises, in that order) begin(), batch() for
// its kept features in layer order, then end(); or failed() at any point. A sink may throw
// sitefit::Error, which ends the read (the other sinks are told failed()).
class FeatureBatchSink {
public:
    virtual ~FeatureBatchSink() = default;

    // A layer starts. `expected`: its feature count from the dataset (0 when it cannot tell);
    // fewer come when features are set aside, and a count may be wrong.
    virtual void begin(std::string_view layer, std::size_t expected) = 0;
    virtual void batch(const FeatureBatch& batch) = 0;
    virtual void end(const LayerEnd& end) = 0;
    // The read failed and the reader is about to throw: no call follows. Stop any work on
    // what was told; what the sink made is not for use.
    virtual void failed() noexcept = 0;
};

}  // namespace sitefit::gis
