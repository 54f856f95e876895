import { XMLParser } from 'fast-xml-parser';
import { AppError } from '../../model/errors';
import type { ZipArchive } from '../../files/zipArchive';

/**
 * An OpenDocument text's (.odt, LibreOffice Writer) text, from its content.xml. Paragraphs and
 * headings are separated by a blank line; list items and table rows are one per line (cells
 * joined by tabs). Comments (office:annotation), tracked deletions and footnote bodies are not
 * part of the text a reader follows, so they are left out.
 */
export interface OdtText {
  text: string;
  warnings: string[];
}

/** fast-xml-parser's order-preserving output: one key for the element name, ':@' for attributes. */
type XmlNode = { [name: string]: XmlNode[] | string | Record<string, string> | undefined } & {
  '#text'?: string;
  ':@'?: Record<string, string>;
};

const SKIPPED = new Set([
  'office:annotation',
  'office:annotation-end',
  'text:tracked-changes',
  'text:note-body',
  'text:sequence-decls',
  'office:forms',
  'text:soft-page-break',
  'draw:image',
  'svg:desc',
  'svg:title',
]);

export async function readOdt(fileName: string, archive: ZipArchive): Promise<OdtText> {
  if (!archive.has('content.xml')) throw new AppError('bad-file', `${fileName} is damaged: it has no content.xml part.`);
  const xml = (await archive.read('content.xml')).toString('utf8');
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
  });
  let tree: XmlNode[];
  try {
    tree = parser.parse(xml) as XmlNode[];
  } catch (e) {
    throw new AppError('bad-file', `${fileName} is damaged: its text part is not well-formed XML (${e instanceof Error ? e.message : String(e)}).`);
  }
  const body = find(tree, ['office:document-content', 'office:body', 'office:text']);
  if (!body) throw new AppError('bad-file', `${fileName} is not a text document (it has no text body).`);

  const out = new OdtWriter();
  out.blocks(body);
  const warnings: string[] = [];
  if (out.skippedComments > 0) warnings.push(`${fileName}: ${out.skippedComments} comment(s) were left out of the text.`);
  return { text: out.finish(), warnings };
}

function nameOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

function children(node: XmlNode, name: string): XmlNode[] {
  const c = node[name];
  return Array.isArray(c) ? c : [];
}

function find(nodes: XmlNode[], path: string[]): XmlNode[] | undefined {
  let level = nodes;
  for (const name of path) {
    const hit = level.find((n) => nameOf(n) === name);
    if (!hit) return undefined;
    level = children(hit, name);
  }
  return level;
}

class OdtWriter {
  /** Lines of one list or one table share a group and are set one per line; others get a blank line between. */
  private lines: { text: string; group: number }[] = [];
  private groups = 0;
  private line = '';
  /** The line so far ends in a space that came from character data (collapsible, per ODF). */
  private softSpace = false;
  skippedComments = 0;

  blocks(nodes: XmlNode[], group = 0, bullet = ''): void {
    for (const node of nodes) {
      const name = nameOf(node);
      if (!name || name === '#text') continue;
      if (SKIPPED.has(name)) {
        if (name === 'office:annotation') this.skippedComments++;
        continue;
      }
      const kids = children(node, name);
      if (name === 'text:p' || name === 'text:h') {
        this.line = bullet;
        this.softSpace = false;
        this.inline(kids);
        this.endLine(group);
        bullet = bullet ? '  ' : '';
      } else if (name === 'text:list') {
        const listGroup = group || ++this.groups;
        for (const item of kids) {
          const itemName = nameOf(item);
          if (itemName === 'text:list-item' || itemName === 'text:list-header') this.blocks(children(item, itemName), listGroup, '• ');
        }
      } else if (name === 'table:table') {
        this.table(kids, ++this.groups);
      } else {
        // Sections, text boxes, frames, indexes: their paragraphs are the document's too.
        this.blocks(kids, group, bullet);
      }
    }
  }

  private table(nodes: XmlNode[], group: number): void {
    for (const node of nodes) {
      const name = nameOf(node);
      if (!name) continue;
      if (name === 'table:table-row') {
        const cells = children(node, name)
          .filter((c) => nameOf(c) === 'table:table-cell' || nameOf(c) === 'table:covered-table-cell')
          .map((c) => this.cellText(children(c, nameOf(c)!)));
        while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
        this.line = cells.join('\t');
        this.endLine(group);
      } else if (name === 'table:table-header-rows' || name === 'table:table-rows' || name === 'table:table-row-group') {
        this.table(children(node, name), group);
      }
    }
  }

  /** A cell's paragraphs on one line, so the row stays a line. */
  private cellText(nodes: XmlNode[]): string {
    const parts: string[] = [];
    for (const node of nodes) {
      const name = nameOf(node);
      if (name !== 'text:p' && name !== 'text:h') continue;
      this.line = '';
      this.softSpace = false;
      this.inline(children(node, name));
      const part = this.line.replace(/[\t\n]/g, ' ').trim();
      if (part) parts.push(part);
    }
    this.line = '';
    return parts.join(' ');
  }

  private inline(nodes: XmlNode[]): void {
    for (const node of nodes) {
      const name = nameOf(node);
      if (!name) continue;
      if (name === '#text') {
        this.characters(String(node['#text'] ?? ''));
        continue;
      }
      if (SKIPPED.has(name)) {
        if (name === 'office:annotation') this.skippedComments++;
        continue;
      }
      if (name === 'text:s') {
        const count = Number(node[':@']?.['@_text:c'] ?? '1');
        this.hard(' '.repeat(Number.isInteger(count) && count > 0 && count < 10_000 ? count : 1));
      } else if (name === 'text:tab') {
        this.hard('\t');
      } else if (name === 'text:line-break') {
        this.hard('\n');
      } else {
        // Spans, links, bookmarks, fields, note citations: only their text matters.
        this.inline(children(node, name));
      }
    }
  }

  /** Character data: runs of blanks are one space, and a space after a space is dropped. */
  private characters(data: string): void {
    const collapsed = data.replace(/[ \t\r\n]+/g, ' ');
    if (collapsed.length === 0) return;
    const text = this.softSpace && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
    this.line += text;
    if (text.length > 0) this.softSpace = text.endsWith(' ');
  }

  /** Spaces, tabs and breaks the author typed on purpose (text:s, text:tab, text:line-break). */
  private hard(s: string): void {
    this.line += s;
    this.softSpace = false;
  }

  private endLine(group: number): void {
    const text = this.line.replace(/[ \t\u00a0]+$/u, '');
    if (text.trim().length > 0) this.lines.push({ text, group: group || ++this.groups });
    this.line = '';
    this.softSpace = false;
  }

  finish(): string {
    let text = '';
    this.lines.forEach((l, i) => {
      if (i > 0) text += l.group === this.lines[i - 1]!.group ? '\n' : '\n\n';
      text += l.text;
    });
    return text;
  }
}
