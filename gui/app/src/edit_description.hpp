#pragma once

#include <QCoreApplication>
#include <QString>

#include "pending_edits.hpp"

namespace sitefit::gui {

// A pending edit in the words of the undo stack and the Edit History panel.
class EditDescription {
    Q_DECLARE_TR_FUNCTIONS(sitefit::gui::EditDescription)
public:
    // "parcels JP-0044: status = reserved" ("(empty)" for an empty value).
    [[nodiscard]] static QString of(const PendingEdit& change);
    // "Pin P024 → JP-0044", "Exclude JP-0044 for P001", "Remove the link P024=JP-0044".
    [[nodiscard]] static QString of(const PendingLinkEdit& change);
};

}  // namespace sitefit::gui
