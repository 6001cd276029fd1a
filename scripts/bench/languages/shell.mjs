// Filler shell scripts: bash functions, associative arrays iterated by key, case statements and a main.

import { constant, kebab, message, noun, sentence, snake, snakeMethod } from '../words.mjs';

/** @typedef {import('../random.mjs').Random} Random */

/** @param {Random} r @param {string} imports */
function header(r, imports) {
  return `#!/usr/bin/env bash
# ${sentence(r)}
set -euo pipefail

readonly SCRIPT_DIR="$(cd "$(dirname "\${BASH_SOURCE[0]}")" && pwd)"
${imports}
log() { printf '[%s] %s\\n' "$(date -u +%H:%M:%S)" "$*" >&2; }`;
}

/** @param {Random} r */
function loop(r) {
  const a = constant(r);
  return `${snakeMethod(r)}() {
  declare -A ${a}=([${noun(r)}]=${r.int(1, 99)} [${noun(r)}]=${r.int(1, 99)})
  for key in "\${!${a}[@]}"; do
    log "key=\${key} value=\${${a}[$key]}"
  done
  if [[ -z "\${${a}[${noun(r)}]:-}" ]]; then
    echo "Key not found" >&2
    return 1
  fi
}`;
}

/** @param {Random} r */
function caseBlock(r) {
  return `${snakeMethod(r)}() {
  local mode="\${1:-${noun(r)}}"
  case "$mode" in
    ${noun(r)}|${noun(r)})
      log "${sentence(r)}"
      ;;
    --help|-h)
      echo "usage: $(basename "$0") [mode]"
      ;;
    *)
      echo "${message(r)}: $mode" >&2
      exit 2
      ;;
  esac
}`;
}

/** @param {Random} r */
function files(r) {
  const a = snake(r);
  return `${snakeMethod(r)}() {
  local ${a}="\${SCRIPT_DIR}/${kebab(r)}"
  mkdir -p "$${a}"
  find "$${a}" -name '*.json' -mtime +${r.int(1, 30)} -print0 | while IFS= read -r -d '' file; do
    log "removing $file"
    rm -f "$file"
  done
}`;
}

/** @param {Random} r */
function bearer(r) {
  return `${snakeMethod(r)}() {
  curl -fsS "https://api.stripe.com/v1/customers/$1" \\
    -H "Authorization: Bearer \${STRIPE_API_KEY:?missing}"
}`;
}

/** @type {import('../source.mjs').SourceTemplate} */
export const shell = {
  header,
  blocks: [loop, caseBlock, files],
  rare: [bearer],
  comment: (text) => text.split('\n').map((line) => `# ${line}`).join('\n'),
  footer: 'main() {\n  log "done"\n}\n\nmain "$@"\n',
};
