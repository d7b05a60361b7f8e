#!/usr/bin/env bash
# Installs everything Peitto's tests and tools need on a Debian/Ubuntu machine:
#   - Debian packages: the reference tools the tests compare against (dcmtk, dicom3tools, libgdcm-tools),
#     poppler-utils (pdftotext for the assessment sheet tests) and chromium (the renderer's end-to-end tests);
#   - the npm dependencies (npm install, which also builds the engine and the renderer);
#   - the real-data test corpus (Debian's python3-pydicom test files, downloaded, not installed).
# Needs root or sudo for apt-get. Run as: npm run setup
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

packages=(dcmtk dicom3tools libgdcm-tools poppler-utils chromium)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; fi
  echo "setup: installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "setup: npm install"
npm install --no-fund --no-audit

bash scripts/fetch-test-data.sh
echo "setup: done. Run the tests with: npm test"
