/**
 * Content collections. Schemas live in src/lib/schemas.ts so the content checker and the
 * unit tests validate with exactly the same rules as the build.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { createAuthorSchema, createPostSchema, TopicSchema } from './lib/schemas.ts';
import { POST_FILE_PATTERNS, postIdFromPath } from './lib/posts.ts';
import { contentRoot } from './lib/content-root.ts';

const content = contentRoot(process.cwd(), process.env);

const posts = defineCollection({
  loader: glob({
    base: `${content}/posts`,
    pattern: [...POST_FILE_PATTERNS],
    generateId: ({ entry }) => postIdFromPath(entry),
  }),
  schema: ({ image }) =>
    createPostSchema({ image, authorReference: () => reference('authors'), topicReference: () => reference('topics') }),
});

const authors = defineCollection({
  loader: glob({ base: `${content}/authors`, pattern: '*.yaml' }),
  schema: ({ image }) => createAuthorSchema({ image }),
});

const topics = defineCollection({
  loader: glob({ base: `${content}/topics`, pattern: '*.yaml' }),
  schema: TopicSchema,
});

export const collections = { posts, authors, topics };
