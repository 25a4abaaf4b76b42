/** What the checker takes and gives: the checked posts, people and topics, and every problem. */
import { type PostData, type SitePageData } from '../schemas.ts';
import { type LanguageRules } from '../editorial-checks.ts';
import { type Lang } from '../../i18n/locales.ts';
import { type MarkdownFacts } from '../markdown-facts.ts';
import type { ContentProblem, ReadEntry } from '../content-files.ts';
import type { PlainLabel, ReadingLevel, ReadingTargets } from '../reading-level/index.ts';

export type { ReadingTargets };

export interface CheckedPost {
  id: string;
  file: string;
  data: PostData;
  body: string;
  /** The line of the file the body starts on. */
  bodyFirstLine: number;
  /** Facts read from the body's syntax tree. */
  facts: MarkdownFacts;
  /** What the file says, before validation: the collections validate this same object. */
  raw: unknown;
  /** 'draft' or 'scheduled' when a production build leaves the post out. */
  skipped?: 'draft' | 'scheduled';
  /** How hard it reads (when the rules set reading targets), for the build summary. */
  reading?: { level: ReadingLevel; label?: PlainLabel };
}

/** A site page (content/pages) that passed the check: its address is `/<id>/`. */
export interface CheckedSitePage {
  id: string;
  file: string;
  data: SitePageData;
  body: string;
  facts: MarkdownFacts;
  raw: unknown;
  skipped?: 'draft';
}

/** An author or topic that passed the check. */
export interface CheckedData {
  id: string;
  file: string;
  raw: unknown;
  /** The file's text, as read. */
  text: string;
}

export interface ContentCheckInput {
  /** Every content file, read once (readContent), and the problems found reading them. */
  entries: readonly ReadEntry[];
  readProblems?: readonly ContentProblem[];
  /** Whether a path relative to the project root exists (used for images). */
  fileExists: (path: string) => boolean;
  now: Date;
  /** Editorial rules (src/editorial.config.ts); leave out to skip those checks. */
  editorial?: EditorialRules;
  /** The site's pages and MDX setup; leave out to skip link and MDX checks. */
  site?: SiteRoutes;
  /** Characters of a text the preview card cannot draw (no font, no emoji picture); leave out to skip. */
  undrawableOnCard?: (text: string) => string[];
}

/** What the build will produce, for checking links and MDX without rendering anything. */
export interface SiteRoutes {
  /** Paths of the fixed pages in src/pages, e.g. `/`, `/about/`. */
  staticPages: readonly string[];
  /** Files in public/ as paths, e.g. `/favicon.svg`. */
  publicFiles: readonly string[];
  /** Components every MDX post may use without importing them. */
  providedComponents: readonly string[];
  /** Compiles MDX, throwing `line:column: message` on a syntax error. */
  compileMdx: (source: string) => void;
  /** Whether a package an MDX file imports is installed. */
  packageExists: (name: string) => boolean;
}

export interface EditorialRules {
  /** Claims, safe-messaging and method rules of each language; a post is read with its own. */
  languages: Record<Lang, LanguageRules>;
  /** Reviews older than this many months are listed as warnings. */
  reviewMaxAgeMonths: number;
  /** The site's name, which follows every page title in search results (" | name"). */
  siteName?: string;
  /** Reading-level targets per language; an article above its target is listed as a warning. */
  readingTargets?: ReadingTargets;
}

export interface ContentCheckResult {
  problems: ContentProblem[];
  posts: CheckedPost[];
  pages: CheckedSitePage[];
  authors: CheckedData[];
  topics: CheckedData[];
  /** Display names of the valid topics, by id (English). */
  topicNames: Map<string, string>;
  /** A topic's name in a language (its English name where it has none). */
  topicNameIn: (id: string, lang: Lang) => string | undefined;
  errorCount: number;
  warningCount: number;
}

// Images and references are checked by hand below, with messages that name the missing thing.
