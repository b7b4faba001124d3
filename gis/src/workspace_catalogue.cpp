#include "sitefit/gis/workspace_catalogue.hpp"

#include "sitefit/core/catalogue_choice.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::gis {

std::unique_ptr<core::IndustryCatalogue> workspaceCatalogue(core::District& district,
                                                            const std::string& dataset) {
    try {
        const core::CatalogueOrigin origin = core::chooseCatalogue(district);
        return std::make_unique<core::IndustryCatalogue>(district.catalogue, district.enterprises,
                                                         origin);
    } catch (const Error& error) {
        // The catalogue does not know the file it came from; the workspace does.
        ErrorContext context = error.context();
        context.file = dataset;
        throw Error(error.kind(), error.message(), context);
    }
}

}  // namespace sitefit::gis
