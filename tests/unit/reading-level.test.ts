import { describe, expect, it } from 'vitest';
import {
  countText,
  crawfordGrade,
  fernandezHuerta,
  fleschKincaidGrade,
  fleschReadingEase,
  hardestSentences,
  hintFor,
  infleszBand,
  plainLabel,
  readingLevel,
  sentencesOf,
  smogGrade,
  syllablesOf,
  szigrisztPazos,
  wordsOf,
} from '../../src/lib/reading-level/index.ts';
import { spanishSyllables } from '../../src/lib/reading-level/syllables-es.ts';

const block = (text: string, line = 1) => ({ text, line });

describe('Spanish syllables, by the rules of the language', () => {
  it.each([
    ['casa', 2, 'ca-sa'],
    ['paciente', 3, 'pa-cien-te: i+e is a diphthong'],
    ['ruido', 2, 'rui-do: two weak vowels are a diphthong'],
    ['estudiáis', 3, 'es-tu-diáis: a triphthong is one syllable'],
    ['creer', 2, 'cre-er: two strong vowels are a hiatus'],
    ['país', 2, 'pa-ís: an accent on i breaks the diphthong'],
    ['Raúl', 2, 'Ra-úl: an accent on u breaks the diphthong'],
    ['leí', 2, 'le-í'],
    ['infusión', 3, 'in-fu-sión: the accent on o keeps io together'],
    ['queso', 2, 'que-so: the u of que is silent'],
    ['guerra', 2, 'gue-rra: the u of gue is silent'],
    ['pingüino', 3, 'pin-güi-no: ü is said, and joins the i'],
    ['Paraguay', 3, 'Pa-ra-guay: u of gua is said; final y closes the diphthong'],
    ['hoy', 1, 'a final y after a vowel adds no syllable'],
    ['muy', 1, 'muy'],
    ['y', 1, 'the word y is a syllable of its own'],
    ['ayer', 2, 'a-yer: y before a vowel is a consonant'],
    ['ahí', 2, 'a-hí: h sits between two syllables'],
    ['esketamina', 5, 'es-ke-ta-mi-na'],
    ['Ñandú', 2, 'ñan-dú'],
  ])('%s has %i (%s)', (word, expected) => {
    expect(spanishSyllables(word)).toBe(expected);
  });
});

describe('tokens handled on purpose', () => {
  it('counts a number as one word of one syllable, in both languages', () => {
    for (const language of ['en', 'es'] as const) {
      expect(syllablesOf('2019', language)).toBe(1);
      expect(syllablesOf('0.5', language)).toBe(1);
      expect(syllablesOf('30%', language)).toBe(1);
    }
    expect(wordsOf('In 2019, 30% of people')).toEqual(['In', '2019', '30%', 'of', 'people']);
  });

  it("reads an abbreviation letter by letter, with each language's letter names", () => {
    expect(syllablesOf('FDA', 'en')).toBe(3); // ef-dee-ay
    expect(syllablesOf('PTSD', 'en')).toBe(4);
    expect(syllablesOf('WHO', 'en')).toBe(5); // dou-ble-u, aitch, oh
    expect(syllablesOf('FDA', 'es')).toBe(4); // e-fe, de, a
    expect(syllablesOf('TEPT', 'es')).toBe(4); // te, e, pe, te
  });

  it('reads units as their words, and a slash as "per" or "por"', () => {
    expect(syllablesOf('mg/kg', 'en')).toBe(7); // mil-li-grams per kil-o-grams
    expect(syllablesOf('mg/kg', 'es')).toBe(9); // mi-li-gra-mos por ki-lo-gra-mo
    expect(syllablesOf('ml', 'en')).toBe(4); // mil-li-li-ters
  });

  it('leaves web and e-mail addresses out of the words', () => {
    expect(wordsOf('Read more at https://example.org/page or www.example.org, or write to help@example.org.')).toEqual([
      'Read',
      'more',
      'at',
      'or',
      'or',
      'write',
      'to',
    ]);
  });

  it('counts drug names and words of the field the way they are said', () => {
    expect(syllablesOf('ketamine', 'en')).toBe(3);
    expect(syllablesOf('esketamine', 'en')).toBe(4);
    expect(syllablesOf('Spravato', 'en')).toBe(3);
    // The rule-based counter says 2, 3 and 1: corrected on purpose.
    expect(syllablesOf('suicide', 'en')).toBe(3);
    expect(syllablesOf('anesthesia', 'en')).toBe(4);
    expect(syllablesOf('Science', 'en')).toBe(2);
    expect(syllablesOf('ketamina', 'es')).toBe(4);
  });
});

