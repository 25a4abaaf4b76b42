/**
 * An article's list of changes ("What changed"): newest first for readers, and the correction a
 * reader should see at the top while it is recent. Pure: the build's clock is passed in.
 */
import type { ChangeKind } from './schemas.ts';

export interface ArticleChange {
  date: Date;
  kind: ChangeKind;
  summary: string;
}

/** How long a correction is also noted at the top of its article. */
export const CORRECTION_NOTICE_DAYS = 30;

export const newestFirst = (changes: readonly ArticleChange[]): ArticleChange[] => [...changes].sort((a, b) => b.date.getTime() - a.date.getTime());

/** The newest correction made within the last CORRECTION_NOTICE_DAYS days before `now`, if any. */
export function recentCorrection(changes: readonly ArticleChange[], now: Date): ArticleChange | undefined {
  const since = now.getTime() - CORRECTION_NOTICE_DAYS * 24 * 60 * 60 * 1000;
  return newestFirst(changes).find((change) => change.kind === 'correction' && change.date.getTime() >= since && change.date.getTime() <= now.getTime());
}
