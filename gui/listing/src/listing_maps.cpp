#include "sitefit/gui/listing_maps.hpp"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <initializer_list>

#include "sitefit/gui/map_export.hpp"
#include "sitefit/gui/map_transform.hpp"

namespace sitefit::gui {
namespace {

struct LayerLook {
    MapLayerId layer;
    Theme theme;
    double opacity;
    bool labels;
};

std::vector<LayerSettings> layers(std::initializer_list<LayerLook> looks) {
    std::vector<LayerSettings> result = defaultLayerSettings();
    for (LayerSettings& layer : result) {
        layer.visible = false;
        for (const LayerLook& look : looks) {
            if (look.layer == layer.layer) {
                layer.visible = true;
                layer.theme = look.theme;
                layer.opacity = look.opacity;
                layer.labels = look.labels;
            }
        }
    }
    return result;
}

// Grows an envelope by `share` of its size on every side, and to at least `least` metres
// across, so a small site is not drawn filling the whole frame.
gis::Envelope padded(gis::Envelope envelope, double share, double least) {
    if (envelope.empty()) {
        return envelope;
    }
    const double grow = std::max(envelope.width(), envelope.height()) * share;
    envelope.min_x -= grow;
    envelope.max_x += grow;
    envelope.min_y -= grow;
    envelope.max_y += grow;
    const double cx = (envelope.min_x + envelope.max_x) / 2.0;
    const double cy = (envelope.min_y + envelope.max_y) / 2.0;
    const double halfWidth = std::max(envelope.width(), least) / 2.0;
    const double halfHeight = std::max(envelope.height(), least) / 2.0;
    return {cx - halfWidth, cy - halfHeight, cx + halfWidth, cy + halfHeight};
}

gis::Envelope siteEnvelope(const MapData& data, std::size_t site) {
    if (site >= data.sites.size()) {
        return {};
    }
    const core::SiteFacts& facts = data.sites[site];
    const gis::DrawableLayer& layer =
        facts.type == core::SiteType::Parcel ? *data.parcels : *data.buildings;
    return facts.index < layer.size() ? layer.feature(facts.index).envelope : gis::Envelope{};
}

MapSnapshot snapshotOf(std::shared_ptr<const MapData> data, MapResults results,
                       std::vector<LayerSettings> settings, gis::Envelope extent, QSize size,
                       double dpi) {
    MapSnapshot snapshot;
    snapshot.data = std::move(data);
    snapshot.results = std::make_shared<const MapResults>(std::move(results));
    snapshot.settings.extent = extent.empty() ? snapshot.data->extent() : extent;
    snapshot.settings.size = size;
    snapshot.settings.dpi = dpi;
    snapshot.settings.layers = std::move(settings);
    snapshot.settings.background = QColor(0xfb, 0xfa, 0xf7);
    return snapshot;
}

}  // namespace

MapSnapshot overviewMap(std::shared_ptr<const MapData> data, const core::Listing& listing,
                        QSize size, double dpi) {
    MapResults results;
    for (const core::ListedZone& zone : listing.zones) {
        if (zone.zone) {
            results.selection.push_back({MapLayerId::Zones, *zone.zone});
        }
    }
    const gis::Envelope extent =
        padded(data->zones->extent().united(data->parcels->extent()), 0.04, 0.0);
    return snapshotOf(std::move(data), std::move(results),
                      layers({{MapLayerId::Zones, Theme::ZoneKind, 1.0, false}}), extent, size,
                      dpi);
}

void paintZoneNames(QPainter& painter, const MapSnapshot& overview, const core::Listing& listing,
                    ListingLanguage language) {
    const MapData& data = *overview.data;
    const MapTransform transform(overview.settings.extent, overview.settings.size);
    const double unit = overview.settings.dpi / 96.0;
    const QRectF frame(QPointF(0, 0), QSizeF(overview.settings.size));
    QFont font;
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("DejaVu Sans")});
    std::vector<bool> listed(data.district.zones.size(), false);
    for (const core::ListedZone& zone : listing.zones) {
        if (zone.zone && *zone.zone < listed.size()) {
            listed[*zone.zone] = true;
        }
    }
    // The scale bar (bottom left) and the north arrow (top right) are drawn over the map.
    std::vector<QRectF> taken{QRectF(0, frame.height() - 60.0 * unit, 260.0 * unit, 60.0 * unit),
                              QRectF(frame.width() - 50.0 * unit, 0, 50.0 * unit, 70.0 * unit)};
    const auto free = [&taken](const QRectF& box) {
        return std::none_of(taken.begin(), taken.end(),
                            [&box](const QRectF& other) { return other.intersects(box); });
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    // The listing's zones first: their boxes must always find a place.
    for (const bool first : {true, false}) {
        for (std::size_t z = 0; z < data.district.zones.size() && z < data.zones->size(); ++z) {
            if (listed[z] != first) {
                continue;
            }
            const gis::Envelope envelope = data.zones->feature(z).envelope;
            if (envelope.empty()) {
                continue;
            }
            const QString name = localName(data.district.zones[z].name, language);
            const QPointF topLeft = transform.toPixel(envelope.min_x, envelope.max_y);
            const QPointF bottomRight = transform.toPixel(envelope.max_x, envelope.min_y);
            const QRectF shape(topLeft, bottomRight);
            font.setPixelSize(
                static_cast<int>(std::lround((first ? 10.5 : 8.5) * unit * 96.0 / 72.0)));
            font.setBold(first);
            const QFontMetricsF metrics(font);
            const double pad = 4.0 * unit;
            const QSizeF size(metrics.horizontalAdvance(name) + 2 * pad,
                              metrics.height() + 2 * pad);
            if (!first) {
                QRectF box(
                    QPointF(shape.center().x() - size.width() / 2.0, shape.bottom() + 2.0 * unit),
                    size);
                if (!frame.contains(box) || !free(box)) {
                    continue;
                }
                taken.push_back(box);
                painter.setFont(font);
                painter.setPen(QColor(0x55, 0x5b, 0x63));
                painter.drawText(box, Qt::AlignCenter, name);
                continue;
            }
            // Beside the zone, right or left, at its middle, moved down until free.
            const double gap = 18.0 * unit;
            QRectF box;
            bool placed = false;
            for (int step = 0; step < 12 && !placed; ++step) {
                const int pair = step / 2;  // 0, 0, 1, 1, …: below, then above, a step further
                const double dy = pair * (size.height() + 3.0 * unit) * (step % 2 ? -1 : 1);
                for (const bool right : {true, false}) {
                    const double x =
                        right ? shape.right() + gap : shape.left() - gap - size.width();
                    box = QRectF(QPointF(x, shape.center().y() - size.height() / 2.0 + dy), size);
                    if (frame.contains(box) && free(box)) {
                        placed = true;
                        break;
                    }
                }
            }
            taken.push_back(box);
            const QPointF from(box.left() > shape.center().x() ? box.left() : box.right(),
                               box.center().y());
            const QPointF to(box.left() > shape.center().x() ? shape.right() - 2.0 * unit
                                                             : shape.left() + 2.0 * unit,
                             shape.center().y());
            painter.setPen(QPen(QColor(0x0e, 0x4d, 0x64), 1.2 * unit));
            painter.drawLine(from, to);
            painter.setBrush(QColor(0x0e, 0x4d, 0x64));
            painter.drawEllipse(to, 2.2 * unit, 2.2 * unit);
            QPainterPath path;
            path.addRoundedRect(box, 3.0 * unit, 3.0 * unit);
            painter.fillPath(path, QColor(0x0e, 0x4d, 0x64));
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(box, Qt::AlignCenter, name);
        }
    }
    painter.restore();
}

