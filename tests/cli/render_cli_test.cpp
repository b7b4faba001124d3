#include <gtest/gtest.h>

#include <QColor>
#include <QImage>

#include <array>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "command_runner.hpp"

using namespace sitefit::test;

namespace {

// The sample's zones are of all four kinds; their fills in the zone_kind theme
// (gui/render/src/symbology.cpp), exactly as the legend shows them.
struct KindColour {
    const char* kind;
    QRgb rgb;
};
constexpr std::array kZoneKindColours{KindColour{"high_tech_zone", qRgb(0xb9, 0xd4, 0xea)},
                                      KindColour{"industrial_park", qRgb(0xf6, 0xd2, 0xa4)},
                                      KindColour{"township_cluster", qRgb(0xcf, 0xe6, 0xb0)},
                                      KindColour{"specialty_park", qRgb(0xdc, 0xc8, 0xe4)}};

constexpr const char* kAsOf = "2025-03-01";

// Pixels of exactly `rgb` in the middle third of the image's width: the map, clear of the
// legend (right) whose swatches carry the same colours.
int countInMiddle(const QImage& image, QRgb rgb) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = image.width() / 3; x < 2 * image.width() / 3; ++x) {
            if ((image.pixel(x, y) & 0xffffffU) == (rgb & 0xffffffU)) {
                ++count;
            }
        }
    }
    return count;
}

}  // namespace

