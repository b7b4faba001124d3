#include "pdf_pages.hpp"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

namespace sitefit::gui::detail {

void setUpListingPdf(QPdfWriter& writer, const QString& title) {
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(kPdfDpi);
    writer.setCreator(QStringLiteral("sitefit"));
    writer.setTitle(title);
}

}  // namespace sitefit::gui::detail
