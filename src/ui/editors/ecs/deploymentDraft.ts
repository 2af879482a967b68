/** DeploymentConfiguration as a form holds it (what was typed) and back. */
import type { DeploymentConfigurationSpec } from '../../../engine';
import { wholeNumber, type DraftResult } from '../form/draft';

export interface DeploymentDraft {
  readonly maximumPercent: string;
  readonly minimumHealthyPercent: string;
  readonly circuitBreakerEnable: boolean;
  readonly circuitBreakerRollback: boolean;
}

/** CreateService's defaults for a rolling update: 200 / 100, no circuit breaker. */
export const DEFAULT_DEPLOYMENT_DRAFT: DeploymentDraft = {
  maximumPercent: '200',
  minimumHealthyPercent: '100',
  circuitBreakerEnable: false,
  circuitBreakerRollback: false,
};

export function deploymentDraft(spec: DeploymentConfigurationSpec): DeploymentDraft {
  return {
    maximumPercent: String(spec.maximumPercent),
    minimumHealthyPercent: String(spec.minimumHealthyPercent),
    circuitBreakerEnable: spec.circuitBreaker.enable,
    circuitBreakerRollback: spec.circuitBreaker.rollback,
  };
}

/** Only whole numbers are checked here; whether AWS accepts the values is the validators' call, in AWS's words. */
export function deploymentFromDraft(draft: DeploymentDraft): DraftResult<DeploymentConfigurationSpec> {
  const maximumPercent = wholeNumber(draft.maximumPercent);
  const minimumHealthyPercent = wholeNumber(draft.minimumHealthyPercent);
  const errors: Record<string, string> = {};
  if (maximumPercent === null) errors.maximumPercent = 'Enter a whole number of percent.';
  if (minimumHealthyPercent === null) errors.minimumHealthyPercent = 'Enter a whole number of percent.';
  if (maximumPercent === null || minimumHealthyPercent === null) return { ok: false, errors };
  return {
    ok: true,
    value: {
      maximumPercent,
      minimumHealthyPercent,
      // Rollback only means something with the breaker on; AWS stores it as given, the form keeps it honest.
      circuitBreaker: { enable: draft.circuitBreakerEnable, rollback: draft.circuitBreakerEnable && draft.circuitBreakerRollback },
    },
  };
}

export function sameDeployment(a: DeploymentConfigurationSpec, b: DeploymentConfigurationSpec): boolean {
  return (
    a.maximumPercent === b.maximumPercent &&
    a.minimumHealthyPercent === b.minimumHealthyPercent &&
    a.circuitBreaker.enable === b.circuitBreaker.enable &&
    a.circuitBreaker.rollback === b.circuitBreaker.rollback
  );
}
