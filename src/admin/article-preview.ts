/** The preview beside the fields: the article in its own typography, its citations numbered. */
import { previewHtml } from '../lib/editor/preview.ts';
import { CMS, createClass, h, plain, words, type Element, type Entry } from './decap.ts';

const ArticlePreview = createClass({
  render(this: { props: { entry: Entry; widgetFor: (name: string) => Element } }) {
    const { entry } = this.props;
    const data = (plain(entry.get('data')) ?? {}) as Record<string, unknown>;
    return h(
      'article',
      { className: 'mx-auto max-w-3xl px-4 py-8', lang: String(data.lang ?? 'en') },
      h('h1', { className: 'font-serif text-4xl font-semibold' }, String(data.title ?? '')),
      h('p', { className: 'mt-4 text-lg' }, String(data.description ?? '')),
      h('div', {
        className: 'article-prose prose max-w-none prose-headings:font-serif prose-a:underline-offset-2 mt-8',
        dangerouslySetInnerHTML: { __html: previewHtml(String(data.body ?? ''), data.references, words.preview) },
      }),
    );
  },
});

for (const href of window.SITE_ARTICLE_STYLES ?? []) CMS.registerPreviewStyle(href);
CMS.registerPreviewTemplate('posts', ArticlePreview);
