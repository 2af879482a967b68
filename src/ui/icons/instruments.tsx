/** The orchestra lens's instruments, one per service image: simple line drawings of our own. */
import type { Instrument } from '../../lens/vocabulary';
import { LineIcon, type IconProps } from './LineIcon';

/** Held at an angle with its bow, so it never reads as the upright cello. */
export function ViolinIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <g transform="rotate(-35 12 12)">
        <path d="M12 8.5c-2.6 0-3.2 1.9-2.2 3.3-1.5.9-2 3.3-.6 5 1 1.3 4.6 1.3 5.6 0 1.4-1.7.9-4.1-.6-5 1-1.4.4-3.3-2.2-3.3Z" />
        <path d="M12 8.5V2.5" />
        <circle cx="12" cy="2" r="0.9" />
        <path d="M11 14v2M13 14v2" />
      </g>
      <path d="M4 20 19 9" />
    </LineIcon>
  );
}

export function CelloIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <path d="M12 6c-3.2 0-4 2.4-2.8 4.2C7.3 11.4 6.6 14.5 8.4 16.8c1.3 1.7 5.9 1.7 7.2 0 1.8-2.3 1.1-5.4-.8-6.6C16 8.4 15.2 6 12 6Z" />
      <path d="M12 6V1.5M12 17.6V22.5M10.5 22.5h3" />
      <path d="M10.6 11.5v3M13.4 11.5v3" />
      <path d="M10 13h4" />
    </LineIcon>
  );
}

export function SaxophoneIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <path d="M14 2.5 17 1.5" />
      <path d="M14 2.5v11.5c0 3.6-2 6-5 6-2.4 0-4-1.6-4-3.8V15" />
      <path d="M3 15h5" />
      <circle cx="14" cy="6.5" r="0.8" />
      <circle cx="14" cy="9.5" r="0.8" />
      <circle cx="14" cy="12.5" r="0.8" />
    </LineIcon>
  );
}

export function TrumpetIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <path d="M2 11h1.5M3.5 10v2" />
      <path d="M3.5 11H15M3.5 13H15" />
      <path d="M15 11l6-4v10l-6-4" />
      <path d="M7 8v3M9.5 8v3M12 8v3" />
      <path d="M6 13c0 3 7 3 7 0" />
    </LineIcon>
  );
}

export function DrumIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <ellipse cx="12" cy="10" rx="8" ry="3" />
      <path d="M4 10v7c0 1.7 3.6 3 8 3s8-1.3 8-3v-7" />
      <path d="M4.5 13.5 8 19M12 13v7M19.5 13.5 16 19" />
      <path d="M9 2l2 6M17 3l-3 5" />
    </LineIcon>
  );
}

export function MicrophoneIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <rect x="9" y="2" width="6" height="11" rx="3" />
      <path d="M6 10.5a6 6 0 0 0 12 0" />
      <path d="M12 16.5V21M8.5 21h7" />
      <path d="M9 6h2M13 6h2M9 9h2M13 9h2" />
    </LineIcon>
  );
}

const GLYPHS = {
  violin: ViolinIcon,
  saxophone: SaxophoneIcon,
  cello: CelloIcon,
  trumpet: TrumpetIcon,
  drum: DrumIcon,
  microphone: MicrophoneIcon,
} as const satisfies Record<Instrument, (props: IconProps) => unknown>;

export function InstrumentIcon({ instrument, ...props }: IconProps & { readonly instrument: Instrument }) {
  const Glyph = GLYPHS[instrument];
  return <Glyph {...props} />;
}
