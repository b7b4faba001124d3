#include "layer_painter.hpp"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "feature_drawer.hpp"
#include "label_anchor.hpp"
#include "symbology.hpp"

namespace sitefit::gui::detail {
namespace {

// Features between two looks at the cancel flag: often enough to stop within a few
// milliseconds, rarely enough to cost nothing.
constexpr std::size_t kCancelCheckInterval = 256;
// Enterprise names only make sense once a few hundred metres fill the view.
constexpr double kEnterpriseLabelMaxMetresPerPixel = 1.5;

std::vector<ClassPaint> classPaints(const LayerStyle& style, MapLayerId layer, double unit) {
    std::vector<ClassPaint> paints;
    paints.reserve(style.classes().size());
    for (const SymbolClass& symbol : style.classes()) {
        paints.push_back(
            classPaint(symbol.fill, outlineColour(layer, symbol), outlineWidth(layer) * unit));
        // A candidate or a placed site must stand out however small it is.
        paints.back().outline_when_small =
            layer == MapLayerId::Candidates || layer == MapLayerId::Allocation;
    }
    return paints;
}

const gis::DrawableLayer& sourceOf(const MapData& data, MapLayerId layer) {
    return featureSource(data, layer);
}

struct SiteFeature {
    const gis::DrawableLayer* layer = nullptr;
    std::size_t feature = 0;
};

SiteFeature siteFeature(const MapData& data, std::size_t site) {
    if (site >= data.sites.size()) {
        return {};
    }
    const core::SiteFacts& facts = data.sites[site];
    const gis::DrawableLayer& layer =
        facts.type == core::SiteType::Parcel ? *data.parcels : *data.buildings;
    if (facts.index >= layer.size()) {
        return {};
    }
    return {&layer, facts.index};
}

double enterpriseRadius(core::EnterpriseRole role) {
    switch (role) {
        case core::EnterpriseRole::ChainLeader:
            return 5.0;
        case core::EnterpriseRole::Key:
            return 3.2;
        case core::EnterpriseRole::Supporting:
            return 2.2;
    }
    return 2.2;
}

QString figureLabel(const MapData& data, Theme theme, std::size_t zone) {
    if (zone >= data.capacity.zones.size()) {
        return {};
    }
    const core::ZoneCapacity& capacity = data.capacity.zones[zone];
    if (theme == Theme::AvailableLand) {
        return QString::number(capacity.available_land_mu, 'f', 0) + QStringLiteral(" 亩");
    }
    if (theme == Theme::VacancyRatio) {
        if (capacity.floor_area_m2 <= 0.0) {
            return {};
        }
        return QString::number(100.0 * capacity.vacant_m2 / capacity.floor_area_m2, 'f', 1) +
               QStringLiteral(" %");
    }
    return zoneLabel(data.district.zones.at(zone));
}

QString itemLabel(const LayerPaintContext& context, Theme theme, std::size_t item) {
    const core::District& district = context.data.district;
    switch (context.layer.layer) {
        case MapLayerId::Zones:
            return zoneLabel(district.zones.at(item));
        case MapLayerId::Capacity:
            return figureLabel(context.data, theme, item);
        case MapLayerId::Parcels:
            return QString::fromStdString(district.parcels.at(item).parcel_id);
        case MapLayerId::Buildings:
            return QString::fromStdString(district.buildings.at(item).building_id);
        case MapLayerId::Enterprises:
            return QString::fromStdString(district.enterprises.at(item).name);
        case MapLayerId::Candidates:
            return QString::number(context.results.candidates.at(item).rank);
        case MapLayerId::Allocation: {
            const std::size_t project = context.results.placements.at(item).project;
            return project < district.projects.size()
                       ? QString::fromStdString(district.projects[project].project_id)
                       : QString();
        }
    }
    return {};
}

LabelKind labelKindOf(MapLayerId layer) {
    switch (layer) {
        case MapLayerId::Zones:
            return LabelKind::Zone;
        case MapLayerId::Capacity:
            return LabelKind::Figure;
        case MapLayerId::Candidates:
            return LabelKind::Rank;
        case MapLayerId::Allocation:
            return LabelKind::Project;
        default:
            return LabelKind::Feature;
    }
}

// Collects label candidates; ids wait until their feature is large enough on screen.
class LabelCollector {
public:
    LabelCollector(const LayerPaintContext& context, Theme theme, const FeatureDrawer& drawer,
                   std::vector<LabelCandidate>& labels)
        : m_context(context),
          m_theme(theme),
          m_drawer(drawer),
          m_labels(labels),
          m_kind(labelKindOf(context.layer.layer)),
          m_on(context.layer.labels &&
               (context.layer.layer != MapLayerId::Enterprises ||
                context.transform.metresPerPixel() <= kEnterpriseLabelMaxMetresPerPixel)),
          m_minFitPx(8.0 * context.dpi / 96.0) {}

