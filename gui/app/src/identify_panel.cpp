#include "identify_panel.hpp"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "domain_labels.hpp"
#include "figure_text.hpp"
#include "reason_wording.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/planning/planning_session.hpp"
#include "workspace_document.hpp"

namespace sitefit::gui {

IdentifyPanel::IdentifyPanel(const WorkspaceDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document) {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("identifyTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("identifyTree"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    rebuild();
}

void IdentifyPanel::showFeature(std::optional<FeatureRef> feature) {
    m_feature = feature;
    rebuild();
}

QStringList IdentifyPanel::lines() const {
    QStringList out;
    out << m_title->text();
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        const QTreeWidgetItem* section = m_tree->topLevelItem(s);
        for (int r = 0; r < section->childCount(); ++r) {
            out << section->child(r)->text(0) + QStringLiteral(": ") + section->child(r)->text(1);
        }
    }
    return out;
}

void IdentifyPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
    }
}

QTreeWidgetItem* IdentifyPanel::addSection(const QString& title) {
    auto* section = new QTreeWidgetItem(m_tree, {title});
    QFont font = section->font(0);
    font.setBold(true);
    section->setFont(0, font);
    section->setFirstColumnSpanned(true);
    section->setExpanded(true);
    return section;
}

void IdentifyPanel::addRow(QTreeWidgetItem* section, const QString& field, const QString& value) {
    new QTreeWidgetItem(section, {field, value});
}

QString IdentifyPanel::zoneText(const std::optional<std::size_t>& zone) const {
    if (!zone) {
        return tr("outside every zone");
    }
    const core::Zone& z = m_document.district().zones.at(*zone);
    return QString::fromStdString(z.zone_id) + QStringLiteral(" ") + QString::fromStdString(z.name);
}

void IdentifyPanel::rebuild() {
    m_tree->clear();
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    if (!m_document.isOpen() || !m_feature) {
        m_title->setText(tr("Click a feature on the map to see its figures."));
        return;
    }
    switch (m_feature->layer) {
        case MapLayerId::Parcels:
            showParcel(m_feature->feature);
            break;
        case MapLayerId::Buildings:
            showBuilding(m_feature->feature);
            break;
        case MapLayerId::Zones:
        case MapLayerId::Capacity:
            showZone(m_feature->feature);
            break;
        case MapLayerId::Enterprises:
            showEnterprise(m_feature->feature);
            break;
        default:
            m_title->setText(QString());
            break;
    }
    showSiteForProject(*m_feature);
    m_tree->expandAll();
}

void IdentifyPanel::showParcel(std::size_t index) {
    const core::District& district = m_document.district();
    if (index >= district.parcels.size()) {
        return;
    }
    const core::Parcel& parcel = district.parcels[index];
    const core::ParcelCapacity& figures = m_document.mapData()->capacity.parcels.at(index);
    m_title->setText(tr("Parcel %1").arg(QString::fromStdString(parcel.parcel_id)));
    QTreeWidgetItem* attributes = addSection(tr("Attributes"));
    addRow(attributes, tr("Parcel id"), QString::fromStdString(parcel.parcel_id));
    addRow(attributes, tr("Land use"), QString::fromStdString(parcel.land_use));
    addRow(attributes, tr("Status"), DomainLabels::parcelStatus(parcel.status));
    addRow(attributes, tr("FAR range"),
           optionalFigure(parcel.far_min, 2, {}) + QStringLiteral(" – ") +
               optionalFigure(parcel.far_max, 2, {}));
    addRow(attributes, tr("Max. building coverage"),
           parcel.density_max ? percent(*parcel.density_max) : noValue());
    addRow(attributes, tr("Max. green ratio"),
           parcel.green_max ? percent(*parcel.green_max) : noValue());
    addRow(attributes, tr("Max. height"),
           optionalFigure(parcel.height_max_m, 1, QStringLiteral("m")));
    addRow(attributes, tr("Land price"),
           optionalFigure(parcel.land_price_wan_per_mu, 1, QStringLiteral("万元/亩")));
    addRow(attributes, tr("Power supply"),
           optionalFigure(parcel.power_kva, 0, QStringLiteral("kVA")));
    addRow(attributes, tr("Available from"), dateText(parcel.available_from));
    addRow(attributes, tr("Carrier"), QString::fromStdString(parcel.carrier));

    QTreeWidgetItem* derived = addSection(tr("Figures"));
    addRow(derived, tr("Area"),
           mu(figures.area_m2) + QStringLiteral(" · ") + squareMetres(figures.area_m2));
    addRow(derived, tr("Zone"), zoneText(figures.zone));
    addRow(derived, tr("Building footprint"), squareMetres(figures.footprint_m2));
    addRow(derived, tr("Building coverage"), percent(figures.coverage));
    addRow(derived, tr("Floor area"), squareMetres(figures.floor_area_m2));
    addRow(derived, tr("FAR"), decimalText(figures.far, 2));
    addRow(derived, tr("Buildable floor area"),
           figures.buildable_floor_m2 ? squareMetres(*figures.buildable_floor_m2) : noValue());
}

