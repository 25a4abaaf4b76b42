/**
 * What `npm run new-post` writes: a slug from the title and a post file with every field filled
 * with a sensible value or a clear placeholder. Pure, so tests pin the output.
 */
import { isoDay } from './format.ts';

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
