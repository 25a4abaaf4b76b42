/** Site pages (content/pages): their words (their address is checked in addresses.ts). */
import type { ContentProblem, ParsedYaml } from '../content-files.ts';
import { langOfPath, sitePageUrl } from '../routes.ts';
import { problemAt } from './problem.ts';
import { checkReadersWords } from './wording.ts';
import type { CheckedSitePage, EditorialRules } from './types.ts';

/** Claims and safe-messaging wording, as in articles, in the language of the page's address. */
export function checkSitePageWording(page: CheckedSitePage, parsed: ParsedYaml, rules: EditorialRules, problems: ContentProblem[]) {
  checkReadersWords({ ...page, lines: page.facts.lines }, parsed, rules.languages[langOfPath(sitePageUrl(page.id))], 'page', problems);
}

/**
 * A page's translation names its original: a page of the site in another language, itself no
 * translation; one version per language.
 */
export function checkSitePageTranslations(pages: readonly CheckedSitePage[], lineFinders: Map<string, ParsedYaml['lineOf']>, problems: ContentProblem[]) {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const seen = new Map<string, string>();
  for (const page of pages) {
    const originalId = page.data.translationOf;
    if (!originalId) continue;
    const at = (message: string) => problemAt('error', page.file, lineFinders.get(page.file)?.(['translationOf']), 'translationOf', message);
    const original = byId.get(originalId);
    const lang = langOfPath(sitePageUrl(page.id));
    if (!original) problems.push(at(`no page in content/pages/${originalId}/ - name the folder of the page this one translates`));
    else if (original.data.translationOf)
      problems.push(at(`${originalId} is itself a translation - name the page it translates (${original.data.translationOf})`));
    else if (langOfPath(sitePageUrl(original.id)) === lang)
      problems.push(at(`${originalId} is in the same language as this page - a translation lives under its language's folder, like content/pages/es/`));
    else if (seen.has(`${originalId} ${lang}`))
      problems.push(at(`${seen.get(`${originalId} ${lang}`)} already translates ${originalId} into this language - keep one`));
    else seen.set(`${originalId} ${lang}`, page.file);
  }
}
