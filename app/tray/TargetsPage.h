#pragma once
// Settings page "Targets": the repositories and organisations to watch (TargetListEditor).

#include "AppSettings.h"
#include "SetupServices.h"

#include <QWidget>

#include <optional>

namespace relayq {

class TargetListEditor;

class TargetsPage : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsPage(const SetupServices &services, QWidget *parent = nullptr);

    void load(const AppSettings &settings);
    std::optional<QString> apply(AppSettings &settings) const;

    TargetListEditor *editor() const { return m_editor; }

private:
    TargetListEditor *m_editor;
};

} // namespace relayq
