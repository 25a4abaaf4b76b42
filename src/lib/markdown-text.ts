/**
 * Reading Markdown source as text, without rendering it: what is code, where lines start, and
 * which lines are headings. The content checker, citations and related posts share these.
 */

/** Markdown with fenced and inline code blanked out (same length), so nothing in code counts. */
export function withoutCode(markdown: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

/** The 1-based line of an offset in `text`; line starts are found once, not on every lookup. */
export function lineFinder(text: string): (index: number) => number {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (index) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** ATX headings (`## Text`) outside code: their level and their text as written. */
export function markdownHeadings(markdown: string): Array<{ depth: number; text: string }> {
  return [...withoutCode(markdown).matchAll(/^(#{1,6})\s+(.+?)\s*#*\s*$/gm)].map((match) => ({ depth: match[1]!.length, text: match[2]! }));
}
