// KeyedTreeModel, under the status window's lists: a new poll result tells the views only what
// changed (rows that came, went or changed), so they keep their current row and expanded rows;
// rows that moved reset it; every row answers the roles the window reads. Qt's own model tester
// checks each step.

#include "ItemRoles.h"
#include "KeyedTreeModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

using namespace relayq;

namespace {
class TwoColumns : public KeyedTreeModel
{
public:
    TwoColumns() { setHeaders({ QStringLiteral("Name"), QStringLiteral("State") }); }
};

KeyedTreeModel::Row row(const QString &key, const QString &state = QStringLiteral("ok"))
{
    KeyedTreeModel::Row row;
    row.key = key;
    row.texts = { key, state };
    return row;
}

KeyedTreeModel::Group group(const QString &key, const QStringList &children)
{
    KeyedTreeModel::Group group { row(key), {} };
    for (const QString &child : children)
        group.children.append(row(child));
    return group;
}

// Every structural and data signal a model sends.
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , layout(model, &QAbstractItemModel::layoutChanged)
    { }
    qsizetype total() const
    {
        return reset.count() + inserted.count() + removed.count() + changed.count()
            + layout.count();
    }
    QSignalSpy reset, inserted, removed, changed, layout;
};

QStringList keys(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList found;
    for (int i = 0; i < model.rowCount(parent); ++i)
        found.append(model.index(i, 0, parent).data(KeyRole).toString());
    return found;
}
} // namespace

class TestKeyedTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void arrivalsAndDeparturesAreInsertsAndRemoves();
    void anUnchangedPollSaysNothing();
    void changedRowsAreOneDataChangedPerRun();
    void movedRowsResetTheModel();
    void rowsAnswerTheRolesTheWindowReads();
};

