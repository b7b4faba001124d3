#include "edit_description.hpp"

namespace sitefit::gui {

QString EditDescription::of(const PendingEdit& change) {
    const QString value =
        change.value.empty() ? tr("(empty)") : QString::fromStdString(change.value);
    return tr("%1 %2: %3 = %4")
        .arg(QString::fromStdString(change.layer), QString::fromStdString(change.id),
             QString::fromStdString(change.field), value);
}

QString EditDescription::of(const PendingLinkEdit& change) {
    const QString project = QString::fromStdString(change.project_id);
    const QString site = QString::fromStdString(change.site_id);
    if (!change.kind) {
        return tr("Remove the link %1=%2").arg(project, site);
    }
    if (*change.kind == core::PlanLinkKind::Pin) {
        return tr("Pin %1 → %2").arg(project, site);
    }
    return tr("Exclude %2 for %1").arg(project, site);
}

}  // namespace sitefit::gui
