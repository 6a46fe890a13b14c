import * as React from 'react';
import { mergeStyles, useTheme } from '@fluentui/react';

export type BadgeTone = 'info' | 'success' | 'warning' | 'neutral' | 'danger';

/** A small label (Mandatory, Changed…) with enough contrast in every theme. */
export function Badge({ text, tone }: { text: string; tone: BadgeTone }): JSX.Element {
  const theme = useTheme();
  const dark = theme.isInverted;
  const colours: Record<BadgeTone, [string, string]> = {
    info: dark ? ['#1b2a4a', '#c7e0f4'] : ['#deecf9', '#004578'],
    success: dark ? ['#0b3d0b', '#c6efce'] : ['#dff6dd', '#0b6a0b'],
    warning: dark ? ['#4a3a00', '#fff4ce'] : ['#fff4ce', '#6a4b00'],
    neutral: dark ? ['#3b3a39', '#f3f2f1'] : ['#f3f2f1', '#323130'],
    danger: dark ? ['#4a1010', '#fde7e9'] : ['#fde7e9', '#a4262c']
  };
  const [background, color] = colours[tone];
  const className = mergeStyles({ background, color, borderRadius: 2, padding: '0 6px', fontSize: 12, lineHeight: '20px', fontWeight: 600, border: dark ? `1px solid ${color}` : undefined });
  return <span className={className}>{text}</span>;
}
