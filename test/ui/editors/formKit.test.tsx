// @vitest-environment jsdom
/**
 * The one form kit both editor families use: a control is named by its label alone, described by its
 * CloudFormation name, hint and problem; a field's problem shows under it, and Escape closes any editor form.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SandboxPanel } from '../../../src/ui/editors/ecs/SandboxPanel';
import { DraftErrors, wholeNumber } from '../../../src/ui/editors/form/draft';
import { EditorForm } from '../../../src/ui/editors/form/EditorForm';
import { CheckboxField, SelectField, TextField } from '../../../src/ui/editors/form/fields';
import { logicalIdFrom, pascal, uniqueLogicalId } from '../../../src/ui/editors/form/logicalIds';
import { Inspector } from '../../../src/ui/panels/Inspector';
import { renderPanels, scenario } from '../panels/world';

describe('form kit fields', () => {
  it('name each control by its label; the CloudFormation name, hint and problem describe it', () => {
    render(
      <>
        <TextField label="Priority" cfn="Priority" hint="1 to 50000." error="PriorityInUse: rule AuthRule already has priority 20." value="20" onChange={() => {}} />
        <SelectField label="Protocol" cfn="HealthCheckProtocol" value="HTTP" options={[{ value: 'HTTP', label: 'HTTP' }]} onChange={() => {}} />
        <CheckboxField label="Ignores SIGTERM" cfn="Metadata: ignoresSigterm" error="Not allowed here." checked={false} onChange={() => {}} />
      </>,
    );
    const priority = screen.getByRole('textbox', { name: 'Priority' });
    expect(priority).toHaveAccessibleDescription('Priority 1 to 50000. PriorityInUse: rule AuthRule already has priority 20.');
    expect(priority).toHaveAttribute('aria-invalid', 'true');
    const protocol = screen.getByRole('combobox', { name: 'Protocol' });
    expect(protocol).toHaveAccessibleDescription('HealthCheckProtocol');
    expect(protocol).not.toHaveAttribute('aria-invalid');
    const sigterm = screen.getByRole('checkbox', { name: 'Ignores SIGTERM' });
    expect(sigterm).toHaveAccessibleDescription('Metadata: ignoresSigterm Not allowed here.');
    expect(sigterm).toHaveAttribute('aria-invalid', 'true');
  });

  it('close an editor form with Escape, without the key reaching the page', async () => {
    const user = userEvent.setup();
    const cancel = vi.fn();
    const outside = vi.fn();
    // An editor form reads the store: a lesson's step may lock what it sends.
    renderPanels(
      <div onKeyDown={outside}>
        <EditorForm title="Edit thing" applyLabel="Apply" onApply={() => {}} onCancel={cancel} issues={[]} errors={{ a: 'x', b: 'y' }}>
          <TextField label="Name" value="" onChange={() => {}} />
        </EditorForm>
      </div>,
    );
    expect(screen.getByRole('form', { name: 'Edit thing' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('2 fields need a fix before this can be sent to AWS.');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), '{Escape}');
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(outside).not.toHaveBeenCalled();
  });
});

describe('form kit drafts and IDs', () => {
  it('collect every field that cannot be read, the first problem of each', () => {
    const errors = new DraftErrors();
    expect(errors.number(' 42 ', 'Properties.Port', 'bad port')).toBe(42);
    expect(errors.number('4.5', 'Properties.Weight', 'bad weight')).toBe(4.5);
    expect(errors.number('eighty', 'Properties.Port', 'bad port')).toBeNaN();
    errors.add('Properties.Port', 'second problem');
    errors.addAll({ 'Properties.Priority': 'bad priority' });
    expect(errors.result('value')).toEqual({ ok: false, errors: { 'Properties.Port': 'bad port', 'Properties.Priority': 'bad priority' } });
    expect(new DraftErrors().result('value')).toEqual({ ok: true, value: 'value' });
    expect([wholeNumber(' 3 '), wholeNumber('3.5'), wholeNumber('')]).toEqual([3, null, null]);
  });

  it('make logical IDs unique across every resource type of the world', () => {
    const world = scenario();
    expect(pascal('orders-api')).toBe('OrdersApi');
    expect(pascal('/api/orders/v2/items', 3)).toBe('ApiOrdersV2');
    expect(logicalIdFrom('8080', 'Listener')).toBe('Listener8080');
    expect(uniqueLogicalId(world, 'OrdersService')).toBe('OrdersService');
    // Taken by a service here; a rule or a target group may not have it either (one namespace).
    expect(uniqueLogicalId(world, 'UsersService')).toBe('UsersService2');
    expect(uniqueLogicalId(world, 'UsersTargetGroup')).toBe('UsersTargetGroup2');
  });
});

describe('form kit in both editor families', () => {
  it('shows an ECS field problem under its field and counts it', async () => {
    const user = userEvent.setup();
    renderPanels(<SandboxPanel />);
    await user.click(screen.getByRole('button', { name: 'Add cluster' }));
    const form = screen.getByRole('form', { name: 'Create cluster' });
    await user.click(within(form).getByRole('button', { name: 'Create cluster' }));
    const name = within(form).getByRole('textbox', { name: 'Cluster name' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('ClusterName Enter a cluster name.');
    expect(within(form).getByRole('alert')).toHaveTextContent('One field needs a fix before this can be sent to AWS.');
  });

  it('shows a load-balancer field problem the same way, under its field, and sends nothing', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(<Inspector />);
    act(() => store.getState().select({ kind: 'listener', id: 'HttpsListener' }));
    const before = store.getState().world;
    await user.click(screen.getByRole('button', { name: 'Add rule' }));
    const form = screen.getByRole('form', { name: 'Add listener rule' });
    const priority = within(form).getByRole('textbox', { name: 'Priority' });
    await user.clear(priority);
    await user.type(priority, 'ten');
    await user.click(within(form).getByRole('button', { name: 'Add rule' }));
    expect(priority).toHaveAttribute('aria-invalid', 'true');
    expect(priority).toHaveAccessibleDescription(/Priority 'ten' is out of range; a rule priority must be a whole number from 1 to 50000$/);
    expect(within(form).getByRole('alert')).toHaveTextContent('One field needs a fix before this can be sent to AWS.');
    expect(store.getState().world).toBe(before);
    // Escape closes it, and focus goes back to the button that opened it.
    await user.type(priority, '{Escape}');
    expect(screen.queryByRole('form', { name: 'Add listener rule' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add rule' })).toHaveFocus();
    expect(store.getState().selection).toEqual({ kind: 'listener', id: 'HttpsListener' });
  });
});
