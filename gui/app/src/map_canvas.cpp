#include "map_canvas.hpp"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "domain_labels.hpp"
#include "sitefit/gui/map_export.hpp"

namespace sitefit::gui {
namespace {

constexpr double kMinMetresPerPixel = 0.02;
constexpr double kMaxMetresPerPixel = 5000.0;
constexpr double kClickTolerancePx = 4.0;
constexpr double kDragThresholdPx = 3.0;
constexpr double kZoomStep = 2.0;
constexpr double kWheelStep = 1.25;
constexpr double kMarkRadiusPx = 5.0;

gis::Envelope featureEnvelope(const MapData& data, const FeatureRef& ref) {
    const gis::DrawableLayer* layer = nullptr;
    switch (ref.layer) {
        case MapLayerId::Zones:
        case MapLayerId::Capacity:
            layer = data.zones.get();
            break;
        case MapLayerId::Parcels:
            layer = data.parcels.get();
            break;
        case MapLayerId::Buildings:
            layer = data.buildings.get();
            break;
        case MapLayerId::Enterprises:
            layer = data.enterprises.get();
            break;
        default:
            return {};
    }
    if (ref.feature >= layer->size()) {
        return {};
    }
    return layer->feature(ref.feature).envelope;
}

gis::Envelope siteEnvelope(const MapData& data, std::size_t site) {
    if (site >= data.sites.size()) {
        return {};
    }
    const core::SiteFacts& facts = data.sites[site];
    return featureEnvelope(
        data, {facts.type == core::SiteType::Parcel ? MapLayerId::Parcels : MapLayerId::Buildings,
               facts.index});
}

}  // namespace

MapCanvas::MapCanvas(QWidget* parent)
    : QWidget(parent),
      m_results(std::make_shared<const MapResults>()),
      m_layers(defaultLayerSettings()),
      m_job(new MapRenderJob(this)) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_renderTimer.setSingleShot(true);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(m_job, &MapRenderJob::finished, this, &MapCanvas::onRendered);
    connect(m_job, &MapRenderJob::partial, this, &MapCanvas::onPartial);
    updateCursor();
}

MapCanvas::~MapCanvas() {
    m_job->cancel();
}

void MapCanvas::setMapData(std::shared_ptr<const MapData> data) {
    m_job->cancel();
    m_job->clearCache();
    m_data = std::move(data);
    m_marks.clear();
    m_image = QImage();
    m_imageSettings = MapSettings{};
    m_userNavigated = false;
    if (m_data) {
        zoomToFullExtent();
        m_userNavigated = false;
    } else {
        update();
    }
}

void MapCanvas::setResults(std::shared_ptr<const MapResults> results) {
    m_results = results ? std::move(results) : std::make_shared<const MapResults>();
    scheduleRender(0);
}

void MapCanvas::setMarks(std::vector<MapMark> marks) {
    m_marks = std::move(marks);
    update();
}

void MapCanvas::setLayers(std::vector<LayerSettings> layers) {
    if (layers == m_layers) {
        return;
    }
    m_layers = std::move(layers);
    scheduleRender(0);
}

QSize MapCanvas::deviceSize() const {
    const double ratio = dpr();
    return QSize(std::max(1, static_cast<int>(std::lround(width() * ratio))),
                 std::max(1, static_cast<int>(std::lround(height() * ratio))));
}

double MapCanvas::dpr() const {
    return devicePixelRatioF();
}

gis::Envelope MapCanvas::extent() const {
    const QSize size = deviceSize();
    const double halfW = size.width() * m_metresPerPixel / 2.0;
    const double halfH = size.height() * m_metresPerPixel / 2.0;
    return {m_centreX - halfW, m_centreY - halfH, m_centreX + halfW, m_centreY + halfH};
}

MapSettings MapCanvas::settings() const {
    MapSettings settings;
    settings.extent = extent();
    settings.size = deviceSize();
    settings.dpi = logicalDpiX() * dpr();
    settings.layers = m_layers;
    // Interactive view only: exports and `sitefit render` draw every feature.
    settings.detail_budget = kDetailBudget;
    return settings;
}

MapSnapshot MapCanvas::snapshot() const {
    return MapSnapshot{m_data, m_results, settings()};
}

MapTransform MapCanvas::transform() const {
    return MapTransform(extent(), deviceSize());
}

