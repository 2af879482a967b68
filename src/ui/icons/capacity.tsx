/**
 * EC2 capacity on the stage: a riser (a container instance) with chairs on it, a single chair (one share of its
 * CPU), a server box for the AWS lens, and the wings, where a musician waits when no riser has a chair left.
 */
import { LineIcon, type IconProps } from './LineIcon';

/** A riser: a low platform seen from the front, with two chairs standing on it. */
export function RiserIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <path d="M2 15h20v5H2z" />
      <path d="M5 20v1.5M19 20v1.5" />
      <path d="M6 15V8.5h4V15M6 11.5h4" />
      <path d="M14 15V8.5h4V15M14 11.5h4" />
    </LineIcon>
  );
}

/** A container instance in the AWS lens: a plain server with two drive bays and a status light. */
export function InstanceIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <rect x="3" y="4" width="18" height="7" rx="1.2" />
      <rect x="3" y="13" width="18" height="7" rx="1.2" />
      <path d="M6.5 7.5h6M6.5 16.5h6" />
      <circle cx="17.5" cy="7.5" r="0.9" />
      <circle cx="17.5" cy="16.5" r="0.9" />
    </LineIcon>
  );
}

/** The wings: a gathered side curtain, and a figure waiting behind its edge. */
export function WingsIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <path d="M2 2.5h20" />
      <path d="M3 2.5c1.5 6 1.5 12 0 19M6 2.5c1.2 6 1.2 12 0 19M9 2.5c.8 6 .8 12 0 19" />
      <circle cx="15.5" cy="8" r="2" strokeDasharray="2 1.6" />
      <path d="M15.5 10.5v5.5M15.5 16l-2 5M15.5 16l2 5M15.5 12.5l-3 2M15.5 12.5l3 2" strokeDasharray="2 1.6" />
    </LineIcon>
  );
}