MapSnapshot zoneMap(std::shared_ptr<const MapData> data, const core::Listing& listing,
                    const core::ListedZone& zone, QSize size, double dpi) {
    MapResults results;
    gis::Envelope extent;
    if (zone.zone && *zone.zone < data->zones->size()) {
        extent = data->zones->feature(*zone.zone).envelope;
    }
    for (const std::size_t index : zone.sites) {
        const core::ListedSite& site = listing.sites.at(index);
        results.candidates.push_back({site.site, site.number, 100.0});
        extent = extent.united(siteEnvelope(*data, site.site));
    }
    return snapshotOf(std::move(data), std::move(results),
                      layers({{MapLayerId::Zones, Theme::ZoneKind, 0.45, false},
                              {MapLayerId::Parcels, Theme::ParcelStatus, 0.85, false},
                              {MapLayerId::Buildings, Theme::Single, 0.9, false},
                              {MapLayerId::Enterprises, Theme::Chain, 1.0, false},
                              {MapLayerId::Candidates, Theme::Single, 1.0, true}}),
                      padded(extent, 0.05, 600.0), size, dpi);
}

MapSnapshot siteMap(std::shared_ptr<const MapData> data, std::size_t site, QSize size, double dpi) {
    MapResults results;
    results.candidates.push_back({site, 1, 100.0});
    const gis::Envelope extent = padded(siteEnvelope(*data, site), 0.6, 1000.0);
    return snapshotOf(std::move(data), std::move(results),
                      layers({{MapLayerId::Zones, Theme::ZoneKind, 0.45, false},
                              {MapLayerId::Parcels, Theme::ParcelStatus, 0.85, false},
                              {MapLayerId::Buildings, Theme::Single, 0.9, false},
                              {MapLayerId::Enterprises, Theme::Chain, 1.0, false},
                              {MapLayerId::Candidates, Theme::Single, 1.0, false}}),
                      extent, size, dpi);
}

MapSnapshot sitesMap(std::shared_ptr<const MapData> data, const std::vector<std::size_t>& sites,
                     QSize size, double dpi) {
    MapResults results;
    gis::Envelope extent;
    int number = 0;
    for (const std::size_t site : sites) {
        results.candidates.push_back({site, ++number, 100.0});
        extent = extent.united(siteEnvelope(*data, site));
    }
    return snapshotOf(std::move(data), std::move(results),
                      layers({{MapLayerId::Zones, Theme::ZoneKind, 0.6, true},
                              {MapLayerId::Parcels, Theme::ParcelStatus, 0.5, false},
                              {MapLayerId::Candidates, Theme::Single, 1.0, true}}),
                      padded(extent, 0.25, 2000.0), size, dpi);
}

QImage mapImage(const MapSnapshot& snapshot, bool decorated) {
    QImage image = renderMap(snapshot);
    if (decorated && !image.isNull()) {
        QPainter painter(&image);
        MapLayout layout;
        layout.legend = false;
        drawDecorations(painter, snapshot, layout);
    }
    return image;
}

}  // namespace sitefit::gui
