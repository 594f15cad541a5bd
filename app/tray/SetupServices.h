#pragma once
// What the settings dialog and the first-run wizard work with, handed over by TraySession:
// the settings file, the token and where it is kept, start on login, a way to run `gh`, and
// the network and clock for "Test connection". Nothing here is owned by the dialogs.

class QNetworkAccessManager;

namespace relayq {

class Autostart;
class Clock;
class Credentials;
class ProcessRunner;
class SettingsStore;

struct SetupServices
{
    SettingsStore &settings;
    Credentials &credentials;
    Autostart *autostart; // null where this platform has none
    ProcessRunner &processes; // runs `gh auth token`
    QNetworkAccessManager *network;
    const Clock &clock;
};

} // namespace relayq
