/**
 * The article body as the browser editor previews it: Markdown, each citation mark as its source's
 * number, and the numbered sources below. Staff write before they cite and fill sources row by
 * row, so every half-filled source (an empty author row, no title or year yet, a citation typed
 * before its source) previews as far as it goes instead of breaking the preview.
 *
 * With the article's language and the site's targets, the preview also measures the reading
 * level of the same words the build measures (src/lib/prose-blocks.ts) and, above target, marks
 * the hardest sentences with a hint.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes } from 'mdast';
import { CITATION_MARKER, findMarkers, orderCitations } from '../citations.ts';
import { citationParts } from '../references.ts';
import type { ReferenceData } from '../schemas.ts';
import { leavesOf, MARK_WITH_SPACE, proseBlocks, type ProseBlock, type ProseNode } from '../prose-blocks.ts';
import {
  hintFor,
  MEASURABLE_WORDS,
  plainLabel,
  readingLevel,
  type PlainLabel,
  type ReadingLanguage,
  type ReadingLevel,
  type ReadingTargets,
  type SentenceFigures,
} from '../reading-level/index.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');

/** A source as typed so far, with only what can be shown: no empty rows, no missing parts. */
function sourceSoFar(value: unknown): ReferenceData | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as Record<string, unknown>;
  const id = text(raw.id);
  if (!id) return undefined;
  return {
    ...(raw as unknown as ReferenceData),
    id,
    authors: (Array.isArray(raw.authors) ? raw.authors : []).map(text).filter(Boolean),
    title: text(raw.title),
    year: (text(raw.year) || '') as unknown as number,
  };
}

export interface PreviewWords {
  sources: string;
  /** The tooltip on a citation whose source is not listed yet. */
  noSourceYet: string;
}

export interface PreviewReading {
  /** The article's language: it picks the formulas. */
  language: ReadingLanguage;
  targets: ReadingTargets;
  /** The editor's language: the hints on marked sentences are in it. */
  messageLanguage: ReadingLanguage;
}

export interface ArticlePreview {
  html: string;
  /** With `reading`: the level of the body's prose and its plain-words label (none under 100 words). */
  level?: ReadingLevel;
  label?: PlainLabel;
}

/**
 * Wraps each sentence's words in `<mark class="hard-sentence" title="hint">`, piece by piece
 * where the sentence runs through a link or emphasis. Offsets are in the block's text, which
 * has no citation marks and no outer spaces; they are mapped back onto the tree's text leaves.
 */
function markSentences(block: ProseBlock, sentences: SentenceFigures[], titleOf: (sentence: SentenceFigures) => string) {
  const leaves = [...leavesOf(block.node, '\n')];
  const raw = leaves.map((leaf) => leaf.text).join('');
  // kept[i]: where the i-th character of the text without citation marks is in the raw text.
  const kept: number[] = [];
  let from = 0;
  for (const mark of raw.matchAll(MARK_WITH_SPACE)) {
    for (let index = from; index < mark.index; index += 1) kept.push(index);
    from = mark.index + mark[0].length;
  }
  for (let index = from; index < raw.length; index += 1) kept.push(index);
  const unmarked = kept.map((index) => raw[index]).join('');
  const lead = unmarked.length - unmarked.trimStart().length;
  if (unmarked.trim() !== block.text) return;
  const ranges = sentences.map((sentence) => ({ start: kept[sentence.start + lead]!, end: kept[sentence.end - 1 + lead]! + 1, title: titleOf(sentence) }));

  const replaced = new Map<ProseNode, ProseNode[]>();
  const parents = new Set<ProseNode>();
  let offset = 0;
  for (const leaf of leaves) {
    const start = offset;
    const end = (offset += leaf.text.length);
    const overlapping = ranges.filter((range) => range.start < end && range.end > start);
    if (!overlapping.length || leaf.node.type === 'break') continue;
    const mark = (children: ProseNode[], title: string) => ({
      type: 'hardSentence',
      data: { hName: 'mark', hProperties: { className: ['hard-sentence'], title } },
      children,
    });
    if (leaf.node.type !== 'text') {
      replaced.set(leaf.node, [mark([leaf.node], overlapping[0]!.title)]);
    } else {
      const pieces: ProseNode[] = [];
      let at = start;
      for (const range of overlapping) {
        const markStart = Math.max(range.start, start);
        const markEnd = Math.min(range.end, end);
        if (markStart > at) pieces.push({ type: 'text', value: raw.slice(at, markStart) });
        pieces.push(mark([{ type: 'text', value: raw.slice(markStart, markEnd) }], range.title));
        at = markEnd;
      }
      if (at < end) pieces.push({ type: 'text', value: raw.slice(at, end) });
      replaced.set(leaf.node, pieces);
    }
    parents.add(leaf.parent);
  }
  for (const parent of parents) parent.children = parent.children!.flatMap((child) => replaced.get(child) ?? [child]);
}

/** Raw HTML typed into the body is shown as text: the preview never runs what it is given. */
function htmlAsText(node: ProseNode) {
  if (node.type === 'html') node.type = 'text';
  for (const child of node.children ?? []) htmlAsText(child);
}

