/**
 * One revision counter and one naming (fact 1): a family never gives a revision number twice, "even if earlier
 * revisions were deregistered", whoever registers (a deploy, the editor's RegisterTaskDefinition), and the world
 * spec keeps the count through an export and a load.
 */
import { createSimulation, type ScenarioSpec } from '../../src/engine';
import { inverseOf } from '../../src/engine/commands/inverse';
import { nextRevision } from '../../src/engine/edits/revisions';
import { exportTemplate, loadScenario } from '../../src/scenario';
import { at } from '../support/timeline';
import { run, world } from '../support/world';

const revisions = (spec: ScenarioSpec) => spec.taskDefinitions.map((td) => [td.id, `${td.family}:${td.revision}`, td.containers[0]!.image]);

/** web:2 deployed, the service put back on web:1, web:2 deregistered. */
const afterDeregistration = [
  at(10, { do: 'deploy', service: 'Web', image: 'example/web:2' }),
  at(20, { do: 'updateService', service: 'Web', taskDefinition: 'WebTaskDef' }),
  at(30, { do: 'deregisterTaskDefinition', taskDefinition: 'WebTaskRev2' }),
] as const;

describe('one revision counter (fact 1)', () => {
  it('a deploy after the latest revision was deregistered takes the next number, not the freed one', () => {
    const spec = world({ services: [{ id: 'Web' }], script: [...afterDeregistration, at(40, { do: 'deploy', service: 'Web', image: 'example/web:3' })] });
    const { sim } = run(spec, 41);
    expect(revisions(sim.world())).toEqual([
      ['WebTaskDef', 'web:1', 'example/web:1'],
      ['WebTaskRev3', 'web:3', 'example/web:3'],
    ]);
    expect(sim.world().deregisteredRevisions).toEqual({ web: 2 });
    expect(sim.snapshot().services[0]!.deployments[0]!.taskDefinition).toBe('web:3');
  });

  it('the editor registers the same next number, under the same name', () => {
    const { sim } = run(world({ services: [{ id: 'Web' }], script: [...afterDeregistration] }), 31);
    expect(nextRevision(sim.world(), 'web')).toBe(3);
    const td = { ...sim.world().taskDefinitions[0]!, id: 'WebTaskRev3', revision: 3 };
    sim.dispatch({ do: 'registerTaskDefinition', taskDefinition: td });
    expect(revisions(sim.world()).map(([id, name]) => [id, name])).toEqual([['WebTaskDef', 'web:1'], ['WebTaskRev3', 'web:3']]);
  });

  it('an exported world loads back still counting: its next deploy is web:3, not web:2 again', () => {
    const { sim } = run(world({ services: [{ id: 'Web' }], script: [...afterDeregistration] }), 31);
    const loaded = loadScenario(exportTemplate(sim.world()));
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
    expect(loaded.spec.deregisteredRevisions).toEqual({ web: 2 });
    const again = createSimulation({ ...loaded.spec, script: [at(1, { do: 'deploy', service: 'Web', image: 'example/web:3' })] });
    again.runUntil(2_000);
    expect(revisions(again.world()).map(([id, name]) => [id, name])).toEqual([['WebTaskDef', 'web:1'], ['WebTaskRev3', 'web:3']]);
  });

  it('undoing a deregistration brings the revision back as it was; the count stays', () => {
    const { sim } = run(world({ services: [{ id: 'Web' }], script: afterDeregistration.slice(0, 2) }), 21);
    const before = sim.world();
    const deregister = afterDeregistration[2].command;
    const undo = inverseOf(before, deregister)!;
    sim.dispatch(deregister);
    for (const command of undo) sim.dispatch(command);
    expect(revisions(sim.world())).toEqual(revisions(before));
    expect(sim.world().deregisteredRevisions).toEqual({ web: 2 });
    expect(nextRevision(sim.world(), 'web')).toBe(3);
  });
});
