/** The embed's page (`index.html?embed=1&...`): the stage alone, driven by URL parameters and postMessage. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from '../ui/embed/EmbedApp';
import { parseEmbedOptions } from '../ui/embed/embedOptions';
import { parentTransport } from '../ui/embed/embedTransport';
import { fetchScenarioSource } from '../ui/scenarioSource';
import '../ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to mount ECS Orchestra into.');

const params = new URLSearchParams(window.location.search);
const options = parseEmbedOptions((name) => params.get(name), window.location.hash);
const appUrl = new URL(window.location.pathname, window.location.origin).toString();

createRoot(root).render(
  <StrictMode>
    <EmbedApp options={options} source={fetchScenarioSource()} transport={parentTransport(window, options.origins)} appUrl={appUrl} />
  </StrictMode>,
);
