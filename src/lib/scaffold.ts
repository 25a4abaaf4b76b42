/**
 * What `npm run new-post` writes: a slug from the title and a post file with every field filled
 * with a sensible value or a clear placeholder. Pure, so tests pin the output.
 */
import { isMap, parseDocument, Scalar, YAMLMap } from 'yaml';
import { isoDay } from './format.ts';
import { splitFrontmatter } from './content-files.ts';
import { LOCALES, type Lang } from '../i18n/locales.ts';

export { slugify } from './routes.ts';

export interface ScaffoldInput {
  title: string;
  today: Date;
  author: string;
  reviewer?: string;
  topic: string;
}

/** YAML double-quoted string. */
const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function postTemplate({ title, today, author, reviewer, topic }: ScaffoldInput): string {
  return `---
title: ${quote(title)}
# One sentence (50-160 characters): shown under the title, in search results and on shared links.
description: "TODO: write one sentence that tells readers what they will learn from this article."
pubDate: ${isoDay(today)}
# updatedDate: ${isoDay(today)}   # add when you change the article after publishing
author: ${author}
${reviewer ? `reviewer: ${reviewer}\n# reviewedDate: ${isoDay(today)}   # add the day the clinician approved the article` : '# reviewer: clinical-review-team   # the clinician who checks the article'}
topics: [${topic}]
# Save the lead image as hero.jpg in this folder, then remove the # signs below.
# hero:
#   image: ./hero.jpg
#   alt: "TODO: describe the picture for readers who cannot see it"
#   credit: "Illustration made for the clinic"
# evidence: [off-label, limited-evidence]   # shows the matching notice before the article
draft: true
references:
  - id: example2026
    authors: [Surname A, Surname B, et al.]
    title: "TODO: title of the study, exactly as published"
    journal: TODO Journal abbreviation
    year: 2026
    # volume: "16"
    # pages: "100-110"
    # doi: 10.xxxx/xxxxx
    # pmid: "12345678"
---

TODO: open with two or three sentences that say who this article is for and what it answers.

## First question readers ask

Write in plain language. Put a citation right after each medical claim, like this [@example2026].

## What the research shows

Say how big and how strong the studies were, and what is still unknown.

## The bottom line

Sum up in a few sentences. Do not promise results.
`;
}

export interface TranslationInput {
  /** The original's slug (its folder name) and its file's text. */
  originalId: string;
  originalText: string;
  title: string;
  lang: Lang;
  today: Date;
}

/**
 * A translation's first draft: the original's file with its sources, author, topics, notices and
 * picture kept (not its review, which was of other words), its own title, `lang` and `translationOf` added, and the text marked to translate.
 * Comments and the order of the fields stay as the original has them.
 */
export function translationTemplate({ originalId, originalText, title, lang, today }: TranslationInput): string {
  const split = splitFrontmatter(originalText.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
  if (!split) throw new Error(`content/posts/${originalId} has no frontmatter to start from`);
  const doc = parseDocument(split.frontmatter, { version: '1.2' });
  if (!isMap(doc.contents)) throw new Error(`content/posts/${originalId} has no frontmatter fields to start from`);
  const fields = doc.contents as YAMLMap;
  doc.set('title', Object.assign(new Scalar(title), { type: Scalar.QUOTE_DOUBLE }));
  doc.set('description', Object.assign(new Scalar(`TODO: one sentence in ${LOCALES[lang].englishName} (50-160 characters)`), { type: Scalar.QUOTE_DOUBLE }));
  doc.set('pubDate', isoDay(today));
  // The review was of the original's words: the translation waits for its own (docs/staff/translating.md).
  for (const key of ['updatedDate', 'aliases', 'lang', 'translationOf', 'reviewer', 'reviewedDate']) doc.delete(key);
  // Right after the description, where a reader of the file looks for what the post is.
  const at = fields.items.findIndex((item) => String((item.key as Scalar).value) === 'description') + 1;
  fields.items.splice(at, 0, doc.createPair('lang', lang), doc.createPair('translationOf', originalId));
  const image = doc.getIn(['hero', 'image']);
  if (typeof image === 'string' && image.startsWith('./')) doc.setIn(['hero', 'image'], `../${originalId}/${image.slice(2)}`);
  if (doc.hasIn(['hero', 'alt'])) doc.setIn(['hero', 'alt'], `TODO: describe the picture in ${LOCALES[lang].englishName}`);
  doc.set('draft', true);
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\nTODO: translate the text below into ${LOCALES[lang].englishName}, keeping every citation such as [@id], then delete this line.\n\n${split.body.replace(/^\n+/, '')}`;
}
