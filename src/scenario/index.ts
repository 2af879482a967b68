/**
 * Scenarios are CloudFormation templates. `loadScenario` turns one into the ScenarioSpec the engine starts from, with
 * every problem reported at once.
 */
export { loadScenario } from './loader';
export type { LoadOptions, LoadResult, NotSimulatedResource } from './loader';
export { formatIssue, issueFile } from './issues';
export type { IssueSeverity, ScenarioIssue } from './issues';
export { BLUE_GREEN_NOT_SIMULATED } from './resources/service';
export { exportLimits, exportTemplate, scriptWithCommands, toJsonText, toYamlText } from './export';
export type { DispatchedCommand, ExportOptions } from './export';
export { loadBundle } from './bundle/loadBundle';
export type { BundleFile, BundleOptions, BundleResult, RenamedResource } from './bundle/loadBundle';
export { parseParameterFile } from './parameterFile';
export type { ParameterFileResult } from './parameterFile';
export { isYamlText } from './yaml/templateText';
export { loadYamlSupport } from './yaml/yamlSupport';
export { TARGET_GROUP_DEFAULTS } from './defaults';
export { containerInstances } from './resources/cluster';
export { isFargateSize } from './validate/fargate';
export { validateEdit } from './validate/editValidation';
export type { EditCheck } from './validate/editValidation';
export { parseScript } from './script';
export type { ParsedScript, ScriptPlace } from './script';
export { scriptEntryJson } from './export/exportScript';
export { IssueSink } from './issueSink';
export { reportZodError } from './zodIssues';
export { seedSchema } from './metadata';
export { scriptLengthProblem, timeProblem } from './validate/commandLimits';
export { scenarioJsonSchemaText } from './jsonSchema';
export { DEFAULT_RATE_PER_LISTENER } from './defaultTraffic';
export { parseTemplateText } from './yaml/templateText';
export { CommandChecker, unknownPortMessage, unknownServiceMessage, unknownTaskMessage } from './validate/scriptReferences';
export type { CommandReport } from './validate/scriptReferences';
export { scriptEntrySchema, scriptEntrySchemas, commandOfEntry } from './script';
export { isRecord, joinPath, hasOwn, nameMap } from './values';