void IdentifyPanel::showBuilding(std::size_t index) {
    const core::District& district = m_document.district();
    if (index >= district.buildings.size()) {
        return;
    }
    const core::Building& building = district.buildings[index];
    const core::BuildingFacts& facts = m_document.mapData()->facts.buildings.at(index);
    m_title->setText(tr("Building %1").arg(QString::fromStdString(building.building_id)));
    QTreeWidgetItem* attributes = addSection(tr("Attributes"));
    addRow(attributes, tr("Building id"), QString::fromStdString(building.building_id));
    addRow(attributes, tr("Kind"), DomainLabels::buildingKind(building.kind));
    addRow(attributes, tr("Floors"), QString::number(building.floors));
    addRow(attributes, tr("Floor load"),
           optionalFigure(building.floor_load_kn_m2, 1, QStringLiteral("kN/m²")));
    addRow(attributes, tr("Clear height"),
           optionalFigure(building.clear_height_m, 1, QStringLiteral("m")));
    addRow(attributes, tr("Rent"),
           optionalFigure(building.rent_yuan_m2_month, 1, tr("元/m²/month")));
    addRow(attributes, tr("Available from"), dateText(building.available_from));
    addRow(attributes, tr("Carrier"), QString::fromStdString(building.carrier));

    const double floorArea =
        building.floor_area_m2.value_or(facts.footprint_m2 * std::max(1, building.floors));
    const double vacant = building.vacant_m2.value_or(0.0);
    QTreeWidgetItem* derived = addSection(tr("Figures"));
    addRow(derived, tr("Footprint"), squareMetres(facts.footprint_m2));
    addRow(derived, tr("Floor area"), squareMetres(floorArea));
    addRow(derived, tr("Vacant floor space"), squareMetres(vacant));
    addRow(derived, tr("Vacancy"), floorArea > 0.0 ? percent(vacant / floorArea) : noValue());
    addRow(derived, tr("Zone"), zoneText(core::largestShare(facts.zone_overlaps)));
    if (const auto parcel = core::largestShare(facts.parcel_overlaps)) {
        addRow(derived, tr("On parcel"),
               QString::fromStdString(district.parcels.at(*parcel).parcel_id));
    }
}

void IdentifyPanel::showZone(std::size_t index) {
    const core::District& district = m_document.district();
    if (index >= district.zones.size()) {
        return;
    }
    const core::Zone& zone = district.zones[index];
    const core::ZoneCapacity& figures = m_document.mapData()->capacity.zones.at(index);
    m_title->setText(
        tr("Zone %1 %2")
            .arg(QString::fromStdString(zone.zone_id), QString::fromStdString(zone.name)));
    QTreeWidgetItem* attributes = addSection(tr("Attributes"));
    addRow(attributes, tr("Zone id"), QString::fromStdString(zone.zone_id));
    addRow(attributes, tr("Name"), QString::fromStdString(zone.name));
    addRow(attributes, tr("Kind"), DomainLabels::zoneKind(zone.kind));
    QStringList chains;
    for (const std::string& code : zone.leading_chains) {
        const core::Chain* chain = m_document.session().catalogue().chain(code);
        chains << (chain ? localName(chain->name_zh, chain->name_en)
                         : QString::fromStdString(code));
    }
    addRow(attributes, tr("Leading chains"), chains.join(QStringLiteral(", ")));
    addRow(attributes, tr("Max. pollution class"), QString::number(zone.max_pollution_class));
    addRow(attributes, tr("Min. investment intensity"),
           optionalFigure(zone.min_investment_intensity_wan_per_mu, 0, QStringLiteral("万元/亩")));
    addRow(attributes, tr("Carrier"), QString::fromStdString(zone.carrier));

    QTreeWidgetItem* derived = addSection(tr("Capacity"));
    addRow(derived, tr("Parcels"), QString::number(figures.parcel_count));
    addRow(derived, tr("Available land"),
           mu(figures.available_land_m2) + QStringLiteral(" · ") +
               squareMetres(figures.available_land_m2));
    addRow(derived, tr("Buildings"), QString::number(figures.building_count));
    addRow(derived, tr("Floor area"), squareMetres(figures.floor_area_m2));
    addRow(derived, tr("Vacant floor space"), squareMetres(figures.vacant_m2));
    addRow(derived, tr("Occupancy"), percent(figures.occupancy));
    addRow(derived, tr("Enterprises"), QString::number(figures.enterprises));
    addRow(derived, tr("Places left"),
           figures.places_left ? QString::number(*figures.places_left) : noValue());
}

