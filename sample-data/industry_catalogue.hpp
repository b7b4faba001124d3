#pragma once

#include "sitefit/core/catalogue.hpp"

namespace sitefit::sample {

// Haizhou's key industry chain investment guidance catalogue (招商指导目录) as the report
// describes it: 4 main chains and 37 project categories, with the supply links between
// categories (including the links across chains that 补链强链 is about).
//
// The report gives the chains and the counts; the 37 categories, their planning classes,
// pollution classes and links are our reading of the district's industries (see
// docs/sample-data.md).
[[nodiscard]] core::CatalogueTables industryCatalogue();

}  // namespace sitefit::sample
