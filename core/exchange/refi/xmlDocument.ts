import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../../model/errors';
import { decodeUtf8Part, describePart } from './decodeUtf8';

/**
 * XML from other programs, parsed defensively into a small element tree.
 *
 * A DOCTYPE is refused outright: REFI files never need one, and it is the door for external
 * entities (XXE) and entity expansion bombs ("billion laughs"). Elements are matched by local
 * name, so any namespace prefix or version (`urn:QDA-XML:project:1.0`, `…:0:10`, none) reads
 * the same; the root's namespace is returned for the caller to judge.
 */
export interface XmlElement {
  /** Local name, without any namespace prefix. */
  name: string;
  /** Attributes by their name as written (unprefixed for all REFI attributes). */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (text and CDATA directly inside it), entities decoded. */
  text: string;
}

export interface XmlDocument {
  root: XmlElement;
  /** The root element's namespace URI, or undefined when it has none. */
  namespace?: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Decodes numeric character references (&#13; &#x1F600;) besides the five XML entities.
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  // Whitespace in PlainTextContent and Description is data.
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

export function parseXmlPart(bytes: Uint8Array, fileName: string, part: string): XmlDocument {
  let text = decodeUtf8Part(bytes, fileName, part);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return parseXmlText(text, fileName, part);
}

function parseXmlText(text: string, fileName: string, part: string): XmlDocument {
  const where = describePart(fileName, part);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new AppError(
      'unsafe-file',
      `${where} contains a DOCTYPE or ENTITY declaration. REFI-QDA files never need one, and it can be used to read other files or exhaust memory, so the file was refused.`,
    );
  }
  const check = XMLValidator.validate(text);
  if (check !== true) {
    throw new AppError('bad-file', `${where} is not well-formed XML (line ${check.err.line}: ${check.err.msg}).`, {
      fileName,
      part,
      line: check.err.line,
    });
  }
  let nodes: unknown;
  try {
    nodes = parser.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new AppError('bad-file', `${where} could not be read as XML (${msg}).`, { fileName, part });
  }
  const rootNode = (nodes as OrderedNode[]).find((n) => elementName(n) !== undefined);
  if (!rootNode) throw new AppError('bad-file', `${where} has no XML element in it.`, { fileName, part });
  const root = toElement(rootNode);
  const rawName = elementName(rootNode)!;
  const colon = rawName.indexOf(':');
  const nsAttr = colon === -1 ? 'xmlns' : `xmlns:${rawName.slice(0, colon)}`;
  const namespace = root.attrs[nsAttr];
  return namespace === undefined ? { root } : { root, namespace };
}

/** fast-xml-parser's preserveOrder shape: { tag: children, ':@': attributes } or { '#text': … }. */
type OrderedNode = Record<string, unknown>;

function elementName(node: OrderedNode): string | undefined {
  for (const key of Object.keys(node)) {
    if (key !== ':@' && key !== '#text' && !key.startsWith('?') && !key.startsWith('#')) return key;
  }
  return undefined;
}

function toElement(node: OrderedNode): XmlElement {
  const raw = elementName(node)!;
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  const rawAttrs = node[':@'] as Record<string, unknown> | undefined;
  if (rawAttrs) for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = String(v);
  const children: XmlElement[] = [];
  let text = '';
  for (const child of (node[raw] as OrderedNode[] | undefined) ?? []) {
    if ('#text' in child) text += String(child['#text']);
    else if (elementName(child) !== undefined) children.push(toElement(child));
  }
  return { name: raw.slice(raw.indexOf(':') + 1), attrs, children, text };
}

/** The first child element with this local name. */
export function childNamed(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** All child elements with this local name, in document order. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The text of a child element (Description, PlainTextContent), or undefined when absent. */
export function childText(el: XmlElement, name: string): string | undefined {
  return childNamed(el, name)?.text;
}
