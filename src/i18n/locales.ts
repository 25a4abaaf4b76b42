/**
 * The languages of the site. English is the default and keeps the unprefixed addresses; every
 * other language lives under `/<code>/`. Adding a language means adding it here, writing its
 * dictionary (src/i18n/<code>.ts) and its copy in src/site.config.ts: the types list what is missing.
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

export interface LocaleInfo {
  /** BCP 47 tag for Intl (dates, numbers) and hreflang. */
  tag: string;
  /** Open Graph locale, e.g. en_US. */
  ogLocale: string;
  /** The language's name in itself, for the switcher. */
  name: string;
  /** Its name in English, for staff tools. */
  englishName: string;
}

export const LOCALES: Record<Lang, LocaleInfo> = {
  en: { tag: 'en-US', ogLocale: 'en_US', name: 'English', englishName: 'English' },
  es: { tag: 'es-US', ogLocale: 'es_US', name: 'Español', englishName: 'Spanish' },
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language of a page from Astro.currentLocale (undefined outside a page, e.g. in the feed's renderer). */
export function toLang(value: string | undefined): Lang {
  return isLang(value) ? value : DEFAULT_LANG;
}

/** Languages other than the default: the ones that need translations. */
export const TRANSLATED_LANGS = LANGS.filter((lang) => lang !== DEFAULT_LANG) as Exclude<Lang, typeof DEFAULT_LANG>[];
export type TranslatedLang = Exclude<Lang, typeof DEFAULT_LANG>;

/**
 * The languages a person or topic has words in, so a page of its own: the default language, and
 * each language its `translations` fill in. The one rule the check, the pages and the sitemap share.
 */
export const languagesWithWords = (translations: Partial<Record<string, unknown>> = {}): Lang[] =>
  LANGS.filter((lang) => lang === DEFAULT_LANG || Boolean(translations[lang]));
