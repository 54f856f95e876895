import { canonicalGuid } from './guid';
import { isDateTime } from './formats';
import type { Audit, Guid, NoteAttachment } from './model';
import { ReportCollector } from './reports';
import type { SourceFiles } from './sourceFiles';
import { childrenNamed, type XmlElement } from './xmlDocument';

/**
 * State shared by the element readers while one project file is read: the report, the users
 * known so far, memo references waiting for the memos, and what was left out (so a reference
 * to a PDF document reads "not carried over" rather than "unknown").
 */
export class ReadContext {
  readonly report = new ReportCollector();
  readonly userGuids = new Set<Guid>();
  /** NoteRefs seen inside other objects, resolved once every memo is read. */
  readonly noteRefs: { noteGuid: Guid; target: NoteAttachment; where: string }[] = [];
  /** `kind:guid` of objects left out, with a short reason for references to them. */
  readonly dropped = new Map<string, string>();
  private unknownUsers = 0;
  private badDates = 0;

  constructor(
    readonly fileName: string,
    readonly files: SourceFiles,
  ) {}

  /** A user GUID from an audit attribute, if it names a known user. */
  user(raw: string | undefined): Guid | undefined {
    if (raw === undefined || raw.trim() === '') return undefined;
    const g = canonicalGuid(raw);
    if (g && this.userGuids.has(g)) return g;
    this.unknownUsers++;
    return undefined;
  }

  date(raw: string | undefined): string | undefined {
    if (raw === undefined || raw.trim() === '') return undefined;
    const t = raw.trim();
    if (isDateTime(t)) return t;
    this.badDates++;
    return undefined;
  }

  /** Audit attributes; the project root spells the user ones creatingUserGUID/modifyingUserGUID. */
  audit(el: XmlElement, userSuffix: '' | 'GUID' = ''): Audit {
    const a: Audit = {};
    const cu = this.user(el.attrs[`creatingUser${userSuffix}`]);
    const cd = this.date(el.attrs.creationDateTime);
    const mu = this.user(el.attrs[`modifyingUser${userSuffix}`]);
    const md = this.date(el.attrs.modifiedDateTime);
    if (cu) a.creatingUser = cu;
    if (cd) a.creationDateTime = cd;
    if (mu) a.modifyingUser = mu;
    if (md) a.modifiedDateTime = md;
    return a;
  }

  /** Remember the NoteRefs inside an element, attached to `target`. */
  collectNoteRefs(el: XmlElement, target: NoteAttachment, where: string): void {
    for (const ref of childrenNamed(el, 'NoteRef')) {
      const g = canonicalGuid(ref.attrs.targetGUID);
      if (g) this.noteRefs.push({ noteGuid: g, target, where });
      else this.report.drop('memo link', `a memo reference on ${where} has no valid target`);
    }
  }

  markDropped(kind: string, guid: Guid | undefined, why: string): void {
    if (guid) this.dropped.set(`${kind}:${guid}`, why);
  }

  droppedReason(kind: string, guid: Guid): string | undefined {
    return this.dropped.get(`${kind}:${guid}`);
  }

  /** Report the problems counted along the way, once each. */
  finish(): void {
    if (this.unknownUsers > 0) {
      this.report.adjust(
        'coder',
        `${this.unknownUsers} author or editor reference(s) named no user listed in the file (or were empty); those objects are kept without an author.`,
      );
    }
    if (this.badDates > 0) {
      this.report.adjust('date', `${this.badDates} date(s) were not valid dates and times and were left out.`);
    }
  }
}