    void add(std::size_t item, const gis::DrawableFeature& feature) {
        if (!m_on || feature.xy.empty()) {
            return;
        }
        QRectF fit;
        if (m_kind == LabelKind::Feature && feature.xy.size() > 2) {
            fit = m_drawer.pixelEnvelope(feature.envelope);
            if (fit.width() < m_minFitPx || fit.height() < m_minFitPx) {
                return;
            }
        }
        const QPointF anchor = labelAnchor(feature);
        QPointF pixel = m_drawer.toPixel(anchor.x(), anchor.y());
        if (feature.xy.size() == 2) {
            // Beside the point symbol, not over it.
            pixel.ry() -= 9.0 * m_context.dpi / 96.0;
        } else if (m_kind == LabelKind::Figure) {
            // Under the zone's name, which sits at the same anchor when zones are labelled.
            pixel.ry() += 14.0 * m_context.dpi / 96.0;
        }
        m_labels.push_back(LabelCandidate{itemLabel(m_context, m_theme, item), pixel, m_kind, fit});
    }

private:
    const LayerPaintContext& m_context;
    Theme m_theme;
    const FeatureDrawer& m_drawer;
    std::vector<LabelCandidate>& m_labels;
    LabelKind m_kind;
    bool m_on;
    double m_minFitPx;
};

bool paintSites(QPainter& painter, const LayerPaintContext& context, const LayerStyle& style,
                const CancelFlag* cancel, std::vector<LabelCandidate>& labels) {
    FeatureDrawer drawer(painter, context.transform, context.dpi);
    LabelCollector collector(context, style.theme(), drawer, labels);
    const gis::Envelope visible = context.transform.visibleExtent();
    const std::vector<ClassPaint> paints =
        classPaints(style, context.layer.layer, context.dpi / 96.0);
    const bool candidates = context.layer.layer == MapLayerId::Candidates;
    const std::size_t count =
        candidates ? context.results.candidates.size() : context.results.placements.size();
    // Best ranks last so they are drawn on top where sites overlap (a parcel and a building
    // on it can both be candidates).
    const std::size_t firstLabel = labels.size();
    for (std::size_t n = 0; n < count; ++n) {
        const std::size_t item = candidates ? count - 1 - n : n;
        if (cancel != nullptr && n % kCancelCheckInterval == 0 && cancel->load()) {
            return false;
        }
        const std::size_t site = candidates ? context.results.candidates[item].site
                                            : context.results.placements[item].site;
        const SiteFeature source = siteFeature(context.data, site);
        if (source.layer == nullptr) {
            continue;
        }
        const gis::DrawableFeature feature = source.layer->feature(source.feature);
        if (!feature.envelope.intersects(visible)) {
            continue;
        }
        drawer.select(painter, paints.at(style.classOf(item)));
        drawer.drawPolygon(painter, feature);
        collector.add(item, feature);
    }
    if (candidates) {
        // But best ranks first among the labels, which win collisions in order.
        std::reverse(labels.begin() + static_cast<std::ptrdiff_t>(firstLabel), labels.end());
    }
    return true;
}

}  // namespace

const gis::DrawableLayer& featureSource(const MapData& data, MapLayerId layer) {
    switch (layer) {
        case MapLayerId::Parcels:
            return *data.parcels;
        case MapLayerId::Buildings:
            return *data.buildings;
        case MapLayerId::Enterprises:
            return *data.enterprises;
        default:
            return *data.zones;
    }
}

bool paintLayer(QPainter& painter, const LayerPaintContext& context, const CancelFlag* cancel,
                std::vector<LabelCandidate>& labels) {
    const LayerStyle style(context.data, context.results, context.layer);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const MapLayerId id = context.layer.layer;
    if (id == MapLayerId::Candidates || id == MapLayerId::Allocation) {
        return paintSites(painter, context, style, cancel, labels);
    }
    const gis::DrawableLayer& source = sourceOf(context.data, id);
    const std::size_t attributeCount = style.itemCount();
    // When the whole layer is in view the index would return every feature: skip it (and
    // its sort) and walk the layer in order, as the query would have.
    const gis::Envelope view = context.transform.visibleExtent();
    const gis::Envelope layerExtent = source.extent();
    const bool allInView = !layerExtent.empty() && view.min_x <= layerExtent.min_x &&
                           view.min_y <= layerExtent.min_y && layerExtent.max_x <= view.max_x &&
                           layerExtent.max_y <= view.max_y;
    const std::vector<std::size_t> queried =
        allInView ? std::vector<std::size_t>{} : source.query(view);
    const std::size_t count = allInView ? source.size() : queried.size();
    FeatureDrawer drawer(painter, context.transform, context.dpi);
    LabelCollector collector(context, style.theme(), drawer, labels);
    const double unit = context.dpi / 96.0;
    const std::vector<ClassPaint> paints = classPaints(style, id, unit);
    const bool points = id == MapLayerId::Enterprises;
    // Pens and brushes are only set when the class changes: consecutive features often
    // share one.
    std::size_t currentClass = paints.size();
    for (std::size_t n = 0; n < count; ++n) {
        if (cancel != nullptr && n % kCancelCheckInterval == 0 && cancel->load()) {
            return false;
        }
        const std::size_t item = allInView ? n : queried[n];
        if (item >= attributeCount) {
            continue;  // geometry without a record: nothing to style it by
        }
        const std::size_t cls = style.classOf(item);
        if (cls != currentClass) {
            currentClass = cls;
            drawer.select(painter, paints.at(cls));
        }
        const gis::DrawableFeature feature = source.feature(item);
        if (points) {
            const double radius =
                enterpriseRadius(context.data.district.enterprises[item].role) * unit;
            drawer.drawPoint(painter, feature, radius);
        } else {
            drawer.drawPolygon(painter, feature);
        }
        collector.add(item, feature);
    }
    return true;
}

bool layerShowsAnything(const LayerPaintContext& context) {
    const MapLayerId id = context.layer.layer;
    const gis::Envelope view = context.transform.visibleExtent();
    if (id == MapLayerId::Candidates || id == MapLayerId::Allocation) {
        const auto inView = [&](std::size_t site) {
            const SiteFeature source = siteFeature(context.data, site);
            return source.layer != nullptr &&
                   source.layer->feature(source.feature).envelope.intersects(view);
        };
        if (id == MapLayerId::Candidates) {
            return std::any_of(context.results.candidates.begin(), context.results.candidates.end(),
                               [&](const CandidateMark& mark) { return inView(mark.site); });
        }
        return std::any_of(context.results.placements.begin(), context.results.placements.end(),
                           [&](const PlacementMark& mark) { return inView(mark.site); });
    }
    return sourceOf(context.data, id).anyIn(view);
}

void paintSelection(QPainter& painter, const MapData& data, const MapResults& results,
                    const MapTransform& transform, double dpi) {
    if (results.selection.empty()) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    FeatureDrawer drawer(painter, transform, dpi);
    const gis::Envelope visible = transform.visibleExtent();
    const double unit = dpi / 96.0;
    // A wide light under-stroke and a narrow strong stroke read over any fill.
    const QColor highlight(0x00, 0xb4, 0xe6);
    std::array strokes{classPaint(highlight, QColor(255, 255, 255, 220), 4.5 * unit),
                       classPaint(highlight, highlight, 2.2 * unit)};
    for (ClassPaint& stroke : strokes) {
        stroke.outline_when_small = true;
        stroke.brush = Qt::NoBrush;
        drawer.select(painter, stroke);
        for (const FeatureRef& ref : results.selection) {
            if (ref.layer == MapLayerId::Candidates || ref.layer == MapLayerId::Allocation) {
                continue;  // these refer to sites, which the selection does not name
            }
            const gis::DrawableLayer& layer = sourceOf(data, ref.layer);
            if (ref.feature >= layer.size()) {
                continue;
            }
            const gis::DrawableFeature feature = layer.feature(ref.feature);
            if (!feature.envelope.intersects(visible)) {
                continue;
            }
            if (ref.layer == MapLayerId::Enterprises) {
                drawer.drawPoint(painter, feature, 7.0 * unit);
            } else {
                drawer.drawPolygon(painter, feature);
            }
        }
    }
    painter.restore();
}

}  // namespace sitefit::gui::detail
