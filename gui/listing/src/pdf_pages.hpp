#pragma once

#include <QString>
#include <filesystem>
#include <functional>
#include <string>

namespace sitefit::gui::detail {

class PageCanvas;

// The resolution the listing's PDFs are drawn at: maps are rendered for it, text laid out in it.
inline constexpr int kPdfDpi = 300;

// Writes a listing PDF of `pages` A4 portrait pages without margins (each page draws its own)
// at kPdfDpi, `title` in the document's properties: `drawPage(canvas, page)` draws page
// `page` (0-based). The file is replaced whole or not at all. `what` names the document in
// errors ("the brochure"). Throws sitefit::Error (Output) naming the file.
void writeListingPdf(const std::filesystem::path& out, const QString& title,
                     const std::string& what, int pages,
                     const std::function<void(PageCanvas& canvas, int page)>& drawPage);

}  // namespace sitefit::gui::detail
