import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { codings } from './codings';

/**
 * Realist evaluation: context-mechanism-outcome configurations. An element ("isolated older
 * clients", "feeling listened to", "more confidence") is shared: the outcome of one
 * configuration is often the mechanism of the next, so configurations form a web.
 */
export const cmoElements = sqliteTable('cmo_elements', {
  id: integer('id').primaryKey(),
  guid: text('guid').notNull().unique(),
  label: text('label').notNull(),
  description: text('description').notNull().default(''),
  createdAt: text('created_at').notNull(),
});

export const configurations = sqliteTable('configurations', {
  id: integer('id').primaryKey(),
  guid: text('guid').notNull().unique(),
  /** The configuration in words: "For isolated clients, social cafés ... because ... leading to ...". */
  statement: text('statement').notNull(),
  createdAt: text('created_at').notNull(),
});

/** Which elements fill which slot of a configuration, in order. */
export const configurationElements = sqliteTable(
  'configuration_elements',
  {
    configurationId: integer('configuration_id')
      .notNull()
      .references(() => configurations.id, { onDelete: 'cascade' }),
    elementId: integer('element_id')
      .notNull()
      .references(() => cmoElements.id, { onDelete: 'cascade' }),
    slot: text('slot', { enum: ['context', 'intervention', 'mechanism-resource', 'mechanism-reasoning', 'outcome'] }).notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.configurationId, t.elementId, t.slot] }), index('configuration_elements_element').on(t.elementId)],
);

/** The coded passages that support an element (and so every configuration using it). */
export const elementEvidence = sqliteTable(
  'element_evidence',
  {
    elementId: integer('element_id')
      .notNull()
      .references(() => cmoElements.id, { onDelete: 'cascade' }),
    codingId: integer('coding_id')
      .notNull()
      .references(() => codings.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.elementId, t.codingId] }), index('element_evidence_coding').on(t.codingId)],
);

/** Programme theory versions: initial programme theory, refined theory, mid-range theory, ... */
export const theoryVersions = sqliteTable('theory_versions', {
  id: integer('id').primaryKey(),
  guid: text('guid').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: text('created_at').notNull(),
});

/** A configuration's standing in a version, and why. */
export const configurationVersions = sqliteTable(
  'configuration_versions',
  {
    configurationId: integer('configuration_id')
      .notNull()
      .references(() => configurations.id, { onDelete: 'cascade' }),
    versionId: integer('version_id')
      .notNull()
      .references(() => theoryVersions.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['proposed', 'supported', 'refuted', 'refined'] }).notNull(),
    rationale: text('rationale').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.configurationId, t.versionId] })],
);
