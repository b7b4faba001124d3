#pragma once

#include "sitefit/core/catalogue.hpp"

namespace sitefit::core {

// The catalogue used for a workspace that has none of its own: the 31 manufacturing
// divisions (大类) C13–C43 of GB/T 4754-2017 (国民经济行业分类), each one chain holding one
// category of the same code that covers the division (C27 covers C27, C271, C2710 …).
// The standard classifies activities; it defines no supply relations, so there are no
// chain links. Every category may build on any industrial land class (M1, M2, M3) and has
// pollution class 1, which the matcher does not read: the project's own pollution class and
// the parcel's land use and zone decide.
[[nodiscard]] const CatalogueTables& nationalManufacturingDivisions();

}  // namespace sitefit::core
