#include <gtest/gtest.h>

#include <QPainter>
#include <cstdlib>

#include "render_test_data.hpp"
#include "sitefit/gui/map_export.hpp"

// Renders of the sample district compared with committed reference images. Set
// SITEFIT_UPDATE_REFERENCES=1 to write the references instead (then look at them before
// committing them).
namespace sitefit::gui {
namespace {

const std::filesystem::path kReferenceDir = std::filesystem::path(SITEFIT_TEST_DATA) / "render";

// A channel may be off by this much: text antialiasing and hinting differ a little between
// FreeType builds, geometry does not.
constexpr int kChannelTolerance = 24;
// And this share of pixels may differ by more: glyph edges shifted by a pixel on another
// machine, never a wrong colour over an area (one parcel alone is ~0.5 % at full extent).
constexpr double kMaxDifferingShare = 0.004;

bool updating() {
    const char* update = std::getenv("SITEFIT_UPDATE_REFERENCES");
    return update != nullptr && std::string(update) == "1";
}

QImage renderWithDecorations(const MapSnapshot& snapshot, const MapLayout& layout) {
    QImage image = renderMap(snapshot);
    QPainter painter(&image);
    drawDecorations(painter, snapshot, layout);
    painter.end();
    return image.convertToFormat(QImage::Format_RGB32);
}

void compareWithReference(const QImage& image, const std::string& name) {
    const std::filesystem::path reference = kReferenceDir / (name + ".png");
    if (updating()) {
        std::filesystem::create_directories(kReferenceDir);
        ASSERT_TRUE(image.save(QString::fromStdString(reference.string()), "PNG", 9));
        GTEST_SKIP() << "wrote " << reference;
    }
    QImage expected;
    ASSERT_TRUE(expected.load(QString::fromStdString(reference.string())))
        << reference << " is missing: run with SITEFIT_UPDATE_REFERENCES=1";
    expected = expected.convertToFormat(QImage::Format_RGB32);
    ASSERT_EQ(image.size(), expected.size());
    QImage diff(image.size(), QImage::Format_RGB32);
    diff.fill(Qt::white);
    long differing = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb a = image.pixel(x, y);
            const QRgb b = expected.pixel(x, y);
            const int delta =
                std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                          std::abs(qBlue(a) - qBlue(b))});
            if (delta > kChannelTolerance) {
                ++differing;
                diff.setPixel(x, y, qRgb(255, 0, 0));
            }
        }
    }
    const double share =
        static_cast<double>(differing) / (static_cast<double>(image.width()) * image.height());
    if (share > kMaxDifferingShare) {
        // Left in the build tree for a look: the render and the differing pixels in red.
        image.save(QString::fromStdString(name + ".actual.png"));
        diff.save(QString::fromStdString(name + ".diff.png"));
    }
    EXPECT_LE(share, kMaxDifferingShare)
        << differing << " pixels differ from " << reference << "; see " << name
        << ".actual.png and .diff.png in the test's working directory";
}

MapSnapshot sampleSnapshot(QSize size) {
    MapSnapshot snapshot;
    snapshot.data = test::sampleMapData();
    snapshot.results = test::sampleCandidates(10);
    snapshot.settings.layers = defaultLayerSettings();
    snapshot.settings.extent = snapshot.data->extent();
    snapshot.settings.size = size;
    return snapshot;
}

TEST(ReferenceImageTest, SampleDistrictAtFullExtent) {
    const MapSnapshot snapshot = sampleSnapshot(QSize(800, 600));
    compareWithReference(
        renderWithDecorations(snapshot,
                              MapLayout{QStringLiteral("海州区 产业载体"), true, true, true, {}}),
        "haizhou_full");
}

TEST(ReferenceImageTest, SampleDistrictZoomedOnTheBestCandidate) {
    MapSnapshot snapshot = sampleSnapshot(QSize(800, 600));
    const auto& best = snapshot.results->candidates.front();
    const core::SiteFacts& site = snapshot.data->sites.at(best.site);
    const gis::Envelope envelope = snapshot.data->parcels->feature(site.index).envelope;
    // 1.6 km around the best candidate: parcel ids, ranks and zone names all readable.
    const double cx = (envelope.min_x + envelope.max_x) / 2.0;
    const double cy = (envelope.min_y + envelope.max_y) / 2.0;
    snapshot.settings.extent = gis::Envelope{cx - 800.0, cy - 600.0, cx + 800.0, cy + 600.0};
    for (LayerSettings& layer : snapshot.settings.layers) {
        if (layer.layer == MapLayerId::Parcels) {
            layer.labels = true;
        }
    }
    compareWithReference(renderWithDecorations(snapshot, MapLayout{{}, true, true, true, {}}),
                         "haizhou_zoomed");
}

TEST(ReferenceImageTest, SampleCapacityAtFullExtent) {
    MapSnapshot snapshot = sampleSnapshot(QSize(800, 600));
    for (LayerSettings& layer : snapshot.settings.layers) {
        layer.visible = layer.layer == MapLayerId::Zones || layer.layer == MapLayerId::Capacity;
        layer.labels = layer.layer == MapLayerId::Capacity;
    }
    compareWithReference(renderWithDecorations(
                             snapshot, MapLayout{QStringLiteral("可供土地"), true, true, true, {}}),
                         "haizhou_capacity");
}

}  // namespace
}  // namespace sitefit::gui
