#include "symbology.hpp"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cstdint>
#include <set>

#include "sitefit/core/units.hpp"

namespace sitefit::gui::detail {
namespace {

// Legend and label text is looked up at run time; the literals are marked for lupdate.
QString translated(const char* text) {
    return QCoreApplication::translate("sitefit::gui::Legend", text);
}

SymbolClass filled(const char* label, QColor fill) {
    return SymbolClass{translated(label), fill, strokeFor(fill)};
}

// Parcel status in ParcelStatus order: free land reads as green, land on hold as amber, land
// already sold as blue-grey and built land as grey, so "where can a project go" pops out.
const std::array kStatusClasses{
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Available"), QColor(0x5f, 0xb3, 0x5a)},
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Reserved"), QColor(0xf2, 0xb1, 0x34)},
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Transferred"), QColor(0x8e, 0xa4, 0xbc)},
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Built"), QColor(0xb4, 0xb4, 0xb4)},
};

// Zone kinds in ZoneKind order: pastel, because zones are the tint under everything else.
const std::array kZoneKindClasses{
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "High-tech zone"),
              QColor(0xb9, 0xd4, 0xea)},
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Industrial park"),
              QColor(0xf6, 0xd2, 0xa4)},
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Township cluster"),
              QColor(0xcf, 0xe6, 0xb0)},
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Specialty park"),
              QColor(0xdc, 0xc8, 0xe4)},
};

// Building kinds in BuildingKind order.
const std::array kBuildingKindClasses{
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Standard factory"),
              QColor(0x5b, 0x74, 0x9e)},
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "R&D office"), QColor(0x9b, 0x6b, 0xb3)},
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Warehouse"), QColor(0xb0, 0x8a, 0x52)},
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Incubator"), QColor(0x3f, 0xa3, 0x9c)},
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Residential"), QColor(0xe0, 0xc0, 0x6a)},
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Public service"),
              QColor(0xd0, 0x6f, 0x6f)},
    std::pair{QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Other"), QColor(0x9e, 0x9e, 0x9e)},
};

// Land-use classes after the colours of Chinese planning maps (GB 50137): industry in
// browns darkening with nuisance, warehousing purple, housing yellow, public uses pink.
struct LandUseColour {
    const char* code;
    const char* label;
    QColor fill;
};
const std::array kLandUseColours{
    LandUseColour{"M1", QT_TRANSLATE_NOOP("sitefit::gui::Legend", "M1 industrial, low nuisance"),
                  QColor(0xd9, 0xb8, 0x8f)},
    LandUseColour{"M2", QT_TRANSLATE_NOOP("sitefit::gui::Legend", "M2 industrial, some nuisance"),
                  QColor(0xb5, 0x8a, 0x5e)},
    LandUseColour{"M3", QT_TRANSLATE_NOOP("sitefit::gui::Legend", "M3 industrial, heavy nuisance"),
                  QColor(0x8a, 0x5f, 0x3c)},
    LandUseColour{"W1", QT_TRANSLATE_NOOP("sitefit::gui::Legend", "W1 warehousing"),
                  QColor(0xb3, 0x9d, 0xd0)},
    LandUseColour{"W2", QT_TRANSLATE_NOOP("sitefit::gui::Legend", "W2 warehousing"),
                  QColor(0x96, 0x7f, 0xbb)},
    LandUseColour{"R", QT_TRANSLATE_NOOP("sitefit::gui::Legend", "R residential"),
                  QColor(0xf3, 0xe0, 0x7a)},
    LandUseColour{"A", QT_TRANSLATE_NOOP("sitefit::gui::Legend", "A public services"),
                  QColor(0xe8, 0x9f, 0xbd)},
    LandUseColour{"B", QT_TRANSLATE_NOOP("sitefit::gui::Legend", "B commercial"),
                  QColor(0xe0, 0x6c, 0x5e)},
    LandUseColour{"G", QT_TRANSLATE_NOOP("sitefit::gui::Legend", "G green space"),
                  QColor(0x8c, 0xc6, 0x7e)},
    LandUseColour{"U", QT_TRANSLATE_NOOP("sitefit::gui::Legend", "U utilities"),
                  QColor(0x6f, 0xa8, 0xd6)},
    LandUseColour{"S", QT_TRANSLATE_NOOP("sitefit::gui::Legend", "S transport"),
                  QColor(0xc4, 0xc4, 0xc4)},
};

