# CPack: the Debian package, the portable .tar.gz, and the macOS and Windows installers.
