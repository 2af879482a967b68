import { useRef, useState } from 'react';
import { useSimStore } from '../../store';

/** The full app's address with the view an embed shows (its world at this moment comes as a share link on hover). */
export function appAddress(appUrl: string, view: { scenario: string | null; lens: string; speed: number; theme: string }): string {
  const url = new URL(appUrl);
  url.search = '';
  url.hash = '';
  if (view.scenario) url.searchParams.set('scenario', view.scenario);
  url.searchParams.set('lens', view.lens);
  url.searchParams.set('speed', String(view.speed));
  if (view.theme !== 'system') url.searchParams.set('theme', view.theme);
  return url.toString();
}

/**
 * "Open in ECS Orchestra": a plain link to the full app with the embed's view; pointed at or focused, it becomes a
 * share link of the world as it is now (its commands, its moment), built on demand so the embed's first frame does
 * not carry the exporter.
 */
export function OpenInApp({ appUrl }: { readonly appUrl: string }) {
  const store = useSimStore();
  const state = store.getState();
  const plain = appAddress(appUrl, { scenario: state.scenario.source, lens: state.lens, speed: state.speed, theme: state.theme });
  const [href, setHref] = useState(plain);
  const building = useRef(false);
  const refresh = () => {
    if (building.current) return;
    building.current = true;
    const now = store.getState();
    const base = appAddress(appUrl, { scenario: now.scenario.source, lens: now.lens, speed: now.speed, theme: now.theme });
    setHref(base);
    void Promise.all([import('../../session/shareLink'), import('../../session/storeSession')])
      .then(async ([{ buildShareLink }, { sessionDocOf }]) => {
        const link = await buildShareLink(sessionDocOf(store.getState()), base);
        if (link.ok) setHref(link.url);
      })
      .catch(() => undefined)
      .finally(() => {
        building.current = false;
      });
  };
  return (
    <a className="embed-open" href={href} target="_blank" rel="noopener" onPointerEnter={refresh} onFocus={refresh}>
      Open in ECS Orchestra<span className="visually-hidden"> (opens a new tab)</span>
    </a>
  );
}