/** The body as the site shows it, with its numbered sources, and (with `reading`) its reading level. */
export function articlePreview(
  body: string,
  references: unknown,
  words: PreviewWords = { sources: 'Sources', noSourceYet: 'No source with this key yet' },
  reading?: PreviewReading,
): ArticlePreview {
  const listed = (Array.isArray(references) ? references : []).map(sourceSoFar).filter((ref): ref is ReferenceData => !!ref);
  const numbers = new Map(orderCitations(findMarkers(body)).map((use) => [use.id, use.number]));
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  htmlAsText(tree as ProseNode);
  let level: ReadingLevel | undefined;
  let label: PlainLabel | undefined;
  if (reading) {
    const blocks = proseBlocks(tree as ProseNode);
    level = readingLevel(blocks, reading.language);
    label = plainLabel(level, reading.targets);
    if (label === 'hard') {
      for (const [index, block] of blocks.entries()) {
        const hardHere = level.hardestSentences.filter((sentence) => sentence.block === index);
        if (hardHere.length) markSentences(block, hardHere, (sentence) => hintFor(sentence, reading.messageLanguage));
      }
    }
  }
  const html = toHtml(toHast(tree as MdastNodes));
  const withNumbers = html.replace(CITATION_MARKER, (marker) =>
    findMarkers(marker)[0]!
      .ids.map((id) => {
        const known = listed.some((ref) => ref.id === id);
        return `<sup class="citation"><a href="#ref-${escapeHtml(id)}"${known ? '' : ` title="${escapeHtml(words.noSourceYet)}"`}>${known ? numbers.get(id) : '?'}</a></sup>`;
      })
      .join(''),
  );
  return { html: withNumbers + sourceList(listed, numbers, words), level, label };
}

/** The body as the site shows it, with its numbered sources. */
export const previewHtml = (body: string, references: unknown, words?: PreviewWords) => articlePreview(body, references, words).html;

/** The numbered list of the sources cited so far. */
function sourceList(listed: ReferenceData[], numbers: Map<string, number>, words: PreviewWords): string {
  const cited = [...numbers.keys()].map((id) => listed.find((ref) => ref.id === id)).filter((ref): ref is ReferenceData => !!ref);
  if (!cited.length) return '';
  const items = cited.map((ref) => {
    const parts = citationParts(ref);
    const title = ref.title ? `<cite>${escapeHtml(parts.title)}</cite>` : '';
    // Until the year is typed, the journal or publisher alone.
    const source = escapeHtml(
      ref.year
        ? parts.source
        : [ref.journal, ref.publisher]
            .map(text)
            .filter(Boolean)
            .map((name) => `${name}.`)
            .join(' '),
    );
    const shown = [escapeHtml(parts.authors), title, source].filter(Boolean).join(' ');
    // Only the key so far: show it, so the writer sees which source still needs its details.
    return `<li id="ref-${escapeHtml(ref.id)}">${shown || `[@${escapeHtml(ref.id)}]`}</li>`;
  });
  return `<h2 id="sources">${escapeHtml(words.sources)}</h2><ol class="references">${items.join('')}</ol>`;
}

/** The words of the reading-level line above the preview, in the editor's language. */
export interface ReadingWords {
  title: string;
  labels: Record<PlainLabel, string>;
  grade: (figure: string) => string;
  englishTarget: (target: string) => string;
  spanishTarget: (target: string) => string;
  tooShort: (needed: number, counted: number) => string;
  marked: string;
  note: (reason: string) => string;
}

/**
 * The line above the preview: the level in plain words and figures against the target, or how
 * many words it needs before it can be measured; above target, where to start.
 */
export function readingLine(preview: ArticlePreview, reading: PreviewReading, words: ReadingWords, note?: string): string {
  const { level, label } = preview;
  if (!level) return '';
  const number = (value: number | undefined) =>
    new Intl.NumberFormat(reading.messageLanguage, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value ?? 0);
  if (!label)
    return `<p class="reading-level"><strong>${escapeHtml(words.title)}:</strong> ${escapeHtml(words.tooShort(MEASURABLE_WORDS, level.counts.words))}</p>`;
  const { fleschKincaidGrade, smogGrade, inflesz } = level.scores;
  const figures =
    level.language === 'en'
      ? `${words.grade(number(fleschKincaidGrade))} (Flesch-Kincaid; SMOG ${number(smogGrade)}), ${words.englishTarget(String(reading.targets.en.maxFleschKincaidGrade))}`
      : `INFLESZ ${number(inflesz)}, ${words.spanishTarget(String(reading.targets.es.minInflesz))}`;
  const advice = label === 'hard' ? ` <span class="reading-level-advice">${escapeHtml(note ? words.note(note) : words.marked)}</span>` : '';
  return `<p class="reading-level" data-label="${label}"><strong>${escapeHtml(words.title)}: ${escapeHtml(words.labels[label])}</strong> · ${escapeHtml(figures)}.${advice}</p>`;
}
