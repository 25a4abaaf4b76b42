/**
 * Puts the brand palette (src/brand.ts) into the stylesheet as CSS variables, where
 * src/styles/global.css has its marker, before Tailwind reads the file.
 */
import type { Plugin } from 'vite';
import { paletteCss } from '../brand.ts';

export const PALETTE_MARKER = '/* brand palette: src/brand.ts */';

export function brandTokens(): Plugin {
  return {
    name: 'sunshine:brand-tokens',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('/src/styles/global.css')) return undefined;
      if (!code.includes(PALETTE_MARKER)) throw new Error(`src/styles/global.css lost its marker ${PALETTE_MARKER}: the colours would be missing`);
      return { code: code.replace(PALETTE_MARKER, paletteCss()), map: null };
    },
  };
}
