/**
 * Sätteri plugin: pictures in an article's Markdown tell the browser how wide they are shown (the
 * article column, 48rem at most, less the page margins), so it picks the smallest copy of the
 * srcset Astro writes that is sharp enough. Without it the browser assumes the whole window.
 */
import { defineHastPlugin } from 'satteri';

export const ARTICLE_IMAGE_SIZES = '(min-width: 816px) 768px, calc(100vw - 2rem)';

export const articleImageSizesPlugin = defineHastPlugin({
  name: 'sunshine-article-image-sizes',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const src = node.properties?.src;
      // Only pictures beside the post get a srcset; `sizes` without one is invalid HTML.
      const besideThePost = typeof src === 'string' && !/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(src);
      if (besideThePost && !node.properties?.sizes) ctx.setProperty(node, 'sizes', ARTICLE_IMAGE_SIZES);
    },
  },
});
