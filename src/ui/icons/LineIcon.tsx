import type { ReactNode } from 'react';

export interface IconProps {
  /** CSS size (width and height); defaults to 1.5em so glyphs scale with the text beside them. */
  readonly size?: string;
  readonly className?: string;
}

/**
 * The frame every glyph shares: a 24-unit square drawn with round strokes in currentColor. Glyphs are decorative
 * (aria-hidden): the thing they stand for is always written in text next to them.
 */
export function LineIcon({ size = '1.5em', className, children }: IconProps & { readonly children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width={size}
      height={size}
      className={className}
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}
