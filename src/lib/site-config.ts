/**
 * Shape of the clinic's brand and contact data (values live in src/site.config.ts).
 * Validated when the site builds, so a typo in a phone number or URL stops the build
 * with the field that is wrong instead of shipping a broken call button.
 */
import { z } from 'astro/zod';
import { formatIssues, knownKeysOf } from './issues.ts';
import { LANGS, type Lang } from '../i18n/locales.ts';

const phone = z.strictObject({
  /** How the number is shown, e.g. "(305) 555-0142". */
  display: z.string().trim().min(7, { error: 'display must be the number as readers see it, e.g. (305) 555-0142' }),
  /** The same number in international form for tel: links, e.g. "+13055550142". */
  e164: z.string().regex(/^\+[1-9]\d{6,14}$/, { error: 'e164 must look like +13055550142' }),
});

/** One entry per language of the site (src/i18n/locales.ts): a missing language is an error. */
const perLanguage = <T extends z.ZodType>(schema: T) => z.strictObject(Object.fromEntries(LANGS.map((lang) => [lang, schema])) as Record<Lang, T>);

/** The clinic's words, written once per language. */
const SiteCopySchema = z.strictObject({
  /** Short line under the name in the header and on the home page. */
  tagline: z.string().trim().min(1),
  /** Default meta description for pages that have none of their own. */
  description: z.string().trim().min(50).max(160),
  cta: z.strictObject({
    heading: z.string().trim().min(1),
    text: z.string().trim().min(1),
    callLabel: z.string().trim().min(1),
    requestLabel: z.string().trim().min(1),
  }),
  /** Wording of the notices articles show; posts opt in with frontmatter, never by copying text. */
  notices: z.strictObject({
    /** Shown on posts with `evidence: [off-label]`. */
    offLabel: z.string().trim().min(1),
    /** Shown on posts with `evidence: [limited-evidence]`. */
    limitedEvidence: z.string().trim().min(1),
    /** The short disclaimer at the end of every article (links to the medical disclaimer). */
    disclaimer: z.string().trim().min(1),
  }),
});

