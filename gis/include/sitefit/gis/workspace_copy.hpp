#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sitefit/core/progress.hpp"
#include "sitefit/gis/postgis_migrator.hpp"

namespace sitefit::gis {

struct CopiedLayer {
    std::string name;
    std::size_t rows = 0;
};

struct CopyReport {
    std::string source;
    std::string target;
    int epsg = 0;                     // the workspace CRS's EPSG code (0 when it has none)
    bool replaced = false;            // the target held a workspace, now replaced
    std::vector<CopiedLayer> layers;  // schema layers, edit_log, then result layers
    MigrationReport migration;        // a PostGIS target's schema upgrade, if any
    // Tables of a PostGIS source its user may not read (an investor: the edit log and the
    // planners' results), left out of the copy.
    std::vector<std::string> withheld;
};

// Copies a whole workspace between a GeoPackage and PostGIS (either way, or between two of
// a kind) without loss: every feature with its FID, every attribute exactly (reals to the
// last bit), the version columns, the planners' pins and exclusions (plan_links), the edit
// log and the stored result layers.
//  - The source is read and checked by WorkspaceReader first: a broken workspace is not
//    copied.
//  - A GeoPackage target is written beside and renamed over (replaced whole or not at all).
//  - A PostGIS target is migrated to the current schema (PostgisMigrator) and filled in one
//    transaction, every value a bound parameter.
//  - A target that already holds a workspace is refused unless `replace`.
//  - What the source's database user may not read is not copied: an investor's copy has
//    projects without investor and investment, no plan links and no edit log
//    (CopyReport::withheld).
// Thread rules: reentrant.
class WorkspaceCopier {
public:
    // Throws sitefit::Error: Usage (a password in a PG: name, the same source and target),
    // Input (the source), Output (the target).
    static CopyReport copy(const std::string& source, const std::string& target, bool replace,
                           core::ProgressSink& progress = core::silentProgress());
};

}  // namespace sitefit::gis
