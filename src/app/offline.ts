/**
 * Offline use: the built app registers its service worker (sw.js, written by the build: see vite.config.ts), which
 * precaches the app, its bundled scenarios and lessons, so after one visit the app opens and works with no network.
 * Only in the built app (the dev server has no sw.js), and not with ?offline=0 (a page that must always load fresh).
 */
export function registerOffline(search: string): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  if (new URLSearchParams(search).get('offline') === '0') return;
  const register = () =>
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // No service worker (a file:// page, a private window that refuses it): the app works online as before.
    });
  // After the page has loaded: precaching must not compete with the first frame for the network.
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
