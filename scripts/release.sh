#!/usr/bin/env bash
# Builds a release binary with the Swift runtime linked in, and packs it with the docs:
#
#     scripts/release.sh [VERSION]      → .build/okr-portal-VERSION-linux-ARCH.tar.gz
#
# The binary needs only libyaml and cmark-gfm at run time (Debian/Ubuntu: libyaml-0-2,
# libcmark-gfm0.29.0.gfm.6, libcmark-gfm-extensions0.29.0.gfm.6).
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-$(git describe --tags --always 2>/dev/null || echo dev)}
swift build -c release --static-swift-stdlib --product okr-portal
name="okr-portal-$version-linux-$(uname -m)"
staging=.build/release-package
rm -rf "$staging" && mkdir -p "$staging/$name"
cp .build/release/okr-portal README.md CHANGELOG.md "$staging/$name/"
cp -r docs "$staging/$name/docs"
if [ -f LICENSE ]; then cp LICENSE "$staging/$name/"; fi
tar -C "$staging" -czf ".build/$name.tar.gz" "$name"
echo ".build/$name.tar.gz"
