/**
 * Cache keys for Astro's incremental builds. A page is reused from the previous build only when
 * its key is unchanged, so the key must cover everything the page shows that Astro does not track
 * itself (Astro tracks the page's code and the content it renders, not the data of other entries
 * a page lists). Missing an input means a stale page; adding too much only means a re-render.
 */
import { createHash } from 'node:crypto';

/** The parts of a content entry that can change what a page shows. */
interface EntryLike {
  id: string;
  digest?: string | number;
  data: unknown;
  /** Where the file lives: the page's "Suggest an edit" link points at it. */
  filePath?: string;
}

const isEntry = (value: unknown): value is EntryLike => typeof value === 'object' && value !== null && 'id' in value && 'data' in value;

/**
 * A short hash of every input: content entries count by id, file, digest (the file's text) and
 * data (which holds resolved image URLs, so a replaced image changes the key too).
 */
export function pageCacheKey(inputs: readonly unknown[]): string {
  const json = JSON.stringify(inputs, (_key, value: unknown) =>
    isEntry(value) ? { id: value.id, digest: value.digest ?? null, filePath: value.filePath ?? null, data: value.data } : value,
  );
  return createHash('sha256').update(json).digest('base64url').slice(0, 22);
}
