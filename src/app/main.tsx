import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import '../ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to mount ECS Orchestra into.');

// ?autoplay=0 starts paused (handy for presenters, tests and anyone who dislikes motion on arrival).
const autoplay = new URLSearchParams(window.location.search).get('autoplay') !== '0';

createRoot(root).render(
  <StrictMode>
    <App autoplay={autoplay} />
  </StrictMode>,
);
