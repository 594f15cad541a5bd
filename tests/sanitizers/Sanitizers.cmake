# Run-time options of the sanitizer build (RELAYQ_SANITIZE, the ci preset), for every test and
# every program a test starts (relayqctl, relayq-tray, relayq-sim, helpers inherit the
# environment). ctest reads environment.cmake before it runs any test, whether it is started
# with `ctest --preset ci` or `ctest --test-dir <build>`, so the options cannot be forgotten.
#   ASan/LSan: a leak fails the program at exit; exit code 23 tells a sanitizer report from an
#              ordinary test failure (1) and from a skip (77).
#   UBSan:     the build aborts on the first finding (-fno-sanitize-recover); stacks printed.
#   LSan:      lsan.supp holds the third-party leaks (system libraries, Qt plugins), none of ours.
# Options already in the environment come after ours, so a developer's own wins.
if(NOT RELAYQ_SANITIZE)
    return()
endif()
set(RELAYQ_LSAN_SUPPRESSIONS ${CMAKE_CURRENT_LIST_DIR}/lsan.supp)
configure_file(${CMAKE_CURRENT_LIST_DIR}/environment.cmake.in
    ${CMAKE_CURRENT_BINARY_DIR}/sanitizer-environment.cmake @ONLY)
set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES
    ${CMAKE_CURRENT_BINARY_DIR}/sanitizer-environment.cmake)
