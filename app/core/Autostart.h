#pragma once
// Starting RelayQ Tray when the user logs in. Declared here, implemented per platform in
// platform/ (XDG autostart entry, LaunchAgent, the Run key) and injected.

#include <QString>

#include <optional>

namespace relayq {

class Autostart
{
public:
    virtual ~Autostart() = default;
    virtual bool isEnabled() const = 0;
    // Returns the problem in words, or nothing on success.
    virtual std::optional<QString> setEnabled(bool enabled) = 0;
    // Where the entry lives (a file path, a registry key) for the UI and logs.
    virtual QString location() const = 0;
};

} // namespace relayq
