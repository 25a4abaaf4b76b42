/** The dictionary of a language: `t(lang).nav.articles`. */
import { en, type Dictionary } from './en.ts';
import { es } from './es.ts';
import type { Lang } from './locales.ts';

export type { Dictionary };
export * from './locales.ts';

const DICTIONARIES: Record<Lang, Dictionary> = { en, es };

export function t(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}
