/**
 * What of the CloudFormation loader the store and the page's start fetch on demand, in one module of its own: the
 * chunk it heads is loaded by scenarioLoader.ts, apart from the few small helpers other modules import directly.
 */
export { formatIssue, isYamlText, loadScenario, loadYamlSupport, validateEdit } from '../scenario';
