#include <gtest/gtest.h>

#include <QImage>
#include <array>
#include <cstdio>
#include <fstream>
#include <regex>

#include "render_test_data.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gui/map_export.hpp"

namespace sitefit::gui {
namespace {

MapSnapshot sampleSnapshot() {
    MapSnapshot snapshot;
    snapshot.data = test::sampleMapData();
    snapshot.results = test::sampleCandidates(10);
    snapshot.settings.layers = defaultLayerSettings();
    snapshot.settings.extent = snapshot.data->extent();
    snapshot.settings.size = QSize(640, 480);
    return snapshot;
}

const MapLayout kLayout{QStringLiteral("海州区 招商载体"), true, true, true, {}};

// The standard output of a shell command.
std::string commandOutput(const std::string& command) {
    std::string output;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return output;
    }
    std::array<char, 4096> buffer{};
    std::size_t read = 0;
    while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        output.append(buffer.data(), read);
    }
    pclose(pipe);
    return output;
}

std::size_t filesIn(const std::filesystem::path& dir) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir),
                                                  std::filesystem::directory_iterator()));
}

TEST(MapExportTest, PngHasTheRequestedSizeAndReadsBack) {
    const test::TempDir dir;
    const auto out = dir / "map.png";
    const MapSnapshot snapshot = sampleSnapshot();
    exportMap(snapshot, kLayout, out);
    QImage image;
    ASSERT_TRUE(image.load(QString::fromStdString(out.string())));
    EXPECT_EQ(image.size(), QSize(640, 480));
    // The decorations are on it: the map alone differs from it.
    QImage bare = renderMap(snapshot).convertToFormat(image.format());
    EXPECT_GT(test::differingPixels(image, bare, image.rect()), 1000);
    EXPECT_EQ(filesIn(dir.path()), 1U);  // no temporary file left behind

    // Written again over the old file: replaced, still one file.
    exportMap(snapshot, MapLayout{}, dir / "MAP2.PNG");
    EXPECT_EQ(filesIn(dir.path()), 2U);
}

TEST(MapExportTest, PdfIsOneA4LandscapePageWithTheCjkFontEmbedded) {
    const test::TempDir dir;
    const auto out = dir / "map.pdf";
    exportMap(sampleSnapshot(), kLayout, out);
    std::ifstream file(out, std::ios::binary);
    std::string head(5, '\0');
    file.read(head.data(), 5);
    EXPECT_EQ(head, "%PDF-");

    const std::string info = commandOutput("pdfinfo '" + out.string() + "' 2>&1");
    EXPECT_TRUE(std::regex_search(info, std::regex("Pages: +1\n"))) << info;
    // A4 landscape: 297 × 210 mm = 841.89 × 595.28 pt, which pdfinfo rounds.
    EXPECT_TRUE(std::regex_search(
        info, std::regex("Page size: +84[12](\\.[0-9]+)? x 595(\\.[0-9]+)? pts \\(A4\\)")))
        << info;

    const std::string fonts = commandOutput("pdffonts '" + out.string() + "' 2>&1");
    bool embeddedWqy = false;
    std::size_t start = 0;
    while (start < fonts.size()) {
        const std::size_t end = fonts.find('\n', start);
        const std::string line = fonts.substr(start, end - start);
        // Columns: name type encoding emb sub uni object ID.
        if (line.find("WenQuanYi") != std::string::npos &&
            line.find(" yes ") != std::string::npos) {
            embeddedWqy = true;
        }
        start = end == std::string::npos ? fonts.size() : end + 1;
    }
    EXPECT_TRUE(embeddedWqy) << fonts;
    EXPECT_EQ(filesIn(dir.path()), 1U);
}

// A map made without some features says so at its foot: drawn at the bottom right, clear of
// the scale bar, and searchable text in the PDF.
TEST(MapExportTest, TheFootnoteIsAtTheBottomRightAndInThePdfText) {
    const test::TempDir dir;
    const MapSnapshot snapshot = sampleSnapshot();
    MapLayout noted = kLayout;
    noted.footnote = QStringLiteral("Excludes 5 flawed features set aside (see sitefit check)");
    exportMap(snapshot, kLayout, dir / "plain.png");
    exportMap(snapshot, noted, dir / "noted.png");
    QImage plain;
    QImage withNote;
    ASSERT_TRUE(plain.load(QString::fromStdString((dir / "plain.png").string())));
    ASSERT_TRUE(withNote.load(QString::fromStdString((dir / "noted.png").string())));
    // Map labels come out a shade different from one render to the next (glyph caching);
    // the footnote's text is dark on white: only such pixels count.
    const auto darkened = [&](const QRect& rect) {
        int count = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x) {
                count += qGray(plain.pixel(x, y)) - qGray(withNote.pixel(x, y)) > 96 ? 1 : 0;
            }
        }
        return count;
    };
    const QRect foot(0, 440, 640, 40);         // the bottom 40 px
    const QRect footRight(480, 440, 160, 40);  // their right quarter: the line ends there
    EXPECT_GT(darkened(footRight), 100);
    EXPECT_EQ(darkened(withNote.rect()), darkened(foot))
        << "the footnote drew above the foot of the map";

    exportMap(snapshot, noted, dir / "noted.pdf");
    const std::string text = commandOutput("pdftotext '" + (dir / "noted.pdf").string() + "' -");
    EXPECT_NE(text.find("Excludes 5 flawed features set aside"), std::string::npos) << text;
}

TEST(MapExportTest, AnUnknownExtensionIsAUsageError) {
    const test::TempDir dir;
    try {
        exportMap(sampleSnapshot(), kLayout, dir / "map.svg");
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Usage);
        EXPECT_NE(std::string(e.what()).find("map.svg"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find(".pdf"), std::string::npos);
    }
    EXPECT_EQ(filesIn(dir.path()), 0U);
}

TEST(MapExportTest, AFailedWriteIsAnOutputErrorNamingTheFile) {
    const test::TempDir dir;
    for (const char* name : {"map.png", "map.pdf"}) {
        const auto out = dir / "missing-folder" / name;
        try {
            exportMap(sampleSnapshot(), kLayout, out);
            FAIL() << "no error for " << name;
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::Output);
            EXPECT_EQ(e.context().file, out.string());
            EXPECT_NE(std::string(e.what()).find(out.string()), std::string::npos);
        }
    }
}

}  // namespace
}  // namespace sitefit::gui
