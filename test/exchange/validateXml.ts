import { readFileSync } from 'node:fs';
import { memoryPages, validateXML } from 'xmllint-wasm';
import { sharedPath } from '../support/paths';

/**
 * Validates XML against the REFI-QDA schemas with libxml2 (xmllint compiled to WebAssembly),
 * the same check `xmllint --schema Project.xsd project.qde` makes.
 */
export type RefiSchema = 'Project.xsd' | 'Codebook.xsd';

export interface SchemaResult {
  valid: boolean;
  errors: string[];
}

export async function validateAgainst(schema: RefiSchema, xml: string, fileName = 'document.xml'): Promise<SchemaResult> {
  const xsd = readFileSync(sharedPath('refi-qda', schema), 'utf8');
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [xsd],
    // Large exports (tens of MB of XML) need more than the 32 MiB default.
    initialMemoryPages: 64 * memoryPages.MiB,
    maxMemoryPages: 2 * memoryPages.GiB,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
