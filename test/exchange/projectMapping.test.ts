import { describe, expect, it } from 'vitest';
import { attributeTypeFor, readVariableHint, storedValue, variableDescription, variableTypeFor } from '../../core/exchange/project/attributeVariables';
import { foldCodeDefinition, unfoldCodeDefinition, type CodeDefinition } from '../../core/exchange/project/codeDefinition';
import { initialsFromName, programName } from '../../core/exchange/project/importCoders';
import { nameBasedGuid, selectionGuidFor } from '../../core/exchange/project/nameBasedGuid';
import { participantFromMarker, participantMemoMarker } from '../../core/exchange/project/participantMemos';

/** The small conventions of the mapping between Coherence projects and REFI-QDA files. */
describe('name-based GUIDs', () => {
  it('are RFC 4122 version 5 UUIDs (the standard example: www.example.com in the DNS namespace)', () => {
    expect(nameBasedGuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('give a selection the same GUID whenever its coding is exported, and different codings different ones', () => {
    const a = selectionGuidFor('E02930A6-53C4-49DA-AC45-540088148E9F');
    expect(a).toBe(selectionGuidFor('e02930a6-53c4-49da-ac45-540088148e9f'));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(selectionGuidFor('2cbdd0ba-88d1-4d90-8a16-30a7ace80889')).not.toBe(a);
  });
});

describe('code definitions in a REFI description', () => {
  const full: CodeDefinition = {
    description: 'A named person coordinates care.\n\nSecond paragraph.',
    inclusion: 'The link worker holding the case.',
    exclusion: 'Messages between professionals.',
    example: '"I hold it all together." (Priya)',
    realistRole: 'mechanism',
  };

  it('fold under headings a person can read, and unfold to the same fields', () => {
    const text = foldCodeDefinition(full);
    expect(text).toBe(
      'A named person coordinates care.\n\nSecond paragraph.\n\nInclusion criteria:\nThe link worker holding the case.\n\nExclusion criteria:\nMessages between professionals.\n\nExample:\n"I hold it all together." (Priya)\n\nRealist role: mechanism',
    );
    expect(unfoldCodeDefinition(text)).toEqual(full);
  });

  it('round-trip partial definitions, and leave other programs\' descriptions as they are', () => {
    const onlyExample = { description: '', inclusion: '', exclusion: '', example: 'An example.', realistRole: null };
    expect(foldCodeDefinition(onlyExample)).toBe('Example:\nAn example.');
    expect(unfoldCodeDefinition('Example:\nAn example.')).toEqual(onlyExample);
    expect(unfoldCodeDefinition('Erősen szkeptikus (piros)\nEnyhén szkeptikus')).toEqual({
      description: 'Erősen szkeptikus (piros)\nEnyhén szkeptikus',
      inclusion: '',
      exclusion: '',
      example: '',
      realistRole: null,
    });
  });
});

describe('attributes as REFI variables', () => {
  it('choose the REFI type from the attribute and its values', () => {
    expect(variableTypeFor({ scope: 'participant', type: 'number', allowedValues: [] }, ['34', '71'])).toBe('Integer');
    expect(variableTypeFor({ scope: 'participant', type: 'number', allowedValues: [] }, ['34', '3.5'])).toBe('Float');
    expect(variableTypeFor({ scope: 'document', type: 'category', allowedValues: ['yes', 'no'] }, ['yes'])).toBe('Boolean');
    expect(variableTypeFor({ scope: 'document', type: 'category', allowedValues: ['interview', 'workshop'] }, [])).toBe('Text');
    expect(variableTypeFor({ scope: 'document', type: 'date', allowedValues: [] }, [])).toBe('Date');
  });

  it('say in the description whose attribute it is and, for a category, its values; read back', () => {
    const site = { scope: 'participant' as const, type: 'category' as const, allowedValues: ['North hub', 'South hub'] };
    const text = variableDescription(site);
    expect(text).toBe('Coherence attribute of participants, one of:\nNorth hub\nSouth hub');
    expect(readVariableHint(text)).toEqual({ scope: 'participant', allowedValues: ['North hub', 'South hub'] });
    expect(attributeTypeFor('Text', readVariableHint(text))).toEqual({ type: 'category', allowedValues: ['North hub', 'South hub'] });
    expect(readVariableHint('Coherence attribute of documents')).toEqual({ scope: 'document' });
    expect(readVariableHint('Recruitment site')).toBeUndefined();
    expect(attributeTypeFor('Boolean', undefined)).toEqual({ type: 'category', allowedValues: ['no', 'yes'] });
    expect(attributeTypeFor('DateTime', undefined)).toEqual({ type: 'date', allowedValues: [] });
  });

  it('store REFI values as Coherence text, saying when a time of day is dropped', () => {
    expect(storedValue('Boolean', true)).toEqual({ text: 'yes', timeDropped: false });
    expect(storedValue('Float', 3.5)).toEqual({ text: '3.5', timeDropped: false });
    expect(storedValue('DateTime', '2024-05-01T14:30:00Z')).toEqual({ text: '2024-05-01', timeDropped: true });
    expect(storedValue('DateTime', '2024-05-01T00:00:00Z')).toEqual({ text: '2024-05-01', timeDropped: false });
    expect(storedValue('Text', '  ')).toEqual({ text: null, timeDropped: false });
  });
});

describe('coders and memos', () => {
  it('make initials from names and name a coder after the program that wrote the file', () => {
    expect(initialsFromName('Sam Okoro')).toBe('SO');
    expect(initialsFromName('floriansipos')).toBe('FL');
    expect(initialsFromName('Zoë-Jane van der Berg')).toBe('ZJVD');
    expect(programName('NVivo for Windows 12.6')).toBe('NVivo');
    expect(programName('MAXQDA 24 (Release 24.7.0)')).toBe('MAXQDA');
    expect(programName(undefined)).toBe('Imported');
  });

  it('mark a participant memo so it can be attached again', () => {
    expect(participantFromMarker(participantMemoMarker('Zoë'))).toBe('Zoë');
    expect(participantFromMarker('short')).toBeUndefined();
  });
});
