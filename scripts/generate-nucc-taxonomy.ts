/**
 * `npm run generate:nucc`: writes packages/core/src/directory/nucc-taxonomy.data.ts from the NUCC
 * CSV beside it (data/nucc_taxonomy_220.csv). The CSV is the one source of truth; see
 * packages/server/src/directory/nucc-taxonomy-module.ts for why core gets a generated copy.
 */
import { readFileSync, writeFileSync } from "node:fs";
import {
  nuccCsvName,
  nuccTaxonomyModule,
} from "../packages/server/src/directory/nucc-taxonomy-module.js";

const directory = new URL("../packages/core/src/directory/", import.meta.url);
const csv = readFileSync(new URL(`data/${nuccCsvName}`, directory), "utf8");
const target = new URL("nucc-taxonomy.data.ts", directory);
writeFileSync(target, nuccTaxonomyModule(csv));
process.stdout.write(`Wrote ${target.pathname}\n`);
