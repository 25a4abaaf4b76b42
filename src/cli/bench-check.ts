/** `npm run bench:check -- [N]`: times the content check on N synthetic posts (default 1,000). Prints figures. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContentFolder, describeCheck } from '../loaders/content-pipeline.ts';
import { writeSyntheticContent } from './synthetic-content.ts';
import { readingLevel } from '../lib/reading-level/index.ts';

const count = Number(process.argv[2] ?? 1000);
const root = mkdtempSync(join(tmpdir(), 'bench-check-'));
try {
  writeSyntheticContent(root, count, process.cwd());
  const started = performance.now();
  const result = checkContentFolder(root, { now: new Date('2026-11-27T00:00:00Z') });
  const seconds = (performance.now() - started) / 1000;
  const { errors, warnings } = describeCheck(result);
  console.log(`content check: ${count} posts in ${seconds.toFixed(2)} s (${errors.length} errors, ${warnings.length} warnings)`);
  if (errors.length) console.log(errors.slice(0, 5).join('\n'));
  // The reading level's share, measured again on its own (the first pass above already counted the words).
  const levelStarted = performance.now();
  for (const post of result.posts) readingLevel(post.facts.blocks, post.data.lang);
  console.log(`  of which reading levels, measured again on their own: ${((performance.now() - levelStarted) / 1000).toFixed(2)} s`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
