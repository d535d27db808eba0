// Validates every object of rendered Kubernetes manifests (multi-document YAML files) offline against
// the Kubernetes OpenAPI schemas of kubernetes-models. Usage: node validate-manifests.mjs FILE...
// Prints one JSON line last: {"ok": true|false, "objects": N, "errors": [...]}.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";

// Custom resources of the optional operators: kubernetes-models has no schemas for them, so only their
// metadata is validated, and their kind must be one the chart means to render.
const CUSTOM_KINDS = new Set([
  "kafka.strimzi.io/v1beta2/Kafka",
  "kafka.strimzi.io/v1beta2/KafkaNodePool",
  "kafka.strimzi.io/v1beta2/KafkaTopic",
  "postgresql.cnpg.io/v1/Cluster",
]);

const errors = [];
let objects = 0;

async function validate(obj, where) {
  const { apiVersion, kind } = obj;
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    errors.push(`${where}: no apiVersion or kind`);
    return;
  }
  const name = `${kind}/${obj.metadata?.name}`;
  if (CUSTOM_KINDS.has(`${apiVersion}/${kind}`)) {
    try {
      new ObjectMeta(obj.metadata).validate();
      if (typeof obj.spec !== "object" || obj.spec === null) throw new Error("spec must be an object");
    } catch (e) {
      errors.push(`${name}: ${e.message}`);
    }
    return;
  }
  let model;
  try {
    const module = await import(`kubernetes-models/${apiVersion}`);
    model = module[kind];
  } catch (e) {
    model = undefined;
  }
  if (!model) {
    errors.push(`${name}: unknown apiVersion/kind ${apiVersion}/${kind}`);
    return;
  }
  try {
    new model(obj).validate();
  } catch (e) {
    errors.push(`${name}: ${e.message}`);
  }
}

for (const file of process.argv.slice(2)) {
  const docs = parseAllDocuments(readFileSync(file, "utf8"));
  for (const [i, doc] of docs.entries()) {
    if (doc.errors.length) {
      errors.push(`${file} document ${i}: ${doc.errors[0].message}`);
      continue;
    }
    const obj = doc.toJS();
    if (obj === null || obj === undefined) continue;
    objects++;
    await validate(obj, `${file} document ${i}`);
  }
}
console.log(JSON.stringify({ ok: errors.length === 0 && objects > 0, objects, errors }));
