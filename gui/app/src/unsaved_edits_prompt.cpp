#include "unsaved_edits_prompt.hpp"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace sitefit::gui {

UnsavedEditsChoice UnsavedEditsQuestions::askBeforeLeaving(QWidget* parent, int pending) {
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("The workspace has %n unsaved change(s).", "", pending),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Save them to the workspace before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Save)->setText(tr("Save"));
    box.button(QMessageBox::Discard)->setText(tr("Discard"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    switch (box.exec()) {
        case QMessageBox::Save:
            return UnsavedEditsChoice::Save;
        case QMessageBox::Discard:
            return UnsavedEditsChoice::Discard;
        default:
            return UnsavedEditsChoice::Cancel;
    }
}

bool UnsavedEditsQuestions::askToRestore(QWidget* parent, int pending, const QString& workspace) {
    QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Changes"),
                    tr("%n change(s) to %1 were not saved when sitefit last closed.", "", pending)
                        .arg(QFileInfo(workspace).fileName()),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setInformativeText(
        tr("Restore them as unsaved changes (you can then review, undo or save them), or "
           "discard them?"));
    box.button(QMessageBox::Yes)->setText(tr("Restore"));
    box.button(QMessageBox::No)->setText(tr("Discard"));
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

}  // namespace sitefit::gui
