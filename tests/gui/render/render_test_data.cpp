#include "render_test_data.hpp"

#include <algorithm>
#include <cstdlib>

#include "sitefit/core/date.hpp"
#include "sitefit/core/default_rule_pack.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/gis/matching_session.hpp"

namespace sitefit::test {
namespace {

// A fixed date keeps readiness scores, and so the reference images, the same every day.
core::Date fixedDate() {
    return *core::parseIsoDate("2025-06-01");
}

struct Sample {
    std::unique_ptr<gis::MatchingSession> session;
    std::shared_ptr<const gui::MapData> data;
};

Sample& sample() {
    static Sample loaded = [] {
        Sample s;
        s.session = std::make_unique<gis::MatchingSession>(
            std::string(SITEFIT_SAMPLE_DATA) + "/haizhou.gpkg", core::defaultRulePack(),
            fixedDate(), core::silentProgress());
        s.data = gui::makeMapData(*s.session);
        return s;
    }();
    return loaded;
}

}  // namespace

gis::Envelope offsetEnvelope(double min_x, double min_y, double max_x, double max_y) {
    return {kOriginX + min_x, kOriginY + min_y, kOriginX + max_x, kOriginY + max_y};
}

std::shared_ptr<const gui::MapData> mapDataOf(const std::vector<TestLayer>& layers) {
    const TempDir dir;
    const auto path = dir / "district.gpkg";
    writeDataset(path, layers);
    const gis::MatchingSession session(path.string(), core::defaultRulePack(), fixedDate(),
                                       core::silentProgress());
    return gui::makeMapData(session);
}

std::shared_ptr<const gui::MapData> sampleMapData() {
    return sample().data;
}

std::shared_ptr<const gui::MapResults> sampleCandidates(std::size_t count) {
    const gis::MatchingSession& session = *sample().session;
    auto results = std::make_shared<gui::MapResults>();
    const auto& projects = session.district().projects;
    for (std::size_t p = 0; p < projects.size(); ++p) {
        if (projects[p].need != core::ProjectNeed::Land) {
            continue;
        }
        const core::ProjectMatch match =
            session.matcher().match(p, core::Matcher::Detail::CandidatesOnly);
        if (match.candidates.empty()) {
            continue;
        }
        results->selected_project = p;
        for (std::size_t i = 0; i < match.candidates.size() && i < count; ++i) {
            const core::Candidate& c = match.candidates[i];
            results->candidates.push_back(gui::CandidateMark{c.site, c.rank, c.score});
        }
        break;
    }
    return results;
}

gui::MapSettings onlyLayers(std::vector<gui::LayerSettings> layers, const gis::Envelope& extent,
                            QSize size) {
    gui::MapSettings settings;
    settings.extent = extent;
    settings.size = size;
    settings.layers = std::move(layers);
    return settings;
}

gui::LayerSettings layer(gui::MapLayerId id, gui::Theme theme, bool labels, double opacity) {
    gui::LayerSettings settings;
    settings.layer = id;
    settings.theme = theme;
    settings.labels = labels;
    settings.opacity = opacity;
    return settings;
}

int differingPixels(const QImage& a, const QImage& b, const QRect& rect) {
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            count += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
        }
    }
    return count;
}

double differingShare(const QImage& a, const QImage& b, int tolerance) {
    if (a.size() != b.size()) {
        return 1.0;
    }
    long differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            const int delta =
                std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                          std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
            differing += delta > tolerance ? 1 : 0;
        }
    }
    return static_cast<double>(differing) / (static_cast<double>(a.width()) * a.height());
}

bool sameMap(const QImage& a, const QImage& b) {
    return differingShare(a, b, 2) < 0.002 && differingShare(a, b, 32) == 0.0;
}

QColor pixelAt(const QImage& image, int x, int y) {
    return QColor::fromRgba(image.pixel(x, y));
}

}  // namespace sitefit::test