export const SiteConfigSchema = z.strictObject({
  /** Absolute origin the site is deployed to; used for canonical URLs and feeds. */
  url: z.url({ protocol: /^https?$/ }),
  name: z.string().trim().min(1),
  /** Tagline, description, call to action and notices in every language of the site. */
  copy: perLanguage(SiteCopySchema),
  phone,
  /** Number that accepts text messages, when the clinic offers it. */
  sms: phone.optional(),
  email: z.email().optional(),
  address: z.strictObject({
    street: z.string().trim().min(1),
    city: z.string().trim().min(1),
    region: z.string().trim().min(1),
    postalCode: z.string().trim().min(1),
    country: z.string().length(2, { error: 'country must be a two-letter code such as US' }),
  }),
  /** Opening hours as shown to readers, one line per group of days. */
  hours: z
    .array(
      z.strictObject({
        days: perLanguage(z.string().trim().min(1)),
        /** 24-hour times, e.g. "09:00"; leave both out for a closed day. */
        opens: z
          .string()
          .regex(/^\d{2}:\d{2}$/)
          .optional(),
        closes: z
          .string()
          .regex(/^\d{2}:\d{2}$/)
          .optional(),
      }),
    )
    .min(1),
  /** External booking page; when set, the call to action links there instead of /contact/. */
  bookingUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Crisis resources shown on every page (US defaults). */
  crisis: z.strictObject({
    line: z.string().trim().min(1),
    /** The line's own page in each language, where its chat is (a reader of Spanish lands on Spanish). */
    chatUrl: z.strictObject(Object.fromEntries(LANGS.map((lang) => [lang, z.url({ protocol: /^https$/ })])) as Record<Lang, z.ZodURL>),
    emergency: z.string().trim().min(1),
  }),
  /** Number of related posts shown under each article. */
  relatedPostsCount: z.number().int().min(1).max(6).default(3),
  /**
   * How many of the newest articles the RSS feed carries, in full. Feed readers fetch the whole
   * file on every check, so it stays small however many articles the site has.
   */
  feedSize: z.number().int().min(1).max(200).default(30),
  /**
   * The contact form posts to this address (Formspree, Netlify Forms, or the clinic's own
   * endpoint). Without it the contact page shows phone and email only, never a form that goes nowhere.
   */
  contactForm: z
    .strictObject({
      /** https:// address that accepts an HTML form POST; for Netlify Forms use "/contact/thanks/". */
      endpoint: z.string().regex(/^(https?:\/\/\S+|\/\S*)$/, { error: 'endpoint must be an https:// address, or a path on this site for Netlify' }),
      /** `netlify` adds Netlify's form attributes; `generic` posts a plain form. */
      provider: z.enum(['generic', 'netlify']).default('generic'),
    })
    .optional(),
  /**
   * Where staff edit a post online, e.g. `https://github.com/clinic/site/edit/main/{path}`;
   * `{path}` becomes the post's file path. Leave out to hide the "Suggest an edit" link.
   */
  editUrl: z
    .string()
    .regex(/^https:\/\/\S+\{path\}\S*$/, { error: 'editUrl must be an https:// address containing {path}' })
    .optional(),
  /**
   * The browser editor at /admin/ (Decap CMS, see docs/staff/publishing-in-the-browser.md): the GitHub
   * repository it commits to, its branch, and the sign-in service (an OAuth proxy; none is ours).
   * Leave out to build no editor.
   */
  editor: z
    .strictObject({
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { error: 'editor.repo must be the GitHub repository as owner/name, like your-clinic/website' }),
      branch: z.string().min(1).default('main'),
      /** The OAuth proxy's address, e.g. https://auth.your-clinic.org (Cloudflare Worker or Netlify). */
      authBaseUrl: z.url({ protocol: /^https$/, error: 'editor.authBaseUrl must be an https:// address' }).optional(),
      /** Port of the local file server the editor uses on this computer (npm start). */
      localPort: z.number().int().min(1024).max(65535).default(8081),
    })
    .optional(),
  /** A post whose last medical review is older than this is listed as a warning by the build. */
  reviewMaxAgeMonths: z.number().int().min(1).max(60).default(12),
});

export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
export type SiteConfig = z.output<typeof SiteConfigSchema>;

export function parseSiteConfig(input: unknown): SiteConfig {
  const result = SiteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = formatIssues(result.error.issues, input, knownKeysOf(SiteConfigSchema)).map(
    (problem) => `  src/site.config.ts  ${problem.field || '(config)'}  ${problem.message}`,
  );
  throw new Error(`The site config has ${lines.length} problem(s):\n${lines.join('\n')}`);
}

/**
 * Demo values that must be replaced before launch: 555-01xx numbers (reserved for fiction),
 * example.com addresses and anything marked "(placeholder)".
 */
export function findPlaceholders(config: SiteConfig): string[] {
  const found: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (/555-?01\d\d/.test(value)) found.push(`src/site.config.ts ${path}: "${value}" is a fictional 555-01xx number`);
      else if (/example\.(com|org|net)/i.test(value)) found.push(`src/site.config.ts ${path}: "${value}" is an example.com address`);
      else if (/\byour-clinic\b/.test(value)) found.push(`src/site.config.ts ${path}: "${value}" names the sample repository`);
      else if (/placeholder/i.test(value)) found.push(`src/site.config.ts ${path}: "${value}" is marked as a placeholder`);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) visit(inner, path ? `${path}.${key}` : key);
    }
  };
  visit(config, '');
  return found;
}

/** The "Suggest an edit" address of a file, or undefined when the site has none configured. */
export function editHref(pattern: string | undefined, filePath: string): string | undefined {
  return pattern ? pattern.replace('{path}', filePath.split('/').map(encodeURIComponent).join('/')) : undefined;
}

/** `tel:` target for a phone entry. */
export const telHref = (entry: { e164: string }) => `tel:${entry.e164}`;
