#include "background_task.hpp"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "sitefit/core/error.hpp"

namespace sitefit::gui {

void TaskProgress::report(std::string_view stage, std::size_t done, std::size_t total) {
    checkCancel();
    {
        const std::lock_guard lock(m_stageMutex);
        if (m_stage != stage) {
            m_stage.assign(stage);
        }
    }
    m_total.store(total);
    m_done.store(done);
}

void TaskProgress::finish(std::string_view stage) {
    const std::lock_guard lock(m_stageMutex);
    m_stage.assign(stage);
    m_done.store(m_total.load());
}

void TaskProgress::checkCancel() const {
    if (m_cancel.load()) {
        throw TaskCancelled();
    }
}

TaskProgress::State TaskProgress::state() const {
    State state;
    {
        const std::lock_guard lock(m_stageMutex);
        state.stage = QString::fromStdString(m_stage);
    }
    state.total = m_total.load();
    state.done = m_done.load();
    return state;
}

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent) {
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &BackgroundTask::poll);
}

BackgroundTask::~BackgroundTask() {
    // Work still running keeps its own progress and result alive; the watcher is a child
    // and goes with us, so its result is never delivered.
    if (m_current) {
        m_current->progress->requestCancel();
        m_current->watcher->disconnect(this);
    }
}

void BackgroundTask::start(const QString& title, Work work) {
    if (m_current) {
        cancel();
    }
    auto progress = std::make_shared<TaskProgress>();
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { onFinished(watcher); });
    m_current = std::make_unique<Running>(Running{progress, watcher});
    m_title = title;
    m_failure = nullptr;
    watcher->setFuture(QtConcurrent::run([work = std::move(work), progress]() -> Outcome {
        Outcome outcome;
        try {
            outcome.completion = work(*progress);
            outcome.cancelled = progress->cancelRequested();
        } catch (const TaskCancelled&) {
            outcome.cancelled = true;
        } catch (const std::exception& error) {
            outcome.error = QString::fromUtf8(error.what());
            outcome.exception = std::current_exception();
        } catch (...) {
            outcome.error = QStringLiteral("unknown error");
            outcome.exception = std::current_exception();
        }
        return outcome;
    }));
    m_poll.start();
    emit started(title);
}

void BackgroundTask::cancel() {
    if (!m_current) {
        return;
    }
    // Ask the work to stop; whether or not it can, its result is dropped: the watcher is
    // disowned here and deletes itself when the work ends.
    m_current->progress->requestCancel();
    QFutureWatcher<Outcome>* watcher = m_current->watcher;
    watcher->disconnect(this);
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    if (watcher->isFinished()) {
        watcher->deleteLater();
    }
    m_current.reset();
    m_poll.stop();
    const QString title = m_title;
    emit cancelled(title);
    emit finished();
}

bool BackgroundTask::waitForFinished(int timeout_ms) {
    QElapsedTimer clock;
    clock.start();
    while (m_current) {
        if (clock.elapsed() > timeout_ms) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void BackgroundTask::onFinished(QFutureWatcher<Outcome>* watcher) {
    if (!m_current || m_current->watcher != watcher) {
        watcher->deleteLater();
        return;
    }
    Outcome outcome = watcher->result();
    watcher->deleteLater();
    m_current.reset();
    m_poll.stop();
    const QString title = m_title;
    if (outcome.cancelled) {
        emit cancelled(title);
    } else if (!outcome.error.isEmpty()) {
        m_failure = outcome.exception;
        emit failed(title, outcome.error);
    } else {
        try {
            if (outcome.completion) {
                outcome.completion();
            }
            emit succeeded(title);
        } catch (const std::exception& error) {
            m_failure = std::current_exception();
            emit failed(title, QString::fromUtf8(error.what()));
        }
    }
    emit finished();
}

void BackgroundTask::poll() {
    if (!m_current) {
        return;
    }
    const TaskProgress::State state = m_current->progress->state();
    emit progressed(state.stage, static_cast<qint64>(state.done), static_cast<qint64>(state.total));
}

}  // namespace sitefit::gui