double MapCanvas::scaleDenominator() const {
    return transform().scaleDenominator(logicalDpiX() * dpr());
}

void MapCanvas::setExtent(const gis::Envelope& area) {
    if (area.empty()) {
        return;
    }
    const QSize size = deviceSize();
    // A point or a tiny feature: show a few hundred metres around it.
    const double width = std::max(area.width(), 50.0);
    const double height = std::max(area.height(), 50.0);
    constexpr double kMargin = 1.05;
    m_metresPerPixel = std::clamp(std::max(width / size.width(), height / size.height()) * kMargin,
                                  kMinMetresPerPixel, kMaxMetresPerPixel);
    m_centreX = (area.min_x + area.max_x) / 2.0;
    m_centreY = (area.min_y + area.max_y) / 2.0;
    m_userNavigated = true;
    viewMoved();
    scheduleRender(0);
}

void MapCanvas::zoomToFullExtent() {
    if (m_data) {
        setExtent(m_data->extent());
    }
}

void MapCanvas::zoomToLayer(MapLayerId layer) {
    if (!m_data) {
        return;
    }
    gis::Envelope area;
    switch (layer) {
        case MapLayerId::Zones:
        case MapLayerId::Capacity:
            area = m_data->zones->extent();
            break;
        case MapLayerId::Parcels:
            area = m_data->parcels->extent();
            break;
        case MapLayerId::Buildings:
            area = m_data->buildings->extent();
            break;
        case MapLayerId::Enterprises:
            area = m_data->enterprises->extent();
            break;
        case MapLayerId::Candidates:
            for (const CandidateMark& mark : m_results->candidates) {
                area = area.united(siteEnvelope(*m_data, mark.site));
            }
            break;
        case MapLayerId::Allocation:
            for (const PlacementMark& mark : m_results->placements) {
                area = area.united(siteEnvelope(*m_data, mark.site));
            }
            break;
    }
    setExtent(area);
}

void MapCanvas::zoomToFeatures(const std::vector<FeatureRef>& features) {
    if (!m_data) {
        return;
    }
    gis::Envelope area;
    for (const FeatureRef& feature : features) {
        area = area.united(featureEnvelope(*m_data, feature));
    }
    setExtent(area);
}

void MapCanvas::zoomIn() {
    zoomBy(kZoomStep, QPointF(width() / 2.0, height() / 2.0));
}

void MapCanvas::zoomOut() {
    zoomBy(1.0 / kZoomStep, QPointF(width() / 2.0, height() / 2.0));
}

void MapCanvas::zoomBy(double factor, QPointF anchor) {
    if (factor <= 0.0) {
        return;
    }
    const QPointF fixed = toWorld(anchor);
    const double resolution =
        std::clamp(m_metresPerPixel / factor, kMinMetresPerPixel, kMaxMetresPerPixel);
    const double applied = m_metresPerPixel / resolution;
    m_centreX = fixed.x() + (m_centreX - fixed.x()) / applied;
    m_centreY = fixed.y() + (m_centreY - fixed.y()) / applied;
    m_metresPerPixel = resolution;
    m_userNavigated = true;
    viewMoved();
    scheduleRender(150);
}

void MapCanvas::panByPixels(QPointF delta) {
    const double ratio = dpr();
    m_centreX -= delta.x() * ratio * m_metresPerPixel;
    m_centreY += delta.y() * ratio * m_metresPerPixel;
    m_userNavigated = true;
    viewMoved();
}

void MapCanvas::refresh() {
    m_job->clearCache();
    scheduleRender(0);
}

void MapCanvas::setTool(Tool tool) {
    m_tool = tool;
    updateCursor();
}

QPointF MapCanvas::toWidget(double x, double y) const {
    return transform().toPixel(x, y) / dpr();
}

QPointF MapCanvas::toWorld(QPointF widget_position) const {
    return transform().toWorld(widget_position * dpr());
}

