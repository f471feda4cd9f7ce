#!/usr/bin/env bash
# Installs what the quality tests (src/test/java/baton/quality) drive, outside the repository, and says where:
#   - the npm packages pinned in package.json / package-lock.json here (vnu-jar, axe-core, playwright-core)
#     into BATON_QUALITY_HOME (default ~/.cache/baton-quality), skipped when that folder already holds them;
#   - Debian's chromium, with apt-get, only when no chromium is installed.
# Run it, then `mvn test`; without it those tests are skipped. .ci/run runs it on a fresh machine.
# Prints the environment to export, e.g.: eval "$(src/test/js/install-tools.sh)"
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
home="${BATON_QUALITY_HOME:-$HOME/.cache/baton-quality}"
log() { echo "install-tools: $*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  log "installing $* with apt-get"
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >&2
}

chromium="${BATON_CHROMIUM:-}"
if [ -z "$chromium" ]; then
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$candidate" ]; then chromium="$candidate"; break; fi
  done
fi
if [ -z "$chromium" ]; then
  apt_install chromium
  chromium=/usr/bin/chromium
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 20 ]; then
  log "node $(node --version) is too old: playwright-core needs node 20 or later"
  exit 1
fi

mkdir -p "$home"
if cmp -s "$here/package-lock.json" "$home/package-lock.json" && [ -f "$home/node_modules/.package-lock.json" ]; then
  log "npm packages already in $home"
else
  log "installing the npm packages into $home"
  cp "$here/package.json" "$here/package-lock.json" "$home/"
  # --ignore-scripts: vnu-jar's postinstall would download a Java; the tests run vnu.jar on this machine's Java 17.
  npm ci --prefix "$home" --ignore-scripts --no-audit --no-fund --loglevel=error >&2
fi

echo "export BATON_QUALITY_HOME='$home'"
echo "export BATON_VNU_JAR='$home/node_modules/vnu-jar/build/dist/vnu.jar'"
echo "export BATON_CHROMIUM='$chromium'"
