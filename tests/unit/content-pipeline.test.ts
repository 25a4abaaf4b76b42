/** The content pipeline reads what it needs of the content folder, and nothing more. */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { listContentFiles } from '../../src/loaders/content-pipeline.ts';
import { readContent } from '../../src/lib/content-files.ts';

const root = process.cwd();

it('reads the words and never loads the pictures, so photos beside posts cost the check no memory', () => {
  const files = listContentFiles(join(root, 'content'));
  const pictures = files.filter((file) => /\.(jpe?g|png|webp|avif|gif|svg)$/i.test(file.entry));
  expect(pictures.length).toBeGreaterThan(0);
  const loaded: string[] = [];
  const { entries } = readContent(
    files.map((file) => ({
      entry: file.entry,
      bytes: () => {
        loaded.push(file.entry);
        return typeof file.bytes === 'function' ? file.bytes() : file.bytes;
      },
    })),
  );
  expect(loaded.filter((entry) => !/\.(mdx?|ya?ml)$/.test(entry))).toEqual([]);
  expect(loaded.sort()).toEqual(entries.map((entry) => entry.file.path.slice('content/'.length)).sort());
});
