#include <gtest/gtest.h>

#include <QGuiApplication>

// The renderer needs a QGuiApplication (fonts, QPdfWriter) but no display: the offscreen
// platform unless the caller chose another. Also runs for --gtest_list_tests at build time.
int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
