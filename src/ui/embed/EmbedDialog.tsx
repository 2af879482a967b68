import { useEffect, useId, useState } from 'react';
import { useSimStore } from '../../store';
import type { EmbedControls } from './embedOptions';
import { elementSnippet, embedUrl, iframeSnippet, type SnippetOptions } from './embedSnippets';
import './embedDialog.css';

function Snippet({ label, text }: { readonly label: string; readonly text: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="embed-snippet">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={text} rows={text.split('\n').length + 1} onFocus={(event) => event.currentTarget.select()} />
      <button type="button" className="button-secondary" onClick={() => void copy()}>
        Copy
      </button>
      <span role="status" className="muted">
        {copied ? 'Copied' : ''}
      </span>
    </div>
  );
}

/**
 * "Embed": the iframe and custom-element snippets for the world on screen (a bundled scenario by name; an edited or
 * imported one inline, as a share link carries it), this moment and this view, with a live preview of the iframe.
 */
export default function EmbedDialog() {
  const store = useSimStore();
  const [at] = useState(() => store.getState());
  const [controls, setControls] = useState<EmbedControls>('full');
  const [theme, setTheme] = useState<'auto' | 'light' | 'dark'>(at.theme === 'system' ? 'auto' : at.theme);
  const [fromNow, setFromNow] = useState(at.now >= 1000);
  const [autoplay, setAutoplay] = useState(false);
  const [readonly, setReadonly] = useState(false);
  const edited = at.sim.commandLog().length > 0 || at.scenario.source === null;
  const [inline, setInline] = useState<string | null>(null);
  const [inlineProblem, setInlineProblem] = useState<string | null>(null);
  const ids = useId();

  useEffect(() => {
    if (!edited) return;
    let live = true;
    void Promise.all([import('../../session/shareLink'), import('../../session/storeSession')])
      .then(([{ encodeSession }, { sessionDocOf }]) => encodeSession(sessionDocOf(at)))
      .then((encoded) => {
        if (live) setInline(encoded);
      })
      .catch((error: unknown) => {
        if (live) setInlineProblem(error instanceof Error ? error.message : String(error));
      });
    return () => {
      live = false;
    };
  }, [at, edited]);

  const appUrl = new URL(window.location.pathname, window.location.origin).toString();
  const options: SnippetOptions = {
    appUrl,
    title: at.scenario.title,
    scenario: edited ? (inline !== null ? { inline } : null) : at.scenario.source ? { bundled: at.scenario.source } : null,
    lens: at.lens,
    speed: at.speed,
    // An inline world already carries its moment; a bundled one runs there.
    t: fromNow && !edited ? Math.floor(at.now / 1000) : null,
    controls,
    theme,
    autoplay,
    readonly,
    width: 800,
    height: 500,
  };
  const waiting = edited && inline === null;

  return (
    <div className="embed-dialog">
      <p>
        Put this world in a docs page: as an iframe (any page) or as the <code>&lt;ecs-orchestra&gt;</code> element (a page
        that may load scripts from this site). {edited ? 'This world has changes or was imported, so it travels in the snippet itself.' : ''}
      </p>
      <fieldset className="embed-dialog-options">
        <legend>Options</legend>
        <label htmlFor={`${ids}-controls`}>Controls</label>
        <select id={`${ids}-controls`} value={controls} onChange={(event) => setControls(event.target.value as EmbedControls)}>
          <option value="full">Full: play, step, speed, lens, clock</option>
          <option value="minimal">Minimal: play, speed, lens</option>
          <option value="none">None</option>
        </select>
        <label htmlFor={`${ids}-theme`}>Theme</label>
        <select id={`${ids}-theme`} value={theme} onChange={(event) => setTheme(event.target.value as 'auto' | 'light' | 'dark')}>
          <option value="auto">The reader's system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
        <label className="embed-dialog-check">
          <input type="checkbox" checked={fromNow} disabled={edited} onChange={(event) => setFromNow(event.target.checked)} /> Start at this moment
        </label>
        <label className="embed-dialog-check">
          <input type="checkbox" checked={autoplay} onChange={(event) => setAutoplay(event.target.checked)} /> Play on load
        </label>
        <label className="embed-dialog-check">
          <input type="checkbox" checked={readonly} onChange={(event) => setReadonly(event.target.checked)} /> Read-only (no faults, no edits)
        </label>
      </fieldset>
      {inlineProblem ? <p role="alert">This world could not be written into a snippet: {inlineProblem}</p> : null}
      {waiting ? (
        <p role="status">Writing the world into the snippet…</p>
      ) : (
        <>
          <Snippet label="iframe" text={iframeSnippet(options)} />
          <Snippet label="Custom element" text={elementSnippet(options)} />
          <h3>Preview</h3>
          <iframe className="embed-dialog-preview" title={`Preview: ECS Orchestra: ${options.title}`} src={embedUrl(options)} width={options.width} height={options.height} loading="lazy" />
        </>
      )}
    </div>
  );
}
