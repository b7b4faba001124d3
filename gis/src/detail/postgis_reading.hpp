#pragma once

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <numeric>
#include <string_view>
#include <vector>

#include "sitefit/gis/workspace.hpp"

namespace sitefit::gis::detail {

// What reading a workspace needs to know about one in PostGIS.

// Whether the dataset is a PostgreSQL database (GDAL's PG driver).
bool isPostgisDataset(GDALDataset& dataset);

// The layer to read for a workspace layer. In a PostGIS workspace whose user may not read
// the confidential fields (the projects' investor and investment, the enterprises' annual
// output: carriers and investors), that is the view projects_public or enterprises_public,
// which lacks them: the fields are optional, so the workspace reads as one without them.
// Elsewhere simply the layer of that name (or nullptr).
OGRLayer* workspaceLayer(GDALDataset& dataset, std::string_view name);

// Whether the table has a public view without its confidential fields (projects,
// enterprises): a user without SELECT on the whole table still reads it through the view.
bool hasPublicView(std::string_view table);

// Whether the connection's user may read the table (false when there is no such table).
// Carriers and investors may not read plan_links: a workspace reads for them as one without
// stored pins and exclusions.
bool mayReadTable(GDALDataset& dataset, std::string_view table);

// PostgreSQL hands rows out in storage order, which every UPDATE changes; a workspace's
// order is by FID, as in a GeoPackage, so that results and their order do not move when a
// row is edited. Sorts records[first...] (and the geometries alongside, if any) by `fids`,
// which holds the FID of each of them.
template <typename Record>
void orderByFid(std::vector<Record>& records, std::vector<Wkb>* geometries, std::size_t first,
                const std::vector<GIntBig>& fids) {
    if (fids.size() != records.size() - first || std::is_sorted(fids.begin(), fids.end())) {
        return;
    }
    std::vector<std::size_t> order(fids.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return fids[a] < fids[b]; });
    std::vector<Record> sorted;
    sorted.reserve(order.size());
    for (const std::size_t i : order) {
        sorted.push_back(std::move(records[first + i]));
    }
    std::move(sorted.begin(), sorted.end(), records.begin() + static_cast<std::ptrdiff_t>(first));
    if (geometries != nullptr && geometries->size() == records.size()) {
        std::vector<Wkb> shapes;
        shapes.reserve(order.size());
        for (const std::size_t i : order) {
            shapes.push_back(std::move((*geometries)[first + i]));
        }
        std::move(shapes.begin(), shapes.end(),
                  geometries->begin() + static_cast<std::ptrdiff_t>(first));
    }
}

}  // namespace sitefit::gis::detail
