#pragma once
// Settings page "Notifications": which kinds of alert notify, whether losing and regaining the
// connection to GitHub notifies, and how long a flapping runner stays quiet after it notified.

#include "AppSettings.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QSpinBox;

namespace relayq {

class NotificationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit NotificationsPage(QWidget *parent = nullptr);

    void load(const AppSettings &settings);
    std::optional<QString> apply(AppSettings &settings) const;

    // The alert kind in the user's words ("Runner offline").
    static QString kindText(AlertKind kind);
    static QList<AlertKind> allKinds();

private:
    QHash<AlertKind, QCheckBox *> m_kinds; // objectName "notify_" + alertKindKey
    QCheckBox *m_connection = nullptr;
    QSpinBox *m_flapWindow = nullptr;
};

} // namespace relayq
