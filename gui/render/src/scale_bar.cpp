#include "scale_bar.hpp"

#include <QCoreApplication>
#include <array>
#include <cmath>

namespace sitefit::gui::detail {

ScaleBar scaleBarFor(double metres_per_pixel, double max_px) {
    ScaleBar bar;
    const double maxMetres = metres_per_pixel * max_px;
    if (!(maxMetres > 0.0) || !std::isfinite(maxMetres)) {
        return bar;
    }
    double decade = std::pow(10.0, std::floor(std::log10(maxMetres)));
    constexpr std::array kSteps{5.0, 2.0, 1.0};
    for (const double step : kSteps) {
        if (step * decade <= maxMetres) {
            bar.length_m = step * decade;
            break;
        }
    }
    if (bar.length_m == 0.0) {
        decade /= 10.0;
        bar.length_m = 5.0 * decade;
    }
    bar.length_px = bar.length_m / metres_per_pixel;
    // Segments of a round length each: 5 → 5 parts, 2 → 4 parts (of 0.5), 1 → 2 parts... a
    // bar in halves or fifths reads as a ruler.
    const double leading = bar.length_m / decade;
    bar.segments = leading >= 5.0 ? 5 : (leading >= 2.0 ? 4 : 2);
    if (bar.length_m >= 1000.0) {
        const double km = bar.length_m / 1000.0;
        bar.label = QCoreApplication::translate("sitefit::gui::Legend", "%1 km")
                        .arg(QString::number(km, 'g', 6));
    } else {
        bar.label = QCoreApplication::translate("sitefit::gui::Legend", "%1 m")
                        .arg(QString::number(bar.length_m, 'g', 6));
    }
    return bar;
}

}  // namespace sitefit::gui::detail
