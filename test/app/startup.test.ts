import { parseLessonLink, parseStartup } from '../../src/app/startup';

describe('the startup address', () => {
  it('reads every setting it knows', () => {
    expect(parseStartup('?scenario=big-orchestra.json&speed=10&lens=orchestra&theme=dark&motion=reduced&rate=20&autoplay=0')).toEqual({
      autoplay: false,
      scenario: 'big-orchestra.json',
      speed: 10,
      lens: 'orchestra',
      theme: 'dark',
      motion: 'reduced',
      rate: 20,
      lesson: null,
      notices: [],
    });
  });

  it('starts playing the default scenario with nothing asked', () => {
    expect(parseStartup('')).toEqual({ autoplay: true, scenario: null, speed: null, lens: null, theme: null, motion: null, rate: null, lesson: null, notices: [] });
  });

  it('ignores bad values instead of failing', () => {
    expect(parseStartup('?scenario=../../etc/passwd&speed=fast&lens=jazz&theme=neon&rate=-3&motion=wild')).toEqual({
      autoplay: true,
      scenario: null,
      speed: null,
      lens: null,
      theme: null,
      motion: null,
      rate: null,
      lesson: null,
      notices: ['"../../etc/passwd" is not the name of a bundled scenario (a file name such as default.json), so the default scenario is open instead.'],
    });
    expect(parseStartup('?scenario=https://evil.example/x.json').scenario).toBeNull();
  });

  it('caps ?rate=1e9 at the simulator\'s limit and says so', () => {
    expect(parseStartup('?rate=1e9')).toMatchObject({
      rate: 1000,
      notices: ['rate=1e9 is more than the simulator runs: Traffic rate, in requests per second, is at most 1,000 (the simulator), so the rate is 1000.'],
    });
    expect(parseStartup('?rate=1000')).toMatchObject({ rate: 1000, notices: [] });
  });

  it('clamps the speed to what the playback bar offers', () => {
    expect(parseStartup('?speed=1000').speed).toBe(60);
    expect(parseStartup('?speed=0.01').speed).toBe(0.25);
  });

  it('opens a lesson at a step, which then names the scenario itself', () => {
    expect(parseStartup('?lesson=a-musician-falls-ill&step=3&scenario=big-orchestra.json')).toMatchObject({ lesson: { id: 'a-musician-falls-ill', step: 3 }, scenario: null, notices: [] });
    expect(parseStartup('?lesson=the-sound-check')).toMatchObject({ lesson: { id: 'the-sound-check', step: 1 }, notices: [] });
  });

  it('says what it cannot use of a lesson link', () => {
    expect(parseLessonLink('?lesson=../x.yaml&step=2')).toEqual({
      lesson: null,
      notices: ['"../x.yaml" is not the ID of a lesson (lowercase words and hyphens, such as a-musician-falls-ill), so no lesson is open.'],
    });
    expect(parseLessonLink('?lesson=the-sound-check&step=0')).toEqual({
      lesson: { id: 'the-sound-check', step: 1 },
      notices: ['step=0 is not a step number (1 is the first), so the lesson opens at step 1.'],
    });
    expect(parseLessonLink(new URLSearchParams('step=2'))).toEqual({ lesson: null, notices: [] });
  });
});
