#pragma once

#include <optional>
#include <string>

#include "detail/field_source.hpp"
#include "detail/geos_handles.hpp"
#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis::detail {

// An invalid polygon after repair.
struct RepairedPolygon {
    Wkb wkb;             // Polygon or MultiPolygon, ISO WKB 2D, same CRS as the input
    std::string reason;  // why it was invalid: "Self-intersection at (x, y)", GEOS's words
    double area = 0.0;   // of the repaired polygon, in the CRS's units squared
};

// Makes invalid polygons valid with GEOS MakeValid (structure method: rings are made valid,
// shells unioned and holes subtracted, so a bow-tie keeps both triangles and overlapping
// parts of a multipolygon count once), keeping only the polygonal part of the result.
// Uses the caller's context: one thread.
class PolygonRepair {
public:
    explicit PolygonRepair(GeosContext& context);

    // nullopt when `polygon` (WKB Polygon or MultiPolygon) is valid. Throws an Input error
    // through `feature` when GEOS cannot read or repair it, or the repair leaves no area.
    [[nodiscard]] std::optional<RepairedPolygon> repair(const Wkb& polygon,
                                                        const FieldSource& feature) const;

private:
    // "Self-intersection at (x, y)", in the polygon's CRS.
    [[nodiscard]] std::string describeProblem(const char* reason,
                                              const GEOSGeometry* location) const;
    [[nodiscard]] GeometryPtr polygonalPart(const GEOSGeometry& geometry) const;
    [[nodiscard]] Wkb toWkb(const GEOSGeometry& geometry) const;

    GeosContext& m_context;
    WkbReaderPtr m_reader;
    WkbWriterPtr m_writer;
};

}  // namespace sitefit::gis::detail
