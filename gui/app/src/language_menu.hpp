#pragma once

#include <QMenu>

#include "retranslating.hpp"

class QAction;
class QActionGroup;

namespace sitefit::gui {

// Settings ▸ Language: follow the system, English or 中文. The choice is stored and applied
// at once (every window retranslates itself).
class LanguageMenu : public Retranslating<QMenu> {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // Applies and stores a choice ("" = system, "en", "zh_CN"), as the menu does.
    void choose(const QString& language);

signals:
    void languageChanged(const QString& language);

private:
    void retranslateUi() override;
    void check(const QString& choice);

    QActionGroup* m_group = nullptr;
    QAction* m_system = nullptr;
    QAction* m_english = nullptr;
    QAction* m_chinese = nullptr;
};

}  // namespace sitefit::gui
