import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bandText, iconSvg, palette, paletteCss } from '../../src/brand.ts';
import { brandTokens, PALETTE_MARKER } from '../../src/integrations/brand-tokens.ts';

const root = process.cwd();
const files = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

describe('one list of brand colours', () => {
  const brandColours = new Set([...Object.values(palette.light), ...Object.values(palette.dark), bandText].map((colour) => colour.toLowerCase()));

  it('no brand colour is written anywhere but src/brand.ts', () => {
    const copies = [...files(join(root, 'src')), ...files(join(root, 'public'))]
      .filter((file) => /\.(ts|astro|css|svg|webmanifest|json)$/.test(file) && !file.endsWith(join('src', 'brand.ts')))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/#[0-9a-f]{6}\b/gi)]
          .filter(([hex]) => brandColours.has(hex.toLowerCase()))
          .map(([hex]) => `${relative(root, file)}: ${hex}`),
      );
    expect(copies).toEqual([]);
  });

  it('the stylesheet receives every colour of both themes at its marker', () => {
    const plugin = brandTokens();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | undefined;
    const css = transform(`a {}\n${PALETTE_MARKER}\n`, `${root}/src/styles/global.css`)!.code;
    expect(css).toBe(`a {}\n${paletteCss()}\n`);
    expect(css).toContain(`--c-primary-strong: ${palette.light.primaryStrong};`);
    expect(css.match(/--c-canvas:/g)).toHaveLength(3);
    expect(() => transform('a {}', `${root}/src/styles/global.css`)).toThrow(/lost its marker/);
    expect(readFileSync(join(root, 'src/styles/global.css'), 'utf8')).toContain(PALETTE_MARKER);
  });

  it('the icon is drawn in the brand colours', () => {
    expect(iconSvg({ rounded: true })).toContain(`fill="${palette.light.primary}"`);
    expect(iconSvg({ rounded: true })).toContain(`fill="${palette.light.accent}"`);
  });
});
