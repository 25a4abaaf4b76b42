import { describe, expect, it } from 'vitest';
import { previewHtml } from '../../src/lib/editor/preview.ts';

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
