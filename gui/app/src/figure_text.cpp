#include "figure_text.hpp"

#include <QLocale>

#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::gui {

QString squareMetres(double m2) {
    return QString::fromStdString(core::grouped(m2)) + QStringLiteral(" m²");
}

QString mu(double m2) {
    return QString::fromStdString(core::decimal(core::muFromSquareMetres(m2), 1)) +
           QStringLiteral(" 亩");
}

QString areaBoth(double m2) {
    return squareMetres(m2) + QStringLiteral(" (") + mu(m2) + QStringLiteral(")");
}

QString decimalText(double value, int decimals) {
    return QString::fromStdString(core::decimal(value, decimals));
}

QString groupedText(double value) {
    return QString::fromStdString(core::grouped(value));
}

QString percent(double fraction) {
    return QString::fromStdString(core::decimal(fraction * 100.0, 1)) + QStringLiteral(" %");
}

QString optionalFigure(const std::optional<double>& value, int decimals, const QString& unit) {
    if (!value) {
        return noValue();
    }
    const QString number = decimals == 0 ? groupedText(*value) : decimalText(*value, decimals);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

QString dateText(const std::optional<core::Date>& date) {
    return date ? QString::fromStdString(core::formatIsoDate(*date)) : noValue();
}

QString noValue() {
    return QStringLiteral("—");
}

QString localName(const std::string& zh, const std::string& en) {
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const std::string& first = chinese ? zh : en;
    const std::string& other = chinese ? en : zh;
    return QString::fromStdString(first.empty() ? other : first);
}

}  // namespace sitefit::gui
