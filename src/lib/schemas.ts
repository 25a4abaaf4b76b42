/**
 * The content contract editors and tools rely on (see README "Writing a post").
 * Schemas are factories: Astro passes its `image()` and `reference()` helpers, while the
 * content checker and the unit tests pass plain stand-ins, so one definition serves all three.
 * Every object is strict: a misspelt key is an error, never a silently ignored field.
 */
import { z } from 'astro/zod';

/** Signature of Astro's `image()` helper (tests pass a plain string schema). */
export type ImageHelper<T extends z.ZodType = z.ZodType> = () => T;
/** A reference to another collection: Astro's `reference('authors')`; tests pass a plain string schema. */
export type ReferenceHelper<T extends z.ZodType = z.ZodType> = () => T;

/** Evidence contexts an article can declare; the notice wording lives in src/site.config.ts. */
export const EVIDENCE_CONTEXTS = ['off-label', 'limited-evidence'] as const;
export type EvidenceContext = (typeof EVIDENCE_CONTEXTS)[number];

export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 160;
export const TITLE_MAX = 110;
export const MAX_TOPICS = 4;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A calendar date written as `2026-09-14` (YAML turns it into a Date; text is accepted too). */
export const dateField = (label: string) =>
  z
    .union([z.date(), z.string()], {
      error: (issue) =>
        issue.input === undefined
          ? `required - add ${label} as a date written like 2026-09-14`
          : `${label} must be a date written like 2026-09-14`,
    })
    .transform((value, ctx) => {
      const date = value instanceof Date ? value : ISO_DATE.test(value.trim()) ? new Date(value.trim()) : new Date(NaN);
      if (Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: 'custom', message: `${label} must be a real date written like 2026-09-14` });
        return z.NEVER;
      }
      return date;
    });

const nonEmpty = (what: string, fix: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `required - ${fix}` : `${what} must be text`) })
    .trim()
    .min(1, { error: `${what} is empty - ${fix}` });

/** A site path such as `/blog/old-name/`: used for aliases that must keep working. */
const sitePath = z
  .string()
  .regex(/^\/[a-z0-9\-/._~%]*$/i, { error: 'must be a path on this site that starts with "/", like /blog/old-name/' });

/** Volume, issue and pages are text, but YAML reads `volume: 16` as a number: accept both. */
const looseText = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .pipe(z.string().min(1));

/** One source as editors write it in frontmatter. */
export const ReferenceSchema = z
  .strictObject({
    /** The key used in the text, e.g. `[@wilkowska2020]`. */
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]*$/i, { error: 'use letters, digits, "-" or "_" only, like wilkowska2020' }),
    /** Authors as "Surname Initials"; "et al." may end the list; empty for organisations. */
    authors: z.array(nonEmpty('an author', 'write "Surname Initials" or remove the empty line')).default([]),
    /** The title of the article, book or page. */
    title: nonEmpty('title', 'copy the title of the source'),
    /** Journal abbreviation as PubMed shows it (journal articles). */
    journal: z.string().trim().min(1).optional(),
    /** Organisation or publisher (web pages, reports, labels). */
    publisher: z.string().trim().min(1).optional(),
    year: z
      .number({ error: 'year must be a number like 2020' })
      .int()
      .min(1800, { error: 'year looks wrong - use the four-digit year of publication' })
      .max(2100, { error: 'year looks wrong - use the four-digit year of publication' }),
    volume: looseText.optional(),
    issue: looseText.optional(),
    pages: looseText.optional(),
    /** DOI without the https://doi.org/ prefix, e.g. 10.2147/NDT.S282208. */
    doi: z
      .string()
      .trim()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'doi must look like 10.2147/NDT.S282208 (no https://doi.org/ prefix)' })
      .optional(),
    /** PubMed identifier, digits only. */
    pmid: z
      .union([z.string(), z.number()])
      .transform(String)
      .pipe(z.string().regex(/^\d{1,9}$/, { error: 'pmid must be the PubMed number, digits only' }))
      .optional(),
    url: z.url({ protocol: /^https?$/, error: 'url must be a full web address starting with https://' }).optional(),
  })
  .refine((ref) => ref.journal || ref.publisher, {
    error: 'add a journal (for articles) or a publisher (for web pages and reports)',
    path: ['journal'],
  });

