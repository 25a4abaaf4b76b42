/**
 * What preview cards are drawn with: fonts from npm packages (never the network) and Twemoji's
 * pictures for emoji; and, from the same files, which characters of a title no card can draw (the
 * content check warns about those before a card shows an empty box).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseUnicodeRange, undrawableCharacters } from './preview-card-glyphs.ts';

export interface FontFile {
  name: string;
  path: string;
  weight: 500 | 600;
}

/** The card's fonts, from npm packages (never the network). */
export function cardFonts(root: string): FontFile[] {
  return [
    { name: 'Source Serif', weight: 600, path: join(root, 'node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff') },
    { name: 'Inter', weight: 500, path: join(root, 'node_modules/@fontsource/inter/files/inter-latin-500-normal.woff') },
    { name: 'Inter', weight: 600, path: join(root, 'node_modules/@fontsource/inter/files/inter-latin-600-normal.woff') },
  ];
}

/** Twemoji's pictures (CC-BY 4.0), drawn in place of emoji on the cards. */
export const cardEmojiDir = (root: string) => join(root, 'node_modules/@twemoji/svg');

/** The Unicode ranges each card font covers, from its Fontsource stylesheet. */
export function cardFontRanges(root: string): Array<Array<[number, number]>> {
  return cardFonts(root).map((font) => {
    const file = font.path
      .split('/')
      .pop()!
      .replace(/\.woff2?$/, '');
    const css = readFileSync(join(font.path, '../..', `${font.weight}.css`), 'utf8');
    const block = css.split('@font-face').find((face) => face.includes(`${file}.woff2`));
    const range = block && /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!range) throw new Error(`No unicode-range for ${file} in ${font.weight}.css`);
    return parseUnicodeRange(range);
  });
}

/** This project's folder, where the card fonts and emoji are installed (content may live elsewhere). */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Characters of a card's words that neither its fonts nor the emoji pictures can draw. */
export function cardGlyphChecker(root: string = PROJECT_ROOT): (text: string) => string[] {
  const ranges = cardFontRanges(root);
  const emojiDir = cardEmojiDir(root);
  return (text) => undrawableCharacters(text, ranges, (name) => existsSync(join(emojiDir, `${name}.svg`)));
}
