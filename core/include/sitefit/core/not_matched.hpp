#pragma once

#include <cstddef>
#include <string>

#include "sitefit/core/catalogue.hpp"

namespace sitefit::core {

// Why a project was matched against no site at all.
enum class NotMatchedReason {
    IndustryOutsideCatalogue,  // its industry code is in no category of the catalogue
};

// The reason with the figures that explain it; core/reason_wording.hpp words it in English.
struct NotMatched {
    NotMatchedReason reason = NotMatchedReason::IndustryOutsideCatalogue;
    std::string industry_code;  // the project's, e.g. "I6510"
    // The catalogue it was looked up in.
    CatalogueOrigin catalogue_origin = CatalogueOrigin::Workspace;
    std::size_t catalogue_chains = 0;
    std::size_t catalogue_categories = 0;

    friend bool operator==(const NotMatched&, const NotMatched&) = default;
};

}  // namespace sitefit::core
