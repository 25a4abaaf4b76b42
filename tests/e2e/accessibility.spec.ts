import { expect, publishedPosts, test, wcagViolations } from './fixtures.ts';

const pages = [
  { name: 'home', path: '/' },
  { name: 'articles index', path: '/blog/' },
  { name: 'article', path: `/blog/${publishedPosts[0]!.id}/` },
  { name: 'MDX article', path: `/blog/${publishedPosts.find((post) => post.file.endsWith('.mdx'))?.id ?? publishedPosts[1]!.id}/` },
  { name: 'topics', path: '/topics/' },
  { name: 'topic', path: `/topics/${publishedPosts[0]!.data.topics[0]}/` },
  { name: 'author', path: `/authors/${publishedPosts[0]!.data.author}/` },
  { name: 'about', path: '/about/' },
  { name: 'contact', path: '/contact/' },
  { name: 'editorial policy', path: '/editorial-policy/' },
  { name: 'medical disclaimer', path: '/medical-disclaimer/' },
  { name: 'privacy', path: '/privacy/' },
  { name: 'site page (content/pages)', path: '/insurance-and-payment/' },
  { name: 'search', path: '/search/' },
  { name: '404', path: '/this-page-does-not-exist/' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, allowedConsoleErrors: [/status of 404/] });
    for (const { name, path } of pages) {
      test(`${name} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        await page.goto(path);
        const violations = await wcagViolations(page);
        expect(violations, violations.join('\n')).toEqual([]);
      });
    }
  });
}
