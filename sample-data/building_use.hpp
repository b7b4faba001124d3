#pragma once

#include "sitefit/core/building.hpp"

namespace sitefit::sample {

// What a building is for, finer than the schema's kinds: it decides its shape, floors,
// structure and letting.
enum class BuildingUse {
    ProductionHall,  // a firm's own works (standard_factory)
    EstateFactory,   // a carrier's standard factory, let by floor or unit (standard_factory)
    Office,          // a works' office and R&D block (rnd_office)
    Laboratory,      // a public R&D platform (rnd_office)
    Incubator,       // incubator
    Dormitory,       // works dormitory and canteen (other)
    Warehouse,       // warehouse
    Apartment,       // residential
    House,           // village house (residential)
    ServiceCentre,   // school, clinic, neighbourhood or testing centre (public_service)
    Shed,            // old shed awaiting demolition (other)
    Ancillary,       // gatehouse, substation (other)
};

// The schema's kind for a use.
[[nodiscard]] core::BuildingKind kindOf(BuildingUse use);

}  // namespace sitefit::sample
