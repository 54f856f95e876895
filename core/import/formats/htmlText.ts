import { Parser } from 'htmlparser2';

/**
 * HTML to the plain text a reader sees: paragraphs and headings separated by a blank line,
 * list items and table rows one per line (cells joined by tabs), scripts and styles dropped,
 * entities decoded. Used for web pages and for the HTML mammoth makes from Word files.
 */
export interface HtmlTextOptions {
  /**
   * Collapse runs of spaces and line breaks as a browser does. Right for web pages; wrong for
   * mammoth's output, whose spaces are the Word document's own.
   */
  collapseWhitespace: boolean;
}

export interface HtmlText {
  text: string;
  imageCount: number;
}

/** Elements whose content starts a new paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'header', 'footer',
  'nav', 'aside', 'main', 'figure', 'figcaption', 'address', 'caption', 'form', 'fieldset', 'details', 'summary',
  'dl', 'dt', 'dd', 'ul', 'ol', 'table', 'hr', 'body', 'center',
]);
/** Elements whose content is never shown. */
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);

/**
 * A finished line of output. Items of one list, or rows of one table, share a group and follow
 * each other on the next line; anything else is set off by a blank line.
 */
interface Block {
  text: string;
  group: number;
}

export function htmlToText(html: string, options: HtmlTextOptions): HtmlText {
  const blocks: Block[] = [];
  let line = '';
  let groups = 0;
  /** The group of the line being built: a fresh one per paragraph, shared within a list or table. */
  let lineGroup = 0;
  let listGroup = 0;
  let tableGroup = 0;
  let hidden = 0;
  let pre = 0;
  let imageCount = 0;
  /** Open lists, innermost last: the next number for ordered ones, null for bullets. */
  const lists: (number | null)[] = [];
  /** Per open table row: how many cells have started. */
  const rows: number[] = [];
  let cellDepth = 0;
  /** Where the open cell's text begins in `line`. */
  let cellStart = 0;
  /** Inside a cell, paragraphs and breaks become single spaces so the row stays one line. */
  const cellBreak = () => {
    if (line.length > cellStart && !/[ \t]$/.test(line)) line += ' ';
  };

  const flush = () => {
    const text = options.collapseWhitespace ? line.trim() : line.replace(/[ \t\u00a0]+$/u, '').replace(/^\n+|\n+$/g, '');
    if (text.trim().length > 0) blocks.push({ text, group: lineGroup === 0 ? ++groups : lineGroup });
    line = '';
    lineGroup = 0;
  };
  const append = (s: string) => {
    if (hidden > 0) return;
    if (cellDepth > 0) s = s.replace(/[\t\n\r]/g, ' ');
    if (options.collapseWhitespace && pre === 0) {
      const collapsed = s.replace(/[ \t\n\r\f]+/g, ' ');
      line += line.length === 0 || /[ \n]$/.test(line) ? collapsed.replace(/^ /, '') : collapsed;
    } else {
      line += s;
    }
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        if (hidden > 0) return;
        if (name === 'img') imageCount++;
        else if (name === 'br') {
          if (cellDepth > 0) cellBreak();
          else line += '\n';
        }
        else if (name === 'pre') pre++;
        if (name === 'table' && cellDepth === 0) {
          flush();
          tableGroup = ++groups;
        } else if (name === 'tr') {
          flush();
          rows.push(0);
          lineGroup = tableGroup || ++groups;
        } else if (name === 'td' || name === 'th') {
          const n = rows.length > 0 ? rows[rows.length - 1]! : 0;
          if (n > 0) line += '\t';
          if (rows.length > 0) rows[rows.length - 1] = n + 1;
          cellDepth++;
          cellStart = line.length;
        } else if (name === 'li') {
          if (cellDepth > 0) return void cellBreak();
          flush();
          lineGroup = listGroup;
          const depth = lists.length;
          const next = lists[depth - 1];
          line += depth === 0 || next === null || next === undefined ? '• ' : `${next}. `;
          if (typeof next === 'number') lists[depth - 1] = next + 1;
        } else if (name === 'ul' || name === 'ol') {
          if (cellDepth === 0) flush();
          if (lists.length === 0) listGroup = ++groups;
          lists.push(name === 'ol' ? 1 : null);
        } else if (BLOCKS.has(name)) {
          if (cellDepth > 0) cellBreak();
          else flush();
        }
      },
      ontext(data) {
        append(data);
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) {
          hidden = Math.max(0, hidden - 1);
          return;
        }
        if (hidden > 0) return;
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (name === 'td' || name === 'th') cellDepth = Math.max(0, cellDepth - 1);
        else if (name === 'tr') {
          rows.pop();
          flush();
        } else if (name === 'ul' || name === 'ol') {
          lists.pop();
          if (cellDepth === 0) flush();
        } else if (name === 'li' || BLOCKS.has(name)) {
          if (cellDepth === 0) flush();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();

  let text = '';
  blocks.forEach((b, i) => {
    if (i > 0) text += b.group === blocks[i - 1]!.group ? '\n' : '\n\n';
    text += b.text;
  });
  return { text, imageCount };
}
