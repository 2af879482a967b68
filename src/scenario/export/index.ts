/** The world back to a CloudFormation template, as JSON or YAML text, with the commands so far as its script. */
export { exportTemplate, type ExportOptions } from './exportTemplate';
export { scriptWithCommands, type DispatchedCommand } from './exportScript';
export { toJsonText } from './cfnJsonText';
export { toYamlText } from './yamlText';
export { exportLimits } from './exportLimits';
