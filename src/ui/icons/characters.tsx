/**
 * The people on the stage. The conductor (ECS's service scheduler) and the stage manager (the load balancer's
 * health checks) must never be confused (teaching.md §5), so they differ in pose and props: a raised baton versus a
 * headset and a clipboard.
 */
import { LineIcon, type IconProps } from './LineIcon';

export function ConductorIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <circle cx="8.5" cy="5" r="2.2" />
      <path d="M8.5 7.5v7.5M8.5 15l-2.3 6.5M8.5 15l2.3 6.5" />
      <path d="M8.5 9.5l4-2.5M8.5 9.5 5 12.5" />
      <path d="M12.5 7 20 2" strokeWidth={1.2} />
      <path d="M6.3 9.2 5.5 16M10.7 9.2l.8 6.8" strokeWidth={1} />
    </LineIcon>
  );
}

export function StageManagerIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <circle cx="9" cy="5.5" r="2.2" />
      <path d="M6.4 5.5a2.6 2.6 0 0 1 5.2 0" />
      <path d="M6.5 6v1.3h1.8" />
      <path d="M9 8v7M9 15l-2 6.5M9 15l2 6.5" />
      <path d="M9 10.5l4.5 1.5M9 10.5l-3 3" />
      <rect x="13.5" y="9" width="6" height="8" rx="0.8" />
      <path d="M15.3 9V8.2h2.4V9M15 12h3M15 14.5h3" />
    </LineIcon>
  );
}

export function AudienceIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <circle cx="6" cy="8" r="2" />
      <circle cx="12" cy="6.5" r="2.2" />
      <circle cx="18" cy="8" r="2" />
      <path d="M2.5 16c0-2.2 1.6-4 3.5-4 1 0 1.9.5 2.5 1.2" />
      <path d="M7.5 18c0-3 2-5.3 4.5-5.3s4.5 2.3 4.5 5.3" />
      <path d="M21.5 16c0-2.2-1.6-4-3.5-4-1 0-1.9.5-2.5 1.2" />
    </LineIcon>
  );
}

/** Front of house: a doorway with a ticket desk. */
export function FrontOfHouseIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <path d="M3 21V8l9-5 9 5v13" />
      <path d="M9.5 21v-6.5a2.5 2.5 0 0 1 5 0V21" />
      <path d="M2 21h20" />
    </LineIcon>
  );
}

/** Sheet music (a task definition revision): a page with a staff and a note. */
export function SheetMusicIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <rect x="4" y="2.5" width="16" height="19" rx="1.5" />
      <path d="M7 8h10M7 10.5h10M7 13h10M7 15.5h10" strokeWidth={0.9} />
      <path d="M13.5 17.5V8.8l2.5-.8" />
      <ellipse cx="12" cy="17.6" rx="1.6" ry="1.1" fill="currentColor" />
    </LineIcon>
  );
}
