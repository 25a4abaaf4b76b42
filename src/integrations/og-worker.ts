/** Worker thread: draws one preview card per message (satori lays out text, sharp makes the PNG). */
import { readFileSync, writeFileSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
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
    // Plain PNG: palette quantisation would save ~40 KB a card but costs 5x the time.
    writeFileSync(out, await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer());
  };
}

if (!isMainThread) {
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
