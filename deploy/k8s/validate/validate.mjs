// Validates every document of deploy/k8s/*.yaml (or of the files given) against the Kubernetes API's OpenAPI schemas
// as kubernetes-models ships them: the model class is picked by apiVersion and kind (apps/v1 Deployment ->
// kubernetes-models/apps/v1's Deployment); an apiVersion or kind it does not know is a finding, as is every schema
// error. Prints each finding as "file#document kind/name: message" and exits 1 when there is one. Run by test.sh.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const manifests = dirname(dirname(fileURLToPath(import.meta.url)));
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(manifests).filter(f => f.endsWith(".yaml") || f.endsWith(".yml")).sort().map(f => join(manifests, f));

const findings = [];
let checked = 0;

async function modelOf(apiVersion, kind) {
  if (typeof apiVersion !== "string" || !/^([a-z0-9.-]+\/)?v[0-9a-z]+$/.test(apiVersion)) {
    return undefined;
  }
  try {
    const module = await import(`kubernetes-models/${apiVersion}`);
    return typeof module[kind] === "function" ? module[kind] : undefined;
  } catch {
    return undefined;
  }
}

for (const file of files) {
  const name = relative(process.cwd(), file);
  const documents = parseAllDocuments(readFileSync(file, "utf8"));
  if (documents.length === 0) {
    findings.push(`${name}: no document`);
  }
  for (const [index, document] of documents.entries()) {
    const where = `${name}#${index + 1}`;
    if (document.errors.length > 0) {
      document.errors.forEach(e => findings.push(`${where}: ${e.message}`));
      continue;
    }
    const object = document.toJS();
    if (object === null || typeof object !== "object") {
      findings.push(`${where}: not a Kubernetes object`);
      continue;
    }
    const what = `${object.kind}/${object.metadata?.name}`;
    const Model = await modelOf(object.apiVersion, object.kind);
    if (!Model) {
      findings.push(`${where} ${what}: unknown apiVersion/kind ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
      checked++;
    } catch (error) {
      const details = Array.isArray(error.errors)
        ? error.errors.map(e => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`)
        : [error.message];
      details.forEach(d => findings.push(`${where} ${what}: ${d}`));
    }
  }
}

findings.forEach(f => console.error(f));
if (findings.length > 0) {
  console.error(`${findings.length} finding(s) in ${files.length} file(s)`);
  process.exit(1);
}
console.log(`${checked} Kubernetes object(s) in ${files.length} file(s) validate`);
