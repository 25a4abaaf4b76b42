import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cardEmojiDir, cardFonts, cardGlyphChecker } from '../../src/lib/preview-card-fonts.ts';
import { cardDrawer } from '../../src/integrations/preview-card-worker.ts';
import { OG_HEIGHT, OG_WIDTH, ogCard, type OgCardInput } from '../../src/lib/preview-card.ts';
import { twemojiName } from '../../src/lib/preview-card-glyphs.ts';

const fontFiles = cardFonts(process.cwd());
const out = mkdtempSync(join(tmpdir(), 'og-card-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The card drawn in one pass from the whole tree: the reference picture. */
async function drawnWhole(card: OgCardInput): Promise<Buffer> {
  const fonts = fontFiles.map((font) => ({ name: font.name, weight: font.weight, style: 'normal' as const, data: readFileSync(font.path) }));
  const svg = await satori(ogCard(card) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  return sharp(new Resvg(svg).render().pixels, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 4 } })
    .removeAlpha()
    .raw()
    .toBuffer();
}

describe('preview card drawing', () => {
  const draw = cardDrawer(fontFiles);
  const cards: OgCardInput[] = [
    {
      title: 'After the infusion: aftercare and integration',
      eyebrow: 'Getting treatment',
      brand: 'Sunshine Infusion',
      domain: 'sunshine-infusion.example.com',
    },
    // Long enough to wrap into three lines and reach the sun in the corner.
    {
      title: 'Ketamine, esketamine and the long road through treatment-resistant depression: what the trials measured',
      eyebrow: '',
      brand: 'Sunshine Infusion',
      domain: 'example.com',
    },
  ];

  it.each(cards.map((card, index) => [index, card] as const))('draws card %i exactly like the whole card drawn in one pass', async (index, card) => {
    const file = join(out, `${index}.png`);
    await draw(card, file);
    const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
    const reference = await drawnWhole(card);
    let largest = 0;
    let total = 0;
    for (let i = 0; i < data.length; i++) {
      const difference = Math.abs(data[i]! - reference[i]!);
      largest = Math.max(largest, difference);
      total += difference;
    }
    // Only rounding in the anti-aliased edges of letters may differ.
    expect(largest).toBeLessThanOrEqual(2);
    expect(total / data.length).toBeLessThan(0.01);
  });
});

describe('preview cards in Spanish and with emoji', () => {
  const card = (title: string): OgCardInput => ({ title, eyebrow: 'Cómo actúa', brand: 'Sunshine Infusion', domain: 'example.com' });
  /** Pixels of the text area that have the warm yellow of Twemoji's faces (#ffcc4d), which nothing else on a card uses. */
  async function emojiYellowPixels(file: string): Promise<number> {
    const { data } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    let count = 0;
    for (let y = 0; y < OG_HEIGHT - 110; y++) {
      for (let x = 0; x < 880; x++) {
        const i = (y * OG_WIDTH + x) * 3;
        if (Math.abs(data[i]! - 255) < 12 && Math.abs(data[i + 1]! - 204) < 12 && Math.abs(data[i + 2]! - 77) < 14) count++;
      }
    }
    return count;
  }

  it('draws an emoji as its picture, where a card without emoji pictures draws none', async () => {
    const title = '¿Qué se siente? ¡Una guía honesta! 😊';
    await cardDrawer(fontFiles, cardEmojiDir(process.cwd()))(card(title), join(out, 'emoji.png'));
    await cardDrawer(fontFiles)(card(title), join(out, 'no-emoji.png'));
    expect(await emojiYellowPixels(join(out, 'emoji.png'))).toBeGreaterThan(400);
    expect(await emojiYellowPixels(join(out, 'no-emoji.png'))).toBe(0);
  });

  it('names Twemoji files as Twemoji does', () => {
    expect(twemojiName('😊')).toBe('1f60a');
    expect(twemojiName('❤️')).toBe('2764');
    expect(twemojiName('👩‍⚕️')).toBe('1f469-200d-2695-fe0f');
  });

  it('can draw Spanish accents, ¿ and ¡, and emoji; names what it cannot draw', () => {
    const undrawable = cardGlyphChecker(process.cwd());
    expect(undrawable('¿Qué es la ketamina? ¡Ñandú, acción, pingüino! 😊 👩‍⚕️ ❤️')).toEqual([]);
    expect(undrawable('Ketamine 氯胺酮 and Кетамин')).toEqual(['氯', '胺', '酮', 'К', 'е', 'т', 'а', 'м', 'и', 'н']);
  });
});
