#!/usr/bin/env bash
# Package-layout check (CI): packs the app with electron-builder for Linux into an unpacked folder,
# using a placeholder Electron distribution so nothing is downloaded (docs/architecture.md, Toolchain notes), then checks what
# a real package would hold: the app bundles in app.asar and nothing else (no sources, tests, maps or
# devDependencies), the sample production, the Linux window icon and the Electron build of better-sqlite3
# next to it, every native module outside the archive, and the security fuses flipped in the executable.
# Takes a few seconds once `electron-vite build` has run. Exits non-zero with the reasons on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

fail() { echo "check-package: $*" >&2; exit 1; }

for f in out/main/index.js out/preload/index.cjs out/renderer/index.html; do
  [[ -f $f ]] || { echo "check-package: $f is missing; building first (npx electron-vite build)"; npx electron-vite build >/dev/null || fail "electron-vite build failed"; break; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/closed-set-package-check.XXXXXX")
native=.cache/electron-native/better_sqlite3.node
placeholder_native=0
cleanup() {
  rm -rf "$work"
  if [[ $placeholder_native == 1 ]]; then rm -f "$native"; fi
}
trap cleanup EXIT

# A stand-in for Electron's Linux distribution: an executable named `electron` that carries Electron's
# fuse wire (sentinel, version 1, 8 fuses in Electron 45's default states), so electron-builder's
# electronFuses step runs for real and we can read back what it wrote; plus the folders it expects.
dist_dir="$work/electron-dist"
mkdir -p "$dist_dir/resources" "$dist_dir/locales"
node -e '
  const fs = require("fs");
  const wire = Buffer.concat([Buffer.from("#!/bin/sh\necho placeholder Electron >&2; exit 1\n"), Buffer.from("dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX"), Buffer.from([1, 8]), Buffer.from("10110001")]);
  fs.writeFileSync(process.argv[1], wire, { mode: 0o755 });
' "$dist_dir/electron"
node -p 'require("./node_modules/electron/package.json").version' > "$dist_dir/version"
: > "$dist_dir/locales/en-US.pak"

# The Electron build of better-sqlite3 is made by `npm run dist`'s predist step (needs internet); for the
# layout check an empty placeholder stands in when it has not been built, and is removed afterwards.
if [[ ! -f $native ]]; then
  mkdir -p "$(dirname "$native")"
  : > "$native"
  placeholder_native=1
fi

out_dir=dist
rm -rf "$out_dir/linux-unpacked"
echo "check-package: packing with electron-builder (placeholder Electron, no download)…"
if ! npx electron-builder --linux dir --publish never \
    -c.npmRebuild=false -c.electronDist="$dist_dir" > "$work/builder.log" 2>&1; then
  cat "$work/builder.log" >&2
  fail "electron-builder failed (log above)"
fi
cp "$work/builder.log" "$out_dir/check-package-builder.log"

app_dir="$out_dir/linux-unpacked"
node --input-type=module - "$root" "$app_dir" "$placeholder_native" <<'NODE'
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [root, appDir, placeholderNative] = process.argv.slice(2);
const problems = [];
const check = (ok, message) => { if (!ok) problems.push(message); };
const resources = join(appDir, 'resources');
const asarFile = join(resources, 'app.asar');

check(existsSync(asarFile), `${asarFile} is missing`);
let entries = [];
if (existsSync(asarFile)) {
  const listing = execFileSync(process.execPath, [join(root, 'node_modules/@electron/asar/bin/asar.js'), 'list', '--is-pack', asarFile], { encoding: 'utf8', maxBuffer: 64 << 20 });
  entries = listing.split('\n').filter(Boolean).map((line) => {
    const m = /^(pack|unpack)\s*:\s*(.*)$/.exec(line.trim());
    return m ? { packed: m[1] === 'pack', path: m[2] } : { packed: true, path: line.trim() };
  });
}
const paths = new Set(entries.map((e) => e.path));
for (const required of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/node_modules/better-sqlite3/lib/index.js', '/node_modules/zod/package.json']) {
  check(paths.has(required), `app.asar does not contain ${required}`);
}

const forbidden = [
  [/^\/(tests|electron|shared|scripts|\.cache|\.ci|docs|dist)\//, 'a source/test/tooling folder'],
  [/^\/renderer\//, 'the renderer sources'],
  [/\.(ts|tsx|mts|cts)$/, 'TypeScript source'],
  [/\.map$/, 'a source map'],
  [/^\/node_modules\/(react|react-dom|three|@react-three|electron|electron-builder|electron-vite|vite|vitest|typescript|playwright-core)\//, 'a devDependency'],
  [/^\/node_modules\/better-sqlite3\/(build|deps|src)\//, "better-sqlite3's Node build or its C sources"],
];
for (const { path } of entries) {
  for (const [pattern, what] of forbidden) {
    if (pattern.test(path)) { problems.push(`app.asar contains ${what}: ${path}`); break; }
  }
}
for (const e of entries) {
  if (e.path.endsWith('.node') && e.packed) problems.push(`native module packed inside app.asar (cannot be loaded from there): ${e.path}`);
}

const sample = join(resources, 'sample-production.json');
check(existsSync(sample) && readFileSync(sample, 'utf8') === readFileSync(join(root, 'resources/sample-production.json'), 'utf8'), 'resources/sample-production.json is missing or differs from the project copy');
const icon = join(resources, 'icon.png');
check(existsSync(icon) && readFileSync(icon).equals(readFileSync(join(root, 'build/icons/256x256.png'))), 'resources/icon.png (the Linux window icon, from build/icons/256x256.png) is missing or differs');
const native = join(resources, 'native/better_sqlite3.node');
check(existsSync(native), 'resources/native/better_sqlite3.node (better-sqlite3 built for Electron) is missing');
if (placeholderNative !== '1' && existsSync(native)) check(statSync(native).size > 100_000, 'resources/native/better_sqlite3.node looks empty');

// The executable, renamed by electron-builder, with the fuses from electron-builder.yml.
const exe = join(appDir, 'closed-set');
check(existsSync(exe), `${exe} (the app executable) is missing`);
if (existsSync(exe)) {
  const bin = readFileSync(exe);
  const at = bin.indexOf('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
  const wire = at < 0 ? '' : bin.subarray(at + 34, at + 34 + bin[at + 33]).toString('latin1');
  // runAsNode, cookieEncryption, nodeOptions, nodeCliInspect, asarIntegrity, onlyLoadAppFromAsar, browserV8Snapshot (left as is), fileProtocolExtraPrivileges
  const expected = '01001100';
  check(wire === expected, `fuses in the executable are "${wire}", expected "${expected}" (electronFuses in electron-builder.yml)`);
}

if (problems.length) {
  const shown = problems.slice(0, 25);
  if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
  console.error('check-package: FAILED\n  - ' + shown.join('\n  - '));
  process.exit(1);
}
const unpacked = entries.filter((e) => !e.packed).length;
console.log(`check-package: OK — app.asar has ${entries.length} entries (${unpacked} unpacked), sample production, window icon and Electron-ABI better-sqlite3 in resources/, fuses set${placeholderNative === '1' ? ' (native module was a placeholder: run `node scripts/electron-native.mjs` for a real one)' : ''}.`);
NODE
