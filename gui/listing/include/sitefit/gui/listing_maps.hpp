#pragma once

#include <QImage>
#include <QSize>
#include <cstddef>
#include <memory>

#include "sitefit/core/listing.hpp"
#include "sitefit/gui/map_renderer.hpp"
#include "sitefit/gui/site_figures.hpp"

class QPainter;

namespace sitefit::gui {

// The maps of brochures and site cards, drawn by the same renderer as the map window and
// `sitefit render`. Each returns a snapshot for an output of `size` device pixels at `dpi`;
// `data` must be the map data of the workspace the listing was made from (its site list).

// The whole district, zones by kind, the listing's zones outlined (names: paintZoneNames).
[[nodiscard]] MapSnapshot overviewMap(std::shared_ptr<const MapData> data,
                                      const core::Listing& listing, QSize size, double dpi);

// Names the zones on an overview painted in (0, 0, settings.size): the listing's zones in
// boxes beside them with a leader line, so they are never lost among their neighbours; the
// others in grey where there is room.
void paintZoneNames(QPainter& painter, const MapSnapshot& overview, const core::Listing& listing,
                    ListingLanguage language);

// One listed zone: parcels by status, buildings, the enterprises by chain, and the listed
// sites filled and marked with their numbers.
[[nodiscard]] MapSnapshot zoneMap(std::shared_ptr<const MapData> data, const core::Listing& listing,
                                  const core::ListedZone& zone, QSize size, double dpi);

// A site (an index into MapData::sites) and about 500 m around it, the site marked.
[[nodiscard]] MapSnapshot siteMap(std::shared_ptr<const MapData> data, std::size_t site, QSize size,
                                  double dpi);

// Several sites (indices into MapData::sites) on one map, marked with their position in
// `sites` (1, 2, ...): where an investor's shortlist lies.
[[nodiscard]] MapSnapshot sitesMap(std::shared_ptr<const MapData> data,
                                   const std::vector<std::size_t>& sites, QSize size, double dpi);

// The snapshot drawn into an image, with a scale bar and a north arrow when `decorated`.
[[nodiscard]] QImage mapImage(const MapSnapshot& snapshot, bool decorated);

}  // namespace sitefit::gui
