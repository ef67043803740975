// Parses every PromQL expression of Prometheus rule files (groups → rules → expr) and Grafana
// dashboards (panels → targets → expr) with Prometheus' own PromQL grammar (@prometheus-io/lezer-promql),
// offline. Grafana's variables ($__rate_interval, $instance…) are replaced by sample values first.
// Rules must also carry a severity label and a summary. Usage: node validate-promql.mjs FILE…
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { parser } from "@prometheus-io/lezer-promql";

const GRAFANA_VARIABLES = [[/\$__rate_interval|\$__interval|\$__range/g, "5m"], [/\$\{?[A-Za-z_]\w*\}?/g, "x"]];

function syntaxError(expr) {
  let at = -1;
  parser.parse(expr).iterate({ enter: (node) => { if (node.type.isError && at < 0) at = node.from; } });
  return at < 0 ? null : `syntax error at character ${at}: …${expr.slice(Math.max(0, at - 20), at + 20)}…`;
}

function expressions(file) {
  const text = readFileSync(file, "utf8");
  if (file.endsWith(".json")) {
    const found = [];
    for (const panel of JSON.parse(text).panels ?? []) {
      for (const target of panel.targets ?? []) {
        if (typeof target.expr === "string") {
          found.push([`panel "${panel.title}" ${target.refId}`, GRAFANA_VARIABLES.reduce((e, [re, v]) => e.replace(re, v), target.expr)]);
        }
      }
    }
    return { found, problems: [] };
  }
  const document = parseYaml(text);
  const groups = document.groups ?? document.spec?.groups ?? [];
  const found = [];
  const problems = [];
  for (const group of groups) {
    for (const rule of group.rules ?? []) {
      const name = rule.alert ?? rule.record ?? "(unnamed rule)";
      if (rule.alert && !rule.labels?.severity) problems.push(`${name}: no severity label`);
      if (rule.alert && !rule.annotations?.summary) problems.push(`${name}: no summary annotation`);
      found.push([`${group.name}/${name}`, String(rule.expr)]);
    }
  }
  return { found, problems };
}

let failures = 0;
for (const file of process.argv.slice(2)) {
  const { found, problems } = expressions(file);
  for (const [where, expr] of found) {
    const error = syntaxError(expr);
    if (error) problems.push(`${where}: ${error}`);
  }
  if (found.length === 0) problems.push("no PromQL expression found");
  if (problems.length > 0) {
    failures++;
    console.error(`${file}: INVALID\n  ${problems.join("\n  ")}`);
  } else {
    console.log(`${file}: ${found.length} PromQL expressions parse`);
  }
}
process.exit(failures === 0 ? 0 : 1);
