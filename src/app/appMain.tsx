/** The full app's page. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { browserStorage } from '../session/autosave';
import { shareFragment } from '../session/shareLink';
import { parseStartup } from './startup';
import { registerOffline } from './offline';
import '../ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to mount ECS Orchestra into.');

// A share link is read once; the fragment is then dropped, so a reload opens the autosave (with any changes since).
const share = shareFragment(window.location.hash);
if (share !== null) window.history.replaceState(null, '', window.location.pathname + window.location.search);

const startup = parseStartup(window.location.search);

createRoot(root).render(
  <StrictMode>
    <App startup={startup} session={{ autosave: { storage: browserStorage() }, share, lesson: startup.lesson }} />
  </StrictMode>,
);

registerOffline(window.location.search);
