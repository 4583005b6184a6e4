#!/usr/bin/env bash
# The adoption test (issue 12): proves every Stagecraft package installs into a fresh
# `@backstage/create-app` portal (default template, new frontend system) by following only
# the plugin READMEs' install sections. Stages:
#   1. scaffold  create-app 0.9.2 under Node 22 (from the npm registry), outside the repo
#   2. pack      build and `yarn pack` every Stagecraft package
#   3. install   the tarballs into the portal as the READMEs say; add the example catalog
#   4. start     build the portal's frontend, start its backend, wait for readiness
#   5. browser   headless Chromium checks the Stagecraft pages and tabs
#   6. lint      `npx @stagecraft/catalog-lint` from the tarball on the example catalog
#   7. readmes   every README's install section shows the steps stages 3 and 6 ran
# Prints each stage's time; exits non-zero on the first failure. Logs and screenshots go to
# .test-results/adoption/. `adoption-test.sh <stage>...` runs only those stages.
# ADOPTION_DIR (default /tmp/stagecraft-adoption) holds the portal, the tarballs and caches;
# only the caches survive between runs, so each run starts from a fresh portal.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
ADOPTION_DIR=${ADOPTION_DIR:-/tmp/stagecraft-adoption}
ADOPTION_PORT=${ADOPTION_PORT:-7017}
CREATE_APP_VERSION=0.9.2
portal=$ADOPTION_DIR/portal
tarballs=$ADOPTION_DIR/tarballs
tools=$ADOPTION_DIR/tools
logs=$repo/.test-results/adoption
mkdir -p "$ADOPTION_DIR" "$logs"

# Caches kept between runs (the script still works from nothing).
export YARN_ENABLE_GLOBAL_CACHE=true
export YARN_GLOBAL_FOLDER=$ADOPTION_DIR/cache/yarn-global
export npm_config_cache=$ADOPTION_DIR/cache/npm
export YARN_ENABLE_TELEMETRY=0
# The fresh portal has no lockfile yet: with CI=true yarn would refuse to write one.
export YARN_ENABLE_IMMUTABLE_INSTALLS=false

repo_path=$PATH # the repository's own commands run on its Node (20)
started_all=$(date +%s)
backend_pid_file=$ADOPTION_DIR/backend.pid
cleanup() { # the backend and a background pack run in their own process groups
  if [ -n "${pack_pid:-}" ]; then
    kill -- "-$pack_pid" 2>/dev/null || true
  fi
  if [ -s "$backend_pid_file" ]; then
    kill -- "-$(cat "$backend_pid_file")" 2>/dev/null || true
    rm -f "$backend_pid_file"
  fi
}
trap cleanup EXIT
trap 'exit 143' INT TERM

stage() { # stage <name> <function>
  local name=$1 t0 rc=0
  t0=$(date +%s)
  echo "adoption: [$name] start"
  # a subshell with errexit: the stage stops at its first failing command
  set +e
  (set -e; "$2")
  rc=$?
  set -e
  local dt=$(( $(date +%s) - t0 ))
  if [ "$rc" -ne 0 ]; then
    echo "adoption: [$name] FAILED after ${dt}s (logs in $logs)"
    exit "$rc"
  fi
  echo "adoption: [$name] ok in ${dt}s"
}

# run <log> <command...>: runs a command, its output to a log; on failure prints the tail.
run() {
  local log=$logs/$1 t0=$SECONDS rc=0; shift
  "$@" >> "$log" 2>&1 || rc=$?
  echo "adoption:   ($(( SECONDS - t0 ))s) $*" | cut -c1-150
  if [ "$rc" -ne 0 ]; then
    echo "adoption: '$*' failed ($rc); last lines of $log:"
    tail -40 "$log"
  fi
  return "$rc"
}

# Node 22 from the npm registry (create-app refuses Node 20), plus create-app itself.
tools_setup() {
  if [ ! -x "$tools/node_modules/.bin/backstage-create-app" ] \
    || [ "$("$tools/node_modules/node/bin/node" -p 'process.versions.node.split(".")[0]' 2>/dev/null)" != 22 ]; then
    rm -rf "$tools"
    mkdir -p "$tools"
    run tools.log npm install --prefix "$tools" --no-audit --no-fund --no-package-lock \
      node@22 "@backstage/create-app@$CREATE_APP_VERSION"
  fi
  node22_bin=$tools/node_modules/node/bin
  local header
  header=$(find "$tools/node_modules/node/node_modules" -path '*/include/node/node.h' | head -1)
  node22_dir=${header%/include/node/node.h}
  # A `yarn` launcher for create-app's prerequisite check and the portal's commands;
  # the portal's own .yarnrc.yml (yarnPath) then selects the Yarn release it ships.
  mkdir -p "$tools/bin"
  cat > "$tools/bin/yarn" <<SH
#!/bin/sh
exec node "$repo/.yarn/releases/yarn-4.13.0.cjs" "\$@"
SH
  chmod +x "$tools/bin/yarn"
  # Everything in the portal runs on Node 22; native modules build against its headers.
  portal_path="$node22_bin:$tools/bin:$repo_path"
  portal_env node --version | grep -q '^v22\.'
}

