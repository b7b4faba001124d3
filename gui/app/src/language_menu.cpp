#include "language_menu.hpp"

#include <QActionGroup>
#include <QEvent>

#include "ui_language.hpp"

namespace sitefit::gui {

LanguageMenu::LanguageMenu(QWidget* parent) : Retranslating(parent) {
    setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    m_system = addAction(QString());
    m_system->setObjectName(QStringLiteral("actionLanguageSystem"));
    addSeparator();
    // Each language is named in itself, so a planner finds theirs whatever is shown now.
    m_english = addAction(QStringLiteral("English"));
    m_english->setObjectName(QStringLiteral("actionLanguageEnglish"));
    m_chinese = addAction(QStringLiteral("中文（简体）"));
    m_chinese->setObjectName(QStringLiteral("actionLanguageChinese"));
    for (QAction* action : {m_system, m_english, m_chinese}) {
        action->setCheckable(true);
        m_group->addAction(action);
    }
    connect(m_system, &QAction::triggered, this, [this] { choose(QString()); });
    connect(m_english, &QAction::triggered, this,
            [this] { choose(QString::fromLatin1(UiLanguage::kEnglish)); });
    connect(m_chinese, &QAction::triggered, this,
            [this] { choose(QString::fromLatin1(UiLanguage::kChinese)); });
    check(UiLanguage::storedChoice());
    retranslateUi();
}

void LanguageMenu::choose(const QString& language) {
    UiLanguage::storeChoice(language);
    const QString applied = language.isEmpty() ? UiLanguage::systemLanguage() : language;
    check(language);
    if (applied != UiLanguage::current()) {
        UiLanguage::apply(applied);
    }
    emit languageChanged(applied);
}

void LanguageMenu::check(const QString& choice) {
    if (choice.isEmpty()) {
        m_system->setChecked(true);
    } else if (choice == QLatin1String(UiLanguage::kChinese)) {
        m_chinese->setChecked(true);
    } else {
        m_english->setChecked(true);
    }
}

void LanguageMenu::retranslateUi() {
    setTitle(tr("&Language"));
    m_system->setText(tr("System Default"));
}

}  // namespace sitefit::gui
