/**
 * The content contract editors and tools rely on (see docs/staff/writing-a-post.md).
 * Schemas are factories: Astro passes its `image()` and `reference()` helpers, while the
 * content checker and the unit tests pass plain stand-ins, so one definition serves all three.
 * Every object is strict: a misspelt key is an error, never a silently ignored field.
 */
import { z } from 'astro/zod';
import { DEFAULT_LANG, LANGS, TRANSLATED_LANGS, type TranslatedLang } from '../i18n/locales.ts';
import { isoDay as isoDayOf } from './format.ts';

/** Signature of Astro's `image()` helper (tests pass a plain string schema). */
export type ImageHelper<T extends z.ZodType = z.ZodType> = () => T;
/** A reference to another collection: Astro's `reference('authors')`; tests pass a plain string schema. */
export type ReferenceHelper<T extends z.ZodType = z.ZodType> = () => T;

/** Evidence contexts an article can declare; the notice wording lives in src/site.config.ts. */
export const EVIDENCE_CONTEXTS = ['off-label', 'limited-evidence'] as const;
/** Kinds of change an article lists under "What changed". */
export const CHANGE_KINDS = ['medical', 'correction', 'editorial'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type EvidenceContext = (typeof EVIDENCE_CONTEXTS)[number];

export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 160;
export const TITLE_MAX = 110;
/** What a search result shows of a page title, the site name included. */
export const SEARCH_TITLE_MAX = 60;
/** A short title leaves room for " | " and a site name in a search result. */
export const SHORT_TITLE_MAX = 50;
/** A reason for reading above target: one or two sentences. */
export const READING_LEVEL_NOTE_MAX = 300;
export const MAX_TOPICS = 4;

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ]+(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in a month of the Gregorian calendar (leap years included); `month` is 1-12. */
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Reads a date as staff write it: a calendar day `2026-09-14` (midnight UTC), or a time
 * `2026-09-14 10:00` in UTC unless it names its zone (`...T10:00-04:00`). The same on every
 * machine, whatever its time zone. Returns why not when the text is not a real moment.
 */
export function parseContentDate(text: string): { date: Date } | { problem: string } {
  const match = DATE_TEXT.exec(text.trim());
  if (!match) return { problem: 'is not a date written like 2026-09-14' };
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone = 'Z'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12) return { problem: `has month ${mo}, and months go from 01 to 12` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { problem: `is not a day on the calendar (${MONTHS[month - 1]} ${year} has ${days} days)` };
  if (hour > 23 || minute > 59 || second > 59) return { problem: `has the time ${h}:${mi}${match[6] ? `:${s}` : ''}, which does not exist` };
  const offset = /^z$/i.test(zone) ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.replace(':', '').slice(3, 5) || 0));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, Math.round(Number(`0${fraction}`) * 1000));
  return { date: new Date(utc - offset * 60_000) };
}

/** A date written as `2026-09-14` (see parseContentDate). */
export const dateField = (label: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `required - add ${label} as a date written like 2026-09-14`
          : issue.input === null
            ? `${label} is empty - write the date like 2026-09-14`
            : `${label} must be a date written like 2026-09-14`,
    })
    .transform((value, ctx) => {
      const read = parseContentDate(value);
      if ('problem' in read) {
        ctx.addIssue({ code: 'custom', message: `${label} "${value}" ${read.problem} - write a real date like 2026-09-14` });
        return z.NEVER;
      }
      return read.date;
    });

const nonEmpty = (what: string, fix: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `required - ${fix}` : issue.input === null ? `${what} is empty - ${fix}` : `${what} must be text - ${fix}`,
    })
    .trim()
    .min(1, { error: `${what} is empty - ${fix}` });

/** A site path such as `/blog/old-name/`: used for aliases that must keep working. */
const sitePath = z.string().regex(/^\/[a-z0-9\-/._~%]*$/i, { error: 'must be a path on this site that starts with "/", like /blog/old-name/' });

/** Volume, issue and pages are text, but YAML reads `volume: 16` as a number: accept both. */
const looseText = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .pipe(z.string().min(1));

