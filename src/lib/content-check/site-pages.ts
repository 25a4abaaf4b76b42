/** Site pages (content/pages): their words (their address is checked in addresses.ts). */
import type { ContentProblem, ParsedYaml } from '../content-files.ts';
import { langOfPath, sitePageUrl } from '../routes.ts';
import { problemAt } from './problem.ts';
import { checkPhrases } from './wording.ts';
import type { CheckedSitePage, EditorialRules } from './types.ts';

/** Claims and safe-messaging wording, as in articles, in the language of the page's address. */
export function checkSitePageWording(page: CheckedSitePage, parsed: ParsedYaml, rules: EditorialRules, problems: ContentProblem[]) {
  const fields = (['title', 'description'] as const).map((field) => ({ line: parsed.lineOf([field]) ?? 1, text: page.data[field], field }));
  const fieldOf = (line: number) => fields.find((entry) => entry.line === line)?.field ?? 'text';
  const lines = [...fields, ...page.facts.lines];
  checkPhrases(lines, rules.languages[langOfPath(sitePageUrl(page.id))], page.file, fieldOf, page.skipped === 'draft', problems);
  if (page.skipped === 'draft') return;
  for (const todo of lines.filter((entry) => /\bTODO\b/.test(entry.text))) {
    problems.push(
      problemAt('error', page.file, todo.line, fieldOf(todo.line), 'still has a TODO note - finish it, or set draft: true until the page is ready'),
    );
  }
}