portal_env() { PATH=$portal_path npm_config_nodedir=$node22_dir "$@"; }
in_portal() { (cd "$portal" && portal_env "$@"); }
in_repo() { (cd "$repo" && PATH=$repo_path "$@"); }

scaffold() {
  # a previous run's portal: deleted in the background (a minute or more of disk work)
  [ ! -e "$portal" ] || mv "$portal" "$ADOPTION_DIR/old-portal-$$"
  local old
  for old in "$ADOPTION_DIR"/old-portal-*; do
    [ ! -e "$old" ] || (nice rm -rf "$old" > /dev/null 2>&1 &)
  done
  (cd "$ADOPTION_DIR" && BACKSTAGE_APP_NAME=portal portal_env run scaffold.log \
    "$tools/node_modules/.bin/backstage-create-app" --path "$portal" --skip-install)
  [ -f "$portal/packages/app/package.json" ] || { echo "adoption: create-app made no portal"; return 1; }
  pin_backstage_release
  in_portal run scaffold.log yarn install
  cache_native_build better-sqlite3 || true
}

# create-app seeds the portal's yarn.lock from GitHub (unreachable here); without it the
# template's `^` ranges drift past Backstage 1.55 into mismatched releases (e.g. a
# signals-backend whose httpRouter.addWebSocketHandler the pinned backend-defaults lacks).
# Pin the versions create-app 0.9.2 was released with (its own table) in `resolutions`.
pin_backstage_release() {
  in_portal node -e '
    const fs = require("fs");
    const { packageVersions } = require(process.argv[1]);
    const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
    pkg.resolutions = { ...pkg.resolutions, ...packageVersions };
    fs.writeFileSync("package.json", JSON.stringify(pkg, null, 2) + "\n");
  ' "$tools/node_modules/@backstage/create-app/dist/lib/versions.cjs.js"
}

# better-sqlite3 has no prebuilt binary here (GitHub is unreachable), so its install
# compiles SQLite for a minute or more. Keep the compiled binary where prebuild-install looks
# for a cached download (npm_config_cache/_prebuilds), so the next run's install finds it.
cache_native_build() {
  local dir=$portal/node_modules/$1 cached
  [ -f "$dir/build/Release/better_sqlite3.node" ] || return 0
  cached=$(cd "$dir" && portal_env node "$(cd "$dir" && portal_env node -p 'require.resolve("prebuild-install/bin.js")')" --verbose 2>&1 \
    | sed -n 's/.*looking for cached prebuild @ //p' | head -1)
  [ -n "$cached" ] && [ ! -f "$cached" ] || return 0
  mkdir -p "$(dirname "$cached")"
  # only the addon: prebuild-install loads the last .node it unpacks to check it
  tar -czf "$cached" -C "$dir" build/Release/better_sqlite3.node
  echo "adoption:   cached $1's native build for the next run"
}


