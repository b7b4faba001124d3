#include "sitefit/gui/translation_catalogue.hpp"

#include <QFile>

namespace sitefit::gui {

QString translationCatalogue(const QString& language) {
    const QString path = QStringLiteral(":/i18n/sitefit_%1.qm").arg(language);
    return QFile::exists(path) ? path : QString();
}

}  // namespace sitefit::gui
