# Linux: the Debian package (relayq-tray_<version>_<arch>.deb, for Debian 12 and later) and a
# portable archive (relayq-tray-<version>-Linux-<arch>.tar.gz: bin/, share/ under one folder).

set(CPACK_GENERATOR DEB TGZ)
# The archive's name says which machine it is for; the .deb names itself (DEB-DEFAULT below).
set(CPACK_PACKAGE_FILE_NAME
    "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-Linux-${CMAKE_SYSTEM_PROCESSOR}")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# Control files (and the payload's folders) with Debian's permissions, whatever the umask.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# As Debian's own packages: about a third smaller than gzip.
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# dpkg-shlibdeps finds the libraries the binaries link (Qt Core/Gui/Widgets/Network/DBus,
# QtKeychain, spdlog, yaml-cpp, libarchive …). It cannot see what is loaded at run time:
# - libqt6svg6: the SVG icon engine and image plugins; without them every icon (tray states,
#   the application icon, the menus') is blank.
# - libsecret-1-0: QtKeychain talks to the Secret Service through libsecret, loaded with
#   dlopen; its own package does not depend on it. Without it the token cannot be kept.
# - hicolor-icon-theme: its index.theme is what makes Qt's theme lookup find the installed
#   application icon (without it the icon is found only through its file path).
# The window system needs nothing more: on Debian the xcb platform plugin is part of libqt6gui6
# (which shlibdeps lists); qt6-qpa-plugins only holds the VNC and touch-input plugins, and
# Wayland sessions run Qt apps through XWayland unless qt6-wayland is there.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# (shlibdeps may list libqt6svg6 as well, when a binary links QtSvg itself: dpkg takes both.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libsecret-1-0, hicolor-icon-theme")
# What makes the app better on most desktops, and that apt installs by default:
# - Qt's own words (the buttons of standard dialogs) in German and Spanish;
# - a Secret Service to keep the token in (GNOME Keyring, KWallet, KeePassXC; one of them is
#   part of every full desktop);
# - a notification server (a virtual package every desktop's shell provides).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, gnome-keyring | libkf5wallet-bin | keepassxc, notification-daemon")
# Only for some: SSH control of runners on other machines, the privilege prompt the runner
# recovery uses (svc.sh through pkexec), and a tray on GNOME (which has none by itself).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "openssh-client, pkexec, gnome-shell-extension-appindicator")
