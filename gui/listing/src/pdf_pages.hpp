#pragma once

#include <QString>

class QPdfWriter;

namespace sitefit::gui::detail {

// The resolution the listing's PDFs are drawn at: maps are rendered for it, text laid out in it.
inline constexpr int kPdfDpi = 300;

// A listing PDF's pages: A4 portrait without margins (each page draws its own), at kPdfDpi,
// with sitefit as creator and `title` in the document's properties.
void setUpListingPdf(QPdfWriter& writer, const QString& title);

}  // namespace sitefit::gui::detail
