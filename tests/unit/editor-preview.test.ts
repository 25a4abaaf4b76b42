import { describe, expect, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articlePreview, previewHtml, readingLine } from '../../src/lib/editor/preview.ts';
import { EDITOR_WORDS } from '../../src/lib/editor/words.ts';
import { readMarkdown } from '../../src/lib/markdown-facts.ts';
import { readingLevel } from '../../src/lib/reading-level/index.ts';

const source = { id: 'zaccaro2018', authors: ['Zaccaro A'], title: 'How breath-control can change your life', journal: 'Front Hum Neurosci', year: 2018 };

describe('the editor preview of a half-written article', () => {
  it('numbers a cited source and lists it', () => {
    const html = previewHtml('Slow breathing helps [@zaccaro2018].', [source]);
    expect(html).toContain('<sup class="citation"><a href="#ref-zaccaro2018">1</a></sup>');
    expect(html).toContain('<li id="ref-zaccaro2018">Zaccaro A. <cite>How breath-control can change your life.</cite> Front Hum Neurosci. 2018.</li>');
  });

  it.each([
    ['an empty author row ("Add authors" just pressed)', { ...source, authors: [null] }, '<li id="ref-zaccaro2018"><cite>How breath-control'],
    ['an author row with spaces only', { ...source, authors: ['  ', 'Zaccaro A'] }, '<li id="ref-zaccaro2018">Zaccaro A. <cite>'],
    ['no title yet', { id: 'zaccaro2018', journal: 'Front Hum Neurosci' }, '<li id="ref-zaccaro2018">Front Hum Neurosci.</li>'],
    ['only the citation key', { id: 'zaccaro2018' }, '<li id="ref-zaccaro2018">[@zaccaro2018]</li>'],
    ['no year yet', { ...source, year: undefined }, 'Front Hum Neurosci.</li>'],
  ])('previews a source with %s', (_what, partial, expected) => {
    expect(previewHtml('Text [@zaccaro2018].', [partial])).toContain(expected);
  });

  it('shows a citation typed before its source as "?", and an empty source row adds nothing', () => {
    const html = previewHtml('Text [@later2024].', [{}, null, { id: '' }]);
    expect(html).toContain('<a href="#ref-later2024" title="No source with this key yet">?</a>');
    expect(html).not.toContain('<ol');
  });

  it('keeps typed markup as text, in the body and in sources', () => {
    const html = previewHtml('<script>alert(1)</script> [@x]', [{ id: 'x', title: '<img src=x onerror=alert(1)>' }]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
  });

  it('previews with no sources field at all', () => {
    expect(previewHtml('Just text.', undefined)).toBe('<p>Just text.</p>');
  });
});

describe('the reading level in the editor preview', () => {
  const targets = { en: { maxFleschKincaidGrade: 8 }, es: { minInflesz: 55 } };
  const english = { language: 'en', targets, messageLanguage: 'en' } as const;
  const bodyOf = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const hardFixture = bodyOf(fileURLToPath(new URL('../fixtures/bad-content/content/posts/hard-to-read.md', import.meta.url)));

  it.each(globSync('content/posts/*/index.md', { cwd: fileURLToPath(new URL('../../', import.meta.url)) }))(
    'measures %s as the build does (the same figures, the same hardest sentences)',
    (file) => {
      const text = readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf8');
      const language = /^lang: es$/m.test(text) ? 'es' : 'en';
      const body = bodyOf(fileURLToPath(new URL(`../../${file}`, import.meta.url)));
      const built = readingLevel(readMarkdown(body).blocks, language);
      const { level } = articlePreview(body, [], undefined, { language, targets, messageLanguage: 'en' });
      expect(level?.scores).toEqual(built.scores);
      // The site turns straight quotes into curly ones (smart punctuation); the editor shows them as typed.
      const straight = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
      expect(level?.hardestSentences.map((sentence) => sentence.text)).toEqual(built.hardestSentences.map((sentence) => straight(sentence.text)));
    },
  );

  it('marks the three hardest sentences of a text above target, each with its hint', () => {
    const { html, label } = articlePreview(hardFixture, [], undefined, english);
    expect(label).toBe('hard');
    const marks = [...html.matchAll(/<mark class="hard-sentence" title="([^"]*)">([^<]*)<\/mark>/g)];
    expect(marks.map((mark) => mark[1])).toEqual(['split this sentence', 'a shorter word for &#x22;individualize&#x22;', 'split this sentence']);
    expect(marks[0]![2]).toMatch(/^Intravenous administration of subanesthetic ketamine .* subside afterwards\.$/);
  });

  it('marks nothing in a text within target', () => {
    const body = bodyOf(fileURLToPath(new URL('../../content/posts/ketamine-for-anxiety/index.md', import.meta.url)));
    const { html, label } = articlePreview(body, [], undefined, english);
    expect(label).not.toBe('hard');
    expect(html).not.toContain('<mark');
  });

  it('marks a hard sentence piece by piece through a link, emphasis and a citation, leaving the citation a number', () => {
    const sentence =
      'Intravenous administration of subanesthetic ketamine, described in [the *published* protocol](https://example.org/p) [@x], necessitates continuous cardiovascular monitoring throughout.';
    const body = Array.from({ length: 12 }, () => sentence).join('\n\n');
    const { html } = articlePreview(body, [{ id: 'x', title: 'A protocol', year: 2020 }], undefined, english);
    const firstParagraph = html.slice(0, html.indexOf('</p>'));
    // 20 words: not long enough for "split", so the hint names its longest word.
    const mark = '<mark class="hard-sentence" title="a shorter word for &#x22;cardiovascular&#x22;">';
    expect(firstParagraph).toBe(
      `<p>${mark}Intravenous administration of subanesthetic ketamine, described in </mark>` +
        `<a href="https://example.org/p">${mark}the </mark><em>${mark}published</mark></em>${mark} protocol</mark></a>` +
        `${mark} <sup class="citation"><a href="#ref-x">1</a></sup>, necessitates continuous cardiovascular monitoring throughout.</mark>`,
    );
  });

  it('says how many words it needs before it can measure', () => {
    const preview = articlePreview('Ketamine is a medicine.', [], undefined, english);
    expect(readingLine(preview, english, EDITOR_WORDS.en.reading)).toContain('measured from 100 words (4 so far).');
    expect(readingLine(preview, { ...english, messageLanguage: 'es' }, EDITOR_WORDS.es.reading)).toContain('se mide a partir de 100 palabras (van 4).');
  });

  it('gives the label and figures against the target, in the editor language, with decimal commas in Spanish', () => {
    const preview = articlePreview(hardFixture, [], undefined, english);
    expect(readingLine(preview, english, EDITOR_WORDS.en.reading)).toBe(
      '<p class="reading-level" data-label="hard"><strong>Reading level: hard</strong> · grade 28.1 (Flesch-Kincaid; SMOG 21.9), target 8 or lower. <span class="reading-level-advice">The hardest sentences are marked in yellow: split them or use shorter words (point at or tap a mark for a hint).</span></p>',
    );
    const spanish = { ...english, messageLanguage: 'es' } as const;
    expect(readingLine(preview, spanish, EDITOR_WORDS.es.reading)).toContain(
      '<strong>Nivel de lectura: difícil</strong> · grado 28,1 (Flesch-Kincaid; SMOG 21,9), objetivo: 8 o menos.',
    );
    expect(readingLine(preview, english, EDITOR_WORDS.en.reading, 'Drug names.')).toContain('The article says why: “Drug names.”');
  });

  it('measures a Spanish article by INFLESZ', () => {
    const body = bodyOf(fileURLToPath(new URL('../../content/posts/como-actua-la-ketamina/index.md', import.meta.url)));
    const reading = { language: 'es', targets, messageLanguage: 'es' } as const;
    const line = readingLine(articlePreview(body, [], undefined, reading), reading, EDITOR_WORDS.es.reading);
    expect(line).toMatch(/<strong>Nivel de lectura: adecuado<\/strong> · INFLESZ \d\d,\d, objetivo: 55 o más\.<\/p>$/);
  });
});