export function createPostSchema<Img extends z.ZodType, AuthorRef extends z.ZodType, TopicRef extends z.ZodType>({
  image,
  authorReference,
  topicReference,
}: {
  image: ImageHelper<Img>;
  authorReference: ReferenceHelper<AuthorRef>;
  topicReference: ReferenceHelper<TopicRef>;
}) {
  return z
    .strictObject({
      /** The headline, shown as the page's only H1. */
      title: nonEmpty('title', 'write the headline of the post').pipe(
        z.string().max(TITLE_MAX, { error: `title is longer than ${TITLE_MAX} characters - shorten it` }),
      ),
      /** One sentence under the title; also the search-engine and preview-card description. */
      description: nonEmpty('description', 'write one sentence that says what the reader will learn').pipe(
        z
          .string()
          .min(DESCRIPTION_MIN, {
            error: `description is shorter than ${DESCRIPTION_MIN} characters - write a full sentence (50-160 characters)`,
          })
          .max(DESCRIPTION_MAX, {
            error: `description is longer than ${DESCRIPTION_MAX} characters - search engines cut it off; shorten it`,
          }),
      ),
      /** Publication date; a future date schedules the post. */
      pubDate: dateField('pubDate'),
      /** Date of the last meaningful change; must not be before pubDate. */
      updatedDate: dateField('updatedDate').optional(),
      /** Date of the last medical review. */
      reviewedDate: dateField('reviewedDate').optional(),
      /** Author id: a file name in content/authors without `.yaml`. */
      author: authorReference(),
      /** Medical reviewer id: a file name in content/authors without `.yaml`. */
      reviewer: authorReference().optional(),
      /** 1-4 topic ids: file names in content/topics without `.yaml`. */
      topics: z
        .array(topicReference(), { error: 'topics must be a list, like [depression, treatment]' })
        .min(1, { error: 'add at least one topic id' })
        .max(MAX_TOPICS, { error: `use at most ${MAX_TOPICS} topics` }),
      /** Lead image shown under the title and on preview cards. */
      hero: z
        .strictObject({
          image: image(),
          /** What the image shows, for readers who cannot see it. */
          alt: nonEmpty('hero.alt', 'describe the image for readers who cannot see it'),
          credit: z.string().trim().min(1).optional(),
          creditUrl: z.url({ error: 'creditUrl must be a full web address starting with https://' }).optional(),
        })
        .optional(),
      /** Drafts are shown by `npm run dev` only, never published. */
      draft: z.boolean({ error: 'draft must be true or false (without quotes)' }).default(false),
      /** Old paths of this post that must keep working, like /blog/old-name/. */
      aliases: z.array(sitePath).default([]),
      /** Sources cited in the text with markers such as [@wilkowska2020]. */
      references: z.array(ReferenceSchema).default([]),
      /**
       * Evidence context shown in a notice before the body, worded in the site config:
       * `off-label` (the use discussed is not FDA-approved), `limited-evidence` (small or early studies).
       */
      evidence: z
        .array(z.enum(EVIDENCE_CONTEXTS, { error: `use one of: ${EVIDENCE_CONTEXTS.join(', ')}` }))
        .default([]),
      /**
       * The crisis notice appears by itself when the text mentions suicide or self-harm.
       * `true` shows it on any post; `{ automatic: false, reason: "..." }` switches the automatic
       * notice off, and only with a reason a reviewer can read.
       */
      crisisNotice: z
        .union(
          [
            z.literal(true),
            z.strictObject({
              automatic: z.literal(false),
              reason: nonEmpty('crisisNotice.reason', 'say why this post must not show the crisis notice'),
            }),
          ],
          {
            error:
              'crisisNotice must be true (always show the notice) or, to switch the automatic notice off, automatic: false with a reason: "why it is not needed"',
          },
        )
        .optional(),
    })
    .superRefine((post, ctx) => {
      if (post.updatedDate && post.updatedDate < post.pubDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['updatedDate'],
          message: 'updatedDate is before pubDate - an update cannot come before publication; fix one of the dates',
        });
      }
      const seen = new Set<string>();
      post.references.forEach((ref, index) => {
        if (seen.has(ref.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['references', index, 'id'],
            message: `reference id "${ref.id}" is used twice - give each source its own id`,
          });
        }
        seen.add(ref.id);
      });
    });
}

export function createAuthorSchema<Img extends z.ZodType>({ image }: { image: ImageHelper<Img> }) {
  return z.strictObject({
    /** Full name as it appears in bylines. */
    name: nonEmpty('name', 'write the person or team name'),
    /** Degrees and licences, e.g. "MD, board-certified psychiatrist". */
    credentials: z.string().trim().min(1).optional(),
    /** Role at the clinic, e.g. "Medical director". */
    role: nonEmpty('role', 'write the role at the clinic'),
    /** A short paragraph about the person. */
    bio: nonEmpty('bio', 'write a short paragraph about the person'),
    photo: image().optional(),
    links: z
      .array(
        z.strictObject({
          label: nonEmpty('label', 'name the link, e.g. "Clinic profile"'),
          url: z.url({ error: 'url must be a full web address starting with https://' }),
        }),
      )
      .default([]),
  });
}

export const TopicSchema = z.strictObject({
  /** Display name, e.g. "Bipolar disorder". */
  name: nonEmpty('name', 'write the topic name'),
  /** One or two sentences shown on the topic page. */
  description: nonEmpty('description', 'write one or two sentences about the topic'),
});

/** A post as the content checker sees it: image paths and reference ids are plain strings. */
export type PostData = z.output<ReturnType<typeof createPostSchema<z.ZodString, z.ZodString, z.ZodString>>>;
export type ReferenceData = z.output<typeof ReferenceSchema>;
