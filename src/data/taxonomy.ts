/** Authors and topics as lookups for pages. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Topic = CollectionEntry<'topics'>;
export type Author = CollectionEntry<'authors'>;

export async function getTopicNames(): Promise<Map<string, string>> {
  const topics = await getCollection('topics');
  return new Map(topics.map((topic) => [topic.id, topic.data.name]));
}
