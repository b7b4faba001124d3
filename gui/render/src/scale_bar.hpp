#pragma once

#include <QString>

namespace sitefit::gui::detail {

// A scale bar of a round length (1, 2 or 5 × 10ⁿ metres) that fits the room given.
struct ScaleBar {
    double length_m = 0.0;
    double length_px = 0.0;
    int segments = 1;  // alternating black and white parts
    QString label;     // "500 m", "2 km"
};

// The longest round length not longer than `max_px` device pixels at `metres_per_pixel`.
[[nodiscard]] ScaleBar scaleBarFor(double metres_per_pixel, double max_px);

}  // namespace sitefit::gui::detail
