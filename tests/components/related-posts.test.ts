import { describe, expect, it } from 'vitest';
import { renderComponent } from './render.ts';
import RelatedPosts from '../../src/components/article/RelatedPosts.astro';
import type { RelatedPost } from '../../src/lib/related-posts.ts';

// Just the fields the cards read; a real entry has more.
function entry(id: string, title: string, topic: string, date: string) {
  return {
    id,
    collection: 'posts',
    data: {
      lang: 'en',
      title,
      description: `A short description of ${title}.`,
      topics: [{ collection: 'topics', id: topic }],
      pubDate: new Date(date),
    },
  };
}

const posts = new Map(
  [entry('ketamine-for-ptsd', 'Ketamine for PTSD', 'ptsd', '2026-07-07'), entry('how-ketamine-works', 'How ketamine works', 'science', '2026-02-24')].map(
    (post) => [post.id, post],
  ),
);
const topicNames = new Map([
  ['ptsd', 'PTSD'],
  ['science', 'How it works'],
]);

describe('RelatedPosts', () => {
  it('renders one linked card per related post, in order, marking fallbacks', async () => {
    const related: RelatedPost[] = [
      { id: 'ketamine-for-ptsd', score: 0.4, reason: 'similar', fallback: false, sharedTopics: ['ptsd'] },
      { id: 'how-ketamine-works', score: 0, reason: 'recent', fallback: true, sharedTopics: [] },
    ];
    const html = await renderComponent(RelatedPosts, { related, posts, topicNames });
    expect(html).toContain('Related articles');
    const links = [...html.matchAll(/<a href="(\/blog\/[^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['/blog/ketamine-for-ptsd/', 'Ketamine for PTSD'],
      ['/blog/how-ketamine-works/', 'How ketamine works'],
    ]);
    expect(html).toContain('data-fallback="true"');
    expect(html).toContain('<time datetime="2026-07-07">July 7, 2026</time>');
    expect(html).toContain('PTSD');
  });

  it('renders nothing when there are no related posts', async () => {
    const html = await renderComponent(RelatedPosts, { related: [], posts, topicNames });
    expect(html).not.toContain('Related articles');
  });
});
