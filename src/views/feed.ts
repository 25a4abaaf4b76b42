import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getEntries, getEntry, render } from 'astro:content';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import ContactCta from '../components/cta/ContactCta.astro';
import { getVisiblePosts, type Post } from '../data/posts.ts';
import { postUrl } from '../lib/routes.ts';
import { absolutizeHtml } from '../lib/feed.ts';
import { absoluteUrl } from '../lib/head.ts';
import { site } from '../site.config.ts';
import { LOCALES, t, type Lang } from '../i18n/index.ts';
import { topicWords } from '../data/taxonomy.ts';
import { newestFirst } from '../lib/changes.ts';
import { isoDay } from '../lib/format.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** One article as a feed item, with its full text (links and images made absolute). */
async function feedItem(post: Post, container: AstroContainer): Promise<RSSFeedItem> {
  const lang = post.data.lang;
  const [{ Content }, author, topics] = await Promise.all([render(post), getEntry(post.data.author), getEntries(post.data.topics)]);
  // Outside a page there is no current locale: components inside the text read the language from locals.
  const html = await container.renderToString(Content, { props: { components: { ContactCta } }, locals: { lang } });
  // The newest change comes first, so a reader of the feed sees a correction or an update.
  const latest = newestFirst(post.data.changes)[0];
  const words = t(lang).article;
  const changeNote = latest
    ? `<p><strong>${escapeHtml(words.whatChanged)}, ${isoDay(latest.date)} (${escapeHtml(words.changeKinds[latest.kind])}):</strong> ${escapeHtml(latest.summary)}</p>`
    : '';
  return {
    title: post.data.title,
    description: post.data.description,
    link: postUrl(post.id, lang),
    pubDate: post.data.pubDate,
    categories: topics.flatMap((topic) => (topic ? [topicWords(topic, lang).name] : [])),
    content: absolutizeHtml(`${changeNote}${html}`, absoluteUrl(postUrl(post.id, lang), site.url)),
    customData: author ? `<dc:creator><![CDATA[${author.data.name}]]></dc:creator>` : undefined,
  };
}

/** The articles feed of one language: its newest `site.feedSize` articles, in full. */
export const feedOf =
  (lang: Lang): APIRoute =>
  async () => {
    const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
    // One article at a time: rendering is CPU-bound anyway, and only one article's HTML is in
    // flight instead of every article's at once (peak memory on large sites).
    const items: RSSFeedItem[] = [];
    const newest = (await getVisiblePosts(lang)).slice(0, site.feedSize);
    for (const post of newest) items.push(await feedItem(post, container));
    return rss({
      title: t(lang).feed.title(site.name),
      description: site.copy[lang].description,
      site: site.url,
      trailingSlash: true,
      xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
      items,
      customData: `<language>${LOCALES[lang].tag.toLowerCase()}</language>`,
    });
  };
