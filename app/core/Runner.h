#pragma once
// A self-hosted runner as GitHub reports it (GET …/actions/runners).

#include <QString>
#include <QStringList>

#include <optional>

namespace relayq {

struct Runner
{
    // GitHub's `status` is a free string; only "online" and "offline" are known. Anything else
    // is Unknown, never treated as offline.
    enum class Status { Online, Offline, Unknown };

    qint64 id = 0;
    QString name;
    QString os;
    Status status = Status::Unknown;
    QString statusText; // GitHub's string as received
    bool busy = false;
    bool ephemeral = false;
    QStringList labels; // label names as GitHub spells them
    std::optional<qint64> runnerGroupId;
    QString version; // empty when GitHub sent null or nothing
    QString target; // Target::name() of the target it was listed under

    bool isOnline() const { return status == Status::Online; }
    bool isOffline() const { return status == Status::Offline; }
    // Case-insensitive, as GitHub matches runs-on labels.
    bool hasLabel(const QString &label) const
    {
        return labels.contains(label, Qt::CaseInsensitive);
    }
    // True when every label is carried; "self-hosted" is implicit on self-hosted runners.
    bool carriesAll(const QStringList &required) const
    {
        for (const QString &label : required) {
            if (!hasLabel(label)
                && label.compare(QLatin1String("self-hosted"), Qt::CaseInsensitive) != 0)
                return false;
        }
        return true;
    }
};

} // namespace relayq
