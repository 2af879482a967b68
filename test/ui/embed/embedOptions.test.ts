import { parseEmbedOptions, type EmbedParam } from '../../../src/ui/embed/embedOptions';
import { elementSnippet, embedUrl, iframeSnippet, IFRAME_SANDBOX, type SnippetOptions } from '../../../src/ui/embed/embedSnippets';

const read = (query: string) => {
  const params = new URLSearchParams(query);
  return (name: EmbedParam) => params.get(name);
};

describe('embed options', () => {
  it('reads every parameter, with autoplay off and full controls by default', () => {
    expect(parseEmbedOptions(read(''))).toEqual({
      scenario: null,
      inline: null,
      lesson: null,
      step: null,
      lens: null,
      controls: 'full',
      autoplay: false,
      speed: null,
      t: null,
      theme: null,
      readonly: false,
      origins: [],
      notices: [],
    });
    const options = parseEmbedOptions(
      read('scenario=slow-starter&lesson=the-sound-check&step=2&lens=orchestra&controls=minimal&autoplay=1&speed=10&t=90&theme=auto&readonly=1&origins=https://docs.example.com/path,http://127.0.0.1:4193'),
    );
    expect(options).toMatchObject({
      scenario: 'slow-starter.json',
      lesson: 'the-sound-check',
      step: 2,
      lens: 'orchestra',
      controls: 'minimal',
      autoplay: true,
      speed: 10,
      t: 90,
      theme: 'system',
      readonly: true,
      origins: ['https://docs.example.com', 'http://127.0.0.1:4193'],
      notices: [],
    });
  });

  it('takes an inline world from scenario= or the #s= fragment', () => {
    const encoded = 'q1YqS8wpTVWyUlAq-_'.repeat(8);
    expect(parseEmbedOptions(read(`scenario=${encoded}`)).inline).toBe(encoded);
    expect(parseEmbedOptions(read(''), `#s=${encoded}`).inline).toBe(encoded);
  });

  it('ignores bad values and says so, never reaching outside the bundled folder', () => {
    const options = parseEmbedOptions(read('scenario=../secret&lens=xray&controls=some&autoplay=maybe&speed=-3&t=9999999&theme=neon&origins=javascript:alert(1)'));
    expect(options).toMatchObject({ scenario: null, inline: null, lens: null, controls: 'full', autoplay: false, speed: null, t: null, theme: null, origins: [] });
    expect(options.notices).toEqual([
      'scenario="../secret" is not a bundled scenario (such as default) or an inline world as a share link carries it, so it is ignored.',
      'speed="-3" is not a speed such as 1, 10 or 60, so it is ignored.',
      'theme="neon" is not one of light, dark, auto, system, so it is ignored.',
      'origins="javascript:alert(1)" is not an origin such as https://docs.example.com, so it is ignored.',
      'lens="xray" is not one of aws, orchestra, so it is ignored.',
      'controls="some" is not one of full, minimal, none, so it is ignored.',
      'autoplay="maybe" is not 1 or 0, so it is ignored.',
      't="9999999" is not a number of seconds from 0 to 604800, so it is ignored.',
    ]);
  });
});

describe('embed snippets', () => {
  const base: SnippetOptions = {
    appUrl: 'https://example.com/orchestra/',
    title: 'Too slow to start',
    scenario: { bundled: 'slow-starter.json' },
    lens: 'orchestra',
    speed: 1,
    t: 42,
    controls: 'minimal',
    theme: 'auto',
    autoplay: false,
    readonly: true,
    width: 800,
    height: 500,
  };

  it('writes the iframe with a title, lazy loading and a sandbox, and the element with the same names', () => {
    expect(embedUrl(base)).toBe('https://example.com/orchestra/?embed=1&scenario=slow-starter&lens=orchestra&t=42&controls=minimal&readonly=1');
    expect(iframeSnippet(base)).toBe(
      [
        '<iframe title="ECS Orchestra: Too slow to start"',
        '  src="https://example.com/orchestra/?embed=1&amp;scenario=slow-starter&amp;lens=orchestra&amp;t=42&amp;controls=minimal&amp;readonly=1"',
        '  width="800" height="500" loading="lazy"',
        `  sandbox="${IFRAME_SANDBOX}"></iframe>`,
      ].join('\n'),
    );
    expect(elementSnippet(base)).toBe(
      [
        '<script type="module" src="https://example.com/orchestra/ecs-orchestra.js"></script>',
        '<ecs-orchestra scenario="slow-starter" lens="orchestra" t="42" controls="minimal" readonly="1"></ecs-orchestra>',
        '<!-- Size it from your CSS: ecs-orchestra { height: 500px; } -->',
      ].join('\n'),
    );
  });

  it('escapes a title that would end the attribute', () => {
    expect(iframeSnippet({ ...base, title: 'A "quoted" <b>world</b>' })).toContain('title="ECS Orchestra: A &quot;quoted&quot; &lt;b>world&lt;/b>"');
  });
});
