/**
 * One Spanish term per concept: the interface (dictionary, the clinic's copy, the editor's words)
 * never names a concept a second way, and the check warns when an article does.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/loaders/content-pipeline.ts';
import { es } from '../../src/i18n/es.ts';
import { site } from '../../src/site.config.ts';
import { EDITOR_WORDS, FIELD_WORDS_ES } from '../../src/lib/editor/words.ts';
import { editorialRules, spanishGlossary } from '../../src/editorial.config.ts';
import { findPhrases } from '../../src/lib/editorial-checks.ts';

/** Every string in a value, functions called with sample arguments. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return stringsOf((value as (...args: unknown[]) => unknown)('Sunshine Infusion', 'Miami'));
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

describe('the Spanish glossary', () => {
  const interfaceWords = [...stringsOf(es), ...stringsOf(site.copy.es), ...stringsOf(EDITOR_WORDS.es), ...Object.values(FIELD_WORDS_ES)];

  it('covers the interface: hundreds of strings are read', () => {
    expect(interfaceWords.length).toBeGreaterThan(100);
  });

  it.each(spanishGlossary)('names $concept one way only: "$use"', (term) => {
    const lines = interfaceWords.map((text, index) => ({ line: index + 1, text }));
    const others = findPhrases(lines, editorialRules.es.glossary!).filter(
      (hit) => term.instead.includes(hit.found.toLowerCase()) || term.instead.some((other) => other.toLowerCase() === hit.found.toLowerCase()),
    );
    expect(others.map((hit) => `${hit.found}: ${interfaceWords[hit.line - 1]}`)).toEqual([]);
  });

  it('the interface uses the terms themselves (the glossary is not about words nobody writes)', () => {
    const all = interfaceWords.join('\n').toLowerCase();
    for (const term of spanishGlossary) expect(all, term.use).toContain(term.use.toLowerCase());
  });

  it('warns about a second term in an article, naming the one to use', () => {
    const hits = findPhrases([{ line: 3, text: 'Puede reservar una consulta con un profesional médico.' }], editorialRules.es.glossary!);
    expect(hits.map((hit) => [hit.found, hit.why])).toEqual([
      ['reservar una consulta', 'the site calls booking a first visit "pedir una consulta" everywhere - use that term'],
      ['profesional médico', 'the site calls the clinician "profesional clínico" everywhere - use that term'],
    ]);
  });
});

describe('"fuera de indicación" in the Spanish articles', () => {
  const spanish = checkContentFolder(fileURLToPath(new URL('../../', import.meta.url)), { now: new Date('2026-12-06T12:00:00Z') }).posts.filter(
    (post) => post.data.lang === 'es',
  );

  it('is explained where it first appears, as «fuera de etiqueta» and off-label', () => {
    const mentioning = spanish.filter((post) => post.facts.lines.some((line) => /fuera de indicaci[oó]n/i.test(line.text)));
    expect(mentioning.length).toBeGreaterThan(0);
    for (const post of mentioning) {
      const first = post.facts.lines.find((line) => /fuera de indicaci[oó]n/i.test(line.text))!;
      expect(first.text, post.file).toMatch(/fuera de etiqueta/);
      expect(first.text, post.file).toMatch(/off-label/);
    }
  });
});
