import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchText } from '../../src/ui/scenarioSource';

afterEach(() => vi.unstubAllGlobals());

function answer(response: Response): void {
  vi.stubGlobal('fetch', () => Promise.resolve(response));
}

describe('fetchText, a file next to the page', () => {
  it('gives the file as text', async () => {
    answer(new Response('{"Resources": {}}', { headers: { 'content-type': 'application/json' } }));
    await expect(fetchText('./scenarios/default.json')).resolves.toBe('{"Resources": {}}');
  });

  it('says the status when the server refuses', async () => {
    answer(new Response('', { status: 404, statusText: 'Not Found' }));
    await expect(fetchText('./scenarios/nope.json')).rejects.toThrow('./scenarios/nope.json answered 404 Not Found');
  });

  it('says a file is not there when a single-page host answers with its web page instead', async () => {
    answer(new Response('<!doctype html><title>ECS Orchestra</title>', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    await expect(fetchText('./scenarios/nope.json')).rejects.toThrow('./scenarios/nope.json is not there (the server answered with a web page)');
  });
});
