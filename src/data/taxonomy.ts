/** Authors and topics as lookups for pages, in the page's language. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, languagesWithWords, type Lang, type TranslatedLang } from '../i18n/locales.ts';

export type Topic = CollectionEntry<'topics'>;
export type Author = CollectionEntry<'authors'>;

/** A topic's name and description in `lang` (the check makes sure a topic used in a language has them). */
export function topicWords(topic: Topic, lang: Lang): { name: string; description: string } {
  if (lang === DEFAULT_LANG) return topic.data;
  return topic.data.translations[lang as TranslatedLang] ?? topic.data;
}

/** A person's role and bio in `lang`. */
export function authorWords(author: Author, lang: Lang): { role: string; bio: string } {
  if (lang === DEFAULT_LANG) return author.data;
  return author.data.translations[lang as TranslatedLang] ?? author.data;
}

/** Whether a topic or person has its own page in `lang` (English always; others once translated). */
export const hasPageIn = (entry: Topic | Author, lang: Lang) => languagesWithWords(entry.data.translations).includes(lang);

export async function getTopicNames(lang: Lang = DEFAULT_LANG): Promise<Map<string, string>> {
  const topics = await getCollection('topics');
  return new Map(topics.map((topic) => [topic.id, topicWords(topic, lang).name]));
}
