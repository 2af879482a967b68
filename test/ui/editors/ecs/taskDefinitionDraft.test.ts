import { describe, expect, it } from 'vitest';
import { DEFAULT_APP, type TaskDefinitionSpec } from '../../../../src/engine/spec';
import { appDraft, appFromDraft, parseResponses } from '../../../../src/ui/editors/ecs/appDraft';
import { describeMemories, fargateMemories } from '../../../../src/ui/editors/ecs/fargateSizes';
import { editWorld } from '../../../../src/engine/edits/worldEdits';
import { nextRevision, revisionLogicalId } from '../../../../src/engine/edits/revisions';
import { newTaskDefinitionDraft, registerCommands, splitImage, taskDefinitionDraft, taskDefinitionFromDraft } from '../../../../src/ui/editors/ecs/taskDefinitionDraft';
import { scenario } from '../../panels/world';

const world = scenario();
const usersTd = world.taskDefinitions.find((td) => td.id === 'UsersTaskDef') as TaskDefinitionSpec;
const users = world.services.find((s) => s.id === 'UsersService')!;

describe('task definition drafts', () => {
  it('splits an image into repository and tag, not at a registry port', () => {
    expect(splitImage('public.ecr.aws/orchestra/users:1.4.0')).toEqual({ repository: 'public.ecr.aws/orchestra/users', tag: '1.4.0' });
    expect(splitImage('localhost:5000/users')).toEqual({ repository: 'localhost:5000/users', tag: '' });
  });

  it("registers the family's next revision with the new image, keeping everything else", () => {
    const draft = { ...taskDefinitionDraft(usersTd, users), tag: '1.5.0' };
    const result = taskDefinitionFromDraft(world, draft, usersTd, users);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({
      ...usersTd,
      id: 'UsersTaskRev2',
      revision: 2,
      containers: [{ ...usersTd.containers[0], image: 'public.ecr.aws/orchestra/users:1.5.0' }],
    });
    const { commands, label } = registerCommands(result.value, users);
    expect(label).toBe('Register users:2 and deploy to users');
    expect(commands).toEqual([
      { do: 'registerTaskDefinition', taskDefinition: result.value },
      { do: 'updateService', service: 'UsersService', taskDefinition: 'UsersTaskRev2' },
    ]);
    expect(registerCommands(result.value, null)).toEqual({ commands: [commands[0]], label: 'Register task definition users:2' });
  });

  it('counts revisions from the highest and keeps revision IDs unique', () => {
    const rev2 = { ...usersTd, id: 'UsersTaskRev2', revision: 2 };
    const withRev = { ...world, taskDefinitions: [...world.taskDefinitions, rev2] };
    expect(nextRevision(withRev, 'users')).toBe(3);
    expect(revisionLogicalId(withRev, 'UsersTaskRev2', 3)).toBe('UsersTaskRev3');
    expect(revisionLogicalId(withRev, 'UsersTaskDef', 2)).toBe('UsersTaskRev2x2');
  });

  it('never gives a number twice, even after the latest revision was deregistered (fact 1)', () => {
    const registered = editWorld(world, { do: 'registerTaskDefinition', taskDefinition: { ...usersTd, id: 'UsersTaskRev2', revision: 2 } });
    if (!registered.ok) throw new Error(registered.reason);
    const deregistered = editWorld(registered.world, { do: 'deregisterTaskDefinition', taskDefinition: 'UsersTaskRev2' });
    if (!deregistered.ok) throw new Error(deregistered.reason);
    expect(deregistered.world.taskDefinitions.filter((td) => td.family === 'users').map((td) => td.revision)).toEqual([1]);
    const result = taskDefinitionFromDraft(deregistered.world, { ...taskDefinitionDraft(usersTd, users), tag: '1.6.0' }, usersTd, users);
    expect(result.ok && [result.value.id, result.value.revision]).toEqual(['UsersTaskRev3', 3]);
  });

  it('builds a new family with a health check and the app behaviour', () => {
    const draft = {
      ...newTaskDefinitionDraft(),
      family: 'orders',
      healthCheck: { enabled: true, command: 'curl -f http://localhost:8080/ || exit 1', interval: '10', timeout: '5', retries: '3', startPeriod: '30' },
      app: { ...appDraft(DEFAULT_APP), startupSeconds: '45', errorPercent: '10', responses: '/health 404\n\n/api/* 503', pullError: 'CannotPullContainerError: not found', ignoresSigterm: true, instrument: 'drum' },
    };
    const result = taskDefinitionFromDraft(world, draft, null);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ id: 'OrdersTaskDef', family: 'orders', revision: 1, networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: 256, memory: 512 });
    expect(result.value.containers[0]).toMatchObject({
      name: 'app',
      image: 'public.ecr.aws/orchestra/app:1.0.0',
      essential: true,
      portMappings: [{ containerPort: 8080, hostPort: null, protocol: 'tcp' }],
      healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost:8080/ || exit 1'], intervalSeconds: 10, timeoutSeconds: 5, retries: 3, startPeriodSeconds: 30 },
    });
    expect(result.value.app).toEqual({
      ...DEFAULT_APP,
      startupSeconds: 45,
      errorRate: 0.1,
      responses: [{ pattern: '/health', status: 404 }, { pattern: '/api/*', status: 503 }],
      pullError: 'CannotPullContainerError: not found',
      ignoresSigterm: true,
      instrument: 'drum',
    });
  });

  it('gives bridge mode an empty host port as dynamic, and reports bad fields by name', () => {
    const bridge = { ...newTaskDefinitionDraft(), family: 'web', networkMode: 'bridge' as const, compatibility: 'EC2' as const, hostPort: '' };
    const ok = taskDefinitionFromDraft(world, bridge, null);
    expect(ok.ok && ok.value.containers[0]?.portMappings[0]?.hostPort).toBeNull();
    const bad = taskDefinitionFromDraft(world, { ...bridge, family: '', containerPort: 'http', cpu: 'lots' }, null);
    expect(bad).toEqual({ ok: false, errors: { family: 'Enter a family name.', containerPort: 'Enter the port the app listens on, a whole number.', cpu: 'Enter a whole number, or leave it empty.' } });
  });

  it('reads responses line by line and says which line is wrong', () => {
    expect(parseResponses('/a* 500\n  \n/b 404')).toEqual({ rules: [{ pattern: '/a*', status: 500 }, { pattern: '/b', status: 404 }] });
    expect(parseResponses('/a* 500\n/b')).toEqual({ badLine: 2 });
    expect(appFromDraft({ ...appDraft(DEFAULT_APP), responses: '/b 99' }, DEFAULT_APP)).toMatchObject({ ok: false });
  });

  it("offers Fargate's memory sizes from the validator's own table", () => {
    expect(fargateMemories(256)).toEqual([512, 1024, 2048]);
    expect(fargateMemories(512)).toEqual([1024, 2048, 3072, 4096]);
    expect(fargateMemories(300)).toEqual([]);
    expect(describeMemories(1024)).toBe('cpu 1024 allows memory 2048 to 8192 MiB in steps of 1024');
  });
});
