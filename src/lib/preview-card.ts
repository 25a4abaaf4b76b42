/**
 * The 1200x630 preview card for shared links, as the element tree satori draws.
 * Pure data: the same inputs always give the same card (the image cache relies on it).
 */
import { bandText, palette, sun as sunColor } from '../brand.ts';

const { primary, ink, canvas, accentSoft } = palette.light;

export interface OgCardInput {
  title: string;
  /** Small label above the title, e.g. the topic; empty for site pages. */
  eyebrow: string;
  brand: string;
  /** The site's host name, e.g. sunshine-infusion.com. */
  domain: string;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

interface Node {
  type: string;
  props: { style: Record<string, string | number>; children?: Array<Node | string> | string };
}

const el = (type: string, style: Node['props']['style'], children?: Node['props']['children']): Node => ({ type, props: { style, children } });

/** Long titles step down in size so they always fit in three lines. */
export function titleSize(title: string): number {
  if (title.length <= 45) return 72;
  if (title.length <= 70) return 62;
  if (title.length <= 95) return 54;
  return 46;
}

/** Height of the brand band at the bottom; the text block is centred in the space above it. */
export const OG_BAND_HEIGHT = 110;

/** The eyebrow and title, laid out in the space above the band. */
function textBlock({ title, eyebrow }: Pick<OgCardInput, 'title' | 'eyebrow'>): Node {
  return el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', padding: '56px 300px 40px 72px' }, [
    el(
      'div',
      { display: 'flex', fontSize: 28, fontWeight: 600, color: primary, letterSpacing: 2, textTransform: 'uppercase', marginBottom: 24 },
      eyebrow || ' ',
    ),
    el('div', { display: 'flex', fontFamily: 'Source Serif', fontWeight: 600, fontSize: titleSize(title), lineHeight: 1.12 }, title),
  ]);
}

/** Everything but the text block: the same for every card of a site, so it is drawn once. */
export function ogBackground({ brand, domain }: Pick<OgCardInput, 'brand' | 'domain'>): Node {
  return ogCard({ title: '', eyebrow: '', brand, domain }, false);
}

/** Only the text block, on a transparent canvas the size of the space above the band. */
export function ogTextLayer(input: Pick<OgCardInput, 'title' | 'eyebrow'>): Node {
  // The same nesting as in the whole card, so the text wraps and centres exactly the same way.
  return el('div', { width: OG_WIDTH, height: OG_HEIGHT - OG_BAND_HEIGHT, display: 'flex', flexDirection: 'column', fontFamily: 'Inter', color: ink }, [
    textBlock(input),
  ]);
}

/** The whole card in one tree: the reference the layered drawing is tested against. */
export function ogCard({ title, eyebrow, brand, domain }: OgCardInput, withText = true): Node {
  const sun = el('div', { position: 'absolute', right: -120, top: -120, width: 420, height: 420, borderRadius: 210, background: sunColor, opacity: 0.9 });
  const halo = el('div', { position: 'absolute', right: -190, top: -190, width: 560, height: 560, borderRadius: 280, background: accentSoft });
  return el(
    'div',
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      position: 'relative',
      background: canvas,
      fontFamily: 'Inter',
      color: ink,
    },
    [
      halo,
      sun,
      withText ? textBlock({ title, eyebrow }) : el('div', { display: 'flex', flexGrow: 1 }),
      el(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          height: OG_BAND_HEIGHT,
          padding: '0 72px',
          background: primary,
          color: palette.light.onPrimary,
          fontSize: 30,
        },
        [
          el('div', { display: 'flex', alignItems: 'center' }, [
            el('div', { display: 'flex', width: 40, height: 40, borderRadius: 20, background: sunColor, marginRight: 18 }),
            el('div', { display: 'flex', fontFamily: 'Source Serif', fontWeight: 600, fontSize: 34 }, brand),
          ]),
          el('div', { display: 'flex', fontSize: 26, color: bandText }, domain),
        ],
      ),
    ],
  );
}
