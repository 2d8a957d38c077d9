# A .deb for Debian 12: `cpack -G DEB` in the build folder. Depends are computed from the
# binaries (dpkg-shlibdeps); libsecret is named as well, since QtKeychain loads the secret
# service through it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ems-explorer)
set(CPACK_PACKAGE_VENDOR "The EMS Explorer developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop browser for Celonis EMS teams")
set(CPACK_PACKAGE_CONTACT "The EMS Explorer developers <maintainers@example.invalid>")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring, qt6-translations-l10n, fonts-noto-color-emoji")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Desktop browser for Celonis EMS teams
 EMS Explorer shows a Celonis EMS team as a tree, reads the latest state of the
 selected object, renames resources in place with a conflict check, shows what an
 API key may do, and logs every request. A built-in sandbox team (ems-sandbox)
 emulates the EMS API.")
include(CPack)
