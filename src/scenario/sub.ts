/** The `${...}` placeholders of a Fn::Sub string. `${!Literal}` writes `${Literal}` unchanged. */

export type SubPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'variable'; readonly full: string; readonly name: string; readonly attribute: string | null };

export function parseSub(template: string): SubPart[] {
  const parts: SubPart[] = [];
  const pattern = /\$\{([^}]*)\}/g;
  let last = 0;
  for (let match = pattern.exec(template); match !== null; match = pattern.exec(template)) {
    const inner = match[1] ?? '';
    if (match.index > last) parts.push({ kind: 'text', text: template.slice(last, match.index) });
    last = match.index + match[0].length;
    if (inner.startsWith('!')) {
      parts.push({ kind: 'text', text: '${' + inner.slice(1) + '}' });
      continue;
    }
    const name = inner.trim();
    // Pseudo parameters contain "::" but never a dot; a dot means Resource.Attribute.
    const dot = name.indexOf('.');
    parts.push(dot > 0
      ? { kind: 'variable', full: name, name: name.slice(0, dot), attribute: name.slice(dot + 1) }
      : { kind: 'variable', full: name, name, attribute: null });
  }
  if (last < template.length) parts.push({ kind: 'text', text: template.slice(last) });
  return parts;
}
