# CPack: the Debian package, the portable .tar.gz, and the macOS and Windows installers.
#
#   cpack --config build/ci/CPackConfig.cmake -G DEB    → relayq-tray_<version>_<arch>.deb
#   cpack --config build/ci/CPackConfig.cmake -G TGZ    → relayq-tray-<version>-Linux-<arch>.tar.gz
#
# The package holds what the install rules install: relayq-tray and relayqctl (bin), and what
# resources/CMakeLists.txt installs (desktop file, AppStream metainfo, hicolor icons).
# Translations are built into the binaries, so there are no .qm files to ship. Test programs and
# build tools have no install rule and never reach a package.
# The macOS (.dmg) and Windows (NSIS) parts below are only read on those systems: a Linux
# configure never sees them, and neither has been built yet (no macOS or Windows machine in CI).

# Values reach CPackConfig.cmake as written here (backslashes, quotes and $ in the NSIS
# commands and regular expressions included).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME relayq-tray)
set(CPACK_PACKAGE_VENDOR "RelayQ")
set(CPACK_PACKAGE_CONTACT "RelayQ Tray maintainers <relayq-tray@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "System-tray monitor for self-hosted GitHub Actions runners")
# Wrapped for Debian's long description: an empty line becomes a paragraph break (" .").
set(CPACK_PACKAGE_DESCRIPTION [=[
RelayQ Tray watches your self-hosted GitHub Actions runners, workflow runs
and jobs through the GitHub REST API and tells you, without noise, when a
runner goes offline, a job is stuck or queued too long, a queued job has no
online runner that can take it, or too many runs fail. The tray icon shows
the fleet's worst state; a status window lists runners, runs and alerts.

It can also act: restart a runner's service, dispatch a workflow, back up a
runner's configuration and walk a broken runner through recovery. relayqctl
offers the same checks and actions on the command line.

In English, German and Spanish.]=])
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "RelayQ Tray")
set(CPACK_PACKAGE_EXECUTABLES relayq-tray "RelayQ Tray")
set(CPACK_STRIP_FILES ON)
# Folders the install step creates itself: readable by everyone, whatever the umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# The source archive (package_source): the tree without build folders or git.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/node_modules/" "\\.swp$")

if(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/MacPackaging.cmake)
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/WindowsPackaging.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/linux/LinuxPackaging.cmake)
endif()

include(CPack)
