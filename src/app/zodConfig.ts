/**
 * Imported first by the page's entry: zod 4 probes for eval (`new Function`) the first time it parses an object, to
 * decide whether to compile fast parsers. The page's Content-Security-Policy forbids eval, so the probe would be
 * reported as a violation; jitless parsing needs no probe and reads the same data the same way.
 */
import { z } from 'zod';

z.config({ jitless: true });
