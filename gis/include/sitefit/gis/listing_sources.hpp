#pragma once

#include <string>

#include "sitefit/core/date.hpp"
#include "sitefit/core/listing.hpp"
#include "sitefit/gis/result_layer_writer.hpp"

namespace sitefit::gis {

class MatchingSession;

// Reads what a listing adds to the workspace's figures (docs/listings.md), all optional:
// the `carriers` table (carrier, contact_name, phone, email, address), the `edit_log`
// table (the latest edit per parcel or building: columns `layer`, `object_id` and the time
// in `edited_at` as `sitefit edit` writes it, or `when`, `at`, `changed_at`, `timestamp`) and the
// modification time of the workspace file. Never modifies the dataset.
class ListingSourceReader {
public:
    // Throws sitefit::Error (Input) when the dataset cannot be opened. A table that lacks
    // the columns it needs is ignored, and `problem` (if given) says why.
    [[nodiscard]] static core::ListingSources read(const std::string& dataset,
                                                   std::string* problem = nullptr);
};

// The listing of the session's workspace for `scope`, with the optional tables read.
// Throws sitefit::Error (Usage for an unknown zone or carrier, Input when reading fails).
[[nodiscard]] core::Listing buildListing(const MatchingSession& session,
                                         const core::ListingScope& scope, core::Date as_of,
                                         std::string* problem = nullptr);

// The listing as a layer: core::listingTable with each site's polygon (parcel or building
// footprint, workspace CRS), ready for VectorFileWriter.
[[nodiscard]] ResultLayer listingLayer(const MatchingSession& session, const core::Listing& listing,
                                       const std::string& name);

}  // namespace sitefit::gis