TEST(RenderCli, PngHasTheRequestedSizeAndTheZoneColours) {
    ScratchDir dir;
    const std::string before = readFile(SITEFIT_SAMPLE);
    const auto out = dir / "zones.png";
    const CommandResult result =
        runSitefit({"render", SITEFIT_SAMPLE, "--out", out.string(), "--layers", "zones", "--size",
                    "640x400", "--as-of", kAsOf, "--quiet"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Wrote " + out.string()), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("640 × 400 px"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("scale 1:"), std::string::npos) << result.out;

    const QImage image(QString::fromStdString(out.string()));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 640);
    EXPECT_EQ(image.height(), 400);
    // The zones span 12.4 km × 14.8 km, 38 m a pixel here: every kind has zones of several
    // hundred pixels in the middle third (480 to 720 when this test was written).
    for (const KindColour& colour : kZoneKindColours) {
        EXPECT_GT(countInMiddle(image, colour.rgb), 200) << colour.kind;
    }

    // The control: without the zones layer none of those colours appears.
    const auto points = dir / "enterprises.png";
    ASSERT_EQ(runSitefit({"render", SITEFIT_SAMPLE, "--out", points.string(), "--layers",
                          "enterprises", "--size", "640x400", "-q"})
                  .exit_code,
              0);
    const QImage control(QString::fromStdString(points.string()));
    for (const KindColour& colour : kZoneKindColours) {
        EXPECT_EQ(countInMiddle(control, colour.rgb), 0) << colour.kind;
    }
    EXPECT_EQ(readFile(SITEFIT_SAMPLE), before) << "render changed the sample";
}

TEST(RenderCli, ExtentAndSizeGiveTheScale) {
    ScratchDir dir;
    const auto out = dir / "zoom.png";
    // 1,000 m in 500 px: 2 m a pixel; at 96 dpi a pixel is 0.0254 / 96 m, so
    // 1 : 2 × 96 / 0.0254 = 1 : 7,559.
    const CommandResult result =
        runSitefit({"render", SITEFIT_SAMPLE, "--out", out.string(), "--extent",
                    "424000,3827000,425000,3828000", "--size", "500x500", "--as-of", kAsOf, "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("scale 1:7,559"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("424000.0, 3827000.0 – 425000.0, 3828000.0"), std::string::npos)
        << result.out;
    const QImage image(QString::fromStdString(out.string()));
    EXPECT_EQ(image.size(), QSize(500, 500));
}

TEST(RenderCli, PlanMapWithTitle) {
    ScratchDir dir;
    const auto out = dir / "plan.png";
    const CommandResult result =
        runSitefit({"render", SITEFIT_SAMPLE, "--out", out.string(), "--plan", "--title",
                    "海州区 allocation plan", "--size", "800x600", "--as-of", kAsOf});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find("projects placed"), std::string::npos) << result.err;
    const QImage image(QString::fromStdString(out.string()));
    EXPECT_EQ(image.size(), QSize(800, 600));
}

TEST(RenderCli, ProjectCandidates) {
    ScratchDir dir;
    const auto out = dir / "p001.png";
    const CommandResult result =
        runSitefit({"render", SITEFIT_SAMPLE, "--out", out.string(), "--project", "P001",
                    "--layers", "zones,parcels:far", "--size", "400x300", "--as-of", kAsOf});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find("P001: "), std::string::npos) << result.err;
    EXPECT_TRUE(std::filesystem::exists(out));

    const CommandResult unknown = runSitefit({"render", SITEFIT_SAMPLE, "--out", out.string(),
                                              "--project", "NOPE", "--as-of", kAsOf, "-q"});
    EXPECT_EQ(unknown.exit_code, 2) << unknown.err;
    EXPECT_NE(unknown.err.find("NOPE"), std::string::npos) << unknown.err;
}

TEST(RenderCli, PdfIsOnePage) {
    ScratchDir dir;
    const auto out = dir / "map.pdf";
    const CommandResult result =
        runSitefit({"render", SITEFIT_SAMPLE, "--out", out.string(), "--title", "Haizhou", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(readFile(out).substr(0, 5), "%PDF-");
    const CommandResult info = runCommand("pdfinfo", {out.string()});
    ASSERT_EQ(info.exit_code, 0) << info.err;
    const std::size_t pages = info.out.find("Pages:");
    ASSERT_NE(pages, std::string::npos) << info.out;
    EXPECT_EQ(std::stoi(info.out.substr(pages + 6)), 1) << info.out;
}

TEST(RenderCli, UnknownLayerListsTheValidOnes) {
    ScratchDir dir;
    const auto out = dir / "x.png";
    const CommandResult result =
        runSitefit({"render", SITEFIT_SAMPLE, "--out", out.string(), "--layers", "zones,roads"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("'roads'"), std::string::npos) << result.err;
    EXPECT_NE(
        result.err.find("zones, parcels, capacity, buildings, enterprises, candidates, allocation"),
        std::string::npos)
        << result.err;
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(RenderCli, UsageErrorsExitTwoBeforeLoading) {
    ScratchDir dir;
    const std::string out = (dir / "x.png").string();
    // Each with the words the message must contain.
    const std::array<std::pair<std::vector<std::string>, std::string>, 6> cases{{
        {{"--size", "1920"}, "--size '1920'"},
        {{"--size", "0x100"}, "WIDTHxHEIGHT"},
        {{"--extent", "1,2,3"}, "--extent '1,2,3'"},
        {{"--extent", "5,0,1,10"}, "is empty"},
        {{"--layers", "zones:far"}, "zone_kind, chain, single"},
        {{"--out", (dir / "x.jpg").string()}, ".png or .pdf"},
    }};
    for (const auto& [options, words] : cases) {
        std::vector<std::string> arguments{"render", SITEFIT_SAMPLE};
        if (options[0] != "--out") {
            arguments.insert(arguments.end(), {"--out", out});
        }
        arguments.insert(arguments.end(), options.begin(), options.end());
        const CommandResult result = runSitefit(arguments);
        EXPECT_EQ(result.exit_code, 2) << options[0] << " " << options[1];
        EXPECT_NE(result.err.find(words), std::string::npos) << result.err;
    }
    EXPECT_FALSE(std::filesystem::exists(out));
}

// `render --plan` applies the planners' stored pins and exclusions as `allocate` does
// (docs/shared-workspace.md, "Pins and exclusions"). As of kAsOf, left alone, P001 takes
// YY-0021 and nothing takes parcel GX-0101 (`sitefit allocate` on the sample); a stored pin
// P001=GX-0101 puts P001 there, and the plan drawn shows it: the allocation's outline
// (#08306b, gui/render/src/symbology.cpp) appears on a map of GX-0101 only with the pin.
TEST(RenderCli, PlanAppliesTheStoredPins) {
    ScratchDir dir;
    const auto workspace = dir / "haizhou.gpkg";
    std::filesystem::copy_file(SITEFIT_SAMPLE, workspace);
    CommandResult result = runSitefit({"edit", workspace.string(), "--pin", "P001=GX-0101", "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;

    // 400 m around GX-0101 (its bounding box is 421735–421967 E, 3829536–3829862 N).
    const auto render = [&](const std::string& name, std::vector<std::string> extra) {
        const auto out = dir / name;
        std::vector<std::string> arguments{
            "render",     workspace.string(), "--out",
            out.string(), "--plan",           "--layers",
            "allocation", "--extent",         "421700,3829500,422000,3829900",
            "--size",     "400x400",          "--as-of",
            kAsOf};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        const CommandResult rendered = runSitefit(arguments);
        EXPECT_EQ(rendered.exit_code, 0) << rendered.err;
        return std::make_pair(rendered, QImage(QString::fromStdString(out.string())));
    };
    constexpr QRgb kAllocationOutline = qRgb(0x08, 0x30, 0x6b);
    const auto [pinned, pinnedImage] = render("pinned.png", {});
    ASSERT_FALSE(pinnedImage.isNull());
    EXPECT_NE(pinned.err.find("Stored links applied (1):\n  pin P001=GX-0101"), std::string::npos)
        << pinned.err;
    EXPECT_NE(pinned.err.find("Plan: 42 of 48 projects placed"), std::string::npos) << pinned.err;
    // The parcel's outline, a few pixels wide around a 230 × 330 m parcel at 1 m a pixel
    // (222 pixels when this test was written).
    EXPECT_GT(countInMiddle(pinnedImage, kAllocationOutline), 100);

    // The control: the same map without the stored links has nothing placed there.
    const auto [ignored, ignoredImage] = render("ignored.png", {"--ignore-stored-links", "-q"});
    ASSERT_FALSE(ignoredImage.isNull());
    EXPECT_EQ(countInMiddle(ignoredImage, kAllocationOutline), 0);
    EXPECT_EQ(ignored.err.find("Stored links"), std::string::npos) << ignored.err;

    // --ignore-stored-links is about the plan.
    result = runSitefit(
        {"render", workspace.string(), "--out", (dir / "x.png").string(), "--ignore-stored-links"});
    EXPECT_EQ(result.exit_code, 2) << result.err;
}