std::optional<FeatureRef> MapCanvas::featureAt(QPointF widget_position) const {
    if (!m_data) {
        return std::nullopt;
    }
    const QPointF world = toWorld(widget_position);
    const double tolerance = kClickTolerancePx * dpr() * m_metresPerPixel;
    for (auto it = m_layers.rbegin(); it != m_layers.rend(); ++it) {
        if (!it->visible) {
            continue;
        }
        MapLayerId id = it->layer;
        const gis::DrawableLayer* layer = nullptr;
        switch (id) {
            case MapLayerId::Zones:
            case MapLayerId::Capacity:
                id = MapLayerId::Zones;
                layer = m_data->zones.get();
                break;
            case MapLayerId::Parcels:
                layer = m_data->parcels.get();
                break;
            case MapLayerId::Buildings:
                layer = m_data->buildings.get();
                break;
            case MapLayerId::Enterprises:
                layer = m_data->enterprises.get();
                break;
            case MapLayerId::Candidates:
            case MapLayerId::Allocation:
                continue;  // marks over parcels and buildings, identified through those
        }
        if (const auto feature = layer->featureAt(world.x(), world.y(), tolerance)) {
            return FeatureRef{id, *feature};
        }
    }
    return std::nullopt;
}

bool MapCanvas::isRendering() const {
    return m_renderTimer.isActive() || m_job->isRunning();
}

void MapCanvas::scheduleRender(int delay_ms) {
    if (!m_data) {
        return;
    }
    // Rapid requests (wheel steps, toggles) merge into one render.
    if (!m_renderTimer.isActive() || m_renderTimer.remainingTime() > delay_ms) {
        m_renderTimer.start(delay_ms);
    }
}

void MapCanvas::startRender() {
    if (!m_data || width() <= 0 || height() <= 0) {
        return;
    }
    m_job->start(snapshot());
    emit renderStarted();
}

void MapCanvas::onRendered(const QImage& image, const MapSettings& settings) {
    if (showImage(image, settings)) {
        emit renderFinished();
    }
}

void MapCanvas::onPartial(const QImage& image, const MapSettings& settings) {
    // Shown like a finished image, but the render goes on: no renderFinished.
    showImage(image, settings);
}

bool MapCanvas::showImage(const QImage& image, const MapSettings& settings) {
    if (image.isNull()) {
        return false;
    }
    m_image = image;
    m_image.setDevicePixelRatio(1.0);
    m_imageSettings = settings;
    update();
    return true;
}

std::vector<DensityLayer> MapCanvas::densityLayers() const {
    return m_job->densityLayersLastTime();
}

void MapCanvas::paintDensityNote(QPainter& painter) {
    const std::vector<DensityLayer> layers = m_job->densityLayersLastTime();
    if (layers.empty() || m_image.isNull()) {
        return;
    }
    QStringList lines;
    for (const DensityLayer& layer : layers) {
        lines << tr("%1: %2 in view, shown as density; zoom in to see each one")
                     .arg(DomainLabels::layer(layer.layer))
                     .arg(QLocale().toString(static_cast<qulonglong>(layer.features_in_view)));
    }
    const QString text = lines.join(QLatin1Char('\n'));
    const QFontMetrics metrics(font());
    const QRect box = metrics.boundingRect(QRect(0, 0, width(), height()), Qt::AlignLeft, text)
                          .adjusted(-6, -4, 6, 4)
                          .translated(10, 10);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 215));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(box.adjusted(6, 4, -6, -4), Qt::AlignLeft, text);
    painter.restore();
}

void MapCanvas::paintMarks(QPainter& painter) {
    if (m_marks.empty()) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // A white ring and a dark edge: visible on every fill of the map.
    const QPen edge(QColor(40, 40, 40), 1.0);
    const QRectF bounds =
        QRectF(rect()).adjusted(-kMarkRadiusPx, -kMarkRadiusPx, kMarkRadiusPx, kMarkRadiusPx);
    for (const MapMark& mark : m_marks) {
        const QPointF at = toWidget(mark.x, mark.y);
        if (!bounds.contains(at)) {
            continue;
        }
        painter.setPen(edge);
        painter.setBrush(Qt::white);
        painter.drawEllipse(at, kMarkRadiusPx + 1.5, kMarkRadiusPx + 1.5);
        painter.setPen(Qt::NoPen);
        painter.setBrush(mark.colour);
        painter.drawEllipse(at, kMarkRadiusPx, kMarkRadiusPx);
    }
    painter.restore();
}

void MapCanvas::viewMoved() {
    update();
    emit viewChanged();
}

void MapCanvas::updateCursor() {
    switch (m_tool) {
        case Tool::Pan:
            setCursor(m_pressed ? Qt::ClosedHandCursor : Qt::OpenHandCursor);
            break;
        case Tool::ZoomBox:
        case Tool::Identify:
            setCursor(Qt::CrossCursor);
            break;
    }
}

