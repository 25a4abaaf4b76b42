/**
 * Which characters a preview card can draw: letters the card's fonts cover (their unicode-range),
 * and emoji, drawn from the bundled Twemoji pictures. Anything else would be an empty box on the
 * card, so the build names it instead.
 */

/** `U+0000-00FF,U+0131` -> [[0, 255], [305, 305]]. */
export function parseUnicodeRange(range: string): Array<[number, number]> {
  return range.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)];
  });
}

/** Twemoji's file name of an emoji: code points in hex joined by "-", without VS16 unless the emoji has a joiner. */
export function twemojiName(emoji: string): string {
  const text = emoji.includes('\u200d') ? emoji : emoji.replace(/\ufe0f/g, '');
  return [...text].map((char) => char.codePointAt(0)!.toString(16)).join('-');
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The characters of `text` a card cannot draw: not covered by every font range (the title's and
 * the eyebrow's fonts differ) and not an emoji with a picture.
 */
export function undrawableCharacters(text: string, fontRanges: ReadonlyArray<ReadonlyArray<[number, number]>>, hasEmoji: (name: string) => boolean): string[] {
  const covered = (codePoint: number) => fontRanges.every((ranges) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to));
  const missing = new Set<string>();
  for (const { segment } of segmenter.segment(text)) {
    if (EMOJI.test(segment)) {
      if (!hasEmoji(twemojiName(segment))) missing.add(segment);
    } else if ([...segment].some((char) => !covered(char.codePointAt(0)!))) {
      missing.add(segment);
    }
  }
  return [...missing];
}
