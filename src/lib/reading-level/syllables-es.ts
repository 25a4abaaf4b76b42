/**
 * Spanish syllables, counted by the language's rules: every vowel group is one syllable (a
 * diphthong or triphthong), except where two strong vowels meet or a written accent falls on
 * i or u (a hiatus, two syllables). No maintained npm package does this for Spanish, so it is
 * written here; the rules are few and each has a test (tests/unit/reading-level.test.ts).
 */

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó']);
/** i and u with a written accent are the stressed vowel of their own syllable: país, Raúl, leí. */
const ACCENTED_WEAK = new Set(['í', 'ú']);
const VOWELS = /[aeiouáéíóúü]/;

/** Two neighbouring vowels in separate syllables. */
function isHiatus(first: string, second: string): boolean {
  if (STRONG.has(first) && STRONG.has(second)) return true;
  return ACCENTED_WEAK.has(first) || ACCENTED_WEAK.has(second);
}

export function spanishSyllables(word: string): number {
  let letters = word
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^a-záéíóúüñ]/g, '');
  if (letters === '') return 0;
  if (letters === 'y') return 1;
  // The u of que, qui, gue, gui is not pronounced (queso, guerra); ü is (pingüino).
  letters = letters.replace(/([qg])u(?=[eiéí])/g, '$1');
  // A final y after a vowel closes a diphthong (hoy, muy, Paraguay): it adds no syllable.
  letters = letters.replace(/(?<=[aeiouáéíóú])y$/, '');
  let syllables = 0;
  let previous = '';
  for (const letter of letters) {
    if (!VOWELS.test(letter)) {
      previous = '';
      continue;
    }
    if (previous === '' || isHiatus(previous, letter)) syllables += 1;
    previous = letter;
  }
  return Math.max(syllables, 1);
}
