import { describe, expect, it } from 'vitest';
import type { ScenarioSpec } from '../../src/engine/spec';
import { exportLimits, exportTemplate, toJsonText } from '../../src/scenario';
import { loadOk } from './helpers';
import { specOf, templateFiles } from './exportHelpers';

const spec = (name: string): ScenarioSpec => specOf(templateFiles().find((f) => f.name === name)!);
const roundTrips = (world: ScenarioSpec): boolean => {
  const back = loadOk(toJsonText(exportTemplate(world))).spec;
  return JSON.stringify(back) === JSON.stringify(world);
};

describe('exportLimits', () => {
  it('finds nothing in the worlds the loader makes', () => {
    for (const file of templateFiles()) expect(exportLimits(specOf(file)), file.name).toEqual([]);
  });

  it('names what would come back different, and each does', () => {
    const base = spec('default.json');
    const cases: [ScenarioSpec, RegExp][] = [
      [{ ...base, targetGroups: base.targetGroups.map((tg, i) => (i === 0 ? { ...tg, algorithm: 'weighted_random' } : tg)) }, /weighted_random/],
      [{ ...base, targetGroups: base.targetGroups.map((tg, i) => (i === 0 ? { ...tg, arn: `${tg.arn}0` } : tg)) }, /ARN/],
      [{ ...base, loadBalancers: base.loadBalancers.map((lb) => ({ ...lb, dnsName: 'shop.example.com' })) }, /DNS name/],
      [{ ...base, taskDefinitions: base.taskDefinitions.map((td, i) => (i === 0 ? { ...td, app: { ...td.app, responses: [{ pattern: '/a', status: 500 }, { pattern: '/a', status: 200 }] } } : td)) }, /responses/],
      [{ ...base, clusters: [...base.clusters, { id: 'spare-cluster', name: 'spare-cluster', instances: [] }] }, /runs no service/],
    ];
    for (const [world, problem] of cases) {
      expect(exportLimits(world)).toEqual([expect.stringMatching(problem)]);
      expect(roundTrips(world)).toBe(false);
    }
  });
});
