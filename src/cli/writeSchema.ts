/** Writes public/scenario.schema.json from the loader's zod schemas. Run: npx tsx src/cli/writeSchema.ts */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../scenario';

const target = fileURLToPath(new URL('../../public/scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`Wrote ${target}`);
