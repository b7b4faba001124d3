#include "catalogue_json.hpp"

namespace sitefit::core::detail {

nlohmann::json catalogueJson(const IndustryCatalogue& catalogue) {
    return {{"origin", catalogue.origin() == CatalogueOrigin::BuiltIn ? "built_in" : "workspace"},
            {"description", catalogue.description()},
            {"chains", catalogue.tables().chains.size()},
            {"categories", catalogue.tables().categories.size()}};
}

}  // namespace sitefit::core::detail
