#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace sitefit::gui {

class WorkspaceDocument;

// What was found wrong in the open workspace (WorkspaceDocument::problems()): a tree of the
// rules broken, each with its count of errors and warnings, and under it one row a problem
// (severity, layer, feature, field, message). Errors are the features left out when the
// workspace was opened without its flawed features; warnings leave every figure right.
// Clicking a problem that has a location asks for the map to show it there.
class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    // Columns of the tree; a rule's row spans them all.
    enum Column { Severity, Layer, Feature, Field, Message, ColumnCount };
    // On a problem's row (column 0): whether it shows on the map, and where (workspace CRS;
    // ProblemLocator).
    static constexpr int kLocatedRole = Qt::UserRole + 1;
    static constexpr int kXRole = Qt::UserRole + 2;
    static constexpr int kYRole = Qt::UserRole + 3;
    // On a rule's row: its rule word, and its counts of errors and warnings.
    static constexpr int kRuleRole = Qt::UserRole + 4;
    static constexpr int kErrorsRole = Qt::UserRole + 5;
    static constexpr int kWarningsRole = Qt::UserRole + 6;

    explicit ProblemsPanel(const WorkspaceDocument& document, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    // Above the tree: the counts and what they mean, or "No problems found".
    [[nodiscard]] QLabel* summary() const { return m_summary; }

signals:
    // A problem with a location was clicked: show that point (workspace CRS, metres).
    void locationRequested(double x, double y);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void onItemChosen(const QTreeWidgetItem* item);

    const WorkspaceDocument& m_document;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
};

}  // namespace sitefit::gui