void IdentifyPanel::showEnterprise(std::size_t index) {
    const core::District& district = m_document.district();
    if (index >= district.enterprises.size()) {
        return;
    }
    const core::Enterprise& enterprise = district.enterprises[index];
    const core::IndustryCatalogue& catalogue = m_document.session().catalogue();
    m_title->setText(tr("Enterprise %1").arg(QString::fromStdString(enterprise.name)));
    QTreeWidgetItem* attributes = addSection(tr("Attributes"));
    addRow(attributes, tr("Enterprise id"), QString::fromStdString(enterprise.enterprise_id));
    addRow(attributes, tr("Name"), QString::fromStdString(enterprise.name));
    const core::Category* category = catalogue.category(enterprise.category_code);
    addRow(attributes, tr("Category"),
           QString::fromStdString(enterprise.category_code) +
               (category ? QStringLiteral(" ") + localName(category->name_zh, category->name_en)
                         : QString()));
    if (const core::Chain* chain = catalogue.chain(catalogue.chainOf(enterprise.category_code))) {
        addRow(attributes, tr("Industry chain"), localName(chain->name_zh, chain->name_en));
    }
    addRow(attributes, tr("Role"), DomainLabels::enterpriseRole(enterprise.role));
    // An enterprise's own figures are the planners' (docs/shared-workspace.md, "Confidential
    // fields"); an investor's document holds none, and says nothing rather than "none".
    if (m_document.access() == WorkspaceDocument::Access::Planner) {
        addRow(attributes, tr("Annual output"),
               optionalFigure(enterprise.annual_output_yi, 2, QStringLiteral("亿元")));
    }
    const core::EnterpriseFacts& facts = m_document.mapData()->facts.enterprises.at(index);
    QStringList zones;
    for (const std::size_t zone : facts.zones) {
        zones << zoneText(zone);
    }
    addRow(attributes, tr("Zone"),
           zones.isEmpty() ? zoneText(std::nullopt) : zones.join(QStringLiteral(", ")));
}

void IdentifyPanel::showSiteForProject(const FeatureRef& feature) {
    const core::ProjectMatch* match = m_document.currentMatch();
    const auto site = m_document.siteOfFeature(feature);
    if (match == nullptr || !site) {
        return;
    }
    // Nothing to say when the site is not of the kind the project needs (a parcel for a
    // floor-space project): it is neither ranked nor rejected.
    const QString title = tr("For project %1")
                              .arg(QString::fromStdString(
                                  m_document.district().projects.at(match->project).project_id));
    for (const core::Candidate& candidate : match->candidates) {
        if (candidate.site == *site) {
            QTreeWidgetItem* section = addSection(title);
            addRow(section, tr("Rank"), QString::number(candidate.rank));
            addRow(section, tr("Score"), decimalText(candidate.score, 1));
            return;
        }
    }
    for (const core::Rejection& rejection : match->rejected) {
        if (rejection.site == *site) {
            QTreeWidgetItem* section = addSection(title);
            for (const core::ConstraintFailure& reason : rejection.reasons) {
                addRow(section, DomainLabels::constraint(reason.constraint),
                       ReasonWording::comparison(reason));
            }
            return;
        }
    }
}

}  // namespace sitefit::gui
