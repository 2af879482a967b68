/**
 * The snippets the Embed dialog writes: an iframe and the custom element, for the same options. Pure, so a test can
 * read exactly what a docs author would paste.
 */
import type { EmbedControls } from './embedOptions';

export interface SnippetOptions {
  /** The app's page, ending in "/" or "index.html". */
  readonly appUrl: string;
  readonly title: string;
  /** A bundled scenario's file name, or an inline world (a share link's encoded text). */
  readonly scenario: { readonly bundled: string } | { readonly inline: string } | null;
  readonly lens: string;
  readonly speed: number;
  /** Simulated seconds, or null to start at 0. */
  readonly t: number | null;
  readonly controls: EmbedControls;
  readonly theme: 'auto' | 'light' | 'dark';
  readonly autoplay: boolean;
  readonly readonly: boolean;
  readonly width: number;
  readonly height: number;
}

/**
 * allow-scripts runs the app; allow-same-origin lets it read its bundled scenarios from its own site (it stays
 * cross-origin to the host, so it still cannot touch the host page); the popups let "Open in ECS Orchestra" open
 * the full app in a new tab, outside the sandbox.
 */
export const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The options as name/value pairs, the defaults left out; the same for URL parameters and attributes. */
export function snippetParams(options: SnippetOptions): [string, string][] {
  const params: [string, string][] = [];
  if (options.scenario && 'bundled' in options.scenario) params.push(['scenario', options.scenario.bundled.replace(/\.json$/, '')]);
  if (options.scenario && 'inline' in options.scenario) params.push(['scenario', options.scenario.inline]);
  if (options.lens !== 'aws') params.push(['lens', options.lens]);
  if (options.speed !== 1) params.push(['speed', String(options.speed)]);
  if (options.t !== null && options.t > 0) params.push(['t', String(Math.round(options.t * 1000) / 1000)]);
  if (options.controls !== 'full') params.push(['controls', options.controls]);
  if (options.theme !== 'auto') params.push(['theme', options.theme]);
  if (options.autoplay) params.push(['autoplay', '1']);
  if (options.readonly) params.push(['readonly', '1']);
  return params;
}

export function embedUrl(options: SnippetOptions): string {
  const url = new URL(options.appUrl);
  url.search = new URLSearchParams([['embed', '1'], ...snippetParams(options)]).toString();
  url.hash = '';
  return url.toString();
}

export function iframeSnippet(options: SnippetOptions): string {
  return [
    `<iframe title="${escapeAttribute(`ECS Orchestra: ${options.title}`)}"`,
    `  src="${escapeAttribute(embedUrl(options))}"`,
    `  width="${options.width}" height="${options.height}" loading="lazy"`,
    `  sandbox="${IFRAME_SANDBOX}"></iframe>`,
  ].join('\n');
}

export function elementSnippet(options: SnippetOptions): string {
  const module = new URL('ecs-orchestra.js', new URL('./', options.appUrl)).toString();
  const attributes = snippetParams(options).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return [
    `<script type="module" src="${escapeAttribute(module)}"></script>`,
    `<ecs-orchestra${attributes}></ecs-orchestra>`,
    `<!-- Size it from your CSS: ecs-orchestra { height: ${options.height}px; } -->`,
  ].join('\n');
}