/** One source as editors write it in frontmatter. */
export const ReferenceSchema = z
  .strictObject({
    /** The key used in the text, e.g. `[@wilkowska2020]`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/i, { error: 'use letters, digits, "-" or "_" only, like wilkowska2020' }),
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

/** The headline, shown as the page's only H1. */
const titleField = nonEmpty('title', 'write the headline of the post').pipe(
  z.string().max(TITLE_MAX, { error: `title is longer than ${TITLE_MAX} characters - shorten it` }),
);

/** One sentence under the title; also the search-engine and preview-card description. */
const descriptionField = nonEmpty('description', 'write one sentence that says what the reader will learn').pipe(
  z
    .string()
    .min(DESCRIPTION_MIN, {
      error: `description is shorter than ${DESCRIPTION_MIN} characters - write a full sentence (50-160 characters)`,
    })
    .max(DESCRIPTION_MAX, {
      error: `description is longer than ${DESCRIPTION_MAX} characters - search engines cut it off; shorten it`,
    }),
);

/**
 * Set by `npm run import:wordpress`: where the file came from, and a checksum of the file as
 * imported, so `--update` refreshes it only while nobody has edited it here.
 */
const importedField = z
  .strictObject({
    from: z.literal('wordpress', { error: 'imported.from must be wordpress' }),
    id: z.union([z.string(), z.number()]).transform(String),
    checksum: z.string().optional(),
  })
  .optional();

/**
 * A page of the site that is not an article (services, insurance, FAQ...), in content/pages: its
 * folders are its address. Most come from a WordPress import, which keeps their old addresses.
 * A page the site replaces (a WordPress "Contact us" where the site has /contact/) keeps its text
 * and sends readers on with `redirect`.
 */
export const SitePageSchema = z.strictObject({
  title: titleField,
  description: descriptionField,
  /** Drafts are shown by `npm run dev` only, never published. */
  draft: z.boolean({ error: 'draft must be true or false (without quotes)' }).default(false),
  /** Date of the last meaningful change. */
  updatedDate: dateField('updatedDate').optional(),
  /** A page of this site that replaces this one: readers who open this address are sent there. */
  redirect: sitePath.optional(),
  /** For a page in another language (under /es/): the folder of the page it translates, like insurance-and-payment. */
  translationOf: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
      error: 'translationOf must be the folder of the page this one translates, like insurance-and-payment',
    })
    .optional(),
  imported: importedField,
});
export type SitePageData = z.infer<typeof SitePageSchema>;

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
      title: titleField,
      /**
       * The title in search results, browser tabs and shared links, when the headline is too long
       * for them (search engines show about 60 characters, the site name included).
       */
      shortTitle: z
        .string()
        .trim()
        .min(1, { error: 'shortTitle is empty - write a short title or remove the line' })
        .max(SHORT_TITLE_MAX, {
          error: `shortTitle is longer than ${SHORT_TITLE_MAX} characters - search engines cut it off; shorten it`,
        })
        .optional(),
      /**
       * Why the article reads above the site's reading-level target, when it has to (for example
       * a comparison of drug names); the content check then says so instead of warning.
       */
      readingLevelNote: z
        .string()
        .trim()
        .min(1, { error: 'readingLevelNote is empty - say in a sentence why the article reads above target, or remove the line' })
        .max(READING_LEVEL_NOTE_MAX, { error: `readingLevelNote is longer than ${READING_LEVEL_NOTE_MAX} characters - one or two sentences are enough` })
        .optional(),
      /** One sentence under the title; also the search-engine and preview-card description. */
      description: descriptionField,
      /** The language the post is written in; English when left out. */
      lang: z.enum(LANGS, { error: `lang must be one of: ${LANGS.join(', ')}` }).default(DEFAULT_LANG),
      /** For a translation: the slug (folder name) of the original post it translates. */
      translationOf: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'translationOf must be the folder name of the original post, like ketamine-for-ptsd' })
        .optional(),
      /** Publication date; a future date schedules the post. */
      pubDate: dateField('pubDate'),
      /** Date of the last meaningful change; must not be before pubDate. */
      updatedDate: dateField('updatedDate').optional(),
      /** Date of the last medical review. */
      reviewedDate: dateField('reviewedDate').optional(),
      /**
       * What changed since publication, shown at the end of the article ("What changed"): each with
       * its day, its kind (a medical update, a correction, an editorial change) and one line in the
       * article's language. The newest is the article's updatedDate.
       */
      changes: z
        .array(
          z.strictObject({
            date: dateField('changes.date'),
            kind: z.enum(CHANGE_KINDS, { error: `kind must be one of: ${CHANGE_KINDS.join(', ')}` }),
            summary: nonEmpty('summary', "say in one line what changed, in the article's language"),
          }),
        )
        .default([]),
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
      /**
       * Set by `npm run import:wordpress`: where the post came from, and a checksum of the file as
       * imported, so `--update` refreshes it only while nobody has edited it here.
       */
      imported: importedField,
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
      evidence: z.array(z.enum(EVIDENCE_CONTEXTS, { error: `use one of: ${EVIDENCE_CONTEXTS.join(', ')}` })).default([]),
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
      if (post.translationOf && post.lang === DEFAULT_LANG) {
        ctx.addIssue({
          code: 'custom',
          path: ['translationOf'],
          message: `a translation must say its language - add lang: ${TRANSLATED_LANGS[0]} (or remove translationOf if this post is an original)`,
        });
      }
      if (post.updatedDate && post.updatedDate < post.pubDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['updatedDate'],
          message: 'updatedDate is before pubDate - an update cannot come before publication; fix one of the dates',
        });
      }
      // The Updated date readers see follows from the list of changes.
      const latest = post.changes.reduce<Date | undefined>((newest, change) => (!newest || change.date > newest ? change.date : newest), undefined);
      if (latest && (!post.updatedDate || isoDayOf(post.updatedDate) !== isoDayOf(latest))) {
        ctx.addIssue({
          code: 'custom',
          path: ['updatedDate'],
          message: `updatedDate must be the day of the newest entry under changes - set updatedDate: ${isoDayOf(latest)}`,
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

/** `translations:` of an author or topic: the words readers see, per language other than English. */
const translationsOf = <T extends z.ZodType>(schema: T) =>
  z.strictObject(Object.fromEntries(TRANSLATED_LANGS.map((lang) => [lang, schema.optional()])) as Record<TranslatedLang, z.ZodOptional<T>>).default({});

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
    /**
     * Their GitHub login, for people who review: a pull request that names them as an article's
     * reviewer needs their approving review on GitHub (src/lib/review-approvals.ts).
     */
    github: z
      .string()
      .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, { error: 'github must be a GitHub login, like dr-ana-nunez (no @, no address)' })
      .optional(),
    photo: image().optional(),
    links: z
      .array(
        z.strictObject({
          label: nonEmpty('label', 'name the link, e.g. "Clinic profile"'),
          url: z.url({ error: 'url must be a full web address starting with https://' }),
        }),
      )
      .default([]),
    /** Role and bio in other languages, e.g. `es: { role: ..., bio: ... }`; needed once the person signs a post in that language. */
    translations: translationsOf(
      z.strictObject({
        role: nonEmpty('role', 'write the role at the clinic in this language'),
        bio: nonEmpty('bio', 'write the short paragraph in this language'),
      }),
    ),
  });
}

export const TopicSchema = z.strictObject({
  /** Display name, e.g. "Bipolar disorder". */
  name: nonEmpty('name', 'write the topic name'),
  /** One or two sentences shown on the topic page. */
  description: nonEmpty('description', 'write one or two sentences about the topic'),
  /** Name and description in other languages, e.g. `es: { name: Trastorno bipolar, description: ... }`. */
  translations: translationsOf(
    z.strictObject({
      name: nonEmpty('name', 'write the topic name in this language'),
      description: nonEmpty('description', 'write one or two sentences in this language'),
    }),
  ),
});

/** A post as the content checker sees it: image paths and reference ids are plain strings. */
export type PostData = z.output<ReturnType<typeof createPostSchema<z.ZodString, z.ZodString, z.ZodString>>>;
export type ReferenceData = z.output<typeof ReferenceSchema>;
