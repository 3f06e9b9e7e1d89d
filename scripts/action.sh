#!/usr/bin/env bash
# Runs `provenance check` with the GitHub Action's inputs. action.yml hands them over as
# INPUT_* variables rather than pasting them into the script, so no input can inject shell code.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

args=(check)
add() { if [[ -n "$2" ]]; then args+=("$1" "$2"); fi; }
add --format "${INPUT_FORMAT:-}"
add --input "${INPUT_INPUT:-}"
add --config "${INPUT_CONFIG:-}"
add --max-unattributed-share "${INPUT_MAX_UNATTRIBUTED_SHARE:-}"
add --max-unattributed "${INPUT_MAX_UNATTRIBUTED:-}"
add --max-anonymous "${INPUT_MAX_ANONYMOUS:-}"
add --fail-on-flag "${INPUT_FAIL_ON_FLAG:-}"

# Files and globs, separated by spaces or new lines; `read` does not expand the globs, provenance does
files=()
read -r -d '' -a files <<< "${INPUT_FILES:-}" || true
args+=(-- ${files[@]+"${files[@]}"})

if [[ -n "${INPUT_OUTPUT:-}" ]]; then
  node "$root/bin/provenance.js" "${args[@]}" > "$INPUT_OUTPUT"
else
  node "$root/bin/provenance.js" "${args[@]}"
fi
