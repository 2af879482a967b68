/** The speaker view's page (`index.html?speaker=1`): a second window that drives the projected one (src/ui/present/SpeakerView.tsx). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SpeakerView } from '../ui/present/SpeakerView';
import '../ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to mount ECS Orchestra into.');

createRoot(root).render(
  <StrictMode>
    <SpeakerView />
  </StrictMode>,
);
