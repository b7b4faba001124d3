#include "sitefit/core/matcher.hpp"

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

#include "match_context.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/parallel_for.hpp"

namespace sitefit::core {

Matcher::Matcher(const District& district, const IndustryCatalogue& catalogue,
                 const RulePack& rules, const std::vector<SiteFacts>& sites, Date as_of,
                 const SitePredicate& admits)
    : m_district(district), m_catalogue(catalogue), m_rules(rules), m_sites(sites), m_asOf(as_of) {
    for (std::size_t s = 0; s < sites.size(); ++s) {
        if (!admits || admits(sites[s])) {
            (sites[s].type == SiteType::Parcel ? m_parcels : m_spaces).push_back(s);
        }
    }
    m_parcelsBySize = m_parcels;
    m_spacesBySize = m_spaces;
    const auto bySize = [&sites](std::size_t a, std::size_t b) {
        const auto size = [](const SiteFacts& site) {
            return site.type == SiteType::Parcel ? site.area_m2 : site.vacant_m2;
        };
        return size(sites[a]) < size(sites[b]);
    };
    std::stable_sort(m_parcelsBySize.begin(), m_parcelsBySize.end(), bySize);
    std::stable_sort(m_spacesBySize.begin(), m_spacesBySize.end(), bySize);
    for (const Project& project : district.projects) {
        // A project with no category has an industry code outside the catalogue: it is
        // reported as not matched, not refused (match() says why).
        if (!project.category_code.empty() &&
            catalogue.category(project.category_code) == nullptr) {
            throw Error(Error::Kind::Input, catalogue.notInCatalogue(project.category_code),
                        {"", "projects", project.project_id, "category_code"});
        }
    }
}

double Matcher::total(const std::map<Criterion, double>& criteria,
                      const std::map<Criterion, double>& weights) {
    double weighted = 0.0;
    double sum = 0.0;
    for (const auto& [criterion, weight] : weights) {
        const auto value = criteria.find(criterion);
        if (value == criteria.end()) {
            continue;
        }
        weighted += weight * value->second;
        sum += weight;
    }
    return sum > 0.0 ? 100.0 * weighted / sum : 0.0;
}

std::vector<std::size_t> Matcher::sitesInSizeRange(SiteType type, double least, double most) const {
    const std::vector<std::size_t>& sorted =
        type == SiteType::Parcel ? m_parcelsBySize : m_spacesBySize;
    const auto size = [this](std::size_t s) {
        return m_sites[s].type == SiteType::Parcel ? m_sites[s].area_m2 : m_sites[s].vacant_m2;
    };
    const auto first =
        std::lower_bound(sorted.begin(), sorted.end(), least,
                         [&](std::size_t s, double value) { return size(s) < value; });
    const auto last = std::upper_bound(
        first, sorted.end(), most, [&](double value, std::size_t s) { return value < size(s); });
    // Left in size order: only candidates come of these, and their ranking is a total order.
    return {first, last};
}

namespace {

// A feasible site before it becomes a Candidate: ranking plain values and building each
// candidate's criterion map once, in rank order, is cheaper than sorting the maps.
struct Scored {
    double score = 0.0;
    std::size_t site = 0;
    detail::CriterionValues values{};
};

// Matcher::total over criterion values: the same sums in the same order (the weights' map
// order), so a score is the same to the last bit.
class WeightedTotal {
public:
    explicit WeightedTotal(const std::map<Criterion, double>& weights) {
        m_weights.reserve(weights.size());
        for (const auto& [criterion, weight] : weights) {
            m_weights.emplace_back(static_cast<std::size_t>(criterion), weight);
        }
    }

