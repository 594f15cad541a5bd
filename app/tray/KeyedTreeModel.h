#pragma once
// A two-level list (top rows, each with child rows) given whole after every poll, every row
// with a stable key. It compares what it is given with what it shows and tells the views only
// what changed: dataChanged for rows whose cells changed, inserted and removed rows for arrivals
// and departures. So views keep their current row, selection, scroll position and expanded
// rows, and a poll in which little changed costs little layout and paint (a 1,000-runner fleet
// rebuilt as QStandardItems took over 100 ms per poll). The status window's runner, activity
// and alert lists are built on it.

#include <QAbstractItemModel>
#include <QColor>
#include <QIcon>
#include <QStringList>

#include <memory>
#include <vector>

namespace relayq {

class KeyedTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    // What one row shows. Text and tooltip are per cell; the other roles are on the first
    // column, where the views look them up.
    struct Row
    {
        QString key; // KeyRole: the row's identity across polls ("runner:acme/app:42")
        QStringList texts; // one per column, each also the cell's tooltip
        QString url; // UrlRole
        QString alertId; // AlertIdRole
        QString accessibleText;
        QIcon icon; // the models share one icon per state, so cacheKey tells them apart
        QColor emphasis; // valid: every cell bold in this colour

        bool operator==(const Row &other) const;
    };
    struct Group
    {
        Row row;
        QList<Row> children;
    };

    explicit KeyedTreeModel(QObject *parent = nullptr);
    ~KeyedTreeModel() override;

    // Shows `groups`, in this order, as an update of what is shown. Keys must be unique among
    // siblings. Rows that moved relative to each other (or duplicate keys) reset the model.
    void setGroups(const QList<Group> &groups);
    // The row at `index`, or nullptr.
    const Row *rowAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    void setHeaders(const QStringList &headers);

private:
    // One top row and its children, as shown.
    struct Node
    {
        Row row;
        QList<Row> children;
        int position = 0; // its row, kept current: child indexes point at their Node
    };

    static const QString &nodeKey(const std::unique_ptr<Node> &node);
    bool canUpdateInPlace(const QList<Group> &groups) const;
    void reset(const QList<Group> &groups);
    void removeDeparted(const QList<Group> &groups);
    void insertAndUpdate(const QList<Group> &groups);
    void updateChildren(Node &node, const QList<Row> &children);
    void renumber();

    std::vector<std::unique_ptr<Node>> m_nodes;
    QStringList m_headers;
};

} // namespace relayq