// Chains take the catalogue's order; eight distinct hues (ColorBrewer Set1, softened a
// little so polygons under it stay readable) before the hashed fallback takes over.
const std::array kChainPalette{QColor(0xd9, 0x4f, 0x4f), QColor(0x4a, 0x7f, 0xbf),
                               QColor(0x5a, 0xa8, 0x57), QColor(0x98, 0x5f, 0xaa),
                               QColor(0xf0, 0x8a, 0x2c), QColor(0xa8, 0x6a, 0x3c),
                               QColor(0xe5, 0x86, 0xbf), QColor(0x3f, 0xa3, 0x9c)};

const QColor kNoDataFill(0xe2, 0xe2, 0xe2);

// Five-class sequential ramps (ColorBrewer): light = little, dark = much.
using Ramp = std::array<QColor, 5>;
const Ramp kPurples{QColor(0xf2, 0xf0, 0xf7), QColor(0xcb, 0xc9, 0xe2), QColor(0x9e, 0x9a, 0xc8),
                    QColor(0x75, 0x6b, 0xb1), QColor(0x54, 0x27, 0x8f)};
const Ramp kOranges{QColor(0xfe, 0xed, 0xde), QColor(0xfd, 0xbe, 0x85), QColor(0xfd, 0x8d, 0x3c),
                    QColor(0xe6, 0x55, 0x0d), QColor(0xa6, 0x36, 0x03)};
const Ramp kYlGnBu{QColor(0xff, 0xff, 0xcc), QColor(0xa1, 0xda, 0xb4), QColor(0x41, 0xb6, 0xc4),
                   QColor(0x2c, 0x7f, 0xb8), QColor(0x25, 0x34, 0x94)};
const Ramp kGreens{QColor(0xed, 0xf8, 0xe9), QColor(0xba, 0xe4, 0xb3), QColor(0x74, 0xc4, 0x76),
                   QColor(0x31, 0xa3, 0x54), QColor(0x00, 0x6d, 0x2c)};
const Ramp kYlOrRd{QColor(0xff, 0xff, 0xb2), QColor(0xfe, 0xcc, 0x5c), QColor(0xfd, 0x8d, 0x3c),
                   QColor(0xf0, 0x3b, 0x20), QColor(0xbd, 0x00, 0x26)};

// Fixed class breaks that a planner reads at a glance, the same for every district so two
// maps compare: FAR around the 1.0 minimum of new industrial land in northern Jiangsu,
// coverage around the 30 % national minimum, vacancy from "full" (< 5 %) to "mostly
// empty", available land in round 亩 and match scores in tens.
struct GraduatedScheme {
    std::array<double, 4> breaks;
    const Ramp* ramp;
    int decimals;
    double labelFactor;  // the value shown is value × factor (ratios as percent)
    const char* unit;    // appended to the labels, "" for none
};

GraduatedScheme schemeOf(Theme theme) {
    switch (theme) {
        case Theme::Far:
            return {{0.5, 1.0, 1.5, 2.0}, &kPurples, 1, 1.0, ""};
        case Theme::Coverage:
            return {{0.2, 0.3, 0.4, 0.5}, &kOranges, 0, 100.0, " %"};
        case Theme::VacancyRatio:
            return {{0.05, 0.10, 0.20, 0.40}, &kYlGnBu, 0, 100.0, " %"};
        case Theme::AvailableLand:
            return {{100.0, 250.0, 500.0, 1000.0}, &kGreens, 0, 1.0, " 亩"};
        default:
            return {{60.0, 70.0, 80.0, 90.0}, &kYlOrRd, 0, 1.0, ""};
    }
}

QColor singleColour(MapLayerId layer) {
    switch (layer) {
        case MapLayerId::Zones:
            return {0xee, 0xe8, 0xda};
        case MapLayerId::Parcels:
            return {0xdd, 0xd3, 0xbd};
        case MapLayerId::Capacity:
            return {0x9f, 0xd3, 0x9a};
        case MapLayerId::Buildings:
            return {0x9a, 0x8f, 0x84};
        case MapLayerId::Enterprises:
            return {0xd7, 0x30, 0x1f};
        case MapLayerId::Candidates:
            return {0xfd, 0x8d, 0x3c};
        case MapLayerId::Allocation:
            return {0x31, 0x82, 0xbd};
    }
    return Qt::gray;
}