    [[nodiscard]] double operator()(const detail::CriterionValues& values) const {
        double weighted = 0.0;
        double sum = 0.0;
        for (const auto& [index, weight] : m_weights) {
            weighted += weight * values[index];
            sum += weight;
        }
        return sum > 0.0 ? 100.0 * weighted / sum : 0.0;
    }

private:
    std::vector<std::pair<std::size_t, double>> m_weights;
};

// The sites a project needs (parcels for land, floor space for space) and the size range
// the area constraint allows.
struct SizeRange {
    SiteType type = SiteType::Parcel;
    double least = 0.0;
    double most = 0.0;
};

SizeRange sizeRangeOf(const Project& project, const RulePack& rules) {
    if (project.need == ProjectNeed::Land) {
        const double need = project.land_m2.value_or(0.0);
        return {SiteType::Parcel, need, need * (1.0 + rules.land_oversize_tolerance)};
    }
    return {SiteType::Space, project.floor_m2.value_or(0.0),
            std::numeric_limits<double>::infinity()};
}

// Ranks the sites that pass every constraint and, `withRejections`, keeps the others with
// their reasons. `considered` are site indices of the project's type, in any order (the
// ranking is a total order); for rejections, in site order so that they read naturally.
ProjectMatch rankSites(const detail::MatchContext& context, const std::vector<SiteFacts>& sites,
                       std::size_t projectIndex, const std::vector<std::size_t>& considered,
                       bool withRejections, const detail::DistanceTable* table) {
    const Project& project = context.district.projects[projectIndex];
    ProjectMatch result;
    result.project = projectIndex;
    if (project.category_code.empty()) {
        // Without a category there is no land-use class, chain or gap to match on.
        const CatalogueTables& tables = context.catalogue.tables();
        result.not_matched =
            NotMatched{NotMatchedReason::IndustryOutsideCatalogue, project.industry_code,
                       context.catalogue.origin(), tables.chains.size(), tables.categories.size()};
        return result;
    }
    const detail::ProjectTerms terms = detail::projectTerms(context, project);
    const WeightedTotal total(context.rules.weights);
    std::vector<Scored> scored;
    for (const std::size_t s : considered) {
        if (withRejections) {
            std::vector<ConstraintFailure> failures =
                detail::checkConstraints(context, terms, sites[s]);
            if (!failures.empty()) {
                result.rejected.push_back({s, std::move(failures)});
                continue;
            }
        } else if (!detail::passesConstraints(context, terms, sites[s])) {
            continue;
        }
        Scored entry;
        entry.site = s;
        entry.values = detail::criterionValues(context, terms, sites[s], table, s);
        entry.score = total(entry.values);
        scored.push_back(entry);
    }
    // By score, then site id; the site index settles duplicate ids, so the order never
    // depends on the order the sites were visited in.
    std::sort(scored.begin(), scored.end(), [&sites](const Scored& a, const Scored& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        const int byId = sites[a.site].site_id.compare(sites[b.site].site_id);
        return byId != 0 ? byId < 0 : a.site < b.site;
    });
    result.candidates.reserve(scored.size());
    for (std::size_t i = 0; i < scored.size(); ++i) {
        Candidate candidate;
        candidate.site = scored[i].site;
        candidate.rank = static_cast<int>(i + 1);
        candidate.score = scored[i].score;
        candidate.criteria = detail::criteriaMap(scored[i].values);
        result.candidates.push_back(std::move(candidate));
    }
    return result;
}

// Below this many project × site pairs a second thread costs more than it saves.
constexpr std::size_t kPairsWorthAThread = 20000;
// A DistanceTable reads every site's maps once, about what scoring each site once costs:
// worth it when many projects score the same sites.
constexpr std::size_t kProjectsWorthATable = 8;

}  // namespace

ProjectMatch Matcher::match(std::size_t projectIndex, Detail detail) const {
    const SizeRange range = sizeRangeOf(m_district.projects.at(projectIndex), m_rules);
    const std::vector<std::size_t> sites =
        detail == Detail::CandidatesOnly ? sitesInSizeRange(range.type, range.least, range.most)
                                         : sitesOfType(range.type);
    return rankSites({m_district, m_catalogue, m_rules, m_asOf}, m_sites, projectIndex, sites,
                     detail == Detail::WithRejections, nullptr);
}

std::vector<ProjectMatch> Matcher::matchAll(Detail detail) const {
    const std::size_t count = m_district.projects.size();
    const detail::MatchContext context{m_district, m_catalogue, m_rules, m_asOf};
    std::optional<detail::DistanceTable> table;
    if (count >= kProjectsWorthATable) {
        table.emplace(m_catalogue, m_sites);
    }
    // As match(), reading distances from the table.
    const auto matchOne = [&](std::size_t p) {
        const SizeRange range = sizeRangeOf(m_district.projects[p], m_rules);
        const std::vector<std::size_t> sites =
            detail == Detail::CandidatesOnly ? sitesInSizeRange(range.type, range.least, range.most)
                                             : sitesOfType(range.type);
        return rankSites(context, m_sites, p, sites, detail == Detail::WithRejections,
                         table ? &*table : nullptr);
    };
    std::vector<ProjectMatch> all(count);
    const std::size_t threads =
        count * m_sites.size() < kPairsWorthAThread ? 1 : std::min(hardwareThreads(), count);
    // Projects are handed out one at a time (their cost varies a lot with their size range)
    // and each result goes to its own slot, so the order is that of the projects.
    parallelFor(count, threads, [&](std::size_t p) { all[p] = matchOne(p); });
    return all;
}

}  // namespace sitefit::core
