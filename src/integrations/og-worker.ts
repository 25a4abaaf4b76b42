/** Worker thread: draws one preview card per message (satori lays out text, resvg rasterises, sharp makes the PNG). */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH, ogCard, type OgCardInput } from '../lib/og-card.ts';

export interface FontFile {
  name: string;
  path: string;
  weight: 500 | 600;
}

/** A drawing function with its fonts loaded once. */
export function cardDrawer(fonts: readonly FontFile[]) {
  const loaded = fonts.map((font) => ({ name: font.name, data: readFileSync(font.path), weight: font.weight, style: 'normal' as const }));
  return async (card: OgCardInput, out: string) => {
    const svg = await satori(ogCard(card) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loaded });
    // satori turns text into paths, so resvg needs no fonts; it rasterises about twice as fast as
    // librsvg. sharp's PNG encoder is faster than resvg's; level 4 costs little size over 6.
    const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
      .png({ compressionLevel: 4 })
      .toBuffer();
    // Write then rename: a build stopped mid-write never leaves a broken card in the cache.
    writeFileSync(`${out}.${threadId}.tmp`, png);
    renameSync(`${out}.${threadId}.tmp`, out);
  };
}

if (!isMainThread) {
  // Lowest priority for this thread only (Linux nice values are per thread): drawing soaks up
  // idle CPU and never slows Astro's own work on the main thread.
  try {
    setPriority(19);
  } catch {
    // Some platforms refuse; the cards are then drawn at normal priority.
  }
  const draw = cardDrawer((workerData as { fonts: FontFile[] }).fonts);
  parentPort!.on('message', async (job: { id: number; card: OgCardInput; out: string }) => {
    try {
      await draw(job.card, job.out);
      parentPort!.postMessage({ id: job.id });
    } catch (error) {
      parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
