/** Citations: every [@key] has a source, and every source is cited. */
import { unknownCitationMessage } from '../citations.ts';
import { type MarkdownFacts } from '../markdown-facts.ts';
import type { ContentProblem, ParsedYaml } from '../content-files.ts';
import { problemAt } from './problem.ts';

/** Every marker must match a reference (error); every reference should be cited (warning). */
export function checkCitations(facts: MarkdownFacts, references: unknown, file: string, parsed: ParsedYaml, problems: ContentProblem[]) {
  const entries = Array.isArray(references) ? references : [];
  const ids = entries.map((ref) => (ref && typeof ref === 'object' ? (ref as { id?: unknown }).id : undefined));
  const cited = new Set<string>();
  for (const citation of facts.citations) {
    for (const id of citation.ids) {
      cited.add(id);
      if (ids.includes(id)) continue;
      problems.push(problemAt('error', file, citation.line, `[@${id}]`, unknownCitationMessage(id)));
    }
  }
  ids.forEach((id, index) => {
    if (typeof id === 'string' && !cited.has(id)) {
      problems.push(
        problemAt(
          'warning',
          file,
          parsed.lineOf(['references', index, 'id']),
          `references.${index}`,
          `"${id}" is never cited - cite it in the text with [@${id}] or remove it`,
        ),
      );
    }
  });
}
