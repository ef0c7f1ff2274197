// The chapters: one MDX file each in the top-level content/ folder, in the source document's order.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    /** Position in the source document, which is also the reading order. */
    order: z.number().int().positive(),
    /** The source document's section this chapter follows, by its heading; none for a chapter beyond it. */
    follows: z.string().optional(),
  }),
});

export const collections = { chapters };
