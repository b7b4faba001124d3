#pragma once

#include <QColor>
#include <QImage>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/map_renderer.hpp"
#include "test_dataset.hpp"

namespace sitefit::test {

// Coordinates of the hand-made districts are offsets from this point (EPSG:4549), as in
// tests/gis/test_dataset.hpp.
inline constexpr double kOriginX = 400000.0;
inline constexpr double kOriginY = 3800000.0;

// An envelope given in offsets from the origin.
[[nodiscard]] gis::Envelope offsetEnvelope(double min_x, double min_y, double max_x, double max_y);

// Writes `layers` to a GeoPackage in a fresh temporary directory and reads it back through a
// MatchingSession with the default rule pack, as the GUI does.
[[nodiscard]] std::shared_ptr<const gui::MapData> mapDataOf(const std::vector<TestLayer>& layers);

// The committed sample district, read once per test run (never written to).
[[nodiscard]] std::shared_ptr<const gui::MapData> sampleMapData();

// The sample's first land project's ranked candidates, top `count`.
[[nodiscard]] std::shared_ptr<const gui::MapResults> sampleCandidates(std::size_t count);

// Settings showing only `layers` (all other layers absent) at `extent` and `size`.
[[nodiscard]] gui::MapSettings onlyLayers(std::vector<gui::LayerSettings> layers,
                                          const gis::Envelope& extent, QSize size);

[[nodiscard]] gui::LayerSettings layer(gui::MapLayerId id, gui::Theme theme, bool labels = false,
                                       double opacity = 1.0);

// How many pixels of `rect` differ between two images of one size.
[[nodiscard]] int differingPixels(const QImage& a, const QImage& b, const QRect& rect);

// The share of pixels (0..1) whose colour channels differ by more than `tolerance` (1 when
// the sizes differ).
[[nodiscard]] double differingShare(const QImage& a, const QImage& b, int tolerance);

// Whether two renders show the same map: no pixel differs by more than a few levels except
// at glyph edges. Qt draws a process's first few texts with glyph positions a fraction of a
// pixel off its later ones (its glyph cache), so text edges may differ by up to ~10 levels on
// a few pixels; a different extent, theme or layer changes thousands.
[[nodiscard]] bool sameMap(const QImage& a, const QImage& b);

[[nodiscard]] QColor pixelAt(const QImage& image, int x, int y);

}  // namespace sitefit::test
