import type { ProjectFile } from '../../../db/projectFile';
import { createCoder, listCoders } from '../../coders/coderQueries';
import type { ExchangeUser, Guid } from '../refi/model';
import type { ReportCollector } from '../refi/reports';
import { adoptGuid } from './adoptIdentity';

/**
 * REFI users become coders. Coherence knows a coder by initials (SO, EW, JC): taken from the
 * user's short id when the file has one, otherwise made from the name, and kept unique. A
 * coding that names no user (or a user not in the file) needs a coder too; it goes to one
 * named after the program that wrote the file ("NVivo"), and the report says how many did.
 */
export class CoderMapping {
  private readonly byGuid = new Map<Guid, number>();
  private readonly taken: Set<string>;
  private program: { id: number; name: string } | null = null;
  private unattributed = 0;

  constructor(
    private readonly file: ProjectFile,
    private readonly origin: string | undefined,
  ) {
    this.taken = new Set(listCoders(file).map((c) => c.initials));
  }

  addUsers(users: ExchangeUser[], report: ReportCollector): void {
    for (const user of users) {
      const name = user.name?.trim() || user.id?.trim() || '';
      const initials = this.initials(user.id, name);
      const coder = createCoder(this.file, { name: name || `Coder ${initials}`, initials });
      adoptGuid(this.file, 'coders', coder.id, user.guid);
      this.byGuid.set(user.guid, coder.id);
      if (!name) report.adjust('coder', `it had no name; it was called "Coder ${initials}"`, { guid: user.guid });
      else if (user.id && initials !== cleanInitials(user.id)) {
        report.adjust('coder', `its short id "${user.id}" is not usable as initials or is taken; Coherence calls this coder ${initials}`, { guid: user.guid, name });
      }
    }
  }

  /** The coder for a user GUID, if the file named that user. */
  known(userGuid: Guid | undefined): number | undefined {
    return userGuid === undefined ? undefined : this.byGuid.get(userGuid);
  }

  /** The coder of a coding: its user, or the program's coder when the file names none. */
  coderFor(userGuid: Guid | undefined): number {
    const known = this.known(userGuid);
    if (known !== undefined) return known;
    this.unattributed++;
    if (!this.program) {
      const name = programName(this.origin);
      this.program = { id: createCoder(this.file, { name, initials: this.initials(undefined, name) }).id, name };
    }
    return this.program.id;
  }

  finish(report: ReportCollector): void {
    if (this.program) {
      report.adjust(
        'coding',
        `${this.unattributed} coding(s) named no coder in the file (or a coder not in it); they were given to a coder called "${this.program.name}"`,
        { name: this.program.name },
      );
    }
  }

  private initials(id: string | undefined, name: string): string {
    const wanted = cleanInitials(id ?? '') || initialsFromName(name) || 'C';
    let candidate = wanted;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${wanted.slice(0, 8 - String(n).length)}${n}`;
    this.taken.add(candidate);
    return candidate;
  }
}

/** Letters and digits only, upper case, at most 8 (what coders.create accepts). */
function cleanInitials(raw: string): string {
  return raw.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').toUpperCase().slice(0, 8);
}

/** "Sam Okoro" → "SO"; a single word gives its first two letters ("Gergo" → "GE"). */
export function initialsFromName(name: string): string {
  const words = name.split(/[\s._-]+/).map(cleanInitials).filter(Boolean);
  if (words.length === 0) return '';
  if (words.length === 1) return words[0]!.slice(0, 2);
  return words.map((w) => w[0]).join('').slice(0, 4);
}

/** "NVivo for Windows 12.6" → "NVivo"; "MAXQDA 24 (Release 24.7.0)" → "MAXQDA". */
export function programName(origin: string | undefined): string {
  return origin?.trim().split(/\s+/)[0] || 'Imported';
}
