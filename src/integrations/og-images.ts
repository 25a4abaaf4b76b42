/**
 * Preview cards for shared links, drawn once per change: each card is cached under a hash of
 * its inputs and of the drawing code, so an unchanged article costs nothing on the next build.
 * New cards are drawn in parallel worker threads. Fonts come from npm packages, never the network.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OgCardInput } from '../lib/og-card.ts';
import { cardDrawer, type FontFile } from './og-worker.ts';

export interface OgJob {
  /** Output name without extension: the post slug, or `default`. */
  name: string;
  card: OgCardInput;
}

export interface OgResult {
  total: number;
  rendered: number;
  seconds: number;
}

export async function renderOgImages(jobs: readonly OgJob[], root: string, outDir: string, cacheDir: string): Promise<OgResult> {
  const started = performance.now();
  const fonts = [
    { name: 'Source Serif', weight: 600 as const, path: join(root, 'node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff') },
    { name: 'Inter', weight: 500 as const, path: join(root, 'node_modules/@fontsource/inter/files/inter-latin-500-normal.woff') },
    { name: 'Inter', weight: 600 as const, path: join(root, 'node_modules/@fontsource/inter/files/inter-latin-600-normal.woff') },
  ];
  // The drawing code is part of the key: changing the design redraws every card.
  const codeHash = createHash('sha256')
    .update(readFileSync(join(root, 'src/lib/og-card.ts')))
    .update(readFileSync(join(root, 'src/integrations/og-worker.ts')))
    .update(fonts.map((font) => font.path).join())
    .digest('hex');
  const cache = join(cacheDir, 'og');
  mkdirSync(cache, { recursive: true });
  mkdirSync(outDir, { recursive: true });

  const keyed = jobs.map((job) => ({
    ...job,
    cached: join(cache, `${createHash('sha256').update(codeHash).update(JSON.stringify(job.card)).digest('hex').slice(0, 32)}.png`),
  }));
  const missing = keyed.filter((job) => !existsSync(job.cached));
  // A card takes ~20 ms; starting a worker takes longer than a few dozen cards, so small
  // batches are drawn right here and large ones are spread over the cores.
  if (missing.length > 0 && missing.length < 60) {
    const draw = cardDrawer(fonts);
    for (const job of missing) await draw(job.card, job.cached);
  } else if (missing.length > 0) {
    await drawInWorkers(missing, fonts, join(root, 'src/integrations/og-worker.ts'));
  }
  for (const job of keyed) copyFileSync(job.cached, join(outDir, `${job.name}.png`));
  return { total: jobs.length, rendered: missing.length, seconds: (performance.now() - started) / 1000 };
}

async function drawInWorkers(
  jobs: ReadonlyArray<OgJob & { cached: string }>,
  fonts: FontFile[],
  workerFile: string,
): Promise<void> {
  const count = Math.max(1, Math.min(availableParallelism(), jobs.length, 4));
  const queue = [...jobs.entries()];
  const errors: string[] = [];
  await Promise.all(
    Array.from({ length: count }, async () => {
      const worker = new Worker(workerFile, { workerData: { fonts } });
      const pending = new Map<number, (reply: { error?: string }) => void>();
      worker.on('message', (reply: { id: number; error?: string }) => pending.get(reply.id)?.(reply));
      worker.on('error', (error) => pending.forEach((resolve) => resolve({ error: error.message })));
      try {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const [id, job] = next;
          const reply = await new Promise<{ error?: string }>((resolve) => {
            pending.set(id, resolve);
            worker.postMessage({ id, card: job.card, out: job.cached });
          });
          pending.delete(id);
          if (reply.error) errors.push(`${job.name}: ${reply.error}`);
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  if (errors.length) throw new Error(`Could not draw ${errors.length} preview image(s):\n  ${errors.join('\n  ')}`);
}
