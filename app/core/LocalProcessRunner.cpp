#include "LocalProcessRunner.h"

namespace relayq {
// STUB (being written)
void LocalProcessRunner::run(const ProcessRequest &, QObject *, Done) { }
} // namespace relayq
