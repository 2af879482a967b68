import { isSuccessCode, parseSuccessCodes } from '../../src/engine/targets/healthCheckCodes';

describe('isSuccessCode', () => {
  it('accepts single codes, lists and ranges', () => {
    expect(isSuccessCode('200', 200)).toBe(true);
    expect(isSuccessCode('200', 204)).toBe(false);
    expect(isSuccessCode('200,202', 202)).toBe(true);
    expect(isSuccessCode('200,202', 201)).toBe(false);
    expect(isSuccessCode('200-299', 299)).toBe(true);
    expect(isSuccessCode('200-299', 300)).toBe(false);
    expect(isSuccessCode('200,300-399', 302)).toBe(true);
  });

  it('accepts nothing when the matcher is malformed', () => {
    for (const bad of ['', 'abc', '200,', ',200', '200-', '299-200', '200;202', '200,abc', '200 ']) {
      expect(isSuccessCode(bad, 200), bad).toBe(false);
    }
  });
});

describe('parseSuccessCodes', () => {
  it('returns ranges or null', () => {
    expect(parseSuccessCodes('200,202-204')).toEqual([{ from: 200, to: 200 }, { from: 202, to: 204 }]);
    expect(parseSuccessCodes('200-')).toBeNull();
    expect(parseSuccessCodes('')).toBeNull();
    expect(parseSuccessCodes('200,,202')).toBeNull();
  });
});
