#include "KeyedTreeModel.h"

#include "ItemRoles.h"

#include <QBrush>
#include <QFont>
#include <QHash>

namespace relayq {

namespace {
// Rows changed in a row, told to the views as one dataChanged: one repaint, not one per row.
class ChangedRows
{
public:
    ChangedRows(KeyedTreeModel *model, const QModelIndex &parent) : m_model(model), m_parent(parent)
    { }
    ~ChangedRows() { flush(); }

    void add(int row)
    {
        if (m_first >= 0 && row == m_last + 1) {
            m_last = row;
            return;
        }
        flush();
        m_first = m_last = row;
    }
    void flush()
    {
        if (m_first < 0)
            return;
        const int lastColumn = m_model->columnCount() - 1;
        emit m_model->dataChanged(m_model->index(m_first, 0, m_parent),
                                  m_model->index(m_last, lastColumn, m_parent));
        m_first = m_last = -1;
    }

private:
    KeyedTreeModel *m_model;
    QModelIndex m_parent;
    int m_first = -1;
    int m_last = -1;
};

template<typename List, typename KeyOf> QHash<QString, int> positions(const List &list, KeyOf keyOf)
{
    QHash<QString, int> found;
    found.reserve(list.size());
    for (int i = 0; i < int(list.size()); ++i)
        found.insert(keyOf(list.at(i)), i);
    return found;
}

// True when the keys are unique and the rows of `shown` still wanted keep their order.
template<typename List, typename KeyOf>
bool keepsOrder(const QHash<QString, int> &wanted, qsizetype wantedCount, const List &shown,
                KeyOf keyOf)
{
    if (wanted.size() != wantedCount)
        return false;
    int last = -1;
    for (const auto &item : shown) {
        const int position = wanted.value(keyOf(item), -1);
        if (position < 0)
            continue;
        if (position <= last)
            return false;
        last = position;
    }
    return true;
}

// The usual poll: the same rows in the same order. Checked without building any hash.
template<typename Shown, typename Wanted, typename ShownKey, typename WantedKey>
bool sameKeys(const Shown &shown, const Wanted &wanted, ShownKey shownKey, WantedKey wantedKey)
{
    if (qsizetype(shown.size()) != qsizetype(wanted.size()))
        return false;
    auto it = wanted.cbegin();
    for (const auto &item : shown) {
        if (shownKey(item) != wantedKey(*it++))
            return false;
    }
    return true;
}

const QString &groupKey(const KeyedTreeModel::Group &group)
{
    return group.row.key;
}
const QString &rowKey(const KeyedTreeModel::Row &row)
{
    return row.key;
}
} // namespace

bool KeyedTreeModel::Row::operator==(const Row &other) const
{
    return key == other.key && texts == other.texts && url == other.url && alertId == other.alertId
        && accessibleText == other.accessibleText && icon.cacheKey() == other.icon.cacheKey()
        && emphasis == other.emphasis;
}

const QString &KeyedTreeModel::nodeKey(const std::unique_ptr<Node> &node)
{
    return node->row.key;
}

KeyedTreeModel::KeyedTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

KeyedTreeModel::~KeyedTreeModel() = default;

void KeyedTreeModel::setHeaders(const QStringList &headers)
{
    m_headers = headers;
}

void KeyedTreeModel::setGroups(const QList<Group> &groups)
{
    if (!canUpdateInPlace(groups)) {
        reset(groups);
        return;
    }
    removeDeparted(groups);
    insertAndUpdate(groups);
}

bool KeyedTreeModel::canUpdateInPlace(const QList<Group> &groups) const
{
    QHash<QString, int> wanted;
    const bool same = sameKeys(m_nodes, groups, nodeKey, groupKey);
    if (!same) {
        wanted = positions(groups, groupKey);
        if (!keepsOrder(wanted, groups.size(), m_nodes, nodeKey))
            return false;
    }
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        const int position = same ? i : wanted.value(m_nodes[i]->row.key, -1);
        if (position < 0)
            continue;
        const QList<Row> &children = groups.at(position).children;
        if (!sameKeys(m_nodes[i]->children, children, rowKey, rowKey)
            && !keepsOrder(positions(children, rowKey), children.size(), m_nodes[i]->children,
                           rowKey))
            return false;
    }
    return true;
}

void KeyedTreeModel::reset(const QList<Group> &groups)
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.reserve(groups.size());
    for (const Group &group : groups)
        m_nodes.push_back(std::make_unique<Node>(Node { group.row, group.children, 0 }));
    renumber();
    endResetModel();
}

// Top rows no longer given go first, in runs of neighbours (one signal per run).
void KeyedTreeModel::removeDeparted(const QList<Group> &groups)
{
    if (sameKeys(m_nodes, groups, nodeKey, groupKey))
        return;
    const QHash<QString, int> wanted = positions(groups, groupKey);
    for (int last = int(m_nodes.size()) - 1; last >= 0; --last) {
        if (wanted.contains(m_nodes[last]->row.key))
            continue;
        int first = last;
        while (first > 0 && !wanted.contains(m_nodes[first - 1]->row.key))
            --first;
        beginRemoveRows(QModelIndex(), first, last);
        m_nodes.erase(m_nodes.begin() + first, m_nodes.begin() + last + 1);
        renumber();
        endRemoveRows();
        last = first;
    }
}

