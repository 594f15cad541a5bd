#include "SimFaults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relayq::sim {

namespace {

const QList<QPair<SimFault::Kind, const char *>> &kindNames()
{
    static const QList<QPair<SimFault::Kind, const char *>> names = {
        { SimFault::Kind::Status, "status" },
        { SimFault::Kind::Delay, "delay" },
        { SimFault::Kind::NoAnswer, "no_answer" },
        { SimFault::Kind::Reset, "reset" },
        { SimFault::Kind::ResetMidBody, "reset_mid_body" },
        { SimFault::Kind::Truncated, "truncated" },
        { SimFault::Kind::Malformed, "malformed" },
        { SimFault::Kind::WrongTypes, "wrong_types" },
        { SimFault::Kind::MissingFields, "missing_fields" },
        { SimFault::Kind::Oversize, "oversize" },
        { SimFault::Kind::PrimaryRateLimit, "primary_rate_limit" },
        { SimFault::Kind::SecondaryRateLimit, "secondary_rate_limit" },
        { SimFault::Kind::Redirect, "redirect" },
    };
    return names;
}

// Numbers become strings and strings numbers, recursively: same keys, wrong types.
QJsonValue wrongTypes(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = wrongTypes(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(wrongTypes(item));
        return array;
    }
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isString())
        return 7;
    return value;
}

// Drops the properties every GitHub object of ours requires, recursively.
QJsonValue missingFields(const QJsonValue &value)
{
    static const QStringList required
        = { QStringLiteral("id"),          QStringLiteral("name"),   QStringLiteral("status"),
            QStringLiteral("total_count"), QStringLiteral("labels"), QStringLiteral("conclusion"),
            QStringLiteral("created_at"),  QStringLiteral("busy"),   QStringLiteral("rate") };
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (const QString &key : required)
            object.remove(key);
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = missingFields(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(missingFields(item));
        return array;
    }
    return value;
}

QByteArray toJson(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonValue parse(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

std::optional<SimFault> SimFaults::take(const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SimFault &fault = m_faults[i];
        if (fault.times == 0
            || (!fault.pathContains.isEmpty() && !path.contains(fault.pathContains)))
            continue;
        const SimFault applied = fault;
        if (fault.times > 0 && --fault.times == 0)
            m_faults.removeAt(i);
        return applied;
    }
    return std::nullopt;
}

bool SimFaults::spoilsBody(SimFault::Kind kind)
{
    switch (kind) {
    case SimFault::Kind::Truncated:
    case SimFault::Kind::Malformed:
    case SimFault::Kind::WrongTypes:
    case SimFault::Kind::MissingFields:
    case SimFault::Kind::Oversize: return true;
    default: return false;
    }
}

QByteArray SimFaults::spoil(const SimFault &fault, const QByteArray &body)
{
    switch (fault.kind) {
    case SimFault::Kind::Truncated: return body.left(std::max<qsizetype>(1, body.size() / 2));
    case SimFault::Kind::Malformed:
        return "<html><body><h1>502 Bad Gateway</h1>\n{\"message\": unterminated";
    case SimFault::Kind::WrongTypes: return toJson(wrongTypes(parse(body)));
    case SimFault::Kind::MissingFields: return toJson(missingFields(parse(body)));
    case SimFault::Kind::Oversize: {
        // Still valid JSON: the padding is an extra property GitHub's clients must ignore.
        QJsonValue value = parse(body);
        QJsonObject object = value.isObject() ? value.toObject()
                                              : QJsonObject { { QStringLiteral("items"), value } };
        const qsizetype missing = std::max<qsizetype>(1, fault.sizeBytes - body.size() + 1);
        object.insert(QStringLiteral("_padding"), QString(missing, QLatin1Char('x')));
        return toJson(object);
    }
    default: return body;
    }
}

std::optional<SimFault::Kind> SimFaults::kindFromName(const QString &name)
{
    QString normal = name.toLower();
    normal.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto &[kind, text] : kindNames())
        if (normal == QLatin1String(text))
            return kind;
    return std::nullopt;
}

QString SimFaults::kindName(SimFault::Kind kind)
{
    for (const auto &[candidate, text] : kindNames())
        if (candidate == kind)
            return QLatin1String(text);
    return {};
}

} // namespace relayq::sim
