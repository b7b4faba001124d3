#pragma once

#include "sitefit/core/spatial_facts.hpp"
#include "sitefit/gis/capacity_join.hpp"
#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis {

// CapacityJoin's measurements done by PostGIS inside the database the workspace was read
// from (workspace.source, a PG: connection): the candidate pairs come from the GiST
// indexes (&&), each pair is settled by ST_Covers / ST_Intersects, and shared areas are
// ST_Area(ST_Intersection()). The same rules as CapacityJoin, so the same figures (up to
// floating-point rounding, well under 1e-9 relative), with no geometry leaving the server.
// Thread rules: reentrant; each call has its own connection.
class PostgisCapacityJoin {
public:
    // Throws sitefit::Error (Input) for an invalid polygon (as CapacityJoin) or a workspace
    // that changed between reading it and joining it.
    [[nodiscard]] static core::SpatialFacts measure(const Workspace& workspace,
                                                    JoinStatistics* statistics = nullptr);
};

}  // namespace sitefit::gis