// What is shown is now in the order given, less the arrivals: insert those where they belong
// and update the rest (and their children) where they changed.
void KeyedTreeModel::insertAndUpdate(const QList<Group> &groups)
{
    ChangedRows changed(this, QModelIndex());
    int shown = 0;
    for (int i = 0; i < int(groups.size());) {
        if (shown < int(m_nodes.size()) && m_nodes[shown]->row.key == groups.at(i).row.key) {
            Node &node = *m_nodes[shown];
            if (!(node.row == groups.at(i).row)) {
                node.row = groups.at(i).row;
                changed.add(shown);
            }
            updateChildren(node, groups.at(i).children);
            ++shown;
            ++i;
            continue;
        }
        const QString next = shown < int(m_nodes.size()) ? m_nodes[shown]->row.key : QString();
        int end = i;
        while (end < int(groups.size()) && (next.isNull() || groups.at(end).row.key != next))
            ++end;
        changed.flush();
        beginInsertRows(QModelIndex(), shown, shown + (end - i) - 1);
        for (int k = i; k < end; ++k) {
            m_nodes.insert(
                m_nodes.begin() + shown + (k - i),
                std::make_unique<Node>(Node { groups.at(k).row, groups.at(k).children, 0 }));
        }
        renumber();
        endInsertRows();
        shown += end - i;
        i = end;
    }
}

void KeyedTreeModel::updateChildren(Node &node, const QList<Row> &children)
{
    const QModelIndex parent = createIndex(node.position, 0, nullptr);
    const bool same = sameKeys(node.children, children, rowKey, rowKey);
    const QHash<QString, int> wanted = same ? QHash<QString, int>() : positions(children, rowKey);
    for (int last = same ? -1 : int(node.children.size()) - 1; last >= 0; --last) {
        if (wanted.contains(node.children.at(last).key))
            continue;
        int first = last;
        while (first > 0 && !wanted.contains(node.children.at(first - 1).key))
            --first;
        beginRemoveRows(parent, first, last);
        node.children.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
    ChangedRows changed(this, parent);
    int shown = 0;
    for (int i = 0; i < int(children.size());) {
        if (shown < int(node.children.size())
            && node.children.at(shown).key == children.at(i).key) {
            if (!(node.children.at(shown) == children.at(i))) {
                node.children[shown] = children.at(i);
                changed.add(shown);
            }
            ++shown;
            ++i;
            continue;
        }
        const QString next
            = shown < int(node.children.size()) ? node.children.at(shown).key : QString();
        int end = i;
        while (end < int(children.size()) && (next.isNull() || children.at(end).key != next))
            ++end;
        changed.flush();
        beginInsertRows(parent, shown, shown + (end - i) - 1);
        for (int k = i; k < end; ++k)
            node.children.insert(shown + (k - i), children.at(k));
        endInsertRows();
        shown += end - i;
        i = end;
    }
}

void KeyedTreeModel::renumber()
{
    for (int i = 0; i < int(m_nodes.size()); ++i)
        m_nodes[i]->position = i;
}

const KeyedTreeModel::Row *KeyedTreeModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto *node = static_cast<const Node *>(index.internalPointer());
    if (!node)
        return index.row() < int(m_nodes.size()) ? &m_nodes[index.row()]->row : nullptr;
    return index.row() < node->children.size() ? &node->children.at(index.row()) : nullptr;
}

QModelIndex KeyedTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid())
        return row < int(m_nodes.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.column() != 0 || parent.row() >= int(m_nodes.size()))
        return {}; // children have no children
    Node *node = m_nodes[parent.row()].get();
    return row < node->children.size() ? createIndex(row, column, node) : QModelIndex();
}

QModelIndex KeyedTreeModel::parent(const QModelIndex &child) const
{
    const auto *node
        = child.isValid() ? static_cast<const Node *>(child.internalPointer()) : nullptr;
    return node ? createIndex(node->position, 0, nullptr) : QModelIndex();
}

int KeyedTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.internalPointer() || parent.column() != 0 || parent.row() >= int(m_nodes.size()))
        return 0;
    return int(m_nodes[parent.row()]->children.size());
}

int KeyedTreeModel::columnCount(const QModelIndex &) const
{
    return int(m_headers.size());
}

QVariant KeyedTreeModel::data(const QModelIndex &index, int role) const
{
    const Row *row = rowAt(index);
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return row->texts.value(column);
    case Qt::FontRole:
        if (row->emphasis.isValid()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return row->emphasis.isValid() ? QVariant(QBrush(row->emphasis)) : QVariant();
    default: break;
    }
    if (column != 0)
        return {};
    switch (role) {
    case Qt::DecorationRole: return row->icon.isNull() ? QVariant() : QVariant(row->icon);
    case Qt::AccessibleTextRole: return row->accessibleText;
    case UrlRole: return row->url;
    case KeyRole: return row->key;
    case AlertIdRole: return row->alertId;
    default: return {};
    }
}

QVariant KeyedTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractItemModel::headerData(section, orientation, role);
}

Qt::ItemFlags KeyedTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.internalPointer())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace relayq
