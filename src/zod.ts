/**
 * zod as the app uses it, the one module that imports it (a lint rule keeps it so; types may come from 'zod'): every
 * schema is built with this `z`, so whatever builds one has run this module first, and with it the setting below.
 * zod 4 probes for eval (`new Function`) the first time it parses an object, to decide whether to compile fast
 * parsers; the page's Content-Security-Policy forbids eval, so the probe would be reported as a violation. Jitless
 * parsing needs no probe and reads the same data the same way. Outside the layers (src/engine ... src/app), since all
 * of them build schemas. package.json lists it as having side effects, so the bundler keeps the setting wherever `z`
 * is imported, and keeps it in one chunk with zod (vite.config.ts), which only the chunks that build or run a schema
 * import: none of the first frame's.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
