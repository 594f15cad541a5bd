#pragma once
// Dispatching a workflow by hand from the tray: pick one of the watched repositories, one of its
// workflows with a workflow_dispatch trigger, a ref (the default branch preselected) and the
// inputs in a form generated from the workflow file. Values are checked before anything is
// sent; one click sends one dispatch; the outcome is said in words, with "Open run" when GitHub
// named the run. Listing failures (GitHub unreachable …) are shown in the dialog with Retry.
// Opened with a RecentDispatch it is "Dispatch again": everything filled in as sent last time.

#include "RecentDispatches.h"
#include "Target.h"
#include "WorkflowDispatch.h"

#include <QDialog>
#include <QUrl>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace relayq {

class DispatchInputForm;

class DispatchDialog : public QDialog
{
    Q_OBJECT
public:
    // `targets`: the watched targets; only repositories are offered. `recent` (may be null)
    // records each successful dispatch. `preset`: a previous dispatch to send again.
    DispatchDialog(const TargetList &targets, WorkflowDispatch &dispatch, RecentDispatches *recent,
                   const std::optional<RecentDispatch> &preset = std::nullopt,
                   QWidget *parent = nullptr);

    // How "Open run" opens a URL; QDesktopServices::openUrl unless replaced (tests).
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener);

    QString repository() const; // the chosen "owner/repo"; empty when there is none
    bool isListing() const { return m_listing; }
    bool isSending() const { return m_sending; }
    // What the status line says (loading, a failure, the outcome), in words.
    QString statusText() const;
    std::optional<DispatchOutcome> lastOutcome() const { return m_outcome; }

public slots:
    void reload(); // lists the chosen repository's workflows again (Retry)
    void send(); // checks the values and sends the dispatch (the Dispatch button)

signals:
    // A dispatch was sent and GitHub accepted it; `sent` is what was sent (for tracking the run).
    void dispatched(const DispatchOutcome &outcome, const RecentDispatch &sent);

private:
    void buildLayout();
    void showListing(const WorkflowListing &listing);
    void chooseWorkflow(int index);
    void showOutcome(const DispatchOutcome &outcome, const RecentDispatch &sent);
    void setStatus(const QString &text, bool problem);
    void updateButtons();
    const DispatchableWorkflow *currentWorkflow() const;
    RecentDispatch describe(const DispatchableWorkflow &workflow) const;

    WorkflowDispatch &m_dispatch;
    RecentDispatches *m_recent = nullptr;
    std::optional<RecentDispatch> m_preset; // applied to the first listing of its repository
    UrlOpener m_openUrl;
    WorkflowListing m_workflows;
    std::optional<DispatchOutcome> m_outcome;
    int m_listingGeneration = 0; // answers to an older listing are dropped
    bool m_listing = false;
    bool m_sending = false;

    QComboBox *m_repository = nullptr;
    QComboBox *m_workflow = nullptr;
    QLabel *m_fileProblems = nullptr;
    QLineEdit *m_ref = nullptr;
    DispatchInputForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_openRun = nullptr;
};

} // namespace relayq
