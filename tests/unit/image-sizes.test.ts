import { expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { ARTICLE_IMAGE_SIZES, articleImageSizesPlugin } from '../../src/markdown/image-sizes.ts';

const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [articleImageSizesPlugin] }).html;

it('tells the browser a picture beside the post fills the article column', () => {
  expect(render('![A chair](./chair.jpg)')).toContain(`sizes="${ARTICLE_IMAGE_SIZES}"`);
  expect(render('![A chair](chair.jpg)')).toContain(`sizes="${ARTICLE_IMAGE_SIZES}"`);
});

it('leaves pictures from other sites and public/ alone: they get no srcset, and sizes without one is invalid HTML', () => {
  for (const src of ['https://cdn.example.com/chair.jpg', '//cdn.example.com/chair.jpg', '/images/chair.jpg', 'data:image/png;base64,AAAA']) {
    expect(render(`![A chair](${src})`), src).not.toContain('sizes=');
  }
});