void MapCanvas::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (!m_image.isNull()) {
        // Where the last image's area lies in the current view: exact after a render,
        // moved and scaled while panning or zooming.
        const gis::Envelope shown =
            MapTransform(m_imageSettings.extent, m_imageSettings.size).visibleExtent();
        const QRectF target(toWidget(shown.min_x, shown.max_y), toWidget(shown.max_x, shown.min_y));
        const bool exact = m_imageSettings == settings();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, !exact);
        painter.drawImage(target, m_image);
    } else if (!m_data) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter,
                         tr("Open a workspace to see its map (File ▸ Open, Ctrl+O)"));
    }
    if (m_data) {
        paintMarks(painter);
        // A planner reads distances and orientation off the map itself, as on paper; the
        // legend has its own panel, so only the scale bar and north arrow are drawn here.
        MapSnapshot current = snapshot();
        current.settings.size = size();
        drawDecorations(painter, current,
                        MapLayout{.title = {},
                                  .legend = false,
                                  .scale_bar = true,
                                  .north_arrow = true,
                                  .footnote = {}});
        paintDensityNote(painter);
    }
    if (m_boxing && m_dragged) {
        painter.setPen(QPen(QColor(30, 90, 200), 1.0, Qt::DashLine));
        painter.setBrush(QColor(30, 90, 200, 40));
        painter.drawRect(m_box.normalized());
    }
}

void MapCanvas::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (m_data && !m_userNavigated) {
        zoomToFullExtent();
        m_userNavigated = false;
        return;
    }
    emit viewChanged();
    scheduleRender(100);
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragged = false;
    m_pressPosition = event->position();
    m_lastPosition = event->position();
    m_boxing = event->button() == Qt::LeftButton &&
               (m_tool == Tool::ZoomBox || (event->modifiers() & Qt::ShiftModifier));
    m_box = QRectF(m_pressPosition, m_pressPosition);
    updateCursor();
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    const QPointF position = event->position();
    if (m_data) {
        const QPointF world = toWorld(position);
        emit cursorMoved(world.x(), world.y());
    }
    if (!m_pressed) {
        return;
    }
    if (!m_dragged && (position - m_pressPosition).manhattanLength() > kDragThresholdPx) {
        m_dragged = true;
    }
    if (!m_dragged) {
        return;
    }
    if (m_boxing) {
        m_box = QRectF(m_pressPosition, position);
        update();
    } else if (m_data) {
        panByPixels(position - m_lastPosition);
    }
    m_lastPosition = position;
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (!m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    updateCursor();
    const QPointF position = event->position();
    if (m_boxing) {
        m_boxing = false;
        if (m_dragged) {
            const QRectF box = QRectF(m_pressPosition, position).normalized();
            const QPointF a = toWorld(box.topLeft());
            const QPointF b = toWorld(box.bottomRight());
            setExtent({std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()),
                       std::max(a.y(), b.y())});
        } else if (m_tool == Tool::ZoomBox) {
            zoomBy(kZoomStep, position);
        }
        update();
        return;
    }
    if (m_dragged) {
        scheduleRender(0);
        return;
    }
    if (event->button() == Qt::LeftButton) {
        emit featureClicked(featureAt(position));
    }
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0 || !m_data) {
        return;
    }
    zoomBy(std::pow(kWheelStep, steps), event->position());
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
    const double stepX = width() / 4.0;
    const double stepY = height() / 4.0;
    switch (event->key()) {
        case Qt::Key_Left:
            panByPixels({stepX, 0.0});
            break;
        case Qt::Key_Right:
            panByPixels({-stepX, 0.0});
            break;
        case Qt::Key_Up:
            panByPixels({0.0, stepY});
            break;
        case Qt::Key_Down:
            panByPixels({0.0, -stepY});
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_Home:
            zoomToFullExtent();
            return;
        case Qt::Key_Escape:
            if (m_boxing) {
                m_boxing = false;
                m_pressed = false;
                update();
            }
            return;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    scheduleRender(100);
}

void MapCanvas::leaveEvent(QEvent* event) {
    emit cursorLeft();
    QWidget::leaveEvent(event);
}

void MapCanvas::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        refresh();  // labels and legends are drawn in the UI language
    }
}

}  // namespace sitefit::gui