describe('sentences', () => {
  it('does not end a sentence at a title, an abbreviation or a decimal point', () => {
    const sentences = sentencesOf(block('Dr. Lee gave 0.5 mg/kg, e.g. in 40 minutes. It was reviewed et al. in 2024! Was it?'));
    expect(sentences.map((s) => s.text)).toEqual(['Dr. Lee gave 0.5 mg/kg, e.g. in 40 minutes.', 'It was reviewed et al. in 2024!', 'Was it?']);
  });

  it('counts colons and semicolons as Flesch did, and a heading without a stop as one sentence', () => {
    expect(sentencesOf(block('Two things matter: sleep; food')).length).toBe(3);
    expect(sentencesOf(block('What to expect')).length).toBe(1);
  });

  it('gives each sentence the file line it starts on', () => {
    const sentences = sentencesOf(block('First one is here.\nSecond one\nruns on. Third.', 12));
    expect(sentences.map((s) => [s.text, s.line])).toEqual([
      ['First one is here.', 12],
      ['Second one runs on.', 13],
      ['Third.', 14],
    ]);
  });

  it('says where each sentence is in its block, without the spaces around it', () => {
    const text = '  First one.\n Second:  third ';
    const sentences = sentencesOf(block(text));
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second:', 'third']);
    const [, second] = countText([block('x'), block(text)], 'en').sentences;
    expect(second).toMatchObject({ block: 1, start: 2, end: 12 });
  });

  it('handles Spanish opening marks', () => {
    expect(sentencesOf(block('¿Duele? ¡No mucho! Dígalo.')).map((s) => s.text)).toEqual(['¿Duele?', '¡No mucho!', 'Dígalo.']);
  });
});

describe('English formulas, worked by hand', () => {
  // "The cat sat on the mat. It was warm."
  // 2 sentences, 9 words, 9 syllables (every word has one), no word of 3 syllables.
  const simple = countText([block('The cat sat on the mat. It was warm.')], 'en').counts;

  it('counts the simple sample', () => {
    expect(simple).toEqual({ sentences: 2, words: 9, syllables: 9, longWords: 0 });
  });

  it('Flesch-Kincaid: 0.39 x 4.5 + 11.8 x 1 - 15.59 = -2.035', () => {
    expect(fleschKincaidGrade(simple)).toBeCloseTo(-2.035, 6);
  });

  it('Flesch Reading Ease: 206.835 - 1.015 x 4.5 - 84.6 x 1 = 117.6675', () => {
    expect(fleschReadingEase(simple)).toBeCloseTo(117.6675, 6);
  });

  // "Ketamine is a medicine. Doctors use it in hospitals."
  // ke-ta-mine 3, is 1, a 1, med-i-cine 3 | doc-tors 2, use 1, it 1, in 1, hos-pi-tals 3
  // 2 sentences, 9 words, 16 syllables, 3 words of 3 syllables.
  const medical = countText([block('Ketamine is a medicine. Doctors use it in hospitals.')], 'en').counts;

  it('counts a sample with long words', () => {
    expect(medical).toEqual({ sentences: 2, words: 9, syllables: 16, longWords: 3 });
  });

  it('SMOG: 1.043 x sqrt(3 x 30 / 2) + 3.1291 = 10.1257...', () => {
    expect(smogGrade(medical)).toBeCloseTo(1.043 * Math.sqrt(45) + 3.1291, 6);
    expect(smogGrade(medical)).toBeCloseTo(10.1258, 3);
  });

  it('SMOG on its defining case: 30 sentences with 100 long words gives 1.043 x 10 + 3.1291', () => {
    expect(smogGrade({ sentences: 30, words: 600, syllables: 900, longWords: 100 })).toBeCloseTo(13.5591, 4);
  });

  it('reports the figures rounded', () => {
    const level = readingLevel([block('Ketamine is a medicine. Doctors use it in hospitals.')], 'en');
    // FK: 0.39 x 4.5 + 11.8 x 16/9 - 15.59 = 1.755 + 20.9778 - 15.59 = 7.1428
    expect(level.scores).toEqual({ fleschKincaidGrade: 7.1, fleschReadingEase: 51.9, smogGrade: 10.1 });
  });
});

