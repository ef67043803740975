#!/usr/bin/env bash
# Offline checks of deploy/, no Docker engine needed (run by .ci/run; also by hand):
#   the Dockerfile through dockerfile-utils and dockerfilelint, the Compose file through dclint,
#   each kustomize overlay rendered by kubectl and every object validated against the Kubernetes
#   v1.33 schemas (strictly), the Grafana dashboard against Grafana's dashboard schema, every PromQL
#   expression parsed, and the shell scripts through shellcheck.
# The npm tools are pinned in tools/package-lock.json; `npm ci` installs them when they are missing.
set -euo pipefail
cd "$(dirname "$0")"
bin=tools/node_modules/.bin
if [ ! -x "$bin/dclint" ] || [ tools/package-lock.json -nt tools/node_modules/.package-lock.json ]; then
  (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi
for tool in kubectl shellcheck node; do
  command -v "$tool" > /dev/null || { echo "missing: $tool (Debian packages kubectl, shellcheck, nodejs)"; exit 1; }
done
rendered=$(mktemp -d)
trap 'rm -rf "$rendered"' EXIT

echo "== Dockerfile"
"$bin/dockerfile-utils" lint Dockerfile
"$bin/dockerfilelint" -c tools Dockerfile

echo "== Compose"
"$bin/dclint" compose/docker-compose.yml
echo "compose/docker-compose.yml: no problems"

echo "== Kubernetes (kubectl $(kubectl version --client -o yaml | awk '/gitVersion/ { print $2; exit }'))"
for overlay in k8s/overlays/*/; do
  name=$(basename "$overlay")
  kubectl kustomize "$overlay" > "$rendered/$name.yaml"
  echo "$overlay: $(grep -c '^kind:' "$rendered/$name.yaml") objects rendered"
done
node tools/validate-k8s.mjs "$rendered"/*.yaml k8s/secret.example.yaml

echo "== Grafana and Prometheus"
node tools/validate-dashboard.mjs observability/grafana/*.json
node tools/validate-promql.mjs observability/prometheus/*.yml observability/grafana/*.json k8s/base/prometheusrule.yaml

echo "== Shell scripts"
mapfile -t scripts < <(find . ../bench -name '*.sh' -not -path '*/node_modules/*' | sort)
shellcheck "${scripts[@]}"
echo "${#scripts[@]} scripts pass shellcheck"
echo "deploy/ checks passed"
