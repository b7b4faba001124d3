#include "detail/crs_label.hpp"

#include "detail/gdal_error_capture.hpp"

namespace sitefit::gis::detail {

std::string describeCrs(const OGRSpatialReference& crs) {
    const char* name = crs.GetName();
    std::string label = name != nullptr && *name != '\0' ? name : "unnamed CRS";
    GdalErrorCapture quiet;  // identification failing is not an error worth a message
    OGRSpatialReference identified(crs);
    if (identified.GetAuthorityName(nullptr) == nullptr) {
        identified.AutoIdentifyEPSG();
    }
    const char* authority = identified.GetAuthorityName(nullptr);
    const char* code = identified.GetAuthorityCode(nullptr);
    if (authority != nullptr && code != nullptr) {
        label += std::string(" (") + authority + ":" + code + ")";
    }
    return label;
}

}  // namespace sitefit::gis::detail
