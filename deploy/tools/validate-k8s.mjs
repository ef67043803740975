// Validates rendered Kubernetes objects offline, for the target version of deploy/k8s (v1.33):
//  1. against the JSON schemas of the Kubernetes v1.33.0 OpenAPI definitions as the kubernetes-models
//     package ships them (types, formats, enums, required fields; prometheus-operator CRDs likewise);
//  2. strictly: a JSON schema generated from the same package's type definitions, which refuses
//     fields Kubernetes does not know (a misspelt "livenesProbe" would otherwise pass silently).
// Usage: node validate-k8s.mjs FILE.yaml… (multi-document YAML, e.g. `kubectl kustomize` output).
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";
import { createGenerator } from "ts-json-schema-generator";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

// apiVersion/kind → the module and interface that define it.
const KINDS = {
  "v1/ConfigMap": ["kubernetes-models/v1/ConfigMap", "IConfigMap"],
  "v1/Namespace": ["kubernetes-models/v1/Namespace", "INamespace"],
  "v1/Secret": ["kubernetes-models/v1/Secret", "ISecret"],
  "v1/Service": ["kubernetes-models/v1/Service", "IService"],
  "v1/ServiceAccount": ["kubernetes-models/v1/ServiceAccount", "IServiceAccount"],
  "apps/v1/Deployment": ["kubernetes-models/apps/v1/Deployment", "IDeployment"],
  "autoscaling/v2/HorizontalPodAutoscaler": ["kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler", "IHorizontalPodAutoscaler"],
  "networking.k8s.io/v1/Ingress": ["kubernetes-models/networking.k8s.io/v1/Ingress", "IIngress"],
  "networking.k8s.io/v1/NetworkPolicy": ["kubernetes-models/networking.k8s.io/v1/NetworkPolicy", "INetworkPolicy"],
  "policy/v1/PodDisruptionBudget": ["kubernetes-models/policy/v1/PodDisruptionBudget", "IPodDisruptionBudget"],
  "monitoring.coreos.com/v1/ServiceMonitor": ["@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor", "IServiceMonitor"],
  "monitoring.coreos.com/v1/PrometheusRule": ["@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule", "IPrometheusRule"],
};

function strictSchemas() {
  const dir = mkdtempSync(join(here, ".schemas-"));
  try {
    const entry = join(dir, "kinds.ts");
    writeFileSync(entry, Object.values(KINDS)
      .map(([module, type]) => `export type { ${type} } from "${module}";`).join("\n") + "\n");
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
      compilerOptions: { module: "commonjs", moduleResolution: "node", baseUrl: here, typeRoots: [], skipLibCheck: true },
      files: ["kinds.ts"],
    }));
    return createGenerator({ path: entry, tsconfig: join(dir, "tsconfig.json"), type: "*", skipTypeCheck: true, expose: "all" })
      .createSchema("*");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function modelOf(apiVersion, kind) {
  const [module] = KINDS[`${apiVersion}/${kind}`];
  const exported = await import(module);
  return exported[kind];
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate-k8s.mjs FILE.yaml…");
  process.exit(2);
}
const schema = strictSchemas();
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema, "kinds");
let failures = 0;
let checked = 0;
for (const file of files) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (doc.errors.length > 0) {
      console.error(`${file}: YAML error: ${doc.errors[0].message}`);
      failures++;
      continue;
    }
    const object = doc.toJS();
    if (object == null) continue;
    const key = `${object.apiVersion}/${object.kind}`;
    const name = `${file}: ${key} ${object.metadata?.name ?? "(no name)"}`;
    if (!KINDS[key]) {
      console.error(`${name}: no schema for this kind (add it to KINDS in validate-k8s.mjs)`);
      failures++;
      continue;
    }
    const problems = [];
    try {
      const Model = await modelOf(object.apiVersion, object.kind);
      new Model(object).validate();
    } catch (e) {
      problems.push(`schema: ${e.message}`);
    }
    const strict = ajv.getSchema(`kinds#/definitions/${KINDS[key][1]}`);
    if (!strict(object)) {
      for (const error of strict.errors) {
        const extra = error.params?.additionalProperty ? ` "${error.params.additionalProperty}"` : "";
        problems.push(`strict: ${error.instancePath || "/"} ${error.message}${extra}`);
      }
    }
    checked++;
    if (problems.length > 0) {
      failures++;
      console.error(`${name}: INVALID\n  ${[...new Set(problems)].join("\n  ")}`);
    } else {
      console.log(`${name}: valid`);
    }
  }
}
console.log(`${checked} objects checked against the Kubernetes v1.33.0 schemas, ${failures} invalid`);
process.exit(failures === 0 && checked > 0 ? 0 : 1);
