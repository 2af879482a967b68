import { matcherAccepts, parseMatcher } from '../../../src/engine/alb/matcher';

describe('matcherAccepts', () => {
  it('accepts single codes, lists and ranges', () => {
    expect(matcherAccepts('200', 200)).toBe(true);
    expect(matcherAccepts('200', 204)).toBe(false);
    expect(matcherAccepts('200,202', 202)).toBe(true);
    expect(matcherAccepts('200,202', 201)).toBe(false);
    expect(matcherAccepts('200-299', 299)).toBe(true);
    expect(matcherAccepts('200-299', 300)).toBe(false);
    expect(matcherAccepts('200,300-399', 302)).toBe(true);
  });

  it('accepts nothing when the matcher is malformed', () => {
    for (const bad of ['', 'abc', '200,', ',200', '200-', '299-200', '200;202', '200,abc', '200 ']) {
      expect(matcherAccepts(bad, 200), bad).toBe(false);
    }
  });
});

describe('parseMatcher', () => {
  it('returns ranges or null', () => {
    expect(parseMatcher('200,202-204')).toEqual([{ from: 200, to: 200 }, { from: 202, to: 204 }]);
    expect(parseMatcher('200-')).toBeNull();
    expect(parseMatcher('')).toBeNull();
    expect(parseMatcher('200,,202')).toBeNull();
  });
});
