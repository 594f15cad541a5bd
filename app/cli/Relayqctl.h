#pragma once
// The translation context of everything relayqctl says to a person: reports, help, errors,
// prompts. Its free functions write `Relayqctl::tr("…")`, so lupdate files each text under the
// same context ("relayqctl") that the program looks it up under at run time, and translators
// find the command line's words together. Machine output (JSON) and log lines are not
// translated.

#include <QCoreApplication>

namespace relayq::cli {

class Relayqctl
{
    Q_DECLARE_TR_FUNCTIONS(relayqctl)
};

} // namespace relayq::cli
