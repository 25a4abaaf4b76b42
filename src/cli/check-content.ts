/** `npm run check:content`: every content problem in one run; exits 1 on any error. */
import { checkContentFolder, describeCheck } from '../loaders/content-pipeline.ts';

const result = checkContentFolder(process.argv[2] ?? process.cwd());
const { errors, warnings, summary } = describeCheck(result);
for (const line of [...errors, ...warnings]) console.log(line);
for (const line of summary) console.log(line);
console.log(`${errors.length} error(s), ${warnings.length} warning(s)`);
process.exitCode = errors.length > 0 ? 1 : 0;
