import { z } from 'zod';

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9, -)' });

export const TextSchema = z.string().trim().min(1, { message: 'must not be empty' });

/** Ids of papers in publications.json that an entry is about. */
export const PaperIdsSchema = z.array(IdSchema).default([]);
