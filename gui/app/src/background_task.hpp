#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "sitefit/core/progress.hpp"

namespace sitefit::gui {

// Thrown by TaskProgress::report() once a cancel was requested, so work that reports
// progress stops at its next report (core and gis code is exception-safe there).
class TaskCancelled : public std::exception {
public:
    [[nodiscard]] const char* what() const noexcept override { return "cancelled"; }
};

// core::ProgressSink for work on a worker thread, read by the GUI thread: the figures are
// atomics the GUI polls (no signal per report, no locking on the hot path but the stage).
// Thread rules: report()/finish() on the worker, everything else on any thread.
class TaskProgress final : public core::ProgressSink {
public:
    void report(std::string_view stage, std::size_t done, std::size_t total) override;
    void finish(std::string_view stage) override;

    void requestCancel() noexcept { m_cancel.store(true); }
    [[nodiscard]] bool cancelRequested() const noexcept { return m_cancel.load(); }
    // Throws TaskCancelled when a cancel was requested: for work between reports.
    void checkCancel() const;

    struct State {
        QString stage;
        std::size_t done = 0;
        std::size_t total = 0;  // 0: unknown
    };
    [[nodiscard]] State state() const;

private:
    std::atomic<bool> m_cancel{false};
    std::atomic<std::size_t> m_done{0};
    std::atomic<std::size_t> m_total{0};
    mutable std::mutex m_stageMutex;
    std::string m_stage;
};

// Runs one long operation at a time (opening a workspace, allocation) on the global thread
// pool while the window stays responsive. The work returns a completion that runs on the
// GUI thread if the task was neither cancelled nor superseded, so results of a cancelled
// task are discarded even where the work itself cannot be stopped (the solver).
// Thread rules: owned and called by the GUI thread.
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    using Completion = std::function<void()>;
    using Work = std::function<Completion(TaskProgress&)>;

    explicit BackgroundTask(QObject* parent = nullptr);
    ~BackgroundTask() override;

    // Starts `work`; a task still running is cancelled first and its result dropped.
    // `title` is shown in the status bar ("Opening haizhou.gpkg").
    void start(const QString& title, Work work);
    void cancel();
    [[nodiscard]] bool isRunning() const noexcept { return m_current != nullptr; }
    [[nodiscard]] QString title() const { return m_title; }
    // Blocks until the running task is over (tests, shutdown); processes events meanwhile.
    // Returns false on timeout.
    bool waitForFinished(int timeout_ms = 60000);
    // The exception behind the last failed(), for a handler that needs more than its
    // message (a sitefit::Error's kind and context); null after any other outcome. Kept
    // until the next task starts.
    [[nodiscard]] std::exception_ptr failure() const { return m_failure; }

signals:
    void started(const QString& title);
    // Polled from the worker's TaskProgress; total 0 means unknown (a busy bar).
    void progressed(const QString& stage, qint64 done, qint64 total);
    // After the completion ran.
    void succeeded(const QString& title);
    void failed(const QString& title, const QString& message);
    void cancelled(const QString& title);
    // Whatever the outcome.
    void finished();

private:
    struct Outcome {
        Completion completion;
        QString error;
        std::exception_ptr exception;  // what `error` says, for failure()
        bool cancelled = false;
    };
    struct Running {
        std::shared_ptr<TaskProgress> progress;
        QFutureWatcher<Outcome>* watcher = nullptr;
    };

    void onFinished(QFutureWatcher<Outcome>* watcher);
    void poll();

    std::unique_ptr<Running> m_current;
    QString m_title;
    std::exception_ptr m_failure;
    QTimer m_poll;
};

}  // namespace sitefit::gui
