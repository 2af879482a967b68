/** The template's Outputs as strings (the ALB URL from GetAtt DNSName...), where they can be resolved. */
import type { LoadContext } from './context';
import { NoValue, Unresolved, isRecord, nameMap } from './values';

export function resolveOutputs(ctx: LoadContext): Record<string, string> {
  const outputs = nameMap<string>();
  for (const [name, output] of Object.entries(ctx.template.outputs)) {
    const resource = `Outputs.${name}`;
    if (!isRecord(output) || !('Value' in output)) {
      ctx.sink.error(resource, '', 'Template format error: Every Outputs member must contain a Value object');
      continue;
    }
    if (typeof output.Condition === 'string') {
      if (!ctx.conditions.has(output.Condition)) {
        ctx.sink.error(resource, 'Condition', `Template format error: Unresolved condition dependencies [${output.Condition}] in the Outputs block of the template`);
        continue;
      }
      if (ctx.conditions.value(output.Condition) !== true) continue;
    }
    const where = { resource, path: 'Value' };
    const value = ctx.evaluator.shallow(output.Value, where);
    if (value instanceof NoValue) continue;
    // An output that needs another stack's export simply has no value here; it feeds nothing the simulator runs.
    const text = ctx.evaluator.text(value, where);
    if (!(text instanceof Unresolved)) outputs[name] = text;
  }
  return outputs;
}
