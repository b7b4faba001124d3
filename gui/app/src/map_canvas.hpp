#pragma once

#include <QColor>
#include <QImage>
#include <QPoint>
#include <QRect>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/map_renderer.hpp"
#include "sitefit/gui/map_results.hpp"
#include "sitefit/gui/map_settings.hpp"
#include "sitefit/gui/map_transform.hpp"

namespace sitefit::gui {

// A point the canvas draws over the map itself, as a dot of its colour: drawn on every
// repaint, never rendered into the map's image (nor exported). The data problems' marks.
struct MapMark {
    double x = 0.0;  // workspace CRS, metres
    double y = 0.0;
    QColor colour;
};

// The map: shows the image MapRenderJob draws for the current view and lets the planner
// navigate it. The view is a centre (workspace CRS, metres) and a resolution (metres per
// device pixel); the extent follows from the widget's size. While the view changes the
// last image is shown moved and scaled to where it belongs until the new one arrives.
//
// Mouse: drag pans, wheel zooms about the cursor, shift+drag (or the zoom tool) zooms to a
// box, a click identifies. Keys: arrows pan, +/- zoom, Home shows everything.
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    enum class Tool { Pan, ZoomBox, Identify };

    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    // New data (a workspace was opened): drops cached images and shows the full extent.
    void setMapData(std::shared_ptr<const MapData> data);
    [[nodiscard]] const std::shared_ptr<const MapData>& mapData() const { return m_data; }
    void setResults(std::shared_ptr<const MapResults> results);
    // Drawn over the map in their order (the last on top); kept until replaced, and
    // dropped with the map data.
    void setMarks(std::vector<MapMark> marks);
    [[nodiscard]] const std::vector<MapMark>& marks() const { return m_marks; }
    // Bottom to top.
    void setLayers(std::vector<LayerSettings> layers);
    [[nodiscard]] const std::vector<LayerSettings>& layers() const { return m_layers; }

    [[nodiscard]] MapSettings settings() const;
    [[nodiscard]] MapSnapshot snapshot() const;
    [[nodiscard]] MapTransform transform() const;
    [[nodiscard]] gis::Envelope extent() const;
    // Shows at least `extent` (workspace CRS), with a small margin.
    void setExtent(const gis::Envelope& extent);
    [[nodiscard]] double scaleDenominator() const;

    void zoomToFullExtent();
    void zoomToLayer(MapLayerId layer);
    void zoomToFeatures(const std::vector<FeatureRef>& features);
    void zoomIn();
    void zoomOut();
    // `factor` > 1 zooms in; `anchor` (widget pixels) stays where it is.
    void zoomBy(double factor, QPointF anchor);
    // Moves the map content by `delta` widget pixels.
    void panByPixels(QPointF delta);
    // Redraws every layer (after a style or language change).
    void refresh();

    void setTool(Tool tool);
    [[nodiscard]] Tool tool() const noexcept { return m_tool; }

    // Widget pixels (logical) ↔ workspace CRS.
    [[nodiscard]] QPointF toWidget(double x, double y) const;
    [[nodiscard]] QPointF toWorld(QPointF widget_position) const;
    // The feature under a widget position: the topmost visible layer that has one there.
    [[nodiscard]] std::optional<FeatureRef> featureAt(QPointF widget_position) const;

    // The last image shown, in device pixels, and the settings it was drawn for.
    [[nodiscard]] const QImage& renderedImage() const { return m_image; }
    // The layers the shown image draws as density (level of detail), bottom to top.
    [[nodiscard]] std::vector<DensityLayer> densityLayers() const;
    // More features of a layer in view than this and the layer is drawn as density.
    static constexpr std::size_t kDetailBudget = 150'000;
    [[nodiscard]] const MapSettings& renderedSettings() const { return m_imageSettings; }
    // True while a render is scheduled or running.
    [[nodiscard]] bool isRendering() const;

signals:
    void cursorMoved(double x, double y);  // workspace CRS, metres
    void cursorLeft();
    void viewChanged();  // extent or scale
    void renderStarted();
    void renderFinished();
    void featureClicked(std::optional<sitefit::gui::FeatureRef> feature);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void scheduleRender(int delay_ms);
    void startRender();
    void onRendered(const QImage& image, const MapSettings& settings);
    void onPartial(const QImage& image, const MapSettings& settings);
    // Shows a rendered (or partly rendered) image; false for a null one (cancelled).
    bool showImage(const QImage& image, const MapSettings& settings);
    void paintDensityNote(QPainter& painter);
    void paintMarks(QPainter& painter);
    void viewMoved();
    void updateCursor();
    [[nodiscard]] QSize deviceSize() const;
    [[nodiscard]] double dpr() const;

    std::shared_ptr<const MapData> m_data;
    std::shared_ptr<const MapResults> m_results;
    std::vector<LayerSettings> m_layers;
    std::vector<MapMark> m_marks;
    MapRenderJob* m_job = nullptr;  // child
    QTimer m_renderTimer;

    double m_centreX = 0.0;
    double m_centreY = 0.0;
    double m_metresPerPixel = 1.0;  // per device pixel
    bool m_userNavigated = false;   // until then a resize refits the full extent

    QImage m_image;
    MapSettings m_imageSettings;

    Tool m_tool = Tool::Pan;
    QPointF m_pressPosition;
    QPointF m_lastPosition;
    bool m_pressed = false;
    bool m_dragged = false;
    bool m_boxing = false;
    QRectF m_box;
};

}  // namespace sitefit::gui
