#include "pdf_pages.hpp"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "page_canvas.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::gui::detail {
namespace {

[[noreturn]] void throwOutput(const std::filesystem::path& out, const std::string& message) {
    throw Error(Error::Kind::Output, message, ErrorContext{.file = out.string()});
}

}  // namespace

void writeListingPdf(const std::filesystem::path& out, const QString& title,
                     const std::string& what, int pages,
                     const std::function<void(PageCanvas& canvas, int page)>& drawPage) {
    QSaveFile file(QString::fromStdString(out.string()));
    if (!file.open(QIODevice::WriteOnly)) {
        throwOutput(out, "cannot create " + what + ": " + file.errorString().toStdString());
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(kPdfDpi);
        writer.setCreator(QStringLiteral("sitefit"));
        writer.setTitle(title);
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            throwOutput(out, "cannot start the PDF");
        }
        PageCanvas canvas(painter, kPdfDpi);
        for (int page = 0; page < pages; ++page) {
            if (page > 0) {
                writer.newPage();
            }
            drawPage(canvas, page);
        }
        painter.end();
    }
    if (!file.commit()) {
        throwOutput(out, "cannot write " + what + ": " + file.errorString().toStdString());
    }
}

}  // namespace sitefit::gui::detail
