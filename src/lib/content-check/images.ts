/** Pictures a post or person names: beside the file, never a web address. */
import type { ContentProblem, ParsedYaml } from '../content-files.ts';
import { problemAt } from './problem.ts';
import type { ContentCheckInput } from './types.ts';

export function dirname(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
}

/** Resolves `./hero.jpg` relative to the file that mentions it. */
export function resolveRelative(fromFile: string, target: string): string {
  const parts = dirname(fromFile).split('/');
  for (const segment of target.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return parts.join('/');
}

export function checkImage(
  value: unknown,
  file: string,
  field: string,
  parsed: ParsedYaml,
  fileExists: ContentCheckInput['fileExists'],
  problems: ContentProblem[],
) {
  if (typeof value !== 'string') return;
  if (/^(https?:)?\/\//.test(value)) {
    problems.push(
      problemAt(
        'error',
        file,
        parsed.lineOf(field.split('.')),
        field,
        `"${value}" is a web address - save the image next to the post and write ./file-name.jpg`,
      ),
    );
    return;
  }
  const resolved = value.startsWith('/') ? `public${value}` : resolveRelative(file, value);
  if (!fileExists(resolved)) {
    problems.push(
      problemAt(
        'error',
        file,
        parsed.lineOf(field.split('.')),
        field,
        `image "${value}" not found (looked for ${resolved}) - put the file there or fix the name`,
      ),
    );
  }
}
