// Copies the openAPIV3Schema of each served version of the given CustomResourceDefinition files into
// schemas/<group>/<version>/<Kind>.json, the form validate.mjs reads. Run once per operator upgrade:
//   node vendor-crd-schemas.mjs path/to/040-Crd-kafka.yaml path/to/postgresql.cnpg.io_clusters.yaml ...
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { parseAllDocuments } from "yaml";

for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    const crd = doc.toJS();
    if (crd?.kind !== "CustomResourceDefinition") continue;
    for (const version of crd.spec.versions.filter((v) => v.served)) {
      const dir = `schemas/${crd.spec.group}/${version.name}`;
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/${crd.spec.names.kind}.json`, JSON.stringify(version.schema.openAPIV3Schema));
      console.log(`${dir}/${crd.spec.names.kind}.json`);
    }
  }
}
