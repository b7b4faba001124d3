#include "sitefit/gui/map_export.hpp"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <cctype>

#include "map_labels.hpp"
#include "map_painting.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::gui {
namespace {

// Print resolution of the PDF: symbol sizes and fonts scale with it, so it sets how fine
// the vector drawing's coordinates are, not a raster.
constexpr int kPdfDpi = 300;
constexpr double kPdfMarginMm = 8.0;

[[noreturn]] void throwOutput(const std::filesystem::path& out, const std::string& message) {
    throw Error(Error::Kind::Output, message, ErrorContext{.file = out.string()});
}

QString qtPath(const std::filesystem::path& path) {
    return QString::fromStdString(path.string());
}

void commit(QSaveFile& file, const std::filesystem::path& out) {
    if (!file.commit()) {
        throwOutput(out, "cannot write the map: " + file.errorString().toStdString());
    }
}

void openForWriting(QSaveFile& file, const std::filesystem::path& out) {
    if (!file.open(QIODevice::WriteOnly)) {
        throwOutput(out, "cannot create the map file: " + file.errorString().toStdString());
    }
}

void exportPng(const MapSnapshot& snapshot, const MapLayout& layout,
               const std::filesystem::path& out) {
    QImage image = renderMap(snapshot);
    if (image.isNull()) {
        throwOutput(out, "the map could not be drawn");
    }
    {
        QPainter painter(&image);
        drawDecorations(painter, snapshot, layout);
    }
    QSaveFile file(qtPath(out));
    openForWriting(file, out);
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        throwOutput(out, "cannot encode the map as PNG");
    }
    commit(file, out);
}

void exportPdf(const MapSnapshot& snapshot, const MapLayout& layout,
               const std::filesystem::path& out) {
    QSaveFile file(qtPath(out));
    openForWriting(file, out);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(kPdfMarginMm, kPdfMarginMm, kPdfMarginMm, kPdfMarginMm),
                              QPageLayout::Millimeter);
        writer.setResolution(kPdfDpi);
        writer.setCreator(QStringLiteral("sitefit"));
        writer.setTitle(layout.title);
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            throwOutput(out, "cannot start the PDF");
        }
        // On paper the title gets a band of its own above the map instead of covering it.
        const QSize paper = writer.pageLayout().paintRectPixels(kPdfDpi).size();
        double band = 0.0;
        if (!layout.title.isEmpty()) {
            const QFont font = detail::labelFont(16.0, kPdfDpi, true);
            const QFontMetricsF metrics(font);
            band = 1.6 * metrics.height();
            painter.setFont(font);
            painter.setPen(QColor(0x26, 0x26, 0x26));
            painter.drawText(
                QPointF((paper.width() - metrics.horizontalAdvance(layout.title)) / 2.0,
                        (band - metrics.height()) / 2.0 + metrics.ascent()),
                layout.title);
        }
        // The same view, at print size and resolution: the extent is widened to the map
        // frame's aspect like on screen, and symbols keep their physical size.
        MapSnapshot page = snapshot;
        page.settings.size = QSize(paper.width(), paper.height() - static_cast<int>(band));
        page.settings.dpi = kPdfDpi;
        painter.translate(0.0, band);
        detail::paintMapVector(painter, page);
        MapLayout rest = layout;
        rest.title.clear();
        drawDecorations(painter, page, rest);
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), kPdfDpi / 96.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(QPointF(0, 0), QSizeF(page.settings.size)));
        painter.end();
    }
    commit(file, out);
}

}  // namespace

void paintMap(QPainter& painter, const MapSnapshot& snapshot) {
    detail::paintMapVector(painter, snapshot);
}

void exportMap(const MapSnapshot& snapshot, const MapLayout& layout,
               const std::filesystem::path& out) {
    std::string extension = out.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".png") {
        exportPng(snapshot, layout, out);
    } else if (extension == ".pdf") {
        exportPdf(snapshot, layout, out);
    } else {
        throw Error(Error::Kind::Usage,
                    "cannot tell the map format from the extension '" + extension +
                        "': use a .png or .pdf file name",
                    ErrorContext{.file = out.string()});
    }
}

}  // namespace sitefit::gui
