/**
 * The UI's words for both lenses live in src/lens: every table gives every word in both lenses (the type says so,
 * and this checks it at run time too), and the orchestra words tie back to AWS's.
 */
import { describe, expect, it } from 'vitest';
import { editorWords } from '../../src/lens/editorWords';
import { inspectorWords } from '../../src/lens/inspectorWords';
import { lensNoun, lensTitle } from '../../src/lens/names';
import { stageWords } from '../../src/lens/stageWords';
import { lensLook, LENSES, type LensWords } from '../../src/lens/vocabulary';

// A table that leaves out a word in one lens is a type error: `npm run typecheck` fails on the line below if not.
// @ts-expect-error the orchestra lens lacks `heading`
const incomplete: LensWords<{ heading: string; hint: string }> = { aws: { heading: 'Tasks', hint: 'ECS' }, orchestra: { hint: 'Players' } };
void incomplete;

const tables = { inspectorWords, stageWords, editorWords } as const;

describe('lens words', () => {
  // A table may group words (the stage's task card look) and hold a lens's choices (booleans): both lenses must
  // give every key at every level.
  function expectSameWords(aws: Record<string, unknown>, orchestra: Record<string, unknown>, path: string): void {
    expect(Object.keys(orchestra).sort(), path).toEqual(Object.keys(aws).sort());
    for (const words of [aws, orchestra]) {
      for (const [key, word] of Object.entries(words)) {
        if (typeof word === 'string') expect(word, `${path}${key}`).not.toBe('');
        else if (Array.isArray(word)) expect(word.length, `${path}${key}`).toBeGreaterThan(0);
        else if (typeof word === 'object' && word !== null) {
          expectSameWords(aws[key] as Record<string, unknown>, orchestra[key] as Record<string, unknown>, `${path}${key}.`);
        } else if (word !== null && typeof word !== 'boolean') expect(typeof word, `${path}${key}`).toBe('function');
      }
    }
  }

  it.each(Object.entries(tables))('%s gives the same words in both lenses, none of them empty', (_, wordsIn) => {
    const [aws, orchestra] = LENSES.map((lens) => wordsIn(lens) as unknown as Record<string, unknown>);
    expectSameWords(aws ?? {}, orchestra ?? {}, '');
  });

  it('says the inspector headings in each lens', () => {
    expect(inspectorWords('aws').ruleOrderHeading).toBe('Rules in evaluation order');
    expect(inspectorWords('orchestra').ruleOrderHeading).toBe("The ushers' seating chart, read top-down");
    expect(inspectorWords('aws').ruleTraceHeading).toBe('Listener rules in evaluation order');
    expect(inspectorWords('orchestra').ruleTraceHeading).toBe("Ushers' seating chart, read top-down");
    expect(inspectorWords('aws').schedulerBounds(2, 6)).toBe('During a deployment ECS keeps at least 2 tasks healthy and runs at most 6 tasks.');
    expect(inspectorWords('orchestra').healthThresholds({ healthyThreshold: 2, unhealthyThreshold: 3, intervalSeconds: 5 })).toBe(
      'A new player needs 2 good sound checks 5 s apart (10 s) to be in tune; 3 bad ones (15 s) make them out of tune. The stage manager only reports.',
    );
  });

  it('names the stage boxes in each lens', () => {
    expect(stageWords('aws').clusterLabel('api')).toBe('Cluster api');
    expect(stageWords('orchestra').clusterLabel('api')).toBe('The stage (api)');
    expect(stageWords('aws').loadBalancerLabel('api-alb')).toBe('Load balancer api-alb');
    expect(stageWords('orchestra').loadBalancerLabel('api-alb')).toBe('Front of house (api-alb)');
    expect(stageWords('aws').imagePrefix('violin')).toBe('');
    expect(stageWords('orchestra').imagePrefix('violin')).toBe('violin · ');
  });

  it('gives the editors their hints, with the AWS noun beside the orchestra one', () => {
    expect(lensNoun('aws', 'service')).toBe('service');
    expect(lensNoun('orchestra', 'service')).toBe('section (service)');
    expect(lensTitle('orchestra', 'Create', 'cluster')).toBe('Create stage (cluster)');
    expect(editorWords('aws').sandboxNouns).toBeNull();
    expect(editorWords('orchestra').sandboxNouns).toBe(
      'A cluster is a stage (cluster), a service a section (service), a task definition sheet music (task definition).',
    );
    expect(editorWords('orchestra').containerLegend).toBe('Container and instrument');
    expect(editorWords('orchestra').gracePeriodHint).toBe('Tuning time: 0 to 2147483647.');
  });

  it('draws pictures and quotes ECS only in the orchestra lens', () => {
    expect(lensLook('aws')).toEqual({ pictures: false, quotesServiceEvents: false });
    expect(lensLook('orchestra')).toEqual({ pictures: true, quotesServiceEvents: true });
  });
});
