#pragma once

#include <QString>

namespace sitefit::gui::detail {

// English has no catalogue (it is the source language), so a "%n parcel(s)" message comes
// back with its "(s)" still in it: resolve it for the count. A translation (Chinese) has
// no "(s)" and passes unchanged.
[[nodiscard]] inline QString resolvePlural(QString text, int count) {
    return text.replace(QStringLiteral("(s)"), count == 1 ? QString() : QStringLiteral("s"));
}

}  // namespace sitefit::gui::detail