const char* layerTitle(MapLayerId layer) {
    switch (layer) {
        case MapLayerId::Zones:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Zones");
        case MapLayerId::Parcels:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Parcels");
        case MapLayerId::Capacity:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Capacity");
        case MapLayerId::Buildings:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Buildings");
        case MapLayerId::Enterprises:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Enterprises");
        case MapLayerId::Candidates:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Candidate sites");
        case MapLayerId::Allocation:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Allocation");
    }
    return "";
}

const char* themeTitle(Theme theme) {
    switch (theme) {
        case Theme::Single:
            return "";
        case Theme::ParcelStatus:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "status");
        case Theme::LandUse:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "land use");
        case Theme::ZoneKind:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "kind");
        case Theme::Chain:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "industry chain");
        case Theme::BuildingKind:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "kind");
        case Theme::VacancyRatio:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "vacant share of floor area");
        case Theme::Coverage:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "building coverage");
        case Theme::Far:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "floor area ratio");
        case Theme::AvailableLand:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "available land");
        case Theme::MatchScore:
            return QT_TRANSLATE_NOOP("sitefit::gui::Legend", "match score");
    }
    return "";
}

QString number(double value, int decimals) {
    return QString::number(value, 'f', decimals);
}

}  // namespace

QColor fallbackColour(const std::string& code) {
    // FNV-1a: stable across runs and platforms, unlike std::hash.
    std::uint32_t hash = 2166136261U;
    for (const char c : code) {
        hash = (hash ^ static_cast<std::uint8_t>(c)) * 16777619U;
    }
    return QColor::fromHsv(static_cast<int>(hash % 360U), 110, 215);
}

QColor strokeFor(const QColor& fill) {
    return fill.darker(150);
}

double outlineWidth(MapLayerId layer) {
    switch (layer) {
        case MapLayerId::Zones:
            return 1.4;
        case MapLayerId::Capacity:
            return 1.0;
        case MapLayerId::Parcels:
            return 0.6;
        case MapLayerId::Buildings:
            return 0.4;
        case MapLayerId::Enterprises:
            return 0.8;
        case MapLayerId::Candidates:
        case MapLayerId::Allocation:
            return 1.8;
    }
    return 1.0;
}

// Candidates and placements carry a strong outline of their own so they stand out from
// the parcels under them whatever their fill.
QColor outlineColour(MapLayerId layer, const SymbolClass& symbol) {
    switch (layer) {
        case MapLayerId::Candidates:
            return {0x80, 0x00, 0x26};
        case MapLayerId::Allocation:
            return {0x08, 0x30, 0x6b};
        case MapLayerId::Zones:
            return symbol.stroke.darker(130);
        case MapLayerId::Enterprises:
            return Qt::white;
        default:
            return symbol.stroke;
    }
}

QString zoneLabel(const core::Zone& zone) {
    QString name = QString::fromStdString(zone.name);
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    if (space <= 0) {
        return name;
    }
    // Keep the Chinese name when an English translation follows it.
    const QString first = name.left(space);
    const bool firstIsChinese =
        std::any_of(first.begin(), first.end(), [](QChar c) { return c.unicode() >= 0x2E80; });
    return firstIsChinese ? first : name;
}

LayerStyle::LayerStyle(const MapData& data, const MapResults& results,
                       const LayerSettings& settings)
    : m_data(data), m_results(results), m_layer(settings.layer), m_theme(settings.theme) {
    const auto themes = themesOf(m_layer);
    if (std::find(themes.begin(), themes.end(), m_theme) == themes.end()) {
        m_theme = themes.front();
    }
    switch (m_theme) {
        case Theme::Single: {
            const QColor fill = singleColour(m_layer);
            m_classes.push_back(
                SymbolClass{translated(layerTitle(m_layer)), fill, strokeFor(fill)});
            break;
        }
        case Theme::VacancyRatio:
        case Theme::Coverage:
        case Theme::Far:
        case Theme::AvailableLand:
        case Theme::MatchScore:
            buildGraduated();
            break;
        default:
            buildCategories();
            break;
    }
}

