// @vitest-environment jsdom
/**
 * The Import dialog and the Export menu, by role and name: a bad template lists its problems with their place and
 * keeps the world; a two-file bundle replaces it; the menu opens, moves and closes from the keyboard.
 */
import { readFileSync } from 'node:fs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../src/ui/io/ExportMenu';
import { ImportDialog } from '../../src/ui/io/ImportDialog';
import type { BundleSource } from '../../src/ui/io/bundleList';
import { renderWorld } from './renderWorld';

const ordersFiles = ['network.yaml', 'orders.yaml'].map((name) => ({
  name,
  text: readFileSync(`public/scenarios/bundles/orders-platform/${name}`, 'utf8'),
}));
const bundles: BundleSource = {
  list: () => Promise.resolve([{ name: 'orders-platform', title: 'Orders platform (two stacks)', files: ['network.yaml', 'orders.yaml'] }]),
  read: () => Promise.resolve({ files: ordersFiles, parameters: null }),
};
const BAD_YAML = `Resources:
  Web:
    Type: AWS::ECS::Service
    Properties:
      DesiredCount: lots
`;

afterEach(() => vi.restoreAllMocks());

describe('Import dialog', () => {
  it('lists every problem with its file and place, and keeps the world', async () => {
    const user = userEvent.setup();
    const { store } = renderWorld(<ImportDialog bundles={bundles} />);
    const sim = store.getState().sim;
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import templates' });
    await user.upload(await within(dialog).findByLabelText('Choose files'), new File([BAD_YAML], 'broken.yaml', { type: 'application/yaml' }));
    expect(within(dialog).getByRole('list', { name: 'Files to load' })).toHaveTextContent('broken.yaml');
    await user.click(within(dialog).getByRole('button', { name: 'Load' }));
    const problems = await within(dialog).findByRole('list', { name: 'Problems' });
    expect(problems).toHaveTextContent('broken.yaml');
    expect(problems).toHaveTextContent('Web.Properties');
    expect(problems).toHaveTextContent('needs "TaskDefinition"');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The current world is unchanged');
    expect(store.getState().sim).toBe(sim);
  });

  it('loads a bundled two-file example and closes, giving focus back', async () => {
    const user = userEvent.setup();
    const { store } = renderWorld(<ImportDialog bundles={bundles} />);
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    await user.click(await screen.findByRole('button', { name: 'Load Orders platform (two stacks)' }));
    await waitFor(() => expect(store.getState().scenario.title).toBe('Orders platform (two stacks)'));
    expect(store.getState().world.services.length).toBeGreaterThan(0);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import…' })).toHaveFocus();
  });

  it('loads two chosen files as one world, and closes on Escape', async () => {
    const user = userEvent.setup();
    const { store } = renderWorld(<ImportDialog bundles={bundles} />);
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import templates' });
    await user.upload(await within(dialog).findByLabelText('Choose files'), ordersFiles.map((f) => new File([f.text], f.name)));
    await user.click(within(dialog).getByRole('button', { name: 'Load' }));
    await waitFor(() => expect(store.getState().scenario.source).toBe('2 files'));
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('Import dialog, more ways in', () => {
  it('applies a parameter file, and names it when it is broken', async () => {
    const user = userEvent.setup();
    const { store } = renderWorld(<ImportDialog bundles={bundles} />);
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import templates' });
    await user.upload(await within(dialog).findByLabelText('Choose files'), ordersFiles.map((f) => new File([f.text], f.name)));
    await user.upload(within(dialog).getByLabelText('Parameter file (optional)'), new File(['{"Parameters": "DesiredCount=3"}'], 'prod.json'));
    await user.click(within(dialog).getByRole('button', { name: 'Load' }));
    expect(await within(dialog).findByRole('list', { name: 'Problems' })).toHaveTextContent('prod.json');

    await user.upload(within(dialog).getByLabelText('Parameter file (optional)'), new File(['["DesiredCount=3"]'], 'prod.json'));
    await user.click(within(dialog).getByRole('button', { name: 'Load' }));
    await waitFor(() => expect(store.getState().scenario.title).toBe('Orders platform (two stacks)'));
    expect(store.getState().world.services.map((s) => s.desiredCount)).toEqual([3]);
  });

  it('takes dropped files', async () => {
    const { store } = renderWorld(<ImportDialog bundles={bundles} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import templates' });
    const files = ordersFiles.map((f) => new File([f.text], f.name));
    fireEvent.drop(await within(dialog).findByText('Or drop files or a folder here.'), { dataTransfer: { files, items: [] } });
    expect(await within(dialog).findByRole('list', { name: 'Files to load' })).toHaveTextContent('orders.yaml');
    await user.click(within(dialog).getByRole('button', { name: 'Load' }));
    await waitFor(() => expect(store.getState().scenario.source).toBe('2 files'));
  });
});

describe('Export menu', () => {
  it('opens from the keyboard, moves with the arrows, saves, and returns focus', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWorld(<ExportMenu />);
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(within(menu).getByRole('menuitem', { name: 'Template (JSON)' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'Template (YAML)' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(within(menu).getByRole('menuitem', { name: 'Event log (JSON lines)' })).toHaveFocus();
    await user.keyboard('{Home}{ArrowUp}');
    expect(within(menu).getByRole('menuitem', { name: 'Event log (JSON lines)' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    // The exporters load when first used.
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(button).toHaveFocus();
    const text = await created[0]!.text();
    expect(text).toContain('"Metadata"');
    expect(JSON.parse(text)).toMatchObject({ Metadata: { EcsOrchestra: { title: 'Tiny stage' } } });

    await user.keyboard('{Enter}{End}{ArrowUp}');
    expect(within(screen.getByRole('menu', { name: 'Export' })).getByRole('menuitem', { name: 'Session (JSON)' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(created).toHaveLength(2));
    const session = JSON.parse(await created[1]!.text()) as { format: string; version: number; commands: unknown[] };
    expect([session.format, session.version, session.commands]).toEqual(['ecs-orchestra-session', 2, []]);
  });
});
