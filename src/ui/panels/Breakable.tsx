import { Fragment } from 'react';

export interface BreakableProps {
  readonly text: string;
  /** Where a line may break: after "." and "_", and between a lower-case letter and a capital. */
  readonly at?: RegExp;
}

const DEFAULT_AT = /(?<=[._])|(?<=[a-z])(?=[A-Z])/;

/**
 * A long AWS name (DeploymentConfiguration.MaximumPercent, HTTPCode_Target_5XX_Count) that may wrap only at its
 * word boundaries. <wbr> rather than invisible characters, so copying the name gives exactly what to search for.
 */
export function Breakable({ text, at = DEFAULT_AT }: BreakableProps) {
  const parts = text.split(at);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}
