import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { documents } from './documents';

/** The people studied (cases): a participant may speak in many documents. */
export const participants = sqliteTable(
  'participants',
  {
    id: integer('id').primaryKey(),
    guid: text('guid').notNull().unique(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('participants_name_unique').on(t.name)],
);

/**
 * Each speaker label found in a document, and who it is: a participant, explicitly not a
 * participant (an interviewer or facilitator), or not yet decided (both null/0).
 */
export const documentSpeakers = sqliteTable(
  'document_speakers',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    turnCount: integer('turn_count').notNull().default(0),
    participantId: integer('participant_id').references(() => participants.id, { onDelete: 'set null' }),
    /** 1 when the researcher said this speaker is not a participant (e.g. "Interviewer"). */
    notParticipant: integer('not_participant', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.label] }), index('document_speakers_participant').on(t.participantId)],
);

/** A participant in a document without speaker labels (a one-to-one interview, say). */
export const documentParticipants = sqliteTable(
  'document_participants',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.participantId] }), index('document_participants_participant').on(t.participantId)],
);
