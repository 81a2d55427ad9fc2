#!/usr/bin/env bash
# Install everything the tests need (Python packages, Debian's chromium, Neo4j from Maven
# Central), start a local Neo4j, and run the whole test suite, integration tests included.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'

# --- integration services (browser, neo4j) are set up below by their own scripts ---
bash scripts/install_chromium.sh
# A local Neo4j for the tests marked neo4j (fetched from Maven Central on first use); the
# trap stops it whatever the tests do. Its password is the script's default unless set.
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-graphctl-local}"
trap 'bash scripts/neo4j.sh stop || true' EXIT
bash scripts/neo4j.sh start

python3 -m pytest -m "" "$@"
