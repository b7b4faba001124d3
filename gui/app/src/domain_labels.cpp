#include "domain_labels.hpp"

namespace sitefit::gui {

QString DomainLabels::layer(MapLayerId layer) {
    switch (layer) {
        case MapLayerId::Zones:
            return tr("Zones");
        case MapLayerId::Parcels:
            return tr("Parcels");
        case MapLayerId::Capacity:
            return tr("Capacity");
        case MapLayerId::Buildings:
            return tr("Buildings");
        case MapLayerId::Enterprises:
            return tr("Enterprises");
        case MapLayerId::Candidates:
            return tr("Candidate sites");
        case MapLayerId::Allocation:
            return tr("Allocation plan");
    }
    return {};
}

QString DomainLabels::theme(Theme theme) {
    switch (theme) {
        case Theme::Single:
            return tr("Single colour");
        case Theme::ParcelStatus:
            return tr("Status");
        case Theme::LandUse:
            return tr("Land use");
        case Theme::ZoneKind:
            return tr("Zone kind");
        case Theme::Chain:
            return tr("Industry chain");
        case Theme::BuildingKind:
            return tr("Building kind");
        case Theme::VacancyRatio:
            return tr("Vacancy ratio");
        case Theme::Coverage:
            return tr("Building coverage");
        case Theme::Far:
            return tr("FAR");
        case Theme::AvailableLand:
            return tr("Available land");
        case Theme::MatchScore:
            return tr("Match score");
    }
    return {};
}

QString DomainLabels::criterion(core::Criterion criterion) {
    switch (criterion) {
        case core::Criterion::ChainSynergy:
            return tr("Chain synergy");
        case core::Criterion::ZoneOrientation:
            return tr("Zone orientation");
        case core::Criterion::SizeFit:
            return tr("Size fit");
        case core::Criterion::Cost:
            return tr("Cost");
        case core::Criterion::Readiness:
            return tr("Readiness");
        case core::Criterion::JobHousing:
            return tr("Job–housing balance");
        case core::Criterion::PreferredZone:
            return tr("Preferred zone");
        case core::Criterion::ChainGap:
            return tr("Fills a chain gap");
    }
    return {};
}

QString DomainLabels::criterionHint(core::Criterion criterion) {
    switch (criterion) {
        case core::Criterion::ChainSynergy:
            return tr(
                "Near enterprises of the same chain, of linked categories and the chain "
                "leader");
        case core::Criterion::ZoneOrientation:
            return tr("The project's chain is one of the zone's leading chains");
        case core::Criterion::SizeFit:
            return tr("Little oversize (land) or a good share of the vacancy (space)");
        case core::Criterion::Cost:
            return tr("Land cost against the investment, or rent against the market");
        case core::Criterion::Readiness:
            return tr("Available by the time the project needs it");
        case core::Criterion::JobHousing:
            return tr("Homes and public services within commuting distance");
        case core::Criterion::PreferredZone:
            return tr("In the zone the investor asked for");
        case core::Criterion::ChainGap:
            return tr("The project brings a category the district does not have yet");
    }
    return {};
}

QString DomainLabels::constraint(core::Constraint constraint) {
    switch (constraint) {
        case core::Constraint::Status:
            return tr("Status");
        case core::Constraint::Area:
            return tr("Area");
        case core::Constraint::LandUse:
            return tr("Land use");
        case core::Constraint::PollutionClass:
            return tr("Pollution class");
        case core::Constraint::InvestmentIntensity:
            return tr("Investment intensity");
        case core::Constraint::Far:
            return tr("FAR");
        case core::Constraint::Power:
            return tr("Power supply");
        case core::Constraint::AvailableFrom:
            return tr("Available from");
        case core::Constraint::BuildingKind:
            return tr("Building kind");
        case core::Constraint::FloorLoad:
            return tr("Floor load");
        case core::Constraint::ClearHeight:
            return tr("Clear height");
    }
    return qs(core::toString(constraint));
}

QString DomainLabels::parcelStatus(core::ParcelStatus status) {
    switch (status) {
        case core::ParcelStatus::Available:
            return tr("Available");
        case core::ParcelStatus::Reserved:
            return tr("Reserved");
        case core::ParcelStatus::Transferred:
            return tr("Transferred");
        case core::ParcelStatus::Built:
            return tr("Built");
    }
    return {};
}

QString DomainLabels::zoneKind(core::ZoneKind kind) {
    switch (kind) {
        case core::ZoneKind::HighTechZone:
            return tr("High-tech zone");
        case core::ZoneKind::IndustrialPark:
            return tr("Industrial park");
        case core::ZoneKind::TownshipCluster:
            return tr("Township industrial cluster");
        case core::ZoneKind::SpecialtyPark:
            return tr("Specialty park");
    }
    return {};
}

QString DomainLabels::buildingKind(core::BuildingKind kind) {
    switch (kind) {
        case core::BuildingKind::StandardFactory:
            return tr("Standard factory");
        case core::BuildingKind::RndOffice:
            return tr("R&D office");
        case core::BuildingKind::Warehouse:
            return tr("Warehouse");
        case core::BuildingKind::Incubator:
            return tr("Incubator");
        case core::BuildingKind::Residential:
            return tr("Residential");
        case core::BuildingKind::PublicService:
            return tr("Public service");
        case core::BuildingKind::Other:
            return tr("Other");
    }
    return {};
}

QString DomainLabels::enterpriseRole(core::EnterpriseRole role) {
    switch (role) {
        case core::EnterpriseRole::ChainLeader:
            return tr("Chain leader");
        case core::EnterpriseRole::Key:
            return tr("Key enterprise");
        case core::EnterpriseRole::Supporting:
            return tr("Supporting enterprise");
    }
    return {};
}

QString DomainLabels::need(core::ProjectNeed need) {
    switch (need) {
        case core::ProjectNeed::Land:
            return tr("Land");
        case core::ProjectNeed::Space:
            return tr("Floor space");
    }
    return {};
}

QString DomainLabels::siteType(core::SiteType type) {
    switch (type) {
        case core::SiteType::Parcel:
            return tr("Parcel");
        case core::SiteType::Space:
            return tr("Floor space");
    }
    return {};
}

QString DomainLabels::allocationStatus(core::AllocationStatus status) {
    switch (status) {
        case core::AllocationStatus::Optimal:
            return tr("optimal");
        case core::AllocationStatus::Feasible:
            return tr("feasible, not proven optimal");
        case core::AllocationStatus::Infeasible:
            return tr("infeasible");
        case core::AllocationStatus::NoSolution:
            return tr("no plan found in time");
    }
    return {};
}

}  // namespace sitefit::gui
