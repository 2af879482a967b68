/**
 * A service's TaskDefinition named as ECS reads it (UpdateService, CreateService: "family:revision or full ARN; if a
 * revision isn't specified, the latest ACTIVE revision is used"): a family alone is its latest ACTIVE revision.
 */
import { describe, expect, it } from 'vitest';
import { baseTemplate, loadOk, props, resources, type Json } from './helpers';

/** The base template with revisions 1 and 3 of family "web" (3 pinned by Metadata, as an exported world writes it). */
function twoRevisions(taskDefinition: unknown): Json {
  const template = baseTemplate();
  const res = resources(template);
  res.WebTaskDefV3 = { ...(res.WebTaskDef as Json), Metadata: { EcsOrchestra: { revision: 3 } } };
  props(template, 'WebService').TaskDefinition = taskDefinition;
  return template;
}

describe('a task definition named by family', () => {
  it('"web" is the latest ACTIVE revision of the family', () => {
    const spec = loadOk(twoRevisions('web')).spec;
    expect(spec.services[0]?.taskDefinitionId).toBe('WebTaskDefV3');
    expect(spec.taskDefinitions.map((t) => [t.id, t.family, t.revision])).toEqual([['WebTaskDef', 'web', 1], ['WebTaskDefV3', 'web', 3]]);
  });

  it('"web:1" and an ARN with a revision name that revision; an ARN without one is the latest', () => {
    expect(loadOk(twoRevisions('web:1')).spec.services[0]?.taskDefinitionId).toBe('WebTaskDef');
    expect(loadOk(twoRevisions('arn:aws:ecs:us-east-1:123456789012:task-definition/web:3')).spec.services[0]?.taskDefinitionId).toBe('WebTaskDefV3');
    expect(loadOk(twoRevisions('arn:aws:ecs:us-east-1:123456789012:task-definition/web')).spec.services[0]?.taskDefinitionId).toBe('WebTaskDefV3');
  });
});
