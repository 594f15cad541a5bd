#pragma once
// A fault the simulator injects into its answers, for tests and the fault matrix.

#include <QString>

namespace relayq::sim {

struct SimFault
{
    enum class Kind {
        Status, // answer `status` with a GitHub-style error body {"message": …}
        Delay, // answer normally after `delayMs` of real time
        NoAnswer, // accept the request and never answer
        Reset, // close the connection without an answer
        ResetMidBody, // send the headers and part of the body, then close
        Truncated, // a Content-Length that matches, but the JSON is cut short
        Malformed, // 200 with a body that is not JSON
        WrongTypes, // 200 with valid JSON whose fields have the wrong types
        MissingFields, // 200 with valid JSON lacking required fields
        Oversize, // 200 with a valid body larger than `sizeBytes`
        PrimaryRateLimit, // `status` (403 or 429) with x-ratelimit-remaining: 0 and a reset
        SecondaryRateLimit, // `status` (403 or 429), a secondary-limit message, `retryAfterSeconds`
                            // (-1: no header)
        Redirect, // 302 to `redirectTo`
    };

    Kind kind = Kind::Status;
    QString pathContains; // applies to requests whose path contains this (empty: all)
    int status = 500;
    int delayMs = 0;
    int retryAfterSeconds = -1;
    qint64 sizeBytes = 0;
    QString redirectTo;
    int times = -1; // how many requests it affects; -1 until cleared
};

} // namespace relayq::sim
