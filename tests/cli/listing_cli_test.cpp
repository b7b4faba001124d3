// `sitefit listing`: brochures (PDF, HTML) and vacancy feeds (GeoJSON, CSV) for the sample's
// carriers, on copies of sample-data/haizhou.gpkg. The PDF is checked as a reader sees it
// (poppler: pdfinfo, pdftotext, pdftoppm), the HTML for being self-contained, the feed as
// RFC 7946 GeoJSON and through GDAL. Figures are the sample's, checked by hand against
// `sitefit capacity`.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <QColor>
#include <QImage>
#include <QString>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "command_runner.hpp"

using namespace sitefit::test;
using nlohmann::json;

namespace {

constexpr const char* kAsOf = "2025-03-01";
constexpr const char* kHighTech = "海州高新区管委会";
// The sample's zones and their operators (the zones' `carrier` field): 海州工业园管委会 runs two.
const std::vector<std::string> kCarriers{
    "海州高新区管委会", "海州工业园管委会", "上海均和集团",  "连云港海州医疗器械产业园发展有限公司",
    "锦屏镇人民政府",   "新坝镇人民政府",   "浦南镇人民政府"};

class SampleCopy {
public:
    SampleCopy() : m_original(readFile(SITEFIT_SAMPLE)) {
        std::filesystem::copy_file(SITEFIT_SAMPLE, m_dir / "haizhou.gpkg");
    }
    ~SampleCopy() { EXPECT_EQ(readFile(SITEFIT_SAMPLE), m_original) << "the sample was changed"; }
    SampleCopy(const SampleCopy&) = delete;
    SampleCopy& operator=(const SampleCopy&) = delete;
    [[nodiscard]] std::string path() const { return (m_dir / "haizhou.gpkg").string(); }
    [[nodiscard]] std::string file(const std::string& name) const {
        return (m_dir / name).string();
    }

private:
    std::string m_original;
    ScratchDir m_dir;
};

int pdfPages(const std::string& pdf) {
    const CommandResult info = runCommand("pdfinfo", {pdf});
    std::smatch match;
    static const std::regex pages(R"(Pages:\s+(\d+))");
    return info.exit_code == 0 && std::regex_search(info.out, match, pages)
               ? std::stoi(match[1].str())
               : -1;
}

std::string pdfText(const std::string& pdf, int first, int last) {
    return runCommand("pdftotext", {"-f", std::to_string(first), "-l", std::to_string(last),
                                    "-layout", pdf, "-"})
        .out;
}

// "Wrote x.pdf (5 pages, A4)"
int reportedPages(const std::string& out) {
    std::smatch match;
    static const std::regex pages(R"(\((\d+) pages, A4\))");
    return std::regex_search(out, match, pages) ? std::stoi(match[1].str()) : -1;
}

// Adds the optional `carriers` table to a workspace through GDAL (never to the sample).
void addCarriersTable(const std::string& workspace) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(workspace.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    ASSERT_TRUE(dataset);
    OGRLayer* layer = dataset->CreateLayer("carriers", nullptr, wkbNone, nullptr);
    ASSERT_NE(layer, nullptr);
    for (const char* name : {"carrier", "contact_name", "phone", "email", "address"}) {
        OGRFieldDefn field(name, OFTString);
        ASSERT_EQ(layer->CreateField(&field), OGRERR_NONE);
    }
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("carrier", kHighTech);
    feature.SetField("contact_name", "王晓明");
    feature.SetField("phone", "0518-85801234");
    feature.SetField("email", "invest@hz-hitech.example.cn");
    feature.SetField("address", "连云港市海州区高新大道 8 号");
    ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
}

// Adds an `edit_log` as `sitefit edit` keeps it: one change of parcel GX-0010's price.
void addEditLog(const std::string& workspace) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(workspace.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    ASSERT_TRUE(dataset);
    OGRLayer* layer = dataset->CreateLayer("edit_log", nullptr, wkbNone, nullptr);
    ASSERT_NE(layer, nullptr);
    for (const char* name :
         {"edited_at", "editor", "layer", "object_id", "field", "old_value", "new_value"}) {
        OGRFieldDefn field(name, OFTString);
        ASSERT_EQ(layer->CreateField(&field), OGRERR_NONE);
    }
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("edited_at", "2025-02-26T09:30:00Z");
    feature.SetField("editor", "wang");
    feature.SetField("layer", "parcels");
    feature.SetField("object_id", "GX-0010");
    feature.SetField("field", "land_price");
    feature.SetField("old_value", "36");
    feature.SetField("new_value", "38");
    ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
}

json zoneCapacity(const std::string& workspace, const std::string& zone_id) {
    const json capacity = json::parse(runSitefit({"capacity", workspace, "--json"}).out);
    for (const json& zone : capacity["zones"]) {
        if (zone["zone_id"] == zone_id) {
            return zone;
        }
    }
    return {};
}

// Figures as sitefit writes them: "1154.4", "281,829".
std::string oneDecimal(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

std::string grouped(double value) {
    std::string digits = std::to_string(std::llround(value));
    for (auto i = static_cast<std::ptrdiff_t>(digits.size()) - 3; i > 0; i -= 3) {
        digits.insert(static_cast<std::size_t>(i), ",");
    }
    return digits;
}

bool near(QRgb pixel, QRgb colour, int tolerance) {
    return std::abs(qRed(pixel) - qRed(colour)) <= tolerance &&
           std::abs(qGreen(pixel) - qGreen(colour)) <= tolerance &&
           std::abs(qBlue(pixel) - qBlue(colour)) <= tolerance;
}

int countNear(const QImage& image, QRgb colour, int tolerance, int top, int bottom) {
    int count = 0;
    for (int y = std::max(0, top); y < std::min(image.height(), bottom); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += near(image.pixel(x, y), colour, tolerance) ? 1 : 0;
        }
    }
    return count;
}

}  // namespace

