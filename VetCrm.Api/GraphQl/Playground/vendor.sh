#!/usr/bin/env bash
# Refreshes the vendored GraphiQL files from npm (exact versions in package-lock.json); run after changing package.json.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp package.json package-lock.json "$work"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund)
cp "$work/node_modules/graphiql/graphiql.min.js" "$work/node_modules/graphiql/graphiql.min.css" .
cp "$work/node_modules/react/umd/react.production.min.js" "$work/node_modules/react-dom/umd/react-dom.production.min.js" .
