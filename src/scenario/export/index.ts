/** The world back to a CloudFormation template, as JSON or YAML text, with the commands so far as its script. */
export { exportTemplate, type ExportOptions } from './exportTemplate';
export { scriptWithCommands, type DispatchedCommand } from './exportScript';
export { toJsonText, toYamlText } from './cfnText';
export { exportLimits } from './exportLimits';
