  ; Start menu: RelayQ Tray (CPack runs this where $STARTMENU_FOLDER is known).
  CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\RelayQ Tray.lnk" "$INSTDIR\bin\relayq-tray.exe" "" "$INSTDIR\bin\relayq-tray.exe" 0 SW_SHOWNORMAL "" "Watch your self-hosted GitHub Actions runners"
