import { XMLBuilder } from 'fast-xml-parser';

/**
 * XML out, through fast-xml-parser's builder. Elements are plain objects whose keys are
 * written in insertion order, so building them in the XSD's sequence order gives
 * schema-ordered XML. Escaping is done here rather than by the builder's entity table
 * because text and attributes need different treatment: in attribute values a line break or
 * tab must be a character reference, or every XML reader turns it into a space (XML 1.0
 * §3.3.3), while in element text it stays readable. A CR is escaped everywhere, since
 * readers otherwise fold it into LF (§2.11).
 */
export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlNode[] | undefined;

/** Characters XML 1.0 cannot hold at all, not even escaped (C0 controls, lone surrogates, U+FFFE/F). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function hasNonXmlCharacters(s: string): boolean {
  NOT_XML.lastIndex = 0;
  return NOT_XML.test(s);
}

/** Replace characters XML cannot hold with U+FFFD. */
export function xmlSafe(s: string): string {
  return s.replace(NOT_XML, '\uFFFD');
}

function escapeXmlText(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

function escapeXmlAttribute(s: string): string {
  return escapeXmlText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // isCodable="true" must keep its value (ATLAS.ti rejects bare attributes).
  suppressBooleanAttributes: false,
  processEntities: false,
  tagValueProcessor: (_name: string, value: unknown) => escapeXmlText(String(value)),
  attributeValueProcessor: (_name: string, value: unknown) => escapeXmlAttribute(String(value)),
});

/** A complete UTF-8 XML document with `root` as its only element. */
export function buildXmlDocument(rootName: string, root: XmlNode): string {
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, [rootName]: root }) as string;
}

/** Attributes with undefined values left out, so optional ones simply do not appear. */
export function attrs(values: Record<string, string | number | boolean | undefined>): XmlNode {
  const out: XmlNode = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[`@_${k}`] = String(v);
  return out;
}
