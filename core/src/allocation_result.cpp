#include "sitefit/core/allocation_result.hpp"

#include "sitefit/core/detail/enum_names.hpp"

namespace sitefit::core {
namespace {

constexpr detail::EnumNames<AllocationStatus, 4> kNames{{{
    {AllocationStatus::Optimal, "optimal"},
    {AllocationStatus::Feasible, "feasible"},
    {AllocationStatus::Infeasible, "infeasible"},
    {AllocationStatus::NoSolution, "no_solution"},
}}};

}  // namespace

std::string_view toString(AllocationStatus status) {
    return kNames.name(status);
}

}  // namespace sitefit::core
