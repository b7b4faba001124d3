#pragma once

#include <QStatusBar>
#include <memory>
#include <string>

#include "retranslating.hpp"

class QLabel;
class QProgressBar;

namespace sitefit::gis {
class LonLatTransform;
}

namespace sitefit::gui {

class BackgroundTask;

// The status bar of the map window: the coordinates under the cursor in the workspace CRS
// (metres) and in longitude/latitude, the map scale, whether the map is being drawn, and
// the progress of a long operation with its Cancel button.
class MapStatusBar : public Retranslating<QStatusBar> {
    Q_OBJECT
public:
    MapStatusBar(BackgroundTask& task, QWidget* parent = nullptr);
    ~MapStatusBar() override;

    // The workspace CRS (WKT), or "" when nothing is open.
    void setCrs(const std::string& crs_wkt);
    void showCursor(double x, double y);
    void clearCursor();
    void showScale(double denominator);
    void setRendering(bool rendering);

    [[nodiscard]] QString coordinatesText() const;
    [[nodiscard]] QString scaleText() const;

private:
    void retranslateUi() override;

    std::unique_ptr<gis::LonLatTransform> m_lonLat;
    QLabel* m_coordinates = nullptr;
    QLabel* m_scale = nullptr;
    QLabel* m_rendering = nullptr;
    double m_scaleDenominator = 0.0;
};

}  // namespace sitefit::gui