void TestKeyedTreeModel::arrivalsAndDeparturesAreInsertsAndRemoves()
{
    TwoColumns model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups({ group(QStringLiteral("a"), { QStringLiteral("a1"), QStringLiteral("a2") }),
                      group(QStringLiteral("b"), { QStringLiteral("b1") }) });
    const QPersistentModelIndex a1 = model.index(0, 0, model.index(0, 0));
    const QPersistentModelIndex b1 = model.index(0, 1, model.index(1, 0));
    ModelSignals seen(&model);

    // c arrives between a and b; a2 leaves, a3 arrives; b1 changes.
    KeyedTreeModel::Group b = group(QStringLiteral("b"), {});
    b.children.append(row(QStringLiteral("b1"), QStringLiteral("busy")));
    model.setGroups({ group(QStringLiteral("a"), { QStringLiteral("a1"), QStringLiteral("a3") }),
                      group(QStringLiteral("c"), { QStringLiteral("c1") }), b });

    QCOMPARE(keys(model),
             (QStringList { QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b") }));
    QCOMPARE(keys(model, model.index(0, 0)),
             (QStringList { QStringLiteral("a1"), QStringLiteral("a3") }));
    QCOMPARE(keys(model, model.index(1, 0)), QStringList { QStringLiteral("c1") });
    QCOMPARE(seen.reset.count(), 0);
    QCOMPARE(seen.removed.count(), 1); // a2
    QCOMPARE(seen.inserted.count(), 2); // a3, then c (with its child)
    QCOMPARE(seen.changed.count(), 1); // b1 only
    QCOMPARE(seen.changed.at(0).at(0).toModelIndex().data(KeyRole).toString(),
             QStringLiteral("b1"));
    // What the views hold on to follows the rows.
    QVERIFY(a1.isValid());
    QCOMPARE(a1.data(KeyRole).toString(), QStringLiteral("a1"));
    QVERIFY(b1.isValid());
    QCOMPARE(b1.parent().row(), 2);
    QCOMPARE(b1.data().toString(), QStringLiteral("busy"));

    // Departures of whole groups, and everything going.
    model.setGroups({ group(QStringLiteral("b"), { QStringLiteral("b1") }) });
    QCOMPARE(keys(model), QStringList { QStringLiteral("b") });
    QVERIFY(b1.isValid());
    QCOMPARE(b1.parent().row(), 0);
    model.setGroups({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(seen.reset.count(), 0);
}

void TestKeyedTreeModel::anUnchangedPollSaysNothing()
{
    TwoColumns model;
    const QList<KeyedTreeModel::Group> groups {
        group(QStringLiteral("a"), { QStringLiteral("a1"), QStringLiteral("a2") }),
        group(QStringLiteral("b"), { QStringLiteral("b1") })
    };
    model.setGroups(groups);
    ModelSignals seen(&model);
    model.setGroups(groups);
    QCOMPARE(seen.total(), 0);
}

void TestKeyedTreeModel::changedRowsAreOneDataChangedPerRun()
{
    TwoColumns model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<KeyedTreeModel::Group> groups { group(QStringLiteral("a"), {}) };
    for (int i = 0; i < 6; ++i)
        groups[0].children.append(row(QStringLiteral("r%1").arg(i)));
    model.setGroups(groups);
    ModelSignals seen(&model);
    for (int i : { 1, 2, 3, 5 })
        groups[0].children[i].texts[1] = QStringLiteral("changed");
    model.setGroups(groups);
    QCOMPARE(seen.total(), 2); // rows 1–3, then row 5
    QCOMPARE(seen.changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(seen.changed.at(0).at(1).toModelIndex().row(), 3);
    QCOMPARE(seen.changed.at(0).at(1).toModelIndex().column(), 1);
    QCOMPARE(seen.changed.at(1).at(0).toModelIndex().row(), 5);
}

void TestKeyedTreeModel::movedRowsResetTheModel()
{
    TwoColumns model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups({ group(QStringLiteral("a"), { QStringLiteral("a1"), QStringLiteral("a2") }),
                      group(QStringLiteral("b"), {}) });
    ModelSignals seen(&model);
    model.setGroups({ group(QStringLiteral("a"), { QStringLiteral("a2"), QStringLiteral("a1") }),
                      group(QStringLiteral("b"), {}) });
    QCOMPARE(seen.reset.count(), 1);
    QCOMPARE(keys(model, model.index(0, 0)),
             (QStringList { QStringLiteral("a2"), QStringLiteral("a1") }));
    model.setGroups({ group(QStringLiteral("b"), {}), group(QStringLiteral("a"), {}) });
    QCOMPARE(seen.reset.count(), 2);
    QCOMPARE(keys(model), (QStringList { QStringLiteral("b"), QStringLiteral("a") }));
}

void TestKeyedTreeModel::rowsAnswerTheRolesTheWindowReads()
{
    TwoColumns model;
    KeyedTreeModel::Group group { row(QStringLiteral("a")), {} };
    KeyedTreeModel::Row child = row(QStringLiteral("a1"), QStringLiteral("stuck"));
    child.url = QStringLiteral("https://github.com/acme/app");
    child.alertId = QStringLiteral("job_stuck:acme/app:1");
    child.accessibleText = QStringLiteral("Job a1, stuck");
    QPixmap pixmap(8, 8);
    pixmap.fill(Qt::red);
    child.icon = QIcon(pixmap);
    child.emphasis = QColor(0x9a, 0x67, 0x00);
    group.children.append(child);
    model.setGroups({ group });

    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("State"));
    const QModelIndex first = model.index(0, 0, model.index(0, 0));
    const QModelIndex second = first.siblingAtColumn(1);
    QCOMPARE(second.data().toString(), QStringLiteral("stuck"));
    QCOMPARE(second.data(Qt::ToolTipRole).toString(), QStringLiteral("stuck"));
    QCOMPARE(first.data(UrlRole).toString(), child.url);
    QCOMPARE(first.data(AlertIdRole).toString(), child.alertId);
    QCOMPARE(first.data(KeyRole).toString(), QStringLiteral("a1"));
    QCOMPARE(first.data(Qt::AccessibleTextRole).toString(), child.accessibleText);
    QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(second.data(Qt::DecorationRole).isNull()); // on the first column only
    QVERIFY(second.data(Qt::FontRole).value<QFont>().bold()); // every cell of the row
    QCOMPARE(second.data(Qt::ForegroundRole).value<QBrush>().color(), child.emphasis);
    QVERIFY(model.index(0, 0).data(Qt::FontRole).isNull()); // the plain parent
    QVERIFY(!(model.flags(first) & Qt::ItemIsEditable));
    QVERIFY(model.flags(first) & Qt::ItemIsSelectable);
    QCOMPARE(model.rowCount(first), 0);
}

QTEST_MAIN(TestKeyedTreeModel)
#include "TestKeyedTreeModel.moc"
