import { useEffect, useId, useState } from 'react';
import { fetchBundleSource, type BundleEntry, type BundleSource } from './bundleList';
import type { NamedText } from './readFiles';

export interface BundledExamplesProps {
  readonly source?: BundleSource;
  readonly onLoad: (files: NamedText[], parameters: NamedText | null) => Promise<boolean>;
  readonly onError: (message: string) => void;
}

/** Multi-file examples shipped with the app, so a learner can try a bundle without files of their own. */
export function BundledExamples({ source, onLoad, onError }: BundledExamplesProps) {
  const [bundles, setBundles] = useState<readonly BundleEntry[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const headingId = useId();

  useEffect(() => {
    let live = true;
    (source ?? fetchBundleSource())
      .list()
      .then((list) => live && setBundles(list))
      .catch((error: unknown) => live && setListError(error instanceof Error ? error.message : String(error)));
    return () => {
      live = false;
    };
  }, [source]);

  const load = async (bundle: BundleEntry) => {
    setReading(bundle.name);
    try {
      const { files, parameters } = await (source ?? fetchBundleSource()).read(bundle);
      await onLoad(files, parameters);
    } catch (error) {
      onError(`${bundle.title} could not be fetched: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setReading(null);
    }
  };

  return (
    <section className="io-examples" aria-labelledby={headingId}>
      <h3 id={headingId}>Or try a bundled example</h3>
      {listError ? <p className="hint">The bundled examples could not be listed: {listError}</p> : null}
      {bundles === null && !listError ? <p className="hint">Listing the examples…</p> : null}
      {bundles && bundles.length > 0 ? (
        <ul className="io-files">
          {bundles.map((bundle) => (
            <li key={bundle.name}>
              <span>
                {bundle.title} <span className="sub mono">{bundle.files.join(', ')}</span>
              </span>
              <button type="button" disabled={reading !== null} aria-label={`Load ${bundle.title}`} onClick={() => void load(bundle)}>
                {reading === bundle.name ? 'Loading…' : 'Load'}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
