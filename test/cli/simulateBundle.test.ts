/**
 * The command line with YAML, several templates and a parameter file: `npm run simulate -- a.yaml b.yaml
 * --parameters p.json`. One file keeps the single-template path, so its output is unchanged.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { cli } from './harness';

const BUNDLE = 'public/scenarios/bundles/orders-platform';
const NETWORK = `${BUNDLE}/network.yaml`;
const ORDERS = `${BUNDLE}/orders.yaml`;

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'orchestra-')), name);
  writeFileSync(file, text);
  return file;
}

interface Summary {
  total: number;
  byRule: Record<string, number>;
  byStatus: Record<string, number>;
  services: Record<string, { desired: number; running: number; started: number; stopped: number }>;
}

describe('npm run simulate with several templates', () => {
  it('tells two files of one base name apart by their folders, so each nested stack finds its own (issue 14)', () => {
    const shape = 'test/scenario/fixtures/shapes/same-base';
    const { code, out, err } = cli(`${shape}/platform.yaml`, `${shape}/services/catalog/service.yaml`, `${shape}/services/cart/service.yaml`, '--until', '120', '--summary');
    expect([code, err.split('\n').filter((line) => line.startsWith('warning') || line.startsWith('error'))]).toEqual([0, []]);
    const summary = JSON.parse(out) as Summary;
    expect(summary.services).toEqual({
      PlatformCatalogStackService: { desired: 2, running: 2, started: 2, stopped: 0 },
      PlatformCartStackService: { desired: 1, running: 1, started: 1, stopped: 0 },
    });
  });


  it('runs two YAML stacks joined by an export, with values from a parameter file', () => {
    const params = tempFile('p.json', JSON.stringify([{ ParameterKey: 'DesiredCount', ParameterValue: '3' }, { ParameterKey: 'Colour', ParameterValue: 'blue' }]));
    const { code, out, err } = cli(NETWORK, ORDERS, '--parameters', params, '--until', '120', '--summary');
    expect(code).toBe(0);
    expect(err).toBe('warning: p.json: Parameters.Colour: Parameter Colour is declared by no root template of this scenario; its value is not used.\n');
    const summary = JSON.parse(out) as Summary;
    // The crash at 60 s stops one task and ECS starts a replacement.
    expect(summary.services).toEqual({ OrdersService: { desired: 3, running: 3, started: 4, stopped: 1 } });
    expect(Object.keys(summary.byRule).sort()).toEqual(['10', 'default']);
    expect(summary.byStatus['404']).toBe(summary.byRule.default);
  });

  it('takes the parameter file in the other two shapes, and YAML', () => {
    const runs = [
      tempFile('p.json', '{"Parameters": {"DesiredCount": "1"}}'),
      tempFile('p.json', '["DesiredCount=1"]'),
      tempFile('p.yaml', 'Parameters:\n  DesiredCount: 1\n'),
    ].map((file) => JSON.parse(cli(NETWORK, ORDERS, '--parameters', file, '--until', '30', '--summary').out) as Summary);
    for (const summary of runs) expect(summary.services.OrdersService?.desired).toBe(1);
  });

  it('gives one YAML file the same bytes as the same template in JSON', () => {
    const json = readFileSync('public/scenarios/default.json', 'utf8');
    const yaml = tempFile('default.yaml', dump(JSON.parse(json)));
    expect(cli(yaml, '--until', '45').out).toBe(cli('public/scenarios/default.json', '--until', '45').out);
  });

  it('exits 2 with every issue named by file, and 1 for a missing file or a --parameters without one', () => {
    const bad = tempFile('p.json', '[{"ParameterKey": "DesiredCount"}]');
    const badParams = cli(NETWORK, ORDERS, '--parameters', bad);
    expect(badParams.code).toBe(2);
    expect(badParams.err).toBe('error: p.json: Parameters.[0]: needs "ParameterValue" (or "UsePreviousValue": true) for DesiredCount\n1 error(s): the scenario cannot be simulated\n');
    const duplicate = tempFile('orders.yaml', readFileSync(ORDERS, 'utf8').replace('Priority: 10', 'Priority: 0'));
    const invalid = cli(NETWORK, duplicate);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain('error: orders.yaml: OrdersRule.Properties.Priority:');
    expect(cli(NETWORK, 'no/such.yaml').code).toBe(1);
    expect(cli(NETWORK, ORDERS, '--parameters', 'no/such.json').err).toContain('cannot read no/such.json');
    expect(cli(NETWORK, '--parameters').code).toBe(1);
  });

  it('warns about stand-ins on stderr and still runs when an export is missing', () => {
    const { code, err, out } = cli(ORDERS, tempFile('other.yaml', 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n'), '--until', '20', '--summary');
    expect(code).toBe(0);
    expect(err).toContain('warning: orders.yaml: OrdersRule.Properties.ListenerArn.Fn::ImportValue: Fn::ImportValue "orders-network-ListenerArn" is exported by no template in this scenario; the simulator stands in an outside listener on port 80 that answers 404 (OutsideListener).');
    expect(err).toContain('note: 1 resources not simulated: Topic (AWS::SNS::Topic)');
    expect((JSON.parse(out) as Summary).services.OrdersService?.desired).toBe(2);
  });
});
