import { lateModule } from '../../src/ui/lateModule';

describe('a module the stage fetches when first needed', () => {
  it('is null until it arrives, tells its listeners once it has, and is fetched once however often it is asked for', async () => {
    let fetches = 0;
    const late = lateModule(() => {
      fetches += 1;
      return Promise.resolve({ answer: 42 });
    });
    const heard: number[] = [];
    late.subscribe(() => heard.push(late.get()?.answer ?? -1));
    expect(late.get()).toBeNull();
    const [first, second] = await Promise.all([late.load(), late.load()]);
    expect(first).toBe(second);
    expect(late.get()).toEqual({ answer: 42 });
    expect(heard).toEqual([42]);
    expect(fetches).toBe(1);
  });

  it('forgets a failed fetch, so the next ask fetches again', async () => {
    let fetches = 0;
    const late = lateModule(() => {
      fetches += 1;
      return fetches === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('in');
    });
    await expect(late.load()).rejects.toThrow('offline');
    expect(late.get()).toBeNull();
    await expect(late.load()).resolves.toBe('in');
    expect(late.get()).toBe('in');
    expect(fetches).toBe(2);
  });
});
