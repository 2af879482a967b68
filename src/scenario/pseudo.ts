/** Pseudo parameters with the simulator's fixed values (MC19). */
import { ACCOUNT_ID, REGION, stableHash64 } from '../engine';

export const PSEUDO_PARAMETERS: ReadonlySet<string> = new Set([
  'AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region', 'AWS::StackId',
  'AWS::StackName', 'AWS::URLSuffix',
]);

export const AVAILABILITY_ZONE_SUFFIXES = ['a', 'b', 'c'] as const;

/** A UUID-shaped id from the stack name, so the stack ID is the same on every load. */
function stackUuid(stackName: string): string {
  const hex = stableHash64(stackName) + stableHash64(`${stackName}#stack`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Value of a pseudo parameter other than AWS::NoValue. */
export function pseudoValue(name: string, stackName: string): string | readonly string[] {
  switch (name) {
    case 'AWS::AccountId':
      return ACCOUNT_ID;
    case 'AWS::Partition':
      return 'aws';
    case 'AWS::Region':
      return REGION;
    case 'AWS::URLSuffix':
      return 'amazonaws.com';
    case 'AWS::StackName':
      return stackName;
    case 'AWS::StackId':
      return `arn:aws:cloudformation:${REGION}:${ACCOUNT_ID}:stack/${stackName}/${stackUuid(stackName)}`;
    case 'AWS::NotificationARNs':
      return [];
    default:
      return '';
  }
}
