#pragma once

#include <QCoreApplication>
#include <QString>
#include <string_view>

#include "sitefit/core/allocation_result.hpp"
#include "sitefit/core/building.hpp"
#include "sitefit/core/constraint.hpp"
#include "sitefit/core/criterion.hpp"
#include "sitefit/core/enterprise.hpp"
#include "sitefit/core/parcel.hpp"
#include "sitefit/core/project.hpp"
#include "sitefit/core/site_facts.hpp"
#include "sitefit/core/zone.hpp"
#include "sitefit/gui/map_layer.hpp"

namespace sitefit::gui {

// The words a planner reads for the values of the domain's enumerations, in the current UI
// language. The domain itself keeps stable English snake_case names (core's toString);
// these are only for display.
class DomainLabels {
    Q_DECLARE_TR_FUNCTIONS(sitefit::gui::DomainLabels)
public:
    [[nodiscard]] static QString layer(MapLayerId layer);
    [[nodiscard]] static QString theme(Theme theme);
    [[nodiscard]] static QString criterion(core::Criterion criterion);
    // What a criterion measures, one sentence (tooltips).
    [[nodiscard]] static QString criterionHint(core::Criterion criterion);
    // A hard constraint's name: "Area", "Floor load".
    [[nodiscard]] static QString constraint(core::Constraint constraint);
    [[nodiscard]] static QString parcelStatus(core::ParcelStatus status);
    [[nodiscard]] static QString zoneKind(core::ZoneKind kind);
    [[nodiscard]] static QString buildingKind(core::BuildingKind kind);
    [[nodiscard]] static QString enterpriseRole(core::EnterpriseRole role);
    [[nodiscard]] static QString need(core::ProjectNeed need);
    [[nodiscard]] static QString siteType(core::SiteType type);
    [[nodiscard]] static QString allocationStatus(core::AllocationStatus status);
};

// UTF-8 std::string → QString.
[[nodiscard]] inline QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace sitefit::gui
