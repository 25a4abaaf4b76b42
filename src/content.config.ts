/**
 * Content collections. Every collection is loaded by the content pipeline
 * (src/loaders/content-pipeline.ts), which reads content/ once, checks it as a whole and stores
 * what it checked; schemas come from src/lib/schemas.ts, shared with the checker and the tests.
 */
import { defineCollection, reference } from 'astro:content';
import { createAuthorSchema, createPostSchema, SitePageSchema, TopicSchema } from './lib/schemas.ts';
import { contentPipeline } from './loaders/content-pipeline.ts';

const pipeline = contentPipeline(process.cwd());

const posts = defineCollection({
  loader: pipeline.loader('posts'),
  schema: ({ image }) => createPostSchema({ image, authorReference: () => reference('authors'), topicReference: () => reference('topics') }),
});

const authors = defineCollection({
  loader: pipeline.loader('authors'),
  schema: ({ image }) => createAuthorSchema({ image }),
});

const topics = defineCollection({
  loader: pipeline.loader('topics'),
  schema: TopicSchema,
});

/** Pages that are not articles (services, insurance, FAQ...): content/pages/<address>/index.md. */
const pages = defineCollection({
  loader: pipeline.loader('pages'),
  schema: SitePageSchema,
});

export const collections = { posts, authors, topics, pages };
