/**
 * Preview cards for shared links, drawn once per change: each card is cached under a hash of
 * its inputs and of the drawing code, so an unchanged article costs nothing on the next build.
 * Drawing starts as soon as the content check knows the cards, in low-priority worker threads
 * that use whatever CPU Astro's own work leaves idle. Fonts come from npm
 * packages, never the network.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OgCardInput } from '../lib/og-card.ts';
import type { PublishedPostSummary } from '../lib/content-report.ts';
import type { SiteConfig } from '../lib/site-config.ts';
import { cardDrawer, type FontFile } from './og-worker.ts';
import { parseUnicodeRange, undrawableCharacters } from '../lib/og-glyphs.ts';
import { previewImageUrl } from '../lib/routes.ts';
import { LANGS } from '../i18n/locales.ts';

export interface OgJob {
  /** Output name without extension: the post slug, or `default`. */
  name: string;
  card: OgCardInput;
}

export interface OgResult {
  total: number;
  rendered: number;
  /** How long the end of the build waited for the cards (drawing mostly overlaps the pages). */
  waitedSeconds: number;
}

export interface OgBatch {
  /** Waits for every card, then copies them to `outDir` as `<name>.png`. */
  finish(outDir: string): Promise<OgResult>;
}

type KeyedJob = OgJob & { cached: string };

// A card takes ~10 ms; starting a worker takes longer than a few dozen cards, so small batches
// are drawn on the main thread at the end and large ones in workers from the start.
const WORKER_THRESHOLD = 60;

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

/** Each job with the cache file its card is drawn to (named by its words and the drawing code). */
function keyJobs(jobs: readonly OgJob[], root: string, cacheDir: string): { keyed: KeyedJob[]; fonts: FontFile[] } {
  const fonts = cardFonts(root);
  // The drawing code is part of the key: changing the design redraws every card.
  const codeHash = createHash('sha256')
    .update(readFileSync(join(root, 'src/lib/og-card.ts')))
    .update(readFileSync(join(root, 'src/integrations/og-worker.ts')))
    .update(readFileSync(join(root, 'src/lib/og-glyphs.ts')))
    .update(fonts.map((font) => font.path).join())
    .digest('hex');
  const cache = join(cacheDir, 'og');
  mkdirSync(cache, { recursive: true });

  const keyed: KeyedJob[] = jobs.map((job) => ({
    ...job,
    cached: join(cache, `${createHash('sha256').update(codeHash).update(JSON.stringify(job.card)).digest('hex').slice(0, 32)}.png`),
  }));
  return { keyed, fonts };
}

/** One card per published post, plus the site's default card. */
export function previewCardJobs(posts: readonly PublishedPostSummary[], site: SiteConfig): OgJob[] {
  const domain = new URL(site.url).host;
  return [
    // One site card per language, for pages that have no card of their own.
    ...LANGS.map((lang) => ({
      name: previewImageUrl(undefined, lang).replace(/^\/og\/|\.png$/g, ''),
      card: { title: site.copy[lang].tagline, eyebrow: site.address.city, brand: site.name, domain },
    })),
    ...posts.map((post) => ({ name: post.id, card: { title: post.title, eyebrow: post.topicName, brand: site.name, domain } })),
  ];
}

/** Present while this process draws cards in the background. */
const drawingMarker = (cacheDir: string) => join(cacheDir, 'og', `drawing-${process.pid}`);

/**
 * Starts drawing a large batch of new cards in worker threads and returns at once. The content
 * loader calls it the moment the check knows the cards, so drawing overlaps all of Astro's work;
 * placePreviewCards waits for it at the end. Small batches are left to placePreviewCards.
 */
