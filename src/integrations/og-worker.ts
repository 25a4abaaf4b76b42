/** Worker thread: draws one preview card per message (satori lays out text, sharp makes the PNG). */
import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import satori from 'satori';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH, ogCard, type OgCardInput } from '../lib/og-card.ts';

const { fonts } = workerData as { fonts: Array<{ name: string; path: string; weight: 500 | 600 }> };
const loaded = fonts.map((font) => ({ name: font.name, data: readFileSync(font.path), weight: font.weight, style: 'normal' as const }));

parentPort!.on('message', async (job: { id: number; card: OgCardInput; out: string }) => {
  try {
    const svg = await satori(ogCard(job.card) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loaded });
    writeFileSync(job.out, await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer());
    parentPort!.postMessage({ id: job.id });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
