import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../src/lib/page-cache-key.ts';

const entry = (id: string, digest: string, data: Record<string, unknown>) => ({ id, digest, data, body: 'ignored', filePath: `${id}.md` });
const post = entry('a', 'd1', { title: 'A', pubDate: new Date('2026-01-01'), hero: { src: '/_astro/a.hash1.jpg' } });
const related = entry('b', 'd2', { title: 'B' });

describe('pageCacheKey', () => {
  it('is stable for the same inputs', () => {
    expect(pageCacheKey([post, [related], 2026])).toBe(pageCacheKey([{ ...post }, [{ ...related }], 2026]));
  });

  it('changes when the post, anything it lists, or the build year changes', () => {
    const base = pageCacheKey([post, [related], 2026]);
    expect(pageCacheKey([{ ...post, digest: 'd1-edited' }, [related], 2026])).not.toBe(base);
    expect(pageCacheKey([post, [{ ...related, data: { title: 'B, retitled' } }], 2026])).not.toBe(base);
    expect(pageCacheKey([post, [related], 2027])).not.toBe(base);
    expect(pageCacheKey([{ ...post, filePath: 'a.mdx' }, [related], 2026])).not.toBe(base);
  });

  it('changes when an image is replaced, since the resolved URL carries its hash', () => {
    const replaced = { ...post, data: { ...post.data, hero: { src: '/_astro/a.hash2.jpg' } } };
    expect(pageCacheKey([replaced, [related], 2026])).not.toBe(pageCacheKey([post, [related], 2026]));
  });
});
