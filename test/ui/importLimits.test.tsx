// @vitest-environment jsdom
/**
 * The Import dialog holds the same limits as the command line: a YAML alias bomb is refused in seconds with the
 * limit and the place, and a file of many megabytes is not even read.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ImportDialog } from '../../src/ui/io/ImportDialog';
import type { BundleSource } from '../../src/ui/io/bundleList';
import { renderWorld } from './renderWorld';

const bundles: BundleSource = { list: () => Promise.resolve([]), read: () => Promise.reject(new Error('none')) };

function aliasBomb(): string {
  const anchors = ['      a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 8; i++) anchors.push(`      a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  return ['Resources:', '  Notes:', '    Type: AWS::CloudFormation::WaitConditionHandle', '    Metadata:', ...anchors, '  Cluster:', '    Type: AWS::ECS::Cluster', '    Properties:', '      Tags: *a8', ''].join('\n');
}

async function importFile(file: File) {
  const user = userEvent.setup();
  const { store } = renderWorld(<ImportDialog bundles={bundles} />);
  const sim = store.getState().sim;
  await user.click(screen.getByRole('button', { name: 'Import…' }));
  const dialog = screen.getByRole('dialog', { name: 'Import templates' });
  await user.upload(await within(dialog).findByLabelText('Choose files'), file);
  const started = Date.now();
  await user.click(within(dialog).getByRole('button', { name: 'Load' }));
  const problems = await within(dialog).findByRole('list', { name: 'Problems' });
  expect(Date.now() - started).toBeLessThan(5000);
  expect(store.getState().sim).toBe(sim);
  return problems;
}

describe('Import dialog limits', () => {
  it('refuses a YAML alias bomb with the limit and the place, at once', async () => {
    const problems = await importFile(new File([aliasBomb()], 'bomb.yaml', { type: 'application/yaml' }));
    expect(problems).toHaveTextContent('bomb.yaml');
    expect(problems).toHaveTextContent('Notes.Metadata.a5[1]');
    expect(problems).toHaveTextContent('Values after YAML aliases are expanded is at most 200,000 (the simulator)');
  });

  it('does not read a file of 9 MB', async () => {
    const problems = await importFile(new File([new Uint8Array(9 * 1024 * 1024).fill(0x20)], 'huge.json', { type: 'application/json' }));
    expect(problems).toHaveTextContent('huge.json');
    expect(problems).toHaveTextContent('The file is 9,437,184 bytes, so it was not read: A file to import, in bytes, is at most 8,388,608 (the simulator).');
  });
});
