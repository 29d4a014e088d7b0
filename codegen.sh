#!/usr/bin/env bash
# Regenerate the raw clients in generated/ from specs/ (see README "Code generation").
# A thin wrapper over `commerce-sdk codegen` (the same command, installed with the wheel).
#   ./codegen.sh                      every provider in specs/sources.yaml (skips unchanged ones)
#   ./codegen.sh jtl-erp              one provider
#   ./codegen.sh --spec F --name N --out D [--like PROVIDER]   any spec into any directory
#   ./codegen.sh --check              fail if generated/ is not what codegen would write
#   ./codegen.sh update PROVIDER [URL|FILE]   take a new vendor spec, report changes, regenerate
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
py="${CODEGEN_PYTHON:-$here/.venv/bin/python}"
if [ ! -x "$py" ]; then
  echo "codegen: $py not found; run 'make install' first" >&2
  exit 2
fi
export PYTHONPATH="$here/src${PYTHONPATH:+:$PYTHONPATH}"
exec "$py" -m commerce_sdk codegen "$@"