# 2. Build and pack every Stagecraft package (all plugins/* and packages/catalog-lint;
# app and backend are private and not packed). `prepack` swaps in the publish fields.
pack() {
  rm -rf "$tarballs"
  mkdir -p "$tarballs"
  # declarations for the packages' builds (ADOPTION_TSC_ERRORS=ignore: only while developing)
  if [ "${ADOPTION_TSC_ERRORS:-}" = ignore ]; then
    in_repo run pack.log ./yarn tsc || echo "adoption: type errors ignored"
  else
    in_repo run pack.log ./yarn tsc
  fi
  in_repo run pack.log node node_modules/@backstage/cli/bin/backstage-cli repo build
  # One at a time: a package's prepack rewrites its package.json, which a pack running in
  # parallel may read half-written ("Unterminated string in JSON", seen in CI).
  in_repo run pack.log ./yarn workspaces foreach --all --no-private pack --out "$tarballs/%s-%v.tgz"
  ls "$tarballs"
  local count
  count=$(find "$tarballs" -name '*.tgz' | wc -l)
  local expected
  expected=$(ls -d "$repo"/plugins/*/package.json "$repo"/packages/catalog-lint/package.json | wc -l)
  [ "$count" -eq "$expected" ] || { echo "adoption: packed $count packages, expected $expected"; return 1; }
}

# 3. Install, following the READMEs' install sections.
frontend_packages=(
  @stagecraft/plugin-secrets
  @stagecraft/plugin-readiness
  @stagecraft/plugin-pipelines
  @stagecraft/plugin-blast-radius
)
backend_packages=(
  @stagecraft/plugin-catalog-backend-module-portal-links
  @stagecraft/plugin-catalog-backend-module-secrets
  @stagecraft/plugin-secrets-backend
  @stagecraft/plugin-readiness-backend
  @stagecraft/plugin-catalog-backend-module-pipelines
  @stagecraft/plugin-pipelines-backend
  @stagecraft/plugin-blast-radius-backend
  @stagecraft/plugin-permission-backend-module-stagecraft-policy
)

version_of() { # the version range a README's `yarn add` uses: ^<packed version>
  local file
  file=$(grep -l "\"name\": \"$1\"" "$repo"/plugins/*/package.json "$repo"/packages/*/package.json | head -1)
  echo "^$(node -p "require('$file').version")"
}

install_stagecraft() {
  # Tarballs instead of a registry: every @stagecraft package resolves to its tarball
  # (root package.json `resolutions`); the `yarn add` commands are then the registry's.
  in_portal node -e '
    const fs = require("fs"), path = require("path");
    const [dir] = process.argv.slice(1);
    const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
    pkg.resolutions = pkg.resolutions || {};
    for (const file of fs.readdirSync(dir).filter(f => f.endsWith(".tgz"))) {
      const tar = require("child_process").execFileSync("tar", ["-xOzf", path.join(dir, file), "package/package.json"]);
      pkg.resolutions[JSON.parse(tar).name] = "file:" + path.join(dir, file);
    }
    fs.writeFileSync("package.json", JSON.stringify(pkg, null, 2) + "\n");
  ' "$tarballs"

  local specs=() p
  for p in "${frontend_packages[@]}"; do specs+=("$p@$(version_of "$p")"); done
  in_portal run install.log yarn --cwd packages/app add "${specs[@]}"

  specs=()
  for p in "${backend_packages[@]}"; do specs+=("$p@$(version_of "$p")"); done
  in_portal run install.log yarn --cwd packages/backend add "${specs[@]}"
  in_portal run install.log yarn add --dev "@stagecraft/catalog-lint@$(version_of @stagecraft/catalog-lint)"

  # packages/backend/src/index.ts: Stagecraft's policy replaces the allow-all policy,
  # then the backend plugins and modules.
  local index=$portal/packages/backend/src/index.ts
  sed -i "s#import('@backstage/plugin-permission-backend-module-allow-all-policy')#import('@stagecraft/plugin-permission-backend-module-stagecraft-policy')#" "$index"
  local lines=""
  for p in "${backend_packages[@]}"; do
    [ "$p" = @stagecraft/plugin-permission-backend-module-stagecraft-policy ] && continue
    lines+="backend.add(import('$p'));\n"
  done
  sed -i "s#^backend.start();#${lines}\n&#" "$index"
  grep -q stagecraft-policy "$index" || { echo "adoption: the allow-all policy line was not found"; return 1; }

  # The example catalog (the only file copied from the repository).
  cp -r "$repo/catalog-info" "$portal/catalog-info"
  local config=$portal/app-config.yaml
  sed -i 's#^    - allow: \[Component, System, API, Resource, Location\]$#    - allow: [Component, System, API, Resource, Location, Domain, Group, User]#' "$config"
  sed -i '/^  locations:$/r /dev/stdin' "$config" <<'YAML'
    # Stagecraft's example catalog
    - type: file
      target: ../../catalog-info/all.yaml
YAML
  grep -q 'Location, Domain, Group, User' "$config" || { echo "adoption: catalog.rules not updated"; return 1; }
  grep -q 'catalog-info/all.yaml' "$config" || { echo "adoption: catalog location not added"; return 1; }

  # This test's own settings: the backend serves the built frontend on one port.
  cat > "$portal/app-config.local.yaml" <<YAML
app:
  baseUrl: http://localhost:$ADOPTION_PORT
backend:
  baseUrl: http://localhost:$ADOPTION_PORT
  listen:
    port: $ADOPTION_PORT
YAML
}

# 4. Build the frontend; start the backend, which serves it.
start_portal() {
  in_portal run app-build.log yarn workspace app build
  : > "$logs/backend.log"
  (cd "$portal/packages/backend" && PATH=$portal_path exec setsid yarn start) >> "$logs/backend.log" 2>&1 &
  local backend_pid=$!
  echo "$backend_pid" > "$backend_pid_file"
  for _ in $(seq 1 300); do
    if curl -fs "http://localhost:$ADOPTION_PORT/.backstage/health/v1/readiness" > /dev/null; then
      return 0
    fi
    if ! kill -0 "$backend_pid" 2>/dev/null; then
      tail -50 "$logs/backend.log"
      echo "adoption: the backend exited before it was ready"
      return 1
    fi
    sleep 1
  done
  echo "adoption: the backend was not ready after 300 s"; tail -30 "$logs/backend.log"; return 1
}

# 5. Headless Chromium on the running portal.
browser() {
  in_repo bash scripts/ensure-chromium.sh
  in_repo node scripts/adoption/browserChecks.mjs "http://localhost:$ADOPTION_PORT" "$logs" 2>&1 | tee "$logs/browser.log"
  return "${PIPESTATUS[0]}"
}

# 6. The lint CLI from its tarball, on the portal's copy of the example catalog: same
# verdict (exit code and summary) as the repository's own `./yarn catalog-lint`.
lint() {
  local want=0 got=0
  in_repo ./yarn catalog-lint catalog-info/ > "$logs/lint-repo.txt" 2>&1 || want=$?
  in_portal npx @stagecraft/catalog-lint catalog-info/ > "$logs/lint.txt" 2>&1 || got=$?
  tail -3 "$logs/lint.txt"
  if [ "$got" != "$want" ]; then
    echo "adoption: catalog-lint exited $got, the repository's exits $want"; return 1
  fi
  local a b
  a=$(grep -E 'problems?|entities' "$logs/lint-repo.txt" | tail -1)
  b=$(grep -E 'problems?|entities' "$logs/lint.txt" | tail -1)
  if [ "$a" != "$b" ]; then
    echo "adoption: catalog-lint says '$b', the repository's says '$a'"; return 1
  fi
}

# The READMEs' install sections must show the steps this test ran: the `yarn add` with
# its range, the `backend.add` import, the `resolutions` for tarballs, the lint command.
readme_of() {
  dirname "$(grep -l "\"name\": \"$1\"" "$repo"/plugins/*/package.json "$repo"/packages/*/package.json | head -1)"
}
readmes() {
  local p readme missing=0 want
  check() { # check <readme> <text>
    if ! grep -qF -- "$2" "$1"; then
      echo "adoption: ${1#"$repo"/} does not show: $2"; missing=1
    fi
  }
  for p in "${frontend_packages[@]}"; do
    readme=$(readme_of "$p")/README.md
    check "$readme" "yarn --cwd packages/app add $p@$(version_of "$p")"
    check "$readme" "resolutions"
  done
  for p in "${backend_packages[@]}"; do
    readme=$(readme_of "$p")/README.md
    check "$readme" "yarn --cwd packages/backend add $p@$(version_of "$p")"
    check "$readme" "import('$p')"
    check "$readme" "resolutions"
  done
  readme=$(readme_of @stagecraft/plugin-permission-backend-module-stagecraft-policy)/README.md
  check "$readme" "@backstage/plugin-permission-backend-module-allow-all-policy"
  readme=$(readme_of @stagecraft/catalog-lint)/README.md
  check "$readme" "yarn add --dev @stagecraft/catalog-lint@$(version_of @stagecraft/catalog-lint)"
  check "$readme" "npx @stagecraft/catalog-lint catalog-info/"
  return "$missing"
}

# `adoption-test.sh <stage>...` runs only those stages, on the last run's portal (development).
stages=("$@")
[ ${#stages[@]} -gt 0 ] || stages=(scaffold pack install start browser lint readmes)
: > "$logs/tools.log"
tools_setup
pack_pid=
for name in "${stages[@]}"; do
  case $name in
    scaffold)
      : > "$logs/scaffold.log"
      if [ "${stages[1]:-}" = pack ]; then
        # packing (CPU) overlaps the portal's install (mostly download and disk)
        : > "$logs/pack.log"
        set -m # its own process group, which cleanup can stop
        (stage pack pack) > "$logs/pack-stage.out" 2>&1 &
        pack_pid=$!
        set +m
      fi
      stage scaffold scaffold
      ;;
    pack)
      if [ -n "$pack_pid" ]; then
        rc=0
        wait "$pack_pid" || rc=$?
        cat "$logs/pack-stage.out"
        [ "$rc" -eq 0 ] || exit "$rc"
      else
        : > "$logs/pack.log"
        stage pack pack
      fi
      ;;
    install) : > "$logs/install.log"; stage install install_stagecraft ;;
    start) : > "$logs/app-build.log"; stage start start_portal ;;
    browser) stage browser browser ;;
    lint) stage lint lint ;;
    readmes) stage readmes readmes ;;
    *) echo "adoption: unknown stage $name"; exit 2 ;;
  esac
done
echo "adoption: total $(( $(date +%s) - started_all ))s"
