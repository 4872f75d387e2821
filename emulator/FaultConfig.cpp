#include "FaultConfig.h"

#include <QJsonArray>

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

QJsonObject FaultConfig::toJson() const
{
    QJsonArray statuses;
    for (int status : errorStatuses)
        statuses.append(status);
    return QJsonObject { { u"latencyMs"_s, latencyMs },
                         { u"errorRate"_s, errorRate },
                         { u"errorStatuses"_s, statuses },
                         { u"dropRate"_s, dropRate },
                         { u"malformedRate"_s, malformedRate },
                         { u"truncateRate"_s, truncateRate },
                         { u"failNext"_s, failNext },
                         { u"failNextStatus"_s, failNextStatus },
                         { u"dropNext"_s, dropNext },
                         { u"malformedNext"_s, malformedNext },
                         { u"truncateNext"_s, truncateNext },
                         { u"force429Next"_s, force429Next },
                         { u"methods"_s, QJsonArray::fromStringList(methods) },
                         { u"pathContains"_s, pathContains } };
}

bool FaultConfig::merge(const QJsonObject &object, QString *error)
{
    FaultConfig updated = *this;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        auto number = [&](double lowest, double highest, double *out) {
            if (!value.isDouble() || value.toDouble() < lowest || value.toDouble() > highest) {
                *error = key + u" must be a number between "_s + QString::number(lowest) + u" and "_s
                    + QString::number(highest);
                return false;
            }
            *out = value.toDouble();
            return true;
        };
        auto whole = [&](int lowest, int highest, int *out) {
            double d = 0;
            if (!number(lowest, highest, &d))
                return false;
            *out = int(d);
            return true;
        };
        bool ok = true;
        if (key == u"latencyMs"_s)
            ok = whole(0, 600000, &updated.latencyMs);
        else if (key == u"errorRate"_s)
            ok = number(0, 1, &updated.errorRate);
        else if (key == u"dropRate"_s)
            ok = number(0, 1, &updated.dropRate);
        else if (key == u"malformedRate"_s)
            ok = number(0, 1, &updated.malformedRate);
        else if (key == u"truncateRate"_s)
            ok = number(0, 1, &updated.truncateRate);
        else if (key == u"failNext"_s)
            ok = whole(0, 1000000, &updated.failNext);
        else if (key == u"failNextStatus"_s)
            ok = whole(400, 599, &updated.failNextStatus);
        else if (key == u"dropNext"_s)
            ok = whole(0, 1000000, &updated.dropNext);
        else if (key == u"malformedNext"_s)
            ok = whole(0, 1000000, &updated.malformedNext);
        else if (key == u"truncateNext"_s)
            ok = whole(0, 1000000, &updated.truncateNext);
        else if (key == u"force429Next"_s)
            ok = whole(0, 1000000, &updated.force429Next);
        else if (key == u"errorStatuses"_s) {
            updated.errorStatuses.clear();
            const QJsonArray array = value.toArray();
            ok = value.isArray() && !array.isEmpty();
            for (const QJsonValue &status : array) {
                const int code = status.toInt();
                if (code < 400 || code > 599)
                    ok = false;
                updated.errorStatuses.append(code);
            }
            if (!ok)
                *error = u"errorStatuses must be a non-empty array of statuses 400–599"_s;
        } else if (key == u"methods"_s) {
            updated.methods.clear();
            ok = value.isArray();
            for (const QJsonValue &method : value.toArray()) {
                if (!method.isString())
                    ok = false;
                updated.methods.append(method.toString().toUpper());
            }
            if (!ok)
                *error = u"methods must be an array of strings"_s;
        } else if (key == u"pathContains"_s) {
            ok = value.isString();
            updated.pathContains = value.toString();
            if (!ok)
                *error = u"pathContains must be a string"_s;
        } else {
            *error = u"unknown field "_s + key;
            ok = false;
        }
        if (!ok)
            return false;
    }
    *this = updated;
    return true;
}

} // namespace chcloud::emulator
