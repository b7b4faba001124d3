#include "sitefit/core/matcher.hpp"

#include <algorithm>
#include <limits>

#include "match_context.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::core {

Matcher::Matcher(const District& district, const IndustryCatalogue& catalogue,
                 const RulePack& rules, const std::vector<SiteFacts>& sites, Date as_of)
    : m_district(district), m_catalogue(catalogue), m_rules(rules), m_sites(sites), m_asOf(as_of) {
    for (std::size_t s = 0; s < sites.size(); ++s) {
        (sites[s].type == SiteType::Parcel ? m_parcelsBySize : m_spacesBySize).push_back(s);
    }
    const auto bySize = [&sites](std::size_t a, std::size_t b) {
        const auto size = [](const SiteFacts& site) {
            return site.type == SiteType::Parcel ? site.area_m2 : site.vacant_m2;
        };
        return size(sites[a]) < size(sites[b]);
    };
    std::stable_sort(m_parcelsBySize.begin(), m_parcelsBySize.end(), bySize);
    std::stable_sort(m_spacesBySize.begin(), m_spacesBySize.end(), bySize);
    for (const Project& project : district.projects) {
        if (catalogue.category(project.category_code) == nullptr) {
            throw Error(Error::Kind::Input,
                        "category '" + project.category_code + "' is not in the catalogue",
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

std::vector<ConstraintFailure> Matcher::check(const Project& project, const SiteFacts& site) const {
    return detail::checkConstraints({m_district, m_catalogue, m_rules, m_asOf}, project, site);
}

std::map<Criterion, double> Matcher::score(const Project& project, const SiteFacts& site) const {
    return detail::scoreCriteria({m_district, m_catalogue, m_rules, m_asOf}, project, site);
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
    std::vector<std::size_t> found(first, last);
    std::sort(found.begin(), found.end());  // back to site order: rejections read naturally
    return found;
}

ProjectMatch Matcher::match(std::size_t projectIndex, Detail detail) const {
    const Project& project = m_district.projects.at(projectIndex);
    const SiteType wanted = project.need == ProjectNeed::Land ? SiteType::Parcel : SiteType::Space;
    ProjectMatch result;
    result.project = projectIndex;
    std::vector<std::size_t> considered;
    if (detail == Detail::CandidatesOnly) {
        const double need = wanted == SiteType::Parcel ? project.land_m2.value_or(0.0)
                                                       : project.floor_m2.value_or(0.0);
        const double most = wanted == SiteType::Parcel
                                ? need * (1.0 + m_rules.land_oversize_tolerance)
                                : std::numeric_limits<double>::infinity();
        considered = sitesInSizeRange(wanted, need, most);
    } else {
        considered = wanted == SiteType::Parcel ? m_parcelsBySize : m_spacesBySize;
        std::sort(considered.begin(), considered.end());
    }
    for (const std::size_t s : considered) {
        const SiteFacts& site = m_sites[s];
        std::vector<ConstraintFailure> failures = check(project, site);
        if (!failures.empty()) {
            if (detail == Detail::WithRejections) {
                result.rejected.push_back({s, std::move(failures)});
            }
            continue;
        }
        Candidate candidate;
        candidate.site = s;
        candidate.criteria = score(project, site);
        candidate.score = total(candidate.criteria, m_rules.weights);
        result.candidates.push_back(std::move(candidate));
    }
    std::sort(result.candidates.begin(), result.candidates.end(),
              [this](const Candidate& a, const Candidate& b) {
                  if (a.score != b.score) {
                      return a.score > b.score;
                  }
                  return m_sites[a.site].site_id < m_sites[b.site].site_id;
              });
    for (std::size_t i = 0; i < result.candidates.size(); ++i) {
        result.candidates[i].rank = static_cast<int>(i + 1);
    }
    return result;
}

std::vector<ProjectMatch> Matcher::matchAll(Detail detail) const {
    std::vector<ProjectMatch> all;
    all.reserve(m_district.projects.size());
    for (std::size_t p = 0; p < m_district.projects.size(); ++p) {
        all.push_back(match(p, detail));
    }
    return all;
}

}  // namespace sitefit::core
