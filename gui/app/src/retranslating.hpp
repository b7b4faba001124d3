#pragma once

#include <QEvent>

namespace sitefit::gui {

// A widget whose texts follow the UI language: when the language changes (LanguageMenu
// installs another translator), Qt sends every widget a LanguageChange event, and the widget
// sets its texts again through tr(). Base is the Qt class the widget would otherwise derive
// from (QWidget, QMenu, QStatusBar).
template <typename Base>
class Retranslating : public Base {
public:
    using Base::Base;

protected:
    // Sets every text the widget shows, through tr(), in the current language.
    virtual void retranslateUi() = 0;

    void changeEvent(QEvent* event) override {
        Base::changeEvent(event);
        if (event->type() == QEvent::LanguageChange) {
            retranslateUi();
        }
    }
};

}  // namespace sitefit::gui
