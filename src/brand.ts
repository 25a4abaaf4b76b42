/**
 * The brand's colours: the one list that the stylesheet (as CSS variables), the web app manifest,
 * the theme-color tags, the preview cards, the logo and the icons all read. Change a colour here
 * and every one of them follows.
 * Deep teal for text and actions, warm sun amber for decoration only (never as text on a light
 * background: it fails contrast), warm off-white paper; a true dark theme.
 */
export const palette = {
  light: {
    canvas: '#faf6ef',
    surface: '#ffffff',
    sunken: '#f3ede2',
    ink: '#16262e',
    muted: '#4b5a61',
    line: '#e3d9c8',
    primary: '#0f5563',
    primaryStrong: '#0a3f4a',
    onPrimary: '#ffffff',
    accent: '#f2a541',
    accentSoft: '#fbe7c6',
    crisis: '#f7efe2',
    focus: '#b45309',
    error: '#b42318',
  },
  dark: {
    canvas: '#0f1a1f',
    surface: '#152329',
    sunken: '#1a2b32',
    ink: '#e9eef0',
    muted: '#a9b9bf',
    line: '#2a4048',
    primary: '#86d3dc',
    primaryStrong: '#b4e6eb',
    onPrimary: '#0b2227',
    accent: '#f6c177',
    accentSoft: '#3a2e1c',
    crisis: '#1d2a2f',
    focus: '#f6c177',
    error: '#ffb4ab',
  },
} as const;

export type ColorToken = keyof typeof palette.light;

/** The sun of the logo and the cards, and the pale text on the cards' teal band. */
export const sun = palette.light.accent;
export const bandText = '#d5ecef';

/** `primaryStrong` -> `--c-primary-strong`. */
const cssName = (token: string) => `--c-${token.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/**
 * The palette as CSS variables: light by default, dark when the system prefers it (unless the reader
 * chose light), and dark when the reader chose it. src/styles/global.css receives this at its marker.
 */
export function paletteCss(): string {
  const variables = (theme: keyof typeof palette, indent: string) =>
    Object.entries(palette[theme])
      .map(([token, value]) => `${indent}${cssName(token)}: ${value};`)
      .join('\n');
  return [
    `:root {\n  color-scheme: light;\n${variables('light', '  ')}\n}`,
    `@media (prefers-color-scheme: dark) {\n  :root:not([data-theme='light']) {\n    color-scheme: dark;\n${variables('dark', '    ')}\n  }\n}`,
    `:root[data-theme='dark'] {\n  color-scheme: dark;\n${variables('dark', '  ')}\n}`,
  ].join('\n\n');
}

/** The site's icon: the sun rising over the horizon on a teal tile (`rounded` for the favicon). */
export function iconSvg({ rounded }: { rounded: boolean }): string {
  const { primary, canvas } = palette.light;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32"${rounded ? ' rx="7"' : ''} fill="${primary}"/><circle cx="16" cy="19" r="7" fill="${sun}"/><path d="M16 5v4M7 9.5l2.5 2.5M25 9.5L22.5 12" stroke="${sun}" stroke-width="2" stroke-linecap="round"/><rect x="3" y="21" width="26" height="8" fill="${primary}"/><path d="M6 23.5h20M10 27h12" stroke="${canvas}" stroke-width="2" stroke-linecap="round"/></svg>`;
}
