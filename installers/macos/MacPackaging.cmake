# macOS: a drag-and-drop disk image (relayq-tray-<version>-Darwin.dmg) holding relayq-tray.app,
# with Qt and the other libraries copied into the bundle (macdeployqt through Qt's deploy
# support), relayqctl next to the tray inside the bundle, and the LaunchAgent for start on login.
# Read only when APPLE; not built in CI yet (no macOS machine) and so not tried: expect to fix
# details the first time it runs there. Not yet done: an .icns icon (iconutil from the SVG),
# code signing and notarisation (CPACK_BUNDLE_APPLE_CERT_APP, notarytool).

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "RelayQ Tray ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDBZ)
# Package name plus version and system: relayq-tray-<version>-Darwin.dmg (CPack's default).

set(RELAYQ_MACOS_BUNDLE relayq-tray.app)
set_target_properties(relayq-tray PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "RelayQ Tray"
    MACOSX_BUNDLE_GUI_IDENTIFIER io.github.relayq.RelayQTray
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "RelayQ")

# The LaunchAgent the app itself writes when "Start on login" is on, for administrators who want
# it for every user (/Library/LaunchAgents). Same label and keys: see the file's comment.
set(RELAYQ_MACOS_PROGRAM /Applications/${RELAYQ_MACOS_BUNDLE}/Contents/MacOS/relayq-tray)
configure_file(${CMAKE_CURRENT_LIST_DIR}/io.relayq.tray.plist.in
    ${CMAKE_BINARY_DIR}/installers/macos/io.relayq.tray.plist @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/installers/macos/io.relayq.tray.plist
    DESTINATION ${RELAYQ_MACOS_BUNDLE}/Contents/Resources/LaunchAgents)
# Qt frameworks, plugins and the Homebrew libraries (QtKeychain, spdlog, yaml-cpp, libarchive)
# into the bundle through macdeployqt, for relayq-tray and for relayqctl (app/cli installs it in
# Contents/MacOS), so the image runs on a Mac without them. Qt >= 6.3's deploy support; this
# install rule runs after the programs' (CMP0082: install rules in the order they are written).
install(CODE "
    include(\"${QT_DEPLOY_SUPPORT}\")
    qt_deploy_runtime_dependencies(
        EXECUTABLE \"${RELAYQ_MACOS_BUNDLE}\"
        ADDITIONAL_EXECUTABLES \"${RELAYQ_MACOS_BUNDLE}/Contents/MacOS/relayqctl\"
        GENERATE_QT_CONF)")
