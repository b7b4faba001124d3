#pragma once

#include <ogr_feature.h>

#include <optional>
#include <string>

namespace sitefit::gis::detail {

// A feature's field as its text, the way every reader takes it: nothing for a column the
// layer lacks (index < 0), an unset field or a NULL.
std::optional<std::string> fieldText(const OGRFeature& feature, int index);

// The date part of an OGR date or date-time field, as GDAL holds it: the numbers are not
// checked (GDAL keeps 2024/02/30 or a five-digit year as they are).
struct OgrDate {
    int year = 0;
    int month = 0;
    int day = 0;
};

// The date of a set date, time or date-time field; nothing for another type, an unset field
// or a NULL.
std::optional<OgrDate> fieldDate(const OGRFeature& feature, int index);

// "2024-06-30": the year four digits (or more), month and day two.
std::string isoText(const OgrDate& date);

}  // namespace sitefit::gis::detail
