#include "parcel_subdivision.hpp"

#include <cmath>
#include <memory>

#include "sitefit/core/error.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::sample {
namespace {

constexpr double kSnapM = 5.0;            // lot lines are surveyed to 5 m
constexpr double kMinCompactness = 0.45;  // clipped lot area ÷ its grid lot, below: green
constexpr int kBufferQuadrantSegments = 4;

struct Grid {
    std::vector<double> starts;
    std::vector<double> ends;
};

// Block edges along one axis: blocks of a drawn size separated by roads of a drawn width.
Grid gridLines(double from, double to, Range block, RandomStream& random) {
    Grid grid;
    double at = from;
    while (at < to) {
        const double size = random.stepped(block.low, block.high, kSnapM);
        grid.starts.push_back(at);
        grid.ends.push_back(at + size);
        at += size + random.stepped(24.0, 40.0, 2.0);
    }
    return grid;
}

void splitBlock(const LocalRect& rect, const Range& parcel_mu, RandomStream& random,
                std::vector<LocalRect>& leaves) {
    const double target_m2 =
        core::squareMetresFromMu(random.uniform(parcel_mu.low, parcel_mu.high));
    const double min_m2 = core::squareMetresFromMu(kMinParcelMu);
    const double ratio = random.uniform(0.35, 0.65);
    if (rect.area_m2() <= target_m2 || rect.area_m2() * 0.35 < min_m2) {
        leaves.push_back(rect);
        return;
    }
    if (rect.width() >= rect.depth()) {
        const double cut = rect.u0 + std::round(rect.width() * ratio / kSnapM) * kSnapM;
        splitBlock({rect.u0, rect.v0, cut, rect.v1}, parcel_mu, random, leaves);
        splitBlock({cut, rect.v0, rect.u1, rect.v1}, parcel_mu, random, leaves);
    } else {
        const double cut = rect.v0 + std::round(rect.depth() * ratio / kSnapM) * kSnapM;
        splitBlock({rect.u0, rect.v0, rect.u1, cut}, parcel_mu, random, leaves);
        splitBlock({rect.u0, cut, rect.u1, rect.v1}, parcel_mu, random, leaves);
    }
}

void addClippedParts(const OGRGeometry& clipped, const LocalRect& lot, std::size_t block,
                     std::vector<SubdividedParcel>& parcels) {
    const auto keep = [&](const OGRPolygon& part) {
        const double area = part.get_Area();
        if (area >= core::squareMetresFromMu(kMinParcelMu) &&
            area >= kMinCompactness * lot.area_m2()) {
            parcels.push_back({lot, part, true, block, area});
        }
    };
    const OGRwkbGeometryType type = wkbFlatten(clipped.getGeometryType());
    if (type == wkbPolygon) {
        keep(*clipped.toPolygon());
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const OGRGeometry* part : *clipped.toGeometryCollection()) {
            if (wkbFlatten(part->getGeometryType()) == wkbPolygon) {
                keep(*part->toPolygon());
            }
        }
    }
}

}  // namespace

std::vector<SubdividedParcel> ParcelSubdivision::subdivide(const OGRPolygon& outline,
                                                           const ZonePlan& plan,
                                                           RandomStream& random) {
    const std::unique_ptr<OGRGeometry> inner(
        outline.Buffer(-kPerimeterRoadM, kBufferQuadrantSegments));
    if (!inner || inner->IsEmpty()) {
        throw Error(Error::Kind::Internal,
                    "zone " + std::string(plan.zone_id) + " is too small for a perimeter road");
    }
    OGREnvelope extent;
    inner->getEnvelope(&extent);
    const Grid columns = gridLines(extent.MinX, extent.MaxX, plan.block_width_m, random);
    const Grid rows = gridLines(extent.MinY, extent.MaxY, plan.block_depth_m, random);

    std::vector<SubdividedParcel> parcels;
    std::size_t block = 0;
    std::vector<LocalRect> lots;
    for (std::size_t c = 0; c < columns.starts.size(); ++c) {
        for (std::size_t r = 0; r < rows.starts.size(); ++r) {
            const LocalRect rect{columns.starts[c], rows.starts[r], columns.ends[c], rows.ends[r]};
            const OGRPolygon blockShape = localPolygon(rect);
            if (!inner->Intersects(&blockShape)) {
                continue;
            }
            const bool whole = inner->Contains(&blockShape);
            lots.clear();
            splitBlock(rect, plan.parcel_mu, random, lots);
            for (const LocalRect& lot : lots) {
                OGRPolygon lotShape = localPolygon(lot);
                if (whole || inner->Contains(&lotShape)) {
                    parcels.push_back({lot, std::move(lotShape), false, block, lot.area_m2()});
                    continue;
                }
                const std::unique_ptr<OGRGeometry> clipped(inner->Intersection(&lotShape));
                if (clipped && !clipped->IsEmpty()) {
                    addClippedParts(*clipped, lot, block, parcels);
                }
            }
            ++block;
        }
    }
    return parcels;
}

}  // namespace sitefit::sample
