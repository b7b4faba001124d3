#include "stored_results.hpp"

#include <iostream>

#include "sitefit/gis/result_store.hpp"

namespace sitefit::cli {
namespace {

// "layer a", "layers a and b", "layers a, b and c"; "" for none.
std::string named(const std::string& kind, const std::vector<std::string>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    }
    return names.empty() ? text : kind + (names.size() > 1 ? "s " : " ") + text;
}

}  // namespace

void storeResults(const std::string& workspace, const std::string& crs_wkt,
                  const std::vector<gis::ResultLayer>& layers, bool quiet) {
    gis::storeResultLayers(workspace, crs_wkt, layers);
    if (quiet) {
        return;
    }
    std::vector<std::string> spatial;
    std::vector<std::string> tables;
    for (const gis::ResultLayer& layer : layers) {
        (layer.geometries.empty() ? tables : spatial).push_back(layer.name);
    }
    const std::string layersText = named("layer", spatial);
    const std::string tablesText = named("table", tables);
    std::cerr << "Stored " << layersText
              << (layersText.empty() || tablesText.empty() ? "" : " and ") << tablesText << " in "
              << workspace << "\n";
}

}  // namespace sitefit::cli
