import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const root = process.env.CONTENT_ROOT;
if (!root) throw new Error('Set CONTENT_ROOT to the synthetic content folder');

export const collections = {
  posts: defineCollection({ loader: glob({ base: `${root}/posts`, pattern: '**/index.md' }) }),
};