void LayerStyle::buildCategories() {
    switch (m_theme) {
        case Theme::ParcelStatus:
            for (const auto& [label, fill] : kStatusClasses) {
                m_classes.push_back(filled(label, fill));
            }
            return;
        case Theme::ZoneKind:
            for (const auto& [label, fill] : kZoneKindClasses) {
                m_classes.push_back(filled(label, fill));
            }
            return;
        case Theme::BuildingKind:
            for (const auto& [label, fill] : kBuildingKindClasses) {
                m_classes.push_back(filled(label, fill));
            }
            return;
        case Theme::LandUse: {
            std::set<std::string> codes;
            for (const core::Parcel& parcel : m_data.district.parcels) {
                codes.insert(parcel.land_use);
            }
            // Known classes first in the palette's order, then unknown codes alphabetically.
            for (const LandUseColour& known : kLandUseColours) {
                if (codes.erase(known.code) > 0) {
                    m_codeClass.emplace(known.code, m_classes.size());
                    m_classes.push_back(filled(known.label, known.fill));
                }
            }
            for (const std::string& code : codes) {
                m_codeClass.emplace(code, m_classes.size());
                const QColor fill = code.empty() ? kNoDataFill : fallbackColour(code);
                m_classes.push_back(SymbolClass{
                    code.empty()
                        ? translated(QT_TRANSLATE_NOOP("sitefit::gui::Legend", "Unclassified"))
                        : QString::fromStdString(code),
                    fill, strokeFor(fill)});
            }
            return;
        }
        case Theme::Chain: {
            const auto addChain = [this](const std::string& code, const QString& label) {
                if (m_codeClass.contains(code)) {
                    return;
                }
                const std::size_t index = m_codeClass.size();
                const QColor fill =
                    index < kChainPalette.size() ? kChainPalette.at(index) : fallbackColour(code);
                m_codeClass.emplace(code, m_classes.size());
                m_classes.push_back(SymbolClass{label, fill, strokeFor(fill)});
            };
            for (const core::Chain& chain : m_data.district.catalogue.chains) {
                addChain(chain.chain_code,
                         QString::fromStdString(chain.name_zh.empty() ? chain.chain_code
                                                                      : chain.name_zh));
            }
            // Codes the catalogue does not name still get a class of their own.
            std::set<std::string> unnamed;
            for (const core::Zone& zone : m_data.district.zones) {
                if (!zone.leading_chains.empty()) {
                    unnamed.insert(zone.leading_chains.front());
                }
            }
            for (const core::Category& category : m_data.district.catalogue.categories) {
                unnamed.insert(category.chain_code);
            }
            for (const std::string& code : unnamed) {
                addChain(code, QString::fromStdString(code));
            }
            for (const core::Category& category : m_data.district.catalogue.categories) {
                m_categoryClass.emplace(category.category_code,
                                        m_codeClass.at(category.chain_code));
            }
            m_classes.push_back(
                SymbolClass{translated(QT_TRANSLATE_NOOP("sitefit::gui::Legend", "No chain")),
                            kNoDataFill, strokeFor(kNoDataFill)});
            return;
        }
        default:
            return;
    }
}

void LayerStyle::buildGraduated() {
    const GraduatedScheme scheme = schemeOf(m_theme);
    m_breaks.assign(scheme.breaks.begin(), scheme.breaks.end());
    const QString unit = QString::fromUtf8(scheme.unit);
    const auto shown = [&](double value) {
        return number(value * scheme.labelFactor, scheme.decimals);
    };
    for (std::size_t i = 0; i < scheme.ramp->size(); ++i) {
        QString label;
        if (i == 0) {
            label = QStringLiteral("< ") + shown(m_breaks.front()) + unit;
        } else if (i == m_breaks.size()) {
            label = QStringLiteral("≥ ") + shown(m_breaks.back()) + unit;
        } else {
            label = shown(m_breaks[i - 1]) + QStringLiteral(" – ") + shown(m_breaks[i]) + unit;
        }
        const QColor fill = scheme.ramp->at(i);
        m_classes.push_back(SymbolClass{label, fill, strokeFor(fill)});
    }
    m_classes.push_back(
        SymbolClass{translated(QT_TRANSLATE_NOOP("sitefit::gui::Legend", "No data")), kNoDataFill,
                    strokeFor(kNoDataFill)});
}

