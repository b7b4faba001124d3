#pragma once

#include <cstddef>
#include <string>

#include "sitefit/core/catalogue.hpp"
#include "sitefit/core/district.hpp"
#include "sitefit/core/industry_catalogue.hpp"

namespace sitefit::core {

// The one place that decides which catalogue a district's commands use. A district with
// catalogue tables keeps them; one without gets the built-in GB/T 4754-2017 manufacturing
// divisions (national_industry_catalogue.hpp) in `district.catalogue`. Then every enterprise
// and project with an industry code but no category_code gets the category covering the code
// (the longest listed prefix); an explicit category_code is never changed. A record whose
// code no category covers keeps an empty category_code: it is outside the catalogue.
// Throws sitefit::Error (Input) for an industry code listed by two categories of the
// district's own catalogue (which of them covers it would be a guess).
CatalogueOrigin chooseCatalogue(District& district);

// "the workspace's (4 chains, 37 categories)" or "built-in GB/T 4754-2017 manufacturing
// divisions (the workspace has none)": for every output that depends on the catalogue.
[[nodiscard]] std::string describeCatalogue(CatalogueOrigin origin, const CatalogueTables& tables);
// The same from the counts of its tables (a NotMatched reason keeps only those).
[[nodiscard]] std::string describeCatalogue(CatalogueOrigin origin, std::size_t chains,
                                            std::size_t categories);

// {"origin": "workspace"|"built_in", "description", "chains", "categories"}: the
// "catalogue" member of every JSON result that depends on the catalogue.
[[nodiscard]] std::string catalogueJson(const IndustryCatalogue& catalogue);

}  // namespace sitefit::core
