#pragma once
// A thing the user watches: a repository "owner/repo" or an organisation "org".

#include <QList>
#include <QString>

#include <optional>

namespace relayq {

struct Target
{
    enum class Kind { Repository, Organization };

    Kind kind = Kind::Repository;
    QString owner; // the organisation, or the repository's owner
    QString repo; // empty for an organisation

    // Accepts "owner/repo" and "org"; std::nullopt for anything else (spaces, "a/b/c", "").
    static std::optional<Target> parse(const QString &text);
    static Target repository(const QString &owner, const QString &repo);
    static Target organization(const QString &org);

    bool isRepository() const { return kind == Kind::Repository; }
    // "owner/repo" or "org": the name the user typed, used as the key everywhere.
    QString name() const;
    // The REST path prefix: "/repos/owner/repo" or "/orgs/org".
    QString apiPath() const;

    friend bool operator==(const Target &, const Target &) = default;
};

using TargetList = QList<Target>;

} // namespace relayq
