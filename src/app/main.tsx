// First: zod must not probe for eval under the page's Content-Security-Policy (see zodConfig.ts).
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { browserStorage } from '../session/autosave';
import { shareFragment } from '../session/shareLink';
import { parseStartup } from './startup';
import { SpeakerView } from '../ui/present/SpeakerView';
import { registerOffline } from './offline';
import '../ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to mount ECS Orchestra into.');

// A share link is read once; the fragment is then dropped, so a reload opens the autosave (with any changes since).
const share = shareFragment(window.location.hash);
if (share !== null) window.history.replaceState(null, '', window.location.pathname + window.location.search);

// ?speaker=1 is the speaker view, a second window that drives this one (src/ui/present/SpeakerView.tsx).
const speaker = new URLSearchParams(window.location.search).get('speaker') === '1';

createRoot(root).render(
  <StrictMode>
    {speaker ? <SpeakerView /> : <App startup={parseStartup(window.location.search)} session={{ autosave: { storage: browserStorage() }, share }} />}
  </StrictMode>,
);

registerOffline(window.location.search);
