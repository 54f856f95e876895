import type { ProjectFile } from '../../../db/projectFile';
import type { ReportEntry } from '../refi/model';
import { isYesNo } from './attributeVariables';
import { plural } from '../../model/wording';

/**
 * What a REFI-QDA file cannot hold of a Coherence project, found before writing so the export
 * report can say it (the standard asks exporters to show what is lost). `notCarried` heads the
 * writer's report; `adjusted` lists what was written in another form.
 */
export interface ExportLimits {
  notCarried: ReportEntry[];
  adjusted: ReportEntry[];
}

function counter(file: ProjectFile) {
  return (sql: string): number => (file.sqlite.prepare(sql).get() as { n: number }).n;
}

export function projectExportLimits(file: ProjectFile): ExportLimits {
  const count = counter(file);
  const notCarried: ReportEntry[] = [];
  const adjusted: ReportEntry[] = [];
  const drop = (n: number, subject: string, reason: string) => n > 0 && notCarried.push({ subject, reason });
  const adjust = (n: number, subject: string, reason: string) => n > 0 && adjusted.push({ subject, reason });

  const matrices = count('SELECT COUNT(*) AS n FROM matrices');
  const summaries = count("SELECT COUNT(*) AS n FROM matrix_cells WHERE summary <> ''");
  drop(matrices, 'framework matrix', `${plural(matrices, 'framework matrix', 'framework matrices')} and ${plural(summaries, 'cell summary', 'cell summaries')}: REFI-QDA has no framework matrices`);
  const configurations = count('SELECT COUNT(*) AS n FROM configurations');
  const elements = count('SELECT COUNT(*) AS n FROM cmo_elements');
  drop(configurations + elements, 'CMO configuration', `${plural(configurations, 'CMO configuration')} and ${plural(elements, 'context, mechanism or outcome element')} (with their evidence): REFI-QDA has no realist configurations`);
  const versions = count('SELECT COUNT(*) AS n FROM theory_versions');
  drop(versions, 'programme theory version', `${plural(versions, 'programme theory version')}: REFI-QDA has no programme theories`);
  const assignments = count('SELECT COUNT(*) AS n FROM assignments');
  const completed = count('SELECT COUNT(*) AS n FROM assignments WHERE completed_at IS NOT NULL');
  drop(assignments, 'coding assignment', `${plural(assignments, 'assignment')} of documents to coders (${completed} marked complete): REFI-QDA does not record who is to code what`);
  const consensus = count("SELECT COUNT(*) AS n FROM codings WHERE coder_id IN (SELECT id FROM coders WHERE name = 'Consensus' COLLATE NOCASE)");
  drop(consensus, 'consensus coding', `${plural(consensus, 'coding')} of the consensus coder are written as an ordinary coder's; the consensus workflow (which disagreements were settled, and how) is not carried`);
  const turns = count("SELECT COUNT(*) AS n FROM documents WHERE turns <> '[]'");
  const marks = count("SELECT COUNT(*) AS n FROM documents WHERE time_marks <> '[]'");
  drop(turns, 'speaker turns', `the speaker turns of ${plural(turns, 'document')}: the text is written with its speaker labels, and Coherence finds the turns again on import`);
  drop(marks, 'time marks', `the timestamps of ${plural(marks, 'document')} are written as text only, not as synchronised times`);
  const notParticipants = count('SELECT COUNT(DISTINCT label) AS n FROM document_speakers WHERE not_participant = 1');
  drop(notParticipants, 'speaker', `${plural(notParticipants, 'speaker label')} marked "not a participant" (interviewers, facilitators): REFI-QDA cannot say so`);
  const originals = count('SELECT COUNT(*) AS n FROM document_originals');
  drop(originals, 'original file', `the original files (Word, PDF, …) of ${plural(originals, 'document')}: their plain text is written, without formatting`);
  const roles = count('SELECT COUNT(*) AS n FROM codings WHERE realist_role IS NOT NULL');
  drop(roles, 'realist role', `the context/mechanism/outcome tags of ${plural(roles, 'coding')}: REFI-QDA codings carry only their code`);
  const codings = count('SELECT COUNT(*) AS n FROM codings');
  drop(codings, 'statistics', 'code and coding statistics (counts, coverage, agreement): they are not stored but computed, and the receiving program computes its own');
  const history = count('SELECT COUNT(*) AS n FROM history_actions');
  drop(history, 'history', 'the undo history and activity log');

  adjusted.push(...codeDefinitionAdjustments(file));
  const categories = (file.sqlite.prepare("SELECT allowed_values AS allowed FROM attributes WHERE type = 'category'").all() as { allowed: string }[]).filter(
    (a) => !isYesNo(JSON.parse(a.allowed) as string[]),
  ).length;
  adjust(categories, 'attribute', `${plural(categories, 'category attribute')} written as text variables, their allowed values listed in the variable's description (yes/no categories are written as Boolean)`);
  const participantMemos = count("SELECT COUNT(*) AS n FROM memos WHERE target_kind = 'participant'");
  adjust(participantMemos, 'memo', `${plural(participantMemos, 'participant memo')} written as free-standing memos whose description names the participant ("About participant: …"): REFI-QDA cases cannot carry memos`);
  const spoken = count('SELECT COUNT(*) AS n FROM document_speakers WHERE participant_id IS NOT NULL');
  adjust(spoken, 'participant', `participants who speak in a document (${plural(spoken, 'speaker label')}) are written as cases holding the whole document`);
  return { notCarried, adjusted };
}

export function codebookExportLimits(file: ProjectFile): ExportLimits {
  const codings = counter(file)('SELECT COUNT(*) AS n FROM codings');
  const notCarried: ReportEntry[] = codings > 0 ? [{ subject: 'statistics', reason: 'code statistics (how often each code is used, by whom): a codebook file holds codes only' }] : [];
  return { notCarried, adjusted: codeDefinitionAdjustments(file) };
}

function codeDefinitionAdjustments(file: ProjectFile): ReportEntry[] {
  const count = counter(file);
  const out: ReportEntry[] = [];
  const definitions = count("SELECT COUNT(*) AS n FROM codes WHERE inclusion <> '' OR exclusion <> '' OR example <> ''");
  if (definitions > 0) {
    out.push({
      subject: 'code definition',
      reason: `the inclusion criteria, exclusion criteria and examples of ${plural(definitions, 'code')} were appended to their descriptions under those headings, so they survive in other programs (Coherence reads them back)`,
    });
  }
  const roles = count('SELECT COUNT(*) AS n FROM codes WHERE realist_role IS NOT NULL');
  if (roles > 0) out.push({ subject: 'realist role', reason: `the realist role of ${plural(roles, 'code')} was written as a last line of the description ("Realist role: mechanism")` });
  return out;
}
