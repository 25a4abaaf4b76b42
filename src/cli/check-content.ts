/** `npm run check:content`: every content problem in one run; exits 1 on any error. */
import { appendFileSync } from 'node:fs';
import { checkContentFolder, describeCheck } from '../loaders/content-pipeline.ts';
import { formatAnnotation } from '../lib/content-check/index.ts';

const result = checkContentFolder(process.argv[2] ?? process.cwd());
const { errors, warnings, summary } = describeCheck(result);
for (const line of [...errors, ...warnings]) console.log(line);
for (const line of summary) console.log(line);
console.log(`${errors.length} error(s), ${warnings.length} warning(s)`);
// On GitHub (the check on every pull request from the editor): each problem also on its file and
// line in the pull request, and the whole list on the check's summary page.
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const problem of result.problems) console.log(formatAnnotation(problem));
  if (process.env.GITHUB_STEP_SUMMARY) {
    const list = [...errors, ...warnings].map((line) => `- \`${line.replace(/`/g, "'")}\``);
    appendFileSync(
      process.env.GITHUB_STEP_SUMMARY,
      `## Content check: ${errors.length} error(s), ${warnings.length} warning(s)\n\n${list.join('\n') || 'Everything is in order.'}\n`,
    );
  }
}
process.exitCode = errors.length > 0 ? 1 : 0;
