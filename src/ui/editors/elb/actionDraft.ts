/**
 * A routing action (forward, fixed-response, redirect) as a form holds it, and back to the spec's shape. The form
 * keeps every kind's fields, so switching kinds and back loses nothing; only the chosen kind is read.
 */
import { LIMITS, type ActionSpec } from '../../../engine';
import { DraftErrors, type DraftResult } from '../form/draft';

export type ActionKind = ActionSpec['type'];

export const ACTION_KINDS: readonly { readonly kind: ActionKind; readonly label: string }[] = [
  { kind: 'forward', label: 'to target groups' },
  { kind: 'fixed-response', label: 'answer itself' },
  { kind: 'redirect', label: 'send elsewhere' },
];

export interface ForwardTargetDraft {
  readonly targetGroupId: string;
  readonly weight: string;
}

export interface FixedResponseDraft {
  readonly statusCode: string;
  /** Empty: no ContentType. */
  readonly contentType: string;
  readonly messageBody: string;
}

export interface RedirectDraft {
  readonly protocol: string;
  readonly host: string;
  readonly port: string;
  readonly path: string;
  readonly query: string;
  readonly statusCode: '301' | '302';
}

export interface ActionDraft {
  readonly kind: ActionKind;
  readonly forward: readonly ForwardTargetDraft[];
  readonly fixed: FixedResponseDraft;
  readonly redirect: RedirectDraft;
}

export const CONTENT_TYPES = ['text/plain', 'text/css', 'text/html', 'application/javascript', 'application/json'] as const;
export const MAX_FORWARD_GROUPS = LIMITS.targetGroupsPerAction.value;
export const MAX_MESSAGE_BODY = 1024;

/** The console's starting redirect: every part kept but the protocol, which goes to HTTPS. */
const REDIRECT_START: RedirectDraft = { protocol: 'HTTPS', host: '#{host}', port: '443', path: '/#{path}', query: '#{query}', statusCode: '301' };

export function actionToDraft(action: ActionSpec | undefined, fallbackTargetGroup: string | null): ActionDraft {
  const draft: ActionDraft = {
    kind: 'forward',
    forward: fallbackTargetGroup === null ? [] : [{ targetGroupId: fallbackTargetGroup, weight: '1' }],
    fixed: { statusCode: '404', contentType: 'text/plain', messageBody: 'Not found' },
    redirect: REDIRECT_START,
  };
  switch (action?.type) {
    case undefined:
      return draft;
    case 'forward':
      return { ...draft, forward: action.targetGroups.map((g) => ({ targetGroupId: g.targetGroupId, weight: String(g.weight) })) };
    case 'fixed-response':
      return {
        ...draft,
        kind: 'fixed-response',
        fixed: { statusCode: String(action.statusCode), contentType: action.contentType ?? '', messageBody: action.messageBody ?? '' },
      };
    case 'redirect':
      return {
        ...draft,
        kind: 'redirect',
        redirect: { protocol: action.protocol, host: action.host, port: action.port, path: action.path, query: action.query, statusCode: action.statusCode === 302 ? '302' : '301' },
      };
  }
}

/** The property path of one of an action's fields: the key of its problem, where the validator's would point. */
export function actionField(base: string, field: string): string {
  return `Properties.${base}.${field}`;
}

/**
 * The action, or which fields are not numbers. `base` is the action's property path (`Actions[0]`,
 * `DefaultActions[0]`). A single forward target keeps its weight as typed (the form hides it and leaves 1).
 */
export function actionFromDraft(draft: ActionDraft, base: string): DraftResult<ActionSpec> {
  const issues = new DraftErrors();
  switch (draft.kind) {
    case 'forward': {
      const targetGroups = draft.forward.map((g, j) => ({
        targetGroupId: g.targetGroupId,
        weight: issues.number(g.weight, actionField(base, `ForwardConfig.TargetGroups[${j}].Weight`), `Weight '${g.weight}' must be a whole number from 0 to 999`),
      }));
      return issues.result({ type: 'forward', targetGroups });
    }
    case 'fixed-response': {
      const f = draft.fixed;
      const statusCode = issues.number(
        f.statusCode,
        actionField(base, 'FixedResponseConfig.StatusCode'),
        `StatusCode '${f.statusCode}' is invalid; a fixed response status code must match ^(2|4|5)\\d\\d$ (2XX, 4XX or 5XX)`,
      );
      return issues.result({
        type: 'fixed-response',
        statusCode,
        contentType: f.contentType === '' ? null : f.contentType,
        messageBody: f.messageBody === '' ? null : f.messageBody,
      });
    }
    case 'redirect': {
      const r = draft.redirect;
      return issues.result({
        type: 'redirect',
        protocol: r.protocol,
        host: r.host,
        port: r.port,
        path: r.path,
        query: r.query,
        statusCode: r.statusCode === '302' ? 302 : 301,
      });
    }
  }
}
