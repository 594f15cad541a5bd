  ; The shortcut create-shortcuts.nsh made ($MUI_TEMP is the Start-menu folder here).
  Delete "$SMPROGRAMS\$MUI_TEMP\RelayQ Tray.lnk"
