/**
 * Writes public/scenario.schema.json and public/lesson.schema.json from the loaders' zod schemas.
 * Run: npm run schema
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lessonJsonSchemaText } from '../lessons';
import { scenarioJsonSchemaText } from '../scenario';

for (const [file, text] of [['scenario.schema.json', scenarioJsonSchemaText()], ['lesson.schema.json', lessonJsonSchemaText()]] as const) {
  const target = fileURLToPath(new URL(`../../public/${file}`, import.meta.url));
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}
