import type { RealistRole } from '../../model/types';

/**
 * REFI-QDA gives a code one description. A Coherence code's definition has more: when to use
 * it, when not to, a typical passage, and its realist role. On export they are appended to the
 * description under plain headings, so they survive a trip through NVivo or MAXQDA and a person
 * reading the codebook there still sees them; on import the headings are read back into their
 * fields.
 */
export interface CodeDefinition {
  description: string;
  inclusion: string;
  exclusion: string;
  example: string;
  realistRole: RealistRole | null;
}

const SECTIONS = [
  ['inclusion', 'Inclusion criteria'],
  ['exclusion', 'Exclusion criteria'],
  ['example', 'Example'],
] as const;

const ROLE_LINE = /\n\nRealist role: (context|mechanism|outcome)$/;

/** The description as written to REFI-QDA. */
export function foldCodeDefinition(code: CodeDefinition): string {
  const parts = code.description ? [code.description] : [];
  for (const [field, heading] of SECTIONS) if (code[field]) parts.push(`${heading}:\n${code[field]}`);
  if (code.realistRole) parts.push(`Realist role: ${code.realistRole}`);
  return parts.join('\n\n');
}

/** Whether export folds anything into the description (for the export report). */
export function hasFoldedFields(code: CodeDefinition): boolean {
  return Boolean(code.inclusion || code.exclusion || code.example || code.realistRole);
}

/** A REFI description split back into the definition's fields (headings written by foldCodeDefinition). */
export function unfoldCodeDefinition(text: string): CodeDefinition {
  let rest = `\n\n${text}`;
  const out: CodeDefinition = { description: '', inclusion: '', exclusion: '', example: '', realistRole: null };
  const role = ROLE_LINE.exec(rest);
  if (role) {
    out.realistRole = role[1] as RealistRole;
    rest = rest.slice(0, role.index);
  }
  // From the last heading back, so a heading word inside the description cannot cut it early.
  for (const [field, heading] of [...SECTIONS].reverse()) {
    const at = rest.lastIndexOf(`\n\n${heading}:\n`);
    if (at === -1) continue;
    out[field] = rest.slice(at + heading.length + 4);
    rest = rest.slice(0, at);
  }
  out.description = rest.slice(2);
  return out;
}
