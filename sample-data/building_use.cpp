#include "building_use.hpp"

namespace sitefit::sample {

core::BuildingKind kindOf(BuildingUse use) {
    using core::BuildingKind;
    switch (use) {
        case BuildingUse::ProductionHall:
        case BuildingUse::EstateFactory:
            return BuildingKind::StandardFactory;
        case BuildingUse::Office:
        case BuildingUse::Laboratory:
            return BuildingKind::RndOffice;
        case BuildingUse::Incubator:
            return BuildingKind::Incubator;
        case BuildingUse::Warehouse:
            return BuildingKind::Warehouse;
        case BuildingUse::Apartment:
        case BuildingUse::House:
            return BuildingKind::Residential;
        case BuildingUse::ServiceCentre:
            return BuildingKind::PublicService;
        case BuildingUse::Dormitory:
        case BuildingUse::Shed:
        case BuildingUse::Ancillary:
            return BuildingKind::Other;
    }
    return BuildingKind::Other;
}

}  // namespace sitefit::sample
