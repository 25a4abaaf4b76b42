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

/** One article as a feed item, with its full text (links and images made absolute). */
async function feedItem(post: Post, container: AstroContainer): Promise<RSSFeedItem> {
  const [{ Content }, author, topics] = await Promise.all([render(post), getEntry(post.data.author), getEntries(post.data.topics)]);
  const html = await container.renderToString(Content, { props: { components: { ContactCta } } });
  return {
    title: post.data.title,
    description: post.data.description,
    link: postUrl(post.id),
    pubDate: post.data.pubDate,
    categories: topics.flatMap((topic) => (topic ? [topic.data.name] : [])),
    content: absolutizeHtml(html, absoluteUrl(postUrl(post.id), site.url)),
    customData: author ? `<dc:creator><![CDATA[${author.data.name}]]></dc:creator>` : undefined,
  };
}

/** The articles feed: the newest `site.feedSize` articles, in full. */
export const GET: APIRoute = async () => {
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  // One article at a time: rendering is CPU-bound anyway, and only one article's HTML is in
  // flight instead of every article's at once (peak memory on large sites).
  const items: RSSFeedItem[] = [];
  const newest = (await getVisiblePosts()).slice(0, site.feedSize);
  for (const post of newest) items.push(await feedItem(post, container));
  return rss({
    title: `${site.name}: articles`,
    description: site.description,
    site: site.url,
    trailingSlash: true,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items,
    customData: `<language>${site.locale.toLowerCase()}</language>`,
  });
};
