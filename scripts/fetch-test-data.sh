#!/usr/bin/env bash
# Fetches real DICOM test files without committing them: the files that Debian's python3-pydicom package
# ships (pydicom's own test corpus: compressed and uncompressed images, big endian, no meta, deflate, SR, RT,
# waveforms, character sets, DICOMDIR). The package is downloaded, not installed, and unpacked into a
# git-ignored cache. Idempotent: does nothing when the cache is complete.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cache="$here/test/.cache/pydicom"
marker="$cache/.complete"
[ -f "$marker" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "fetch-test-data: apt-get is not available; cannot download python3-pydicom's test files" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download -q python3-pydicom >/dev/null 2>&1) || {
  # apt-get download needs the package lists; refresh them once when they are missing.
  if [ "$(id -u)" = 0 ]; then apt-get update -qq >/dev/null && (cd "$work" && apt-get download -q python3-pydicom >/dev/null); else
    echo "fetch-test-data: 'apt-get download python3-pydicom' failed (run apt-get update as root first)" >&2; exit 1; fi
}
deb=$(ls "$work"/python3-pydicom_*.deb)
dpkg-deb -x "$deb" "$work/x"
data=$(find "$work/x" -type d -path '*/pydicom/data' | head -n 1)
rm -rf "$cache"
mkdir -p "$cache"
cp -r "$data/test_files" "$data/charset_files" "$data/palettes" "$cache/"
# pydicom's UID dictionary (PS3.6 Table A-1) feeds the UID registry generator.
cp "$(dirname "$data")/_uid_dict.py" "$cache/"
basename "$deb" > "$marker"
echo "fetch-test-data: $(find "$cache" -type f | wc -l) files from $(basename "$deb") in test/.cache/pydicom"
