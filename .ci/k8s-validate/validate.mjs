// Validates rendered Kubernetes manifests (multi-document YAML on stdin) against schemas: the Kubernetes API
// and the Prometheus-operator / External Secrets kinds through kubernetes-models, and the operators' custom
// resources (Strimzi, CloudNativePG) through their CRD schemas vendored in schemas/. Custom resources are
// checked strictly (an unknown field fails), because the API server would silently prune it. A kind without a
// schema fails the run rather than pass unchecked. Prints one line per object; exits 1 on any error.
import { readFileSync, existsSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";

const MODEL_PACKAGES = {
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
  "external-secrets.io": "@kubernetes-models/external-secrets",
};

// Formats (int32, date-time) are the API server's business; types and fields are checked here.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
const compiled = new Map();

/** Unknown fields fail: every object schema that lists its properties admits no others. */
function strict(schema) {
  if (schema && typeof schema === "object") {
    if (schema.properties && schema.additionalProperties === undefined
        && !schema["x-kubernetes-preserve-unknown-fields"]) {
      schema.additionalProperties = false;
    }
    Object.values(schema).forEach(strict);
  }
  return schema;
}

async function modelValidator(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const modulePath = MODEL_PACKAGES[group]
    ? `${MODEL_PACKAGES[group]}/${group}/${version}/${kind}`
    : `kubernetes-models/${group ? `${group}/` : ""}${version}/${kind}`;
  try {
    const model = (await import(modulePath))[kind];
    return model ? (object) => new model(object).validate() : null;
  } catch {
    return null;
  }
}

function crdValidator(apiVersion, kind) {
  const file = new URL(`schemas/${apiVersion}/${kind}.json`, import.meta.url);
  if (!apiVersion.includes("/") || !existsSync(file)) return null;
  if (!compiled.has(file.href)) {
    compiled.set(file.href, ajv.compile(strict(JSON.parse(readFileSync(file, "utf8")))));
  }
  const check = compiled.get(file.href);
  return (object) => {
    if (!check(object)) {
      throw new Error(check.errors.map((e) => `${e.instancePath || "/"} ${e.message}`
        + (e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : "")).join("; "));
    }
  };
}

const documents = parseAllDocuments(readFileSync(0, "utf8")).map((d) => d.toJS()).filter(Boolean);
let failures = 0;
for (const object of documents) {
  const { apiVersion, kind } = object;
  const name = `${kind}/${object.metadata?.name} (${apiVersion})`;
  const validate = (await modelValidator(apiVersion, kind)) ?? crdValidator(apiVersion, kind);
  if (!validate) {
    console.log(`FAIL ${name}: no schema for this kind`);
    failures++;
    continue;
  }
  try {
    validate(object);
    console.log(`ok   ${name}`);
  } catch (e) {
    console.log(`FAIL ${name}: ${e.message}`);
    failures++;
  }
}
console.log(`${documents.length - failures} valid, ${failures} invalid`);
process.exit(failures || documents.length === 0 ? 1 : 0);