describe('Spanish formulas, worked by hand', () => {
  // "El paciente recibe la infusión. Después descansa."
  // el 1, pa-cien-te 3, re-ci-be 3, la 1, in-fu-sión 3 | des-pués 2, des-can-sa 3
  // 2 sentences, 7 words, 16 syllables.
  const counts = countText([block('El paciente recibe la infusión. Después descansa.')], 'es').counts;

  it('counts the sample', () => {
    expect(counts).toEqual({ sentences: 2, words: 7, syllables: 16, longWords: 4 });
  });

  it('Szigriszt-Pazos: 206.835 - 62.3 x 16/7 - 7/2 = 60.935, "normal" on the INFLESZ scale', () => {
    expect(szigrisztPazos(counts)).toBeCloseTo(60.935, 6);
    expect(infleszBand(szigrisztPazos(counts))).toBe('normal');
  });

  it('Fernández-Huerta, corrected: 206.84 - 0.60 x 1600/7 - 1.02 x 7/2 = 66.127', () => {
    expect(fernandezHuerta(counts)).toBeCloseTo(66.1271, 4);
  });

  it('corrected Fernández-Huerta scores shorter sentences easier, as Flesch does', () => {
    const short = { sentences: 10, words: 100, syllables: 200, longWords: 0 };
    const long = { sentences: 2, words: 100, syllables: 200, longWords: 0 };
    expect(fernandezHuerta(short)).toBeGreaterThan(fernandezHuerta(long));
  });

  it('Crawford: -0.205 x 200/7 + 0.049 x 1600/7 - 3.407 = 1.936 school years', () => {
    expect(crawfordGrade(counts)).toBeCloseTo(1.935857, 5);
  });

  it('places scores on the INFLESZ bands', () => {
    expect([20, 40, 54.9, 55, 65, 65.1, 80, 81].map(infleszBand)).toEqual([
      'muy difícil',
      'algo difícil',
      'algo difícil',
      'normal',
      'normal',
      'bastante fácil',
      'bastante fácil',
      'muy fácil',
    ]);
  });

  it('reports the figures rounded', () => {
    const level = readingLevel([block('El paciente recibe la infusión. Después descansa.')], 'es');
    expect(level.scores).toEqual({ fernandezHuerta: 66.1, inflesz: 60.9, infleszBand: 'normal', crawfordGrade: 1.9 });
  });
});

describe('the hardest sentences', () => {
  const text = [
    block('Short one.', 3),
    block(
      'This particular sentence, which the writer kept adding clauses to because every clause seemed important at the time, goes on for far too long to read.',
      5,
    ),
    block('Intravenous administration necessitates monitoring.', 9),
    block('A calm room helps.', 11),
  ];

  it('names the longest and the densest first, with their lines', () => {
    const hardest = hardestSentences(countText(text, 'en').sentences);
    expect(hardest.map((s) => s.line)).toEqual([5, 9, 11]);
  });

  it('hints "split" for a long sentence and a shorter word for a dense one', () => {
    const [long, dense] = hardestSentences(countText(text, 'en').sentences);
    expect(hintFor(long!, 'en')).toBe('split this sentence');
    expect(hintFor(dense!, 'en')).toBe('a shorter word for "administration"');
    expect(hintFor(dense!, 'es')).toBe('una palabra más corta para «administration»');
  });

  it('has no figures for a text with no words', () => {
    expect(readingLevel([block('   ')], 'en')).toMatchObject({ scores: {}, hardestSentences: [] });
  });
});

describe('the plain-words label, against the targets', () => {
  const targets = { en: { maxFleschKincaidGrade: 8 }, es: { minInflesz: 55 } };
  // Labels need the formulas' sample of 100 words; repeating a sample keeps its ratios (and figures).
  const repeated = (text: string, language: 'en' | 'es') =>
    readingLevel(
      Array.from({ length: 15 }, (_, i) => block(text, i + 1)),
      language,
    );

  it('labels by the English target: grade 7.1 is within 8 but not two grades under it', () => {
    const level = repeated('Ketamine is a medicine. Doctors use it in hospitals.', 'en');
    expect(level.scores.fleschKincaidGrade).toBe(7.1);
    expect(plainLabel(level, targets)).toBe('fairly easy');
    expect(plainLabel(level, { ...targets, en: { maxFleschKincaidGrade: 9.1 } })).toBe('easy');
    expect(plainLabel(level, { ...targets, en: { maxFleschKincaidGrade: 7 } })).toBe('hard');
  });

  it('labels by the Spanish target: INFLESZ 60.9 is at or over 55 but not 65', () => {
    const level = repeated('El paciente recibe la infusión. Después descansa.', 'es');
    expect(level.scores.inflesz).toBe(60.9);
    expect(plainLabel(level, targets)).toBe('fairly easy');
    expect(plainLabel(level, { ...targets, es: { minInflesz: 50 } })).toBe('easy');
    expect(plainLabel(level, { ...targets, es: { minInflesz: 61 } })).toBe('hard');
  });

  it('gives no label under 100 words, where the formulas say nothing', () => {
    expect(plainLabel(readingLevel([block('Ketamine is a medicine. Doctors use it in hospitals.')], 'en'), targets)).toBeUndefined();
  });
});
