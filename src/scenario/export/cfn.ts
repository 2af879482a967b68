/**
 * The pieces an exported template is made of: intrinsic functions in CloudFormation's long JSON form (the YAML dump
 * turns them into short tags), and property objects that leave out what is not set, so AWS's defaults stay implicit
 * only where the loader fills in the same default.
 */

/** A JSON object of a template: resource, property or metadata. */
export type CfnObject = Record<string, unknown>;

export function ref(logicalId: string): CfnObject {
  return { Ref: logicalId };
}

export function getAtt(logicalId: string, attribute: string): CfnObject {
  return { 'Fn::GetAtt': [logicalId, attribute] };
}

export function sub(text: string): CfnObject {
  return { 'Fn::Sub': text };
}

/** The object without its undefined entries, in the order written (JSON drops them anyway; YAML would print null). */
export function props(entries: Readonly<Record<string, unknown>>): CfnObject {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

/** A list property only when it has items: CloudFormation treats an empty list and an absent one alike. */
export function nonEmpty<T>(items: readonly T[]): readonly T[] | undefined {
  return items.length > 0 ? items : undefined;
}

/** The value unless it is the default the loader fills in for an omitted property. */
export function unlessDefault<T>(value: T, fallback: T): T | undefined {
  return value === fallback ? undefined : value;
}

/** CloudFormation logical IDs are alphanumeric; the loader rejects anything else. */
export function isLogicalId(id: string): boolean {
  return /^[A-Za-z0-9]+$/.test(id);
}