QString LayerStyle::title() const {
    QString layer = translated(layerTitle(m_layer));
    if (m_theme == Theme::Single) {
        return layer;
    }
    QString theme = translated(themeTitle(m_theme));
    if (m_theme == Theme::AvailableLand) {
        theme += QStringLiteral(" (亩)");
    }
    return layer + QStringLiteral(" — ") + theme;
}

LegendEntry::Symbol LayerStyle::symbol() const noexcept {
    return m_layer == MapLayerId::Enterprises ? LegendEntry::Symbol::Point
                                              : LegendEntry::Symbol::Fill;
}

bool LayerStyle::graduated() const noexcept {
    return !m_breaks.empty();
}

std::size_t LayerStyle::itemCount() const noexcept {
    switch (m_layer) {
        case MapLayerId::Zones:
        case MapLayerId::Capacity:
            return m_data.district.zones.size();
        case MapLayerId::Parcels:
            return m_data.district.parcels.size();
        case MapLayerId::Buildings:
            return m_data.district.buildings.size();
        case MapLayerId::Enterprises:
            return m_data.district.enterprises.size();
        case MapLayerId::Candidates:
            return m_results.candidates.size();
        case MapLayerId::Allocation:
            return m_results.placements.size();
    }
    return 0;
}

std::optional<double> LayerStyle::graduatedValue(std::size_t item) const {
    const core::CapacityReport& capacity = m_data.capacity;
    switch (m_theme) {
        case Theme::Far:
        case Theme::Coverage: {
            if (item >= capacity.parcels.size() || capacity.parcels[item].area_m2 <= 0.0) {
                return std::nullopt;
            }
            const core::ParcelCapacity& parcel = capacity.parcels[item];
            return m_theme == Theme::Far ? parcel.far : parcel.coverage;
        }
        case Theme::VacancyRatio: {
            if (m_layer == MapLayerId::Capacity) {
                if (item >= capacity.zones.size() || capacity.zones[item].floor_area_m2 <= 0.0) {
                    return std::nullopt;
                }
                return capacity.zones[item].vacant_m2 / capacity.zones[item].floor_area_m2;
            }
            const core::Building& building = m_data.district.buildings.at(item);
            if (!building.vacant_m2) {
                return std::nullopt;
            }
            double floor = building.floor_area_m2.value_or(0.0);
            if (!building.floor_area_m2 && item < m_data.facts.buildings.size()) {
                floor = m_data.facts.buildings[item].footprint_m2 * building.floors;
            }
            if (floor <= 0.0) {
                return std::nullopt;
            }
            return std::clamp(*building.vacant_m2 / floor, 0.0, 1.0);
        }
        case Theme::AvailableLand:
            if (item >= capacity.zones.size()) {
                return std::nullopt;
            }
            return capacity.zones[item].available_land_mu;
        case Theme::MatchScore:
            return m_results.candidates.at(item).score;
        default:
            return std::nullopt;
    }
}

std::size_t LayerStyle::classOf(std::size_t item) const {
    switch (m_theme) {
        case Theme::Single:
            return 0;
        case Theme::ParcelStatus:
            return static_cast<std::size_t>(m_data.district.parcels.at(item).status);
        case Theme::ZoneKind:
            return static_cast<std::size_t>(m_data.district.zones.at(item).kind);
        case Theme::BuildingKind:
            return static_cast<std::size_t>(m_data.district.buildings.at(item).kind);
        case Theme::LandUse:
            return m_codeClass.at(m_data.district.parcels.at(item).land_use);
        case Theme::Chain: {
            if (m_layer == MapLayerId::Enterprises) {
                const auto found =
                    m_categoryClass.find(m_data.district.enterprises.at(item).category_code);
                return found == m_categoryClass.end() ? noDataClass() : found->second;
            }
            const core::Zone& zone = m_data.district.zones.at(item);
            if (zone.leading_chains.empty()) {
                return noDataClass();
            }
            const auto found = m_codeClass.find(zone.leading_chains.front());
            return found == m_codeClass.end() ? noDataClass() : found->second;
        }
        default: {
            const std::optional<double> value = graduatedValue(item);
            if (!value) {
                return noDataClass();
            }
            const auto upper = std::upper_bound(m_breaks.begin(), m_breaks.end(), *value);
            return static_cast<std::size_t>(upper - m_breaks.begin());
        }
    }
}

}  // namespace sitefit::gui::detail
