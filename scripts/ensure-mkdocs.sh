#!/usr/bin/env bash
# Installs Debian's MkDocs and its Material theme, which TechDocs uses to build the example
# catalog's runbooks (techdocs.generator.runIn: local). Never fails: without them the
# portal still starts, and each docs page says what to install.
set -uo pipefail
if command -v mkdocs > /dev/null && [ -d /usr/share/mkdocs/themes/material ]; then
  exit 0
fi
if python3 -c 'import material' > /dev/null 2>&1 && command -v mkdocs > /dev/null; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
  echo "Installing Debian's mkdocs and mkdocs-material for the runbooks (TechDocs)"
  if ! { apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mkdocs mkdocs-material > /dev/null; }; then
    echo "Could not install mkdocs; the portal starts, and docs pages say what to install." >&2
  fi
else
  echo "The runbooks (TechDocs) are built with MkDocs and its Material theme, not installed here." >&2
  echo "Install them (Debian: sudo apt-get install -y mkdocs mkdocs-material); the portal starts anyway." >&2
fi
exit 0
