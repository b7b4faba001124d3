#include "detail/ogr_field_read.hpp"

#include <cstdio>

namespace sitefit::gis::detail {

std::optional<std::string> fieldText(const OGRFeature& feature, int index) {
    if (index < 0 || !feature.IsFieldSetAndNotNull(index)) {
        return std::nullopt;
    }
    return std::string(feature.GetFieldAsString(index));
}

std::optional<OgrDate> fieldDate(const OGRFeature& feature, int index) {
    OgrDate date;
    int hour = 0;
    int minute = 0;
    float second = 0.0F;
    int zone = 0;
    if (index < 0 || feature.GetFieldAsDateTime(index, &date.year, &date.month, &date.day, &hour,
                                                &minute, &second, &zone) == 0) {
        return std::nullopt;
    }
    return date;
}

std::string isoText(const OgrDate& date) {
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    return text;
}

}  // namespace sitefit::gis::detail
