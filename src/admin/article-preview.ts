/**
 * The preview beside the fields: the article in its own typography, its citations numbered, and
 * above it the reading level of the body as the writer types, with the hardest sentences marked
 * when it reads above the site's target (the same figures as the check).
 */
import { articlePreview, readingLine, type PreviewReading } from '../lib/editor/preview.ts';
import { readingTargets } from '../editorial.config.ts';
import { EDITOR_WORDS } from '../lib/editor/words.ts';
import { CMS, createClass, h, lang, plain, words, type Element, type Entry } from './decap.ts';

/** Styles of the preview's own additions (the article's stylesheets do the rest). */
const PREVIEW_STYLE = `
/* Stays in view while the writer scrolls a long article; clear of the editor's buttons on the right. */
.reading-level-bar { position: sticky; top: 0; z-index: 1; margin: 0 0 1.5rem; }
.reading-level { margin: 0; padding: .75rem 3.5rem .75rem 1rem; border-radius: .5rem; background: #f1f5f9; color: #1e293b; font: 0.9375rem/1.5 system-ui, sans-serif; box-shadow: 0 1px 2px rgb(0 0 0 / .08); }
.reading-level[data-label='hard'] { background: #fef9c3; }
mark.hard-sentence { background: #fde68a; color: inherit; border-radius: 2px; box-shadow: 0 0 0 2px #fde68a; cursor: help; }
`;

const ArticlePreview = createClass({
  render(this: { props: { entry: Entry; widgetFor: (name: string) => Element } }) {
    const { entry } = this.props;
    const data = (plain(entry.get('data')) ?? {}) as Record<string, unknown>;
    const reading: PreviewReading = { language: data.lang === 'es' ? 'es' : 'en', targets: readingTargets, messageLanguage: lang };
    // The article's own words (its "Sources" heading) are in its language; the reading level speaks the editor's.
    const preview = articlePreview(String(data.body ?? ''), data.references, EDITOR_WORDS[reading.language].preview, reading);
    const note = typeof data.readingLevelNote === 'string' && data.readingLevelNote.trim() ? data.readingLevelNote.trim() : undefined;
    return h(
      'article',
      { className: 'mx-auto max-w-3xl px-4 py-8', lang: reading.language },
      h('div', { className: 'reading-level-bar', lang, dangerouslySetInnerHTML: { __html: readingLine(preview, reading, words.reading, note) } }),
      h('h1', { className: 'font-serif text-4xl font-semibold' }, String(data.title ?? '')),
      h('p', { className: 'mt-4 text-lg' }, String(data.description ?? '')),
      h('div', {
        className: 'article-prose prose max-w-none prose-headings:font-serif prose-a:underline-offset-2 mt-8',
        dangerouslySetInnerHTML: { __html: preview.html },
      }),
    );
  },
});

for (const href of window.SITE_ARTICLE_STYLES ?? []) CMS.registerPreviewStyle(href);
CMS.registerPreviewStyle(PREVIEW_STYLE, { raw: true });
CMS.registerPreviewTemplate('posts', ArticlePreview);
// A site page previews as an article does: its title, description and text, with the reading level.
CMS.registerPreviewTemplate('pages', ArticlePreview);
