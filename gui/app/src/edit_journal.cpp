#include "edit_journal.hpp"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include "sitefit/core/error.hpp"

namespace sitefit::gui {
namespace {

constexpr int kFormat = 1;

// One workspace, one journal, however the path was spelled when it was opened.
QString canonicalWorkspace(const QString& workspace) {
    const QFileInfo info(workspace);
    return info.exists() ? info.canonicalFilePath() : workspace;
}

QString text(const std::string& value) {
    return QString::fromStdString(value);
}

// "pin", "exclude", or "" for no link.
QString kindText(const std::optional<core::PlanLinkKind>& kind) {
    return kind ? text(std::string(core::toString(*kind))) : QString();
}

std::optional<core::PlanLinkKind> kindOf(const QJsonValue& value) {
    return core::parsePlanLinkKind(value.toString().toStdString());
}

}  // namespace

EditJournal::EditJournal(QString workspace) : m_workspace(std::move(workspace)) {}

QString EditJournal::filePath() const {
    const QByteArray hash = QCryptographicHash::hash(canonicalWorkspace(m_workspace).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(24);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery/") + QString::fromLatin1(hash) +
                  QStringLiteral(".json"));
}

bool EditJournal::exists() const {
    return QFileInfo::exists(filePath());
}

void EditJournal::write(const PendingEdits& edits) const {
    QJsonArray changes;
    for (const PendingEdit& edit : edits.entries()) {
        changes.append(QJsonObject{
            {QStringLiteral("layer"), text(edit.layer)},
            {QStringLiteral("id"), text(edit.id)},
            {QStringLiteral("field"), text(edit.field)},
            {QStringLiteral("value"), text(edit.value)},
            {QStringLiteral("saved_value"), text(edit.saved_value)},
            {QStringLiteral("expected_version"), static_cast<qint64>(edit.expected_version)},
        });
    }
    QJsonArray links;
    for (const PendingLinkEdit& edit : edits.links()) {
        links.append(QJsonObject{
            {QStringLiteral("project_id"), text(edit.project_id)},
            {QStringLiteral("site_id"), text(edit.site_id)},
            {QStringLiteral("kind"), kindText(edit.kind)},
            {QStringLiteral("saved_kind"), kindText(edit.saved_kind)},
        });
    }
    // "links" is optional on reading: a journal written before links could be edited has
    // none, and is still the same format.
    const QJsonObject journal{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("workspace"), canonicalWorkspace(m_workspace)},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("links"), links},
    };
    const QString path = filePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(journal).toJson()) < 0 ||
        !file.commit()) {
        throw Error(Error::Kind::Output,
                    "cannot write the recovery journal of the unsaved edits: " +
                        file.errorString().toStdString(),
                    {path.toStdString()});
    }
}

std::optional<PendingEdits> EditJournal::read() const {
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonObject journal = QJsonDocument::fromJson(file.readAll()).object();
    if (journal.value(QStringLiteral("format")).toInt() != kFormat ||
        journal.value(QStringLiteral("workspace")).toString() != canonicalWorkspace(m_workspace)) {
        return std::nullopt;
    }
    PendingEdits edits;
    for (const auto& value : journal.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject change = value.toObject();
        const auto field = [&change](const char* name) {
            return change.value(QLatin1String(name)).toString().toStdString();
        };
        edits.set(PendingEdit{
            .layer = field("layer"),
            .id = field("id"),
            .field = field("field"),
            .value = field("value"),
            .saved_value = field("saved_value"),
            .expected_version = change.value(QStringLiteral("expected_version")).toInteger(),
        });
    }
    for (const auto& value : journal.value(QStringLiteral("links")).toArray()) {
        const QJsonObject link = value.toObject();
        PendingLinkEdit edit{
            .project_id = link.value(QStringLiteral("project_id")).toString().toStdString(),
            .site_id = link.value(QStringLiteral("site_id")).toString().toStdString(),
            .kind = kindOf(link.value(QStringLiteral("kind"))),
            .saved_kind = kindOf(link.value(QStringLiteral("saved_kind"))),
        };
        if (!edit.project_id.empty() && !edit.site_id.empty() && edit.kind != edit.saved_kind) {
            edits.setLink(edit);
        }
    }
    return edits;
}

void EditJournal::remove() const {
    QFile::remove(filePath());
}

}  // namespace sitefit::gui
