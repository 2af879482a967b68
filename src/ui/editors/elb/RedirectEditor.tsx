/** redirect: each part as written; #{protocol}, #{host}, #{port}, #{path}, #{query} keep the request's value (fact 98). */
import type { RedirectDraft } from './actionDraft';
import { SelectField, TextField } from '../form/fields';

const PROTOCOLS = ['#{protocol}', 'HTTP', 'HTTPS'].map((p) => ({ value: p, label: p }));
const STATUS = [
  { value: '301', label: 'HTTP_301 (permanent)' },
  { value: '302', label: 'HTTP_302 (temporary)' },
] as const;

export function RedirectEditor({ draft, onChange }: { readonly draft: RedirectDraft; readonly onChange: (draft: RedirectDraft) => void }) {
  const set = (part: Partial<RedirectDraft>) => onChange({ ...draft, ...part });
  return (
    <>
      <p className="edit-hint">
        Change at least one of protocol, host, port or path, or the client loops back to the same URL. HTTPS to HTTP is not allowed.
      </p>
      <SelectField label="Protocol" cfn="RedirectConfig.Protocol" value={draft.protocol} options={PROTOCOLS} onChange={(protocol) => set({ protocol })} />
      <TextField label="Host" cfn="RedirectConfig.Host" mono hint="Up to 128 characters; #{host} keeps it." value={draft.host} onChange={(host) => set({ host })} />
      <TextField label="Port" cfn="RedirectConfig.Port" mono size="short" hint="1-65535, or #{port}." value={draft.port} onChange={(port) => set({ port })} />
      <TextField
        label="Path"
        cfn="RedirectConfig.Path"
        mono
        hint="Starts with /, up to 128 characters; /#{path} keeps it."
        value={draft.path}
        onChange={(path) => set({ path })}
      />
      <TextField
        label="Query"
        cfn="RedirectConfig.Query"
        mono
        hint="Without the leading ?, up to 128 characters; #{query} keeps it."
        value={draft.query}
        onChange={(query) => set({ query })}
      />
      <SelectField<'301' | '302'> label="Status code" cfn="RedirectConfig.StatusCode" value={draft.statusCode} options={STATUS} onChange={(statusCode) => set({ statusCode })} />
    </>
  );
}