export function drawPreviewCardsEarly(jobs: readonly OgJob[], root: string, cacheDir: string): void {
  const { keyed, fonts } = keyJobs(jobs, root, cacheDir);
  const queue = keyed.filter((job) => !existsSync(job.cached));
  if (queue.length < WORKER_THRESHOLD) return;
  // A marker left by a build that was stopped (another process) would never be removed: drop it.
  for (const stale of readdirSync(join(cacheDir, 'og')).filter((name) => name.startsWith('drawing-'))) rmSync(join(cacheDir, 'og', stale), { force: true });
  const marker = drawingMarker(cacheDir);
  writeFileSync(marker, '');
  const workerFile = join(root, 'src/integrations/og-worker.ts');
  // A card a dying thread left undrawn is drawn (and its error reported) by placePreviewCards.
  const workers = Array.from({ length: workerCount(queue.length) }, () => drainInWorker(queue, fonts, workerFile, [], cardEmojiDir(root)));
  void Promise.allSettled(workers).then(() => rmSync(marker, { force: true }));
}

/** Waits for the cards drawn early, draws any still missing, and places them in `outDir`. */
export async function placePreviewCards(jobs: readonly OgJob[], root: string, cacheDir: string, outDir: string): Promise<OgResult> {
  const started = performance.now();
  while (existsSync(drawingMarker(cacheDir))) await new Promise((resolve) => setTimeout(resolve, 20));
  const result = await startOgImages(jobs, root, cacheDir).finish(outDir);
  return { ...result, waitedSeconds: (performance.now() - started) / 1000 };
}

export function startOgImages(jobs: readonly OgJob[], root: string, cacheDir: string): OgBatch {
  const { keyed, fonts } = keyJobs(jobs, root, cacheDir);
  const missing = keyed.filter((job) => !existsSync(job.cached));
  const queue = [...missing];
  const errors: string[] = [];
  const workers: Array<Promise<void>> = [];
  const workerFile = join(root, 'src/integrations/og-worker.ts');
  const addWorker = () => workers.push(drainInWorker(queue, fonts, workerFile, errors, cardEmojiDir(root)));
  // Workers run at the lowest priority, so they can use every core from the start.
  if (missing.length >= WORKER_THRESHOLD) for (let i = 0; i < workerCount(missing.length); i++) addWorker();

  return {
    async finish(outDir) {
      const started = performance.now();
      await Promise.all(workers);
      // Small batches (no workers), and any cards a dying thread left, are drawn here.
      if (queue.length > 0) {
        const draw = cardDrawer(fonts, cardEmojiDir(root));
        for (const job of queue.splice(0)) await draw(job.card, job.cached);
      }
      if (errors.length) throw new Error(`Could not draw ${errors.length} preview image(s):\n  ${errors.join('\n  ')}`);
      mkdirSync(outDir, { recursive: true });
      for (const job of keyed) placeFile(job.cached, join(outDir, `${job.name}.png`));
      return { total: jobs.length, rendered: missing.length, waitedSeconds: (performance.now() - started) / 1000 };
    },
  };
}

const workerCount = (jobs: number) => Math.max(1, Math.min(availableParallelism(), 4, jobs));

/** One worker thread taking cards from the shared queue until it is empty or the thread dies. */
async function drainInWorker(queue: KeyedJob[], fonts: FontFile[], workerFile: string, errors: string[], emojiDir: string): Promise<void> {
  const worker = new Worker(workerFile, { workerData: { fonts, emojiDir } });
  let pending: ((reply: { error?: string }) => void) | undefined;
  let dead = false;
  const stop = (why: string) => {
    dead = true;
    pending?.({ error: why });
  };
  worker.on('message', (reply: { error?: string }) => pending?.(reply));
  worker.on('error', (error) => stop(error.message));
  worker.on('exit', () => stop('the drawing thread stopped'));
  try {
    for (let job = queue.shift(); job && !dead; job = dead ? undefined : queue.shift()) {
      const card = job;
      const reply = await new Promise<{ error?: string }>((resolve) => {
        pending = resolve;
        worker.postMessage({ card: card.card, out: card.cached });
      });
      if (reply.error) errors.push(`${card.name}: ${reply.error}`);
    }
  } finally {
    await worker.terminate();
  }
}

/** A hard link costs far less than a copy; copy when the cache is on another file system. */
function placeFile(from: string, to: string): void {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
