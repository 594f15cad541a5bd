  ; Stop a running tray before its files go (it would keep bin\ locked).
  nsExec::Exec 'taskkill /IM relayq-tray.exe'
  ; The start-on-login entry the app writes when "Start on login" is on
  ; (platform/windows/RunKeyAutostart.cpp): without it Windows would try to start a program that
  ; is gone at every login. Only the uninstalling user's entry is reachable from here.
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "RelayQ Tray"
  ; Settings, logs and backups (%LOCALAPPDATA%\relayq-tray) are the user's: kept.
