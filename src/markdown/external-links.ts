/** Sätteri plugin: links to other sites from article text get rel="noopener noreferrer". */
import { defineHastPlugin } from 'satteri';

export const externalLinksPlugin = defineHastPlugin({
  name: 'sunshine-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.href;
      if (typeof href === 'string' && /^https?:\/\//i.test(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
    },
  },
});
