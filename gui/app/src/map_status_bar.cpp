#include "map_status_bar.hpp"

#include <QEvent>
#include <QLabel>
#include <cmath>

#include "figure_text.hpp"
#include "sitefit/gis/lonlat_transform.hpp"
#include "task_status_widget.hpp"

namespace sitefit::gui {
namespace {

QString degrees(double value, char positive, char negative) {
    return QStringLiteral("%1°%2")
        .arg(std::abs(value), 0, 'f', 5)
        .arg(QLatin1Char(value >= 0.0 ? positive : negative));
}

}  // namespace

MapStatusBar::MapStatusBar(BackgroundTask& task, QWidget* parent) : Retranslating(parent) {
    setObjectName(QStringLiteral("statusBar"));
    m_coordinates = new QLabel(this);
    m_coordinates->setObjectName(QStringLiteral("coordinates"));
    m_coordinates->setMinimumWidth(fontMetrics().horizontalAdvance(
        QStringLiteral("E 40 512 345.6  N 3 834 567.8 m   119.12345°E 34.56789°N")));
    m_scale = new QLabel(this);
    m_scale->setObjectName(QStringLiteral("scale"));
    m_scale->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Scale 1:1,000,000")));
    m_rendering = new QLabel(this);
    m_rendering->setObjectName(QStringLiteral("rendering"));
    m_rendering->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Rendering…")));
    addPermanentWidget(new TaskStatusWidget(task, this));
    addPermanentWidget(m_rendering);
    addPermanentWidget(m_coordinates);
    addPermanentWidget(m_scale);
    retranslateUi();
}

MapStatusBar::~MapStatusBar() = default;

void MapStatusBar::setCrs(const std::string& crs_wkt) {
    m_lonLat.reset();
    if (!crs_wkt.empty()) {
        try {
            m_lonLat = std::make_unique<gis::LonLatTransform>(crs_wkt);
        } catch (const std::exception& error) {
            showMessage(
                tr("No longitude/latitude for this CRS: %1").arg(QString::fromUtf8(error.what())),
                8000);
        }
    }
    clearCursor();
}

void MapStatusBar::showCursor(double x, double y) {
    QString text = tr("E %1  N %2 m").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1);
    if (m_lonLat) {
        try {
            const gis::LonLat geographic = m_lonLat->toLonLat(x, y);
            text += QStringLiteral("   ") + degrees(geographic.lon, 'E', 'W') + QLatin1Char(' ') +
                    degrees(geographic.lat, 'N', 'S');
        } catch (const std::exception&) {
            // Outside the CRS's area of use: metres only.
        }
    }
    m_coordinates->setText(text);
}

void MapStatusBar::clearCursor() {
    m_coordinates->clear();
}

void MapStatusBar::showScale(double denominator) {
    m_scaleDenominator = denominator;
    m_scale->setText(denominator > 0.0 ? tr("Scale 1:%1").arg(groupedText(std::round(denominator)))
                                       : QString());
}

void MapStatusBar::setRendering(bool rendering) {
    m_rendering->setText(rendering ? tr("Rendering…") : QString());
}

QString MapStatusBar::coordinatesText() const {
    return m_coordinates->text();
}

QString MapStatusBar::scaleText() const {
    return m_scale->text();
}

void MapStatusBar::retranslateUi() {
    m_coordinates->setToolTip(
        tr("Cursor position: workspace CRS (metres) and longitude/latitude (CGCS2000)"));
    m_scale->setToolTip(tr("Map scale at the screen's resolution"));
    showScale(m_scaleDenominator);
}

}  // namespace sitefit::gui