TEST(ListingCli, BrochureForEverySampleCarrierHasItsPages) {
    SampleCopy sample;
    for (const std::string& carrier : kCarriers) {
        const std::string out = sample.file("brochure.pdf");
        const CommandResult result = runSitefit(
            {"listing", sample.path(), "--carrier", carrier, "--out", out, "--as-of", kAsOf, "-q"});
        ASSERT_EQ(result.exit_code, 0) << carrier << ": " << result.err;
        const int pages = pdfPages(out);
        EXPECT_EQ(pages, reportedPages(result.out)) << carrier << ": " << result.out;
        // A cover and at least a page per zone.
        const int zones = carrier == "海州工业园管委会" ? 2 : 1;
        EXPECT_GE(pages, 1 + zones) << carrier;
    }
}

TEST(ListingCli, HighTechZoneBrochureShowsMapChineseTextAndTheCapacityFigures) {
    SampleCopy sample;
    addCarriersTable(sample.path());
    const std::string out = sample.file("gx.pdf");
    const CommandResult result = runSitefit(
        {"listing", sample.path(), "--carrier", kHighTech, "--out", out, "--as-of", kAsOf});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // HZ-GX lists its 27 available parcels (1154.4 亩) and 74 buildings with vacancy
    // (281,829 m²), as `sitefit capacity` counts them: the zone is all the carrier's.
    EXPECT_NE(result.out.find("HZ-GX: 27 parcels, 1154.4 亩; 74 buildings, 281,829 m²"),
              std::string::npos)
        << result.out;
    const json zone = zoneCapacity(sample.path(), "HZ-GX");
    EXPECT_EQ(zone["available_parcel_count"], 27);
    EXPECT_EQ(oneDecimal(zone["available_land_mu"].get<double>()), "1154.4");
    EXPECT_EQ(grouped(zone["vacant_m2"].get<double>()), "281,829");

    // Cover, then HZ-GX: 11 parcels under its map; 16 parcels and 22 buildings; 41
    // buildings; the last 11 buildings (rows of 5.6 mm, brochure_content.hpp).
    EXPECT_EQ(pdfPages(out), 5);
    EXPECT_EQ(reportedPages(result.out), 5);

    const std::string cover = pdfText(out, 1, 1);
    EXPECT_NE(cover.find("招商载体推介"), std::string::npos) << cover;
    EXPECT_NE(cover.find(kHighTech), std::string::npos) << cover;
    EXPECT_NE(cover.find("海州高新区"), std::string::npos) << cover;
    EXPECT_NE(cover.find("1154.4"), std::string::npos) << cover;
    EXPECT_NE(cover.find("281,829"), std::string::npos) << cover;
    // The carrier's contact from the `carriers` table of the copy.
    EXPECT_NE(cover.find("0518-85801234"), std::string::npos) << cover;
    EXPECT_NE(cover.find("王晓明"), std::string::npos) << cover;
    // No edit log in the sample: said so, not invented.
    EXPECT_NE(cover.find("未保存编辑日志"), std::string::npos) << cover;

    const std::string zonePage = pdfText(out, 2, 2);
    EXPECT_NE(zonePage.find("海州高新区"), std::string::npos);
    EXPECT_NE(zonePage.find("HZ-GX"), std::string::npos);
    EXPECT_NE(zonePage.find("90.5"), std::string::npos) << "occupancy, as `sitefit capacity`";
    EXPECT_NE(zonePage.find("电子信息"), std::string::npos) << "a leading chain by name";
    EXPECT_NE(zonePage.find("联瑞新材料"), std::string::npos) << "the MAT chain leader";
    // 78 enterprises of the zone's chains, 69 of them with an annual output: 116.17 亿元 in
    // all (summed by hand from the sample), said to be theirs, not the 78's.
    std::string packed = zonePage;
    std::erase_if(packed, [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
    EXPECT_NE(packed.find("其中69家有产值数据，合计年产值116.2亿元"), std::string::npos)
        << zonePage;
    // Parcel GX-0010, number 1: 13,125 m² = 19.7 亩, FAR 1.0–2.5, 38 万元/亩, 2,000 kVA.
    std::regex row(R"(1\s+GX-0010\s+M2\s+19\.7\s+13,125\s+1\.0–2\.5\s+24\s+38\s+2,000)");
    EXPECT_TRUE(std::regex_search(zonePage, row)) << zonePage;
    for (int page = 1; page <= 5; ++page) {
        // pdftotext drops the spaces between Chinese characters.
        const std::regex number("第\\s*" + std::to_string(page) + "\\s*页\\s*/\\s*共\\s*5\\s*页");
        EXPECT_TRUE(std::regex_search(pdfText(out, page, page), number))
            << "page number on page " << page;
    }

    // The fonts are embedded (the `emb` column), so the Chinese shows anywhere.
    const CommandResult fonts = runCommand("pdffonts", {out});
    EXPECT_NE(fonts.out.find("WenQuanYi"), std::string::npos) << fonts.out;
    const std::regex font(R"(\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)");
    int fontCount = 0;
    std::istringstream lines(fonts.out);
    for (std::string line; std::getline(lines, line);) {
        std::smatch match;
        if (std::regex_search(line, match, font)) {
            ++fontCount;
            EXPECT_EQ(match[1].str(), "yes") << line;
        }
    }
    EXPECT_GE(fontCount, 1) << fonts.out;

    // The first page as a reader sees it: the overview map with the zones in their kind
    // colours (gui/render/src/symbology.cpp) and the listed zone outlined.
    const std::string png = sample.file("cover");
    ASSERT_EQ(
        runCommand("pdftoppm", {"-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", out, png})
            .exit_code,
        0);
    const QImage image(QString::fromStdString(png + ".png"));
    ASSERT_FALSE(image.isNull());
    // A4 at 50 dpi: 413 × 585; the map spans 106–230 mm from the top (209–453 px).
    EXPECT_NEAR(image.width(), 413, 1);
    const int top = 210;
    const int bottom = 450;
    const int tolerance = 12;
    EXPECT_GT(countNear(image, qRgb(0xb9, 0xd4, 0xea), tolerance, top, bottom), 40)
        << "high-tech zone fill";
    EXPECT_GT(countNear(image, qRgb(0xcf, 0xe6, 0xb0), tolerance, top, bottom), 40)
        << "township cluster fill";
    EXPECT_GT(countNear(image, qRgb(0x00, 0xb4, 0xe6), 40, top, bottom), 10)
        << "the outline of the listed zone";
    // The band of the cover in the brochure's colour.
    EXPECT_TRUE(near(image.pixel(200, 40), qRgb(0x0e, 0x4d, 0x64), 4));
}

TEST(ListingCli, HtmlIsSelfContainedAndHasTheFigures) {
    SampleCopy sample;
    for (const std::string lang : {"zh", "en"}) {
        const std::string out = sample.file("gx-" + lang + ".html");
        const CommandResult result =
            runSitefit({"listing", sample.path(), "--carrier", kHighTech, "--out", out, "--lang",
                        lang, "--as-of", kAsOf, "-q"});
        ASSERT_EQ(result.exit_code, 0) << result.err;
        const std::string html = readFile(out);
        ASSERT_FALSE(html.empty());
        for (const char* external : {"src=\"http", "href=\"http", "url(http", "src='http",
                                     "href='http", "<link", "<script", "@import", "//cdn"}) {
            EXPECT_EQ(html.find(external), std::string::npos) << external;
        }
        // Every image is inline: as many data: sources as images (an overview and a map).
        // (std::regex recurses per character: no use on a 700 kB file.)
        int images = 0;
        for (std::size_t at = html.find("<img "); at != std::string::npos;
             at = html.find("<img ", at + 1)) {
            ++images;
            const std::size_t src = html.find(" src=\"", at);
            ASSERT_NE(src, std::string::npos);
            EXPECT_LT(src, html.find('>', at));
            EXPECT_EQ(html.compare(src + 6, 22, "data:image/png;base64,"), 0)
                << html.substr(src, 40);
        }
        EXPECT_EQ(images, 2);
        EXPECT_NE(html.find("1154.4"), std::string::npos);
        EXPECT_NE(html.find("281,829"), std::string::npos);
        EXPECT_NE(html.find("GX-0010"), std::string::npos);
        EXPECT_NE(html.find("13,125"), std::string::npos);
        EXPECT_NE(html.find("B000009"), std::string::npos) << "a building with vacancy";
        if (lang == "zh") {
            EXPECT_NE(html.find("<html lang=\"zh-CN\">"), std::string::npos);
            EXPECT_NE(html.find("海州高新区"), std::string::npos);
            EXPECT_NE(html.find("可租厂房"), std::string::npos);
        } else {
            EXPECT_NE(html.find("Haizhou Hi-tech Zone"), std::string::npos);
            EXPECT_NE(html.find("Floor space to let: 74 buildings, 281,829 m² in all"),
                      std::string::npos);
            EXPECT_NE(html.find("Land on offer: 27 parcels"), std::string::npos);
        }
    }
}

TEST(ListingCli, GeoJsonFeedIsRfc7946AndReadsBackWithEverySite) {
    SampleCopy sample;
    const std::string out = sample.file("feed.geojson");
    const CommandResult result = runSitefit(
        {"listing", sample.path(), "--carrier", kHighTech, "--feed", out, "--as-of", kAsOf});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("101 sites"), std::string::npos) << result.out;
    const json feed = json::parse(readFile(out));
    EXPECT_EQ(feed["type"], "FeatureCollection");
    ASSERT_EQ(feed["features"].size(), 101U);  // 27 parcels and 74 buildings
    int parcels = 0;
    for (const json& feature : feed["features"]) {
        EXPECT_EQ(feature["type"], "Feature");
        const json& geometry = feature["geometry"];
        ASSERT_TRUE(geometry["type"] == "Polygon" || geometry["type"] == "MultiPolygon");
        const json& ring = geometry["type"] == "Polygon" ? geometry["coordinates"][0]
                                                         : geometry["coordinates"][0][0];
        for (const json& position : ring) {
            // Longitude first, near Haizhou (119.2°E, 34.6°N).
            const double lon = position[0].get<double>();
            const double lat = position[1].get<double>();
            EXPECT_GT(lon, 118.9);
            EXPECT_LT(lon, 119.5);
            EXPECT_GT(lat, 34.3);
            EXPECT_LT(lat, 34.9);
        }
        const json& properties = feature["properties"];
        EXPECT_EQ(properties["zone_id"], "HZ-GX");
        EXPECT_EQ(properties["carrier"], kHighTech);
        parcels += properties["site_type"] == "parcel" ? 1 : 0;
        EXPECT_NEAR(properties["lon"].get<double>(), ring[0][0].get<double>(), 0.01);
    }
    EXPECT_EQ(parcels, 27);
    // No `crs` member: RFC 7946 GeoJSON is WGS 84 by definition.
    EXPECT_FALSE(feed.contains("crs"));

    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(out.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(dataset);
    OGRLayer* layer = dataset->GetLayer(0);
    EXPECT_EQ(layer->GetFeatureCount(), 101);
    ASSERT_NE(layer->GetSpatialRef(), nullptr);
    EXPECT_TRUE(layer->GetSpatialRef()->IsGeographic());

    // The same sites as CSV with lon/lat columns and WKT.
    const std::string csv = sample.file("feed.csv");
    ASSERT_EQ(runSitefit({"listing", sample.path(), "--carrier", kHighTech, "--feed", csv,
                          "--as-of", kAsOf, "-q"})
                  .exit_code,
              0);
    GDALDatasetUniquePtr table(GDALDataset::Open(csv.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(table);
    OGRLayer* rows = table->GetLayer(0);
    EXPECT_EQ(rows->GetFeatureCount(), 101);
    for (const auto& row : *rows) {
        EXPECT_GT(row->GetFieldAsDouble("lon"), 118.9);
        EXPECT_LT(row->GetFieldAsDouble("lat"), 34.9);
        EXPECT_EQ(std::string(row->GetFieldAsString("WKT")).rfind("POLYGON", 0), 0U);
    }
}

TEST(ListingCli, EditLogSaysWhenASiteWasUpdated) {
    SampleCopy sample;
    addEditLog(sample.path());
    const std::string out = sample.file("gx.html");
    const CommandResult result = runSitefit({"listing", sample.path(), "--carrier", kHighTech,
                                             "--out", out, "--lang", "en", "--as-of", kAsOf, "-q"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string html = readFile(out);
    // GX-0010 was edited on 26 February, three days before the brochure's date; the log has
    // no other record, which the note explains.
    const std::size_t cell = html.find("GX-0010</td>");
    ASSERT_NE(cell, std::string::npos);
    const std::string row = html.substr(cell, html.find("</tr>", cell) - cell);
    EXPECT_NE(row.find("<td>3 d ago</td>"), std::string::npos) << row;
    EXPECT_NE(html.find("the last change of a site in the workspace's edit log"),
              std::string::npos);
    const std::string feed = sample.file("feed.geojson");
    ASSERT_EQ(runSitefit({"listing", sample.path(), "--carrier", kHighTech, "--feed", feed,
                          "--as-of", kAsOf, "-q"})
                  .exit_code,
              0);
    // Named: a range-for over a member of the temporary json::parse returns would read it
    // after it is destroyed (AddressSanitizer: heap-use-after-free).
    const json written = json::parse(readFile(feed));
    for (const json& feature : written["features"]) {
        const json& properties = feature["properties"];
        if (properties["site_id"] == "GX-0010") {
            EXPECT_EQ(properties["last_edit"], "2025-02-26");
        } else {
            EXPECT_TRUE(properties["last_edit"].is_null());
        }
    }
}

TEST(ListingCli, ZoneListingOffersEveryCarriersSitesInTheZone) {
    SampleCopy sample;
    const std::string out = sample.file("jh.pdf");
    const CommandResult result =
        runSitefit({"listing", sample.path(), "--zone", "HZ-JH", "--out", out, "--as-of", kAsOf});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // `sitefit capacity`: HZ-JH has 22 available parcels (505.7 亩) and 255,682 m² vacant.
    EXPECT_NE(result.out.find("HZ-JH: 22 parcels, 505.7 亩; 47 buildings, 255,682 m²"),
              std::string::npos)
        << result.out;
    const json zone = zoneCapacity(sample.path(), "HZ-JH");
    EXPECT_EQ(grouped(zone["vacant_m2"].get<double>()), "255,682");
    const std::string text = pdfText(out, 1, pdfPages(out));
    EXPECT_NE(text.find("均和云谷连云港智能装备产业园"), std::string::npos);
    EXPECT_NE(text.find("上海均和集团"), std::string::npos);
    // 30 places, 19 enterprises: 11 places left.
    EXPECT_NE(text.find("尚余 11 个席位"), std::string::npos) << text;
}

// An enterprise's annual output reaches a brochure only as a zone's total, and only where
// enough enterprises make it up (the rule pack's [disclosure]). HZ-JH holds 19 enterprises of
// its leading chains (EQP, ELE, MED), each with a figure: 0.59 + 0.99 + … + 1.25 = 17.63 亿元,
// summed by hand from the sample's enterprises E0274–E0292 inside the zone.
TEST(ListingCli, EnterpriseOutputIsShownOnlyAsATotalOfEnoughEnterprises) {
    SampleCopy sample;
    const auto brochure = [&](const std::string& name, std::vector<std::string> extra) {
        const std::string out = sample.file(name);
        std::vector<std::string> arguments{"listing", sample.path(), "--zone", "HZ-JH", "--out",
                                           out,       "--as-of",     kAsOf,    "-q"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        const CommandResult result = runSitefit(arguments);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return pdfText(out, 1, pdfPages(out));
    };
    const auto count = [](const std::string& text, const std::string& needle) {
        std::size_t n = 0;
        for (std::size_t at = text.find(needle); at != std::string::npos;
             at = text.find(needle, at + needle.size())) {
            ++n;
        }
        return n;
    };

    const std::string english = brochure("jh-en.pdf", {"--lang", "en"});
    EXPECT_TRUE(std::regex_search(english, std::regex(R"(19\s+enterprises\s+of\s+these\s+chains)")))
        << english;
    EXPECT_TRUE(std::regex_search(
        english, std::regex(R"(Their\s+annual\s+output:\s+17\.6\s+亿元\s+in\s+all\.)")))
        << english;
    // The total is the one figure in 亿元: no enterprise's own output is printed.
    EXPECT_EQ(count(english, "亿元"), 1U) << english;
    const std::string chinese = brochure("jh-zh.pdf", {});
    EXPECT_TRUE(std::regex_search(chinese, std::regex(R"(合计年产值\s*17\.6\s*亿元)"))) << chinese;
    EXPECT_EQ(count(chinese, "亿元"), 1U) << chinese;

    // A pack asking for 20 enterprises: the zone's 19 make no total, and none is printed.
    const std::string pack = sample.file("strict.toml");
    std::ofstream(pack) << "[pack]\nname = \"strict\"\nversion = 1\n\n[disclosure]\n"
                           "min_enterprises_in_total = 20\n";
    const std::string strict = brochure("jh-strict.pdf", {"--lang", "en", "--rules", pack});
    EXPECT_TRUE(std::regex_search(strict, std::regex(R"(19\s+enterprises\s+of\s+these\s+chains)")))
        << strict;
    EXPECT_EQ(count(strict, "亿元"), 0U) << strict;
}

TEST(ListingCli, UsageErrorsExitTwo) {
    SampleCopy sample;
    const auto code = [&](const std::vector<std::string>& extra) {
        std::vector<std::string> arguments{"listing", sample.path()};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        return runSitefit(arguments).exit_code;
    };
    EXPECT_EQ(code({}), 2) << "nothing to write";
    EXPECT_EQ(code({"--out", sample.file("x.docx")}), 2);
    EXPECT_EQ(code({"--feed", sample.file("x.kml")}), 2);
    EXPECT_EQ(code({"--out", sample.file("x.pdf"), "--lang", "fr"}), 2);
    EXPECT_EQ(code({"--out", sample.file("x.pdf"), "--as-of", "tomorrow"}), 2);
    EXPECT_EQ(code({"--out", sample.file("x.pdf"), "--zone", "HZ-XX"}), 2);
    EXPECT_EQ(code({"--out", sample.file("x.pdf"), "--carrier", "无此载体"}), 2);
    EXPECT_FALSE(std::filesystem::exists(sample.file("x.pdf")));
}
