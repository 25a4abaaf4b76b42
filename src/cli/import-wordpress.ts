/**
 * `npm run import:wordpress -- <export.xml> [--uploads <folder>] [--download] [--dry-run] [--update] [--strict] [--report <file>]`
 * The command around runImport (src/lib/wordpress/import.ts): reads the options, prints the
 * report (a dry run in full; after an import, long lists shortened, all of it in the report file),
 * and exits 1 when the import stopped.
 */
import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { forTerminal, ImportError, runImport } from '../lib/wordpress/import.ts';
import { checkContentFolder, listContentFiles } from '../loaders/content-pipeline.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    uploads: { type: 'string' },
    download: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    update: { type: 'boolean' },
    strict: { type: 'boolean' },
    report: { type: 'string' },
  },
});

/**
 * Writes all of `text` before going on: process.exit would cut off output still on its way into a
 * pipe, and a pipe may take only part of a long report at a time.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let written = 0; written < bytes.length;) {
    try {
      written += writeSync(fd, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

function fail(message: string): never {
  writeAll(2, `${message}\n`);
  process.exit(1);
}

const exportFile = positionals[0];
if (!exportFile) fail('Give the export file: npm run import:wordpress -- path/to/export.xml [--uploads path/to/wp-content/uploads] [--dry-run]');

try {
  const result = await runImport({
    exportFile,
    uploads: values.uploads,
    download: values.download,
    dryRun: values['dry-run'],
    update: values.update,
    strict: values.strict,
    reportFile: values.report,
    root: process.cwd(),
    pipeline: { checkContentFolder, listContentFiles },
    // On a terminal, a long export shows how far the conversion is (on stderr: the report stays clean).
    progress: (done, total) => {
      if (!process.stderr.isTTY || total < 200) return;
      process.stderr.write(done === total ? `\r${' '.repeat(60)}\r` : `\rConverting the export: ${done} of ${total} items...`);
    },
  });
  // A dry run writes no file, so it shows everything.
  writeAll(1, values['dry-run'] ? result.report : forTerminal(result.lines));
  if (result.errors)
    fail(`${result.errors} problem(s) in the imported posts (listed at the top): nothing was written. Fix the export or the site, then run again.`);
  if (result.written) console.log(result.written);
} catch (error) {
  if (error instanceof ImportError) fail(error.message);
  throw error;
}
