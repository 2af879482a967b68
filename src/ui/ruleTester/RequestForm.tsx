import { useId } from 'react';
import { METHODS, parseHeaders, type RequestDraft } from './requestDraft';

export interface RequestFormProps {
  readonly draft: RequestDraft;
  readonly ports: readonly { readonly port: number; readonly protocol: string }[];
  readonly onChange: (draft: RequestDraft) => void;
}

/** The request to test, one labelled field per part the listener rules can look at (facts 86-91). */
export function RequestForm({ draft, ports, onChange }: RequestFormProps) {
  const id = useId();
  const set = (key: keyof RequestDraft) => (event: { target: { value: string } }) => onChange({ ...draft, [key]: event.target.value });
  const bad = parseHeaders(draft.headers).badLines;
  const headersHint = `${id}-headers-hint`;
  return (
    <div className="rt-form">
      <div className="rt-field">
        <label htmlFor={`${id}-method`}>Method</label>
        <select id={`${id}-method`} value={draft.method} onChange={set('method')}>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </div>
      <div className="rt-field">
        <label htmlFor={`${id}-port`}>Listener port</label>
        <select id={`${id}-port`} value={draft.listenerPort} onChange={set('listenerPort')}>
          {ports.map((p) => (
            <option key={p.port} value={String(p.port)}>
              {p.port} ({p.protocol})
            </option>
          ))}
          {ports.length === 0 ? <option value="">no listeners</option> : null}
        </select>
      </div>
      <div className="rt-field rt-wide">
        <label htmlFor={`${id}-host`}>Host</label>
        <input id={`${id}-host`} type="text" value={draft.host} onChange={set('host')} spellCheck={false} autoComplete="off" />
      </div>
      <div className="rt-field rt-wide">
        <label htmlFor={`${id}-path`}>Path</label>
        <input id={`${id}-path`} type="text" value={draft.path} onChange={set('path')} spellCheck={false} autoComplete="off" />
      </div>
      <div className="rt-field rt-wide">
        <label htmlFor={`${id}-query`}>Query string</label>
        <input
          id={`${id}-query`}
          type="text"
          value={draft.query}
          onChange={set('query')}
          placeholder="page=2&debug=true"
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      <div className="rt-field rt-wide">
        <label htmlFor={`${id}-headers`}>Headers</label>
        <textarea
          id={`${id}-headers`}
          value={draft.headers}
          onChange={set('headers')}
          rows={2}
          placeholder="X-Preview: yes"
          spellCheck={false}
          aria-describedby={headersHint}
          aria-invalid={bad.length > 0 ? true : undefined}
        />
        <p id={headersHint} className="hint">
          {bad.length > 0
            ? `One "name: value" per line; line ${bad.join(', ')} has no name before ":" and is ignored.`
            : 'One "name: value" per line.'}
        </p>
      </div>
      <div className="rt-field rt-wide">
        <label htmlFor={`${id}-ip`}>Source IP</label>
        <input id={`${id}-ip`} type="text" value={draft.sourceIp} onChange={set('sourceIp')} spellCheck={false} autoComplete="off" />
      </div>
    </div>
  );
}
