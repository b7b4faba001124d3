#pragma once

#include <optional>
#include <span>

namespace sitefit::core {

// When a total of enterprises' own figures (their annual output) may be shown to carriers
// and investors: the rule pack's [disclosure] (docs/rules.md). Planners see every figure.
struct DisclosureRules {
    // At least this many enterprises with a figure make up a shown total: with one or two,
    // the total is, or nearly is, one enterprise's figure.
    int min_enterprises_in_total = 3;
    // The p % rule against a dominant enterprise: a total is withheld where the second
    // largest enterprise, who knows its own figure, could subtract it from the total and
    // learn the largest one's to within p % (the figures other than the two largest sum to
    // less than p % of the largest). 0 turns the rule off.
    double p_percent = 10.0;
};

// The sum of `figures` (each ≥ 0, one per enterprise), or none where `rules` withhold it.
[[nodiscard]] std::optional<double> disclosedTotal(std::span<const double> figures,
                                                   const DisclosureRules& rules);

}  // namespace sitefit::core
