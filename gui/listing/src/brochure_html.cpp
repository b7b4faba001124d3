// ListingBrochure::writeHtml: the brochure as one self-contained HTML file.

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QSaveFile>
#include <QTextStream>

#include "brochure_content.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gui/listing_brochure.hpp"
#include "sitefit/gui/listing_maps.hpp"

namespace sitefit::gui {
namespace {

using detail::BrochureContent;
using detail::SiteTable;
using detail::ZoneContent;

// Screen maps at 1.5× so they stay sharp on high-density displays and in print.
constexpr double kImageDpi = 144.0;
const QSize kOverviewSize(1500, 860);
const QSize kZoneSize(1500, 800);

// Everything inline: no font, stylesheet or script is fetched from anywhere.
constexpr const char* kStyle = R"css(
* { box-sizing: border-box; }
body { margin: 0; background: #eef1f3; color: #262626;
  font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
    "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif; font-size: 15px; line-height: 1.5; }
main { max-width: 1100px; margin: 0 auto; background: #fff; box-shadow: 0 0 24px rgba(0,0,0,.08); }
.band { background: #0e4d64; color: #fff; padding: 36px 44px 30px; border-bottom: 6px solid #e87722; }
.band .kicker { color: #d6ecf2; font-weight: bold; letter-spacing: .08em; font-size: 15px; }
.band h1 { margin: 6px 0 8px; font-size: 34px; line-height: 1.25; }
.band h2 { margin: 0 0 4px; font-size: 27px; }
.band .sub { color: #d6ecf2; font-size: 15px; }
.band .id { float: right; color: #d6ecf2; font-weight: bold; }
section { padding: 26px 44px 34px; border-bottom: 1px solid #d4d9de; }
h3 { color: #0e4d64; font-size: 18px; margin: 22px 0 12px; padding-bottom: 6px;
  border-bottom: 3px solid #e87722; display: inline-block; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 14px; margin: 6px 0 16px; }
.tile { background: #e3eef2; border-left: 5px solid #e87722; padding: 12px 14px; }
.tile .value { color: #0e4d64; font-size: 28px; font-weight: bold; }
.tile .unit { color: #0e4d64; font-size: 15px; margin-left: 4px; }
.tile .label { color: #6b7280; font-size: 13px; }
.chains { background: #e3eef2; padding: 12px 16px; margin-bottom: 16px; }
.chains strong { color: #0e4d64; }
figure { margin: 0 0 8px; }
figure img { width: 100%; height: auto; border: 1px solid #d4d9de; display: block; }
figcaption { color: #6b7280; font-size: 13px; margin-top: 6px; }
.swatch { display: inline-block; width: 18px; height: 11px; border: 2px solid #800026;
  background: #fd8d3c; vertical-align: middle; margin-right: 4px; }
.swatch.zone { background: transparent; border-color: #00b4e6; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin-bottom: 10px; }
th { background: #0e4d64; color: #fff; text-align: left; padding: 6px 7px; font-weight: bold;
  white-space: pre-line; vertical-align: bottom; }
td { padding: 5px 7px; border-bottom: 1px solid #e5e8eb; }
tr:nth-child(even) td { background: #f6f8f9; }
th.n, td.n { text-align: right; }
td.no { color: #b85b16; font-weight: bold; }
.contact { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
.contact div { background: #f6f8f9; padding: 10px 14px; border-left: 4px solid #0e4d64; }
.note { color: #6b7280; font-size: 13px; }
footer { padding: 18px 44px 28px; color: #6b7280; font-size: 13px; }
@media print { body { background: #fff; } main { box-shadow: none; }
  section.zone { page-break-before: always; } }
)css";

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString imageUri(const QImage& image) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QImage overviewImage(const std::shared_ptr<const MapData>& map, const core::Listing& listing,
                     ListingLanguage language) {
    const MapSnapshot overview = overviewMap(map, listing, kOverviewSize, kImageDpi);
    QImage image = mapImage(overview, true);
    QPainter painter(&image);
    paintZoneNames(painter, overview, listing, language);
    return image;
}

void writeTiles(QTextStream& html, const std::vector<detail::FigureTile>& tiles) {
    html << "<div class=\"tiles\">";
    for (const detail::FigureTile& tile : tiles) {
        html << "<div class=\"tile\"><span class=\"value\">" << escaped(tile.value)
             << "</span><span class=\"unit\">" << escaped(tile.unit)
             << "</span><div class=\"label\">" << escaped(tile.label) << "</div></div>";
    }
    html << "</div>\n";
}

void writeTable(QTextStream& html, const std::vector<detail::TableColumn>& columns,
                const std::vector<std::vector<QString>>& rows) {
    html << "<table><thead><tr>";
    for (const detail::TableColumn& column : columns) {
        html << "<th" << (column.numeric ? " class=\"n\"" : "") << ">" << escaped(column.title)
             << "</th>";
    }
    html << "</tr></thead><tbody>\n";
    for (const std::vector<QString>& row : rows) {
        html << "<tr>";
        for (std::size_t c = 0; c < row.size() && c < columns.size(); ++c) {
            const char* cls = c == 0 ? " class=\"no\"" : (columns[c].numeric ? " class=\"n\"" : "");
            html << "<td" << cls << ">" << escaped(row[c]) << "</td>";
        }
        html << "</tr>\n";
    }
    html << "</tbody></table>\n";
}

void writeSiteTable(QTextStream& html, const SiteTable& table) {
    if (table.rows.empty()) {
        return;
    }
    html << "<h3>" << escaped(table.title) << "</h3>\n";
    writeTable(html, table.columns, table.rows);
}

}  // namespace

void ListingBrochure::writeHtml(const std::filesystem::path& out) const {
    const BrochureContent& content = *m_content;
    QString text;
    QTextStream html(&text);
    const QString language =
        m_language == ListingLanguage::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en");
    html << "<!DOCTYPE html>\n<html lang=\"" << language
         << "\">\n<head>\n<meta charset=\"utf-8\">\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<meta name=\"generator\" content=\"sitefit\">\n"
         << "<title>" << escaped(content.kicker + QStringLiteral(" — ") + content.title)
         << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<main>\n";

    html << "<header class=\"band\"><div class=\"kicker\">" << escaped(content.kicker)
         << "</div><h1>" << escaped(content.title) << "</h1><div class=\"sub\">"
         << escaped(content.subtitle) << "</div></header>\n";
    html << "<section>\n";
    writeTiles(html, content.tiles);
    html << "<h3>"
         << escaped(
                QCoreApplication::translate("sitefit::gui::Listing", "Location in the district"))
         << "</h3>\n<figure><img alt=\""
         << escaped(QCoreApplication::translate("sitefit::gui::Listing",
                                                "Map of the district with the zones"))
         << "\" src=\"" << imageUri(overviewImage(m_map, m_listing, m_language))
         << "\"><figcaption><span class=\"swatch zone\"></span>"
         << escaped(
                QCoreApplication::translate("sitefit::gui::Listing", "zones with sites on offer"))
         << "</figcaption></figure>\n";
    html << "<h3>"
         << escaped(QCoreApplication::translate("sitefit::gui::Listing", "Zones in this brochure"))
         << "</h3>\n";
    {
        // The HTML has no pages: the last column links to the zone's section instead.
        std::vector<detail::TableColumn> columns(content.summary_columns.begin(),
                                                 content.summary_columns.end() - 1);
        std::vector<std::vector<QString>> rows;
        for (const std::vector<QString>& row : content.summary_rows) {
            rows.emplace_back(row.begin(), row.end() - 1);
        }
        writeTable(html, columns, rows);
    }
    html << "<h3>" << escaped(QCoreApplication::translate("sitefit::gui::Listing", "Contact"))
         << "</h3>\n<div class=\"contact\">";
    for (const detail::ContactLine& contact : content.contacts) {
        html << "<div><strong>" << escaped(contact.carrier) << "</strong><br>"
             << escaped(contact.details) << "</div>";
    }
    html << "</div>\n</section>\n";

    for (const ZoneContent& zone : content.zones) {
        html << "<section class=\"zone\" style=\"padding:0\">\n<div class=\"band\">";
        if (!zone.zone_id.isEmpty()) {
            html << "<span class=\"id\">" << escaped(zone.zone_id) << "</span>";
        }
        html << "<h2>" << escaped(zone.title) << "</h2><div class=\"sub\">"
             << escaped(zone.subtitle) << "</div></div>\n<section style=\"border:0\">\n";
        if (!zone.tiles.empty()) {
            writeTiles(html, zone.tiles);
            html << "<div class=\"chains\"><strong>" << escaped(zone.chains) << "</strong><br>"
                 << escaped(zone.network) << "</div>\n";
        }
        html << "<figure><img alt=\""
             << escaped(QCoreApplication::translate("sitefit::gui::Listing",
                                                    "Map of %1 with the sites on offer")
                            .arg(zone.title))
             << "\" src=\""
             << imageUri(
                    mapImage(zoneMap(m_map, m_listing, *zone.zone, kZoneSize, kImageDpi), true))
             << "\"><figcaption><span class=\"swatch\"></span>"
             << escaped(QCoreApplication::translate("sitefit::gui::Listing", "Listed sites") +
                        QStringLiteral(": ") +
                        QCoreApplication::translate("sitefit::gui::Listing",
                                                    "numbered as in the tables"))
             << "</figcaption></figure>\n";
        if (zone.zone->sites.empty()) {
            html << "<p class=\"note\">" << escaped(zone.nothing) << "</p>\n";
        }
        writeSiteTable(html, zone.land);
        writeSiteTable(html, zone.space);
        html << "</section>\n</section>\n";
    }
    html << "<footer>" << escaped(content.freshness) << "<br>" << escaped(content.footer)
         << "</footer>\n</main>\n</body>\n</html>\n";
    html.flush();

    QSaveFile file(QString::fromStdString(out.string()));
    if (!file.open(QIODevice::WriteOnly)) {
        throw Error(Error::Kind::Output,
                    "cannot create the brochure: " + file.errorString().toStdString(),
                    ErrorContext{.file = out.string()});
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        throw Error(Error::Kind::Output,
                    "cannot write the brochure: " + file.errorString().toStdString(),
                    ErrorContext{.file = out.string()});
    }
}

}  // namespace sitefit::gui
