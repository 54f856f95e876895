import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { documents } from './documents';
import { participants } from './participants';

/**
 * Typed attributes of participants (stakeholder type, age band) or documents (phase, date,
 * interviewer). Values are stored as text in a canonical form for their type: numbers as
 * decimal strings, dates as ISO yyyy-mm-dd, categories as one of `allowed_values`.
 */
export const attributes = sqliteTable(
  'attributes',
  {
    id: integer('id').primaryKey(),
    guid: text('guid').notNull().unique(),
    scope: text('scope', { enum: ['participant', 'document'] }).notNull(),
    name: text('name').notNull(),
    type: text('type', { enum: ['text', 'number', 'date', 'category'] }).notNull(),
    /** JSON array of strings, for category attributes. */
    allowedValues: text('allowed_values').notNull().default('[]'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('attributes_scope_name_unique').on(t.scope, t.name)],
);

export const participantAttributeValues = sqliteTable(
  'participant_attribute_values',
  {
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    attributeId: integer('attribute_id')
      .notNull()
      .references(() => attributes.id, { onDelete: 'cascade' }),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.attributeId] })],
);

export const documentAttributeValues = sqliteTable(
  'document_attribute_values',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    attributeId: integer('attribute_id')
      .notNull()
      .references(() => attributes.id, { onDelete: 'cascade' }),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.attributeId] })],
);
