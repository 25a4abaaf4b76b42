/** Worker thread: draws one preview card per message (satori lays out text, resvg rasterises, sharp makes the PNG). */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setPriority } from 'node:os';
import { isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { OG_BAND_HEIGHT, OG_HEIGHT, OG_WIDTH, ogBackground, ogTextLayer, type OgCardInput } from '../lib/preview-card.ts';
import { twemojiName } from '../lib/preview-card-glyphs.ts';
import type { FontFile } from '../lib/preview-card-fonts.ts';

/** A drawing function with its fonts loaded once; emoji come from Twemoji's pictures in `emojiDir`. */
export function cardDrawer(fonts: readonly FontFile[], emojiDir?: string) {
  const loaded = fonts.map((font) => ({ name: font.name, data: readFileSync(font.path), weight: font.weight, style: 'normal' as const }));
  // satori asks for what its fonts lack: an emoji becomes its picture; other scripts have no font here
  // (the content check names those characters before a card is drawn).
  const loadAdditionalAsset = async (code: string, segment: string) => {
    const file = emojiDir && code === 'emoji' ? join(emojiDir, `${twemojiName(segment)}.svg`) : undefined;
    return file && existsSync(file) ? `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}` : [];
  };
  // satori turns text into paths, so resvg needs no fonts of its own.
  const rasterise = async (tree: unknown, width: number, height: number) =>
    new Resvg(await satori(tree as never, { width, height, fonts: loaded, loadAdditionalAsset }), { font: { loadSystemFonts: false } }).render().pixels;
  // Drawing only the text on each card and laying it over a background drawn once costs about
  // 40% less than drawing every card whole; a test checks both give the same picture.
  const backgrounds = new Map<string, Promise<Buffer>>();
  return async (card: OgCardInput, out: string) => {
    const backgroundKey = JSON.stringify([card.brand, card.domain]);
    let background = backgrounds.get(backgroundKey);
    if (!background) backgrounds.set(backgroundKey, (background = rasterise(ogBackground(card), OG_WIDTH, OG_HEIGHT).then(toRgb)));
    const pixels = Buffer.from(await background);
    blendOver(pixels, await rasterise(ogTextLayer(card), OG_WIDTH, OG_HEIGHT - OG_BAND_HEIGHT));
    // An opaque card needs no alpha channel, which also halves sharp's PNG encoding time.
    const png = await sharp(pixels, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3 } })
      .png({ compressionLevel: 4 })
      .toBuffer();
    // Write then rename: a build stopped mid-write never leaves a broken card in the cache.
    writeFileSync(`${out}.${threadId}.tmp`, png);
    renameSync(`${out}.${threadId}.tmp`, out);
  };
}

/** RGB from resvg's opaque RGBA (premultiplied, which for opaque pixels is the same). */
function toRgb(rgba: Buffer): Buffer {
  const rgb = Buffer.allocUnsafe((rgba.length / 4) * 3);
  for (let from = 0, to = 0; from < rgba.length; from += 4, to += 3) {
    rgb[to] = rgba[from]!;
    rgb[to + 1] = rgba[from + 1]!;
    rgb[to + 2] = rgba[from + 2]!;
  }
  return rgb;
}

/** Lays premultiplied RGBA (from the top-left corner) over opaque RGB, in place. */
export function blendOver(rgb: Buffer, layer: Buffer): void {
  for (let from = 0, to = 0; from < layer.length; from += 4, to += 3) {
    const alpha = layer[from + 3]!;
    if (alpha === 0) continue;
    const keep = 255 - alpha;
    rgb[to] = layer[from]! + Math.round((rgb[to]! * keep) / 255);
    rgb[to + 1] = layer[from + 1]! + Math.round((rgb[to + 1]! * keep) / 255);
    rgb[to + 2] = layer[from + 2]! + Math.round((rgb[to + 2]! * keep) / 255);
  }
}

if (!isMainThread) {
  // Lowest priority for this thread only (Linux nice values are per thread): drawing soaks up
  // idle CPU and never slows Astro's own work on the main thread.
  try {
    setPriority(19);
  } catch {
    // Some platforms refuse; the cards are then drawn at normal priority.
  }
  const { fonts, emojiDir } = workerData as { fonts: FontFile[]; emojiDir: string };
  const draw = cardDrawer(fonts, emojiDir);
  parentPort!.on('message', async (job: { card: OgCardInput; out: string }) => {
    try {
      await draw(job.card, job.out);
      parentPort!.postMessage({});
    } catch (error) {
      parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  });
}
