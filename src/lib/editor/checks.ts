/**
 * What the browser editor checks before it saves an article: the post schema and the citation
 * rule, in the checker's own words. It runs in the browser (bundled into /admin/editor.js) and in
 * the unit tests; the full check still runs on every change that reaches the repository.
 */
import { z } from 'astro/zod';
import { createAuthorSchema, createPostSchema, parseContentDate, SitePageSchema, TopicSchema } from '../schemas.ts';
import { isoDay } from '../format.ts';
import { findMarkers, unknownCitationMessage } from '../citations.ts';
import { formatIssues, knownKeysOf, type FieldProblem } from '../issues.ts';

const postSchema = createPostSchema({
  image: () => z.string(),
  // In the editor people and topics are picked from a list: a missing one is said that way.
  authorReference: () => z.string({ error: 'pick a person from the list' }),
  topicReference: () => z.string({ error: 'pick a topic from the list' }),
});

const authorSchema = createAuthorSchema({ image: () => z.string() });

type Value = unknown;

const isEmpty = (value: Value) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0);

function isRecord(value: Value): value is Record<string, Value> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * The editor writes a field staff cleared as an empty value (`updatedDate: ''`); the files keep
 * only what was filled in, as `new-post` writes them. Empty groups go too.
 */
export function tidyEditorEntry<T extends Value>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => tidyEditorEntry(item)).filter((item) => !isEmpty(item)) as T;
  if (!isRecord(value)) return typeof value === 'string' ? (value.trim() === '' ? ('' as T) : value) : value;
  const kept: Record<string, Value> = {};
  for (const [key, inner] of Object.entries(value)) {
    const tidied = tidyEditorEntry(inner);
    if (!isEmpty(tidied)) kept[key] = tidied;
  }
  return kept as T;
}

/**
 * Citations as staff wrote them: the editor's rich-text mode stores `[@key]` as `\[@key\]` (and an
 * underscore in a key as `\_`). The page renders either way, but the file and the review show the
 * backslashes, so they are taken out before saving. Other escapes are left alone.
 */
export const unescapeCitations = (body: string) => body.replace(/\\\[(@[^\]\n]*?)\\?\]/g, (_whole, inner: string) => `[${inner.replace(/\\([_*\\])/g, '$1')}]`);

/** Problems the editor can see in an article before saving, as `field  message` pairs. */
export function checkEditorEntry(data: Record<string, Value>, body: string): FieldProblem[] {
  const frontmatter = tidyEditorEntry(data);
  const problems: FieldProblem[] = [];
  const result = postSchema.safeParse(frontmatter);
  if (!result.success) problems.push(...formatIssues(result.error.issues, frontmatter, knownKeysOf(postSchema)));
  const references = Array.isArray(frontmatter.references) ? frontmatter.references : [];
  const known = new Set(references.map((ref) => (isRecord(ref) ? ref.id : undefined)));
  const reported = new Set<string>();
  for (const marker of findMarkers(unescapeCitations(body))) {
    for (const id of marker.ids) {
      if (known.has(id) || reported.has(id)) continue;
      reported.add(id);
      problems.push({ field: `[@${id}]`, message: unknownCitationMessage(id, 'editor') });
    }
  }
  return problems;
}

/** A person or a topic file, checked by its schema before saving. */
export function checkEditorFile(kind: 'authors' | 'topics' | 'pages', data: Record<string, Value>): FieldProblem[] {
  const schema = kind === 'authors' ? authorSchema : kind === 'topics' ? TopicSchema : SitePageSchema;
  const tidied = tidyEditorEntry(data);
  const result = schema.safeParse(tidied);
  return result.success ? [] : formatIssues(result.error.issues, tidied, knownKeysOf(schema));
}

/** Before publishing: the "Medically reviewed by" line must be true on the day it goes live. */
export function checkReadyToPublish(data: Record<string, Value>, today: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (isEmpty(data.reviewer)) {
    problems.push({ field: 'reviewer', message: 'empty - the clinician who reviewed the article picks their own name' });
  }
  if (isEmpty(data.reviewedDate)) {
    problems.push({ field: 'reviewedDate', message: 'empty - the clinician sets the day they approved the article' });
  } else {
    // Compared by calendar day, read as the checker reads dates: a review on the day of an update counts.
    const dayOf = (value: Value) => {
      const parsed = parseContentDate(String(value));
      return 'date' in parsed ? isoDay(parsed.date) : undefined;
    };
    const reviewed = dayOf(data.reviewedDate);
    const updated = isEmpty(data.updatedDate) ? undefined : dayOf(data.updatedDate);
    if (reviewed && reviewed > isoDay(today)) {
      problems.push({ field: 'reviewedDate', message: 'the review date is in the future - use the day the review was done' });
    } else if (reviewed && updated && reviewed < updated) {
      problems.push({ field: 'reviewedDate', message: 'the review is older than the last update - review the current text and set the day of that review' });
    }
  }
  return problems;
}

/**
 * One message staff read in the editor's notification, every problem on its own line and named as
 * the screen names it: `Sources › 2 › Year: ...`, `Lead image › Alt text: ...`. `labelOf` turns a
 * field path into those words (src/lib/editor/config.ts); a message that starts with the field's
 * own id does not repeat it.
 */
export function describeProblems(
  problems: readonly FieldProblem[],
  labelOf: (field: string) => string = (field) => field,
  wordsOf: (message: string) => string = (message) => message,
): string {
  return problems
    .map((problem) => {
      const words = wordsOf(problem.message);
      if (words !== problem.message) return `${labelOf(problem.field)}: ${words}`;
      const id = problem.field.split('.').pop() ?? '';
      const message = id && problem.message.startsWith(`${id} `) ? problem.message.slice(id.length + 1) : problem.message;
      return `${labelOf(problem.field)}: ${message}`;
    })
    .join('\n');
}
