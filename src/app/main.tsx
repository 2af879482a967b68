import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { parseStartup } from './startup';
import '../ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to mount ECS Orchestra into.');

createRoot(root).render(
  <StrictMode>
    <App startup={parseStartup(window.location.search)} />
  </StrictMode>,
);
