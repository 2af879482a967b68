/** The bundled multi-file examples (public/scenarios/bundles/index.json), so anyone can try an import without files. */
import { z } from '../../zod';
import { fetchText } from '../scenarioSource';
import type { NamedText } from './readFiles';

const bundleIndexSchema = z.object({
  bundles: z.array(
    z.object({
      name: z.string().regex(/^[\w.-]+$/),
      title: z.string(),
      summary: z.string().optional(),
      files: z.array(z.string().regex(/^[\w.-]+(\/[\w.-]+)*$/)).min(1),
      parameters: z.string().regex(/^[\w.-]+$/).optional(),
    }),
  ),
});

export type BundleEntry = z.infer<typeof bundleIndexSchema>['bundles'][number];

export interface BundleSource {
  list(): Promise<readonly BundleEntry[]>;
  read(bundle: BundleEntry): Promise<{ files: NamedText[]; parameters: NamedText | null }>;
}

export function fetchBundleSource(folder = './scenarios/bundles/'): BundleSource {
  return {
    async list() {
      const parsed = bundleIndexSchema.safeParse(JSON.parse(await fetchText(`${folder}index.json`)));
      if (!parsed.success) throw new Error('scenarios/bundles/index.json is not a list of bundles');
      return parsed.data.bundles;
    },
    async read(bundle) {
      const at = (file: string) => `${folder}${bundle.name}/${file}`;
      const files = await Promise.all(bundle.files.map(async (name) => ({ name, text: await fetchText(at(name)) })));
      const parameters = bundle.parameters ? { name: bundle.parameters, text: await fetchText(at(bundle.parameters)) } : null;
      return { files, parameters };
    },
  };
}
