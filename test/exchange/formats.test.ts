import { describe, expect, it } from 'vitest';
import { canonicalGuid } from '../../core/exchange';
import { canonicalColour, formatXsdDecimal, parseXsdBoolean, parseXsdDecimal, parseXsdInteger } from '../../core/exchange/refi/formats';
import { formatVariableValue } from '../../core/exchange/refi/variableValues';

/** The schema's small value formats, in and out. */
describe('REFI value formats', () => {
  it('canonicalises GUIDs: lower case, no braces; refuses what is not one', () => {
    expect(canonicalGuid('{D7AA29DA-519B-4946-9B90-253B6DB8FD0A}')).toBe('d7aa29da-519b-4946-9b90-253b6db8fd0a');
    expect(canonicalGuid(' 39633935-3331-3962-6632-373436373264 ')).toBe('39633935-3331-3962-6632-373436373264');
    expect(canonicalGuid('{d7aa29da-519b-4946-9b90-253b6db8fd0a')).toBeUndefined();
    expect(canonicalGuid('')).toBeUndefined();
    expect(canonicalGuid('d7aa29da519b49469b90253b6db8fd0a')).toBeUndefined();
  });

  it('canonicalises colours to #rrggbb and refuses names and alpha', () => {
    expect(canonicalColour('#F0A')).toBe('#ff00aa');
    expect(canonicalColour(' #EF8256 ')).toBe('#ef8256');
    expect(canonicalColour('red')).toBeUndefined();
    expect(canonicalColour('#ff0000ff')).toBeUndefined();
  });

  it('parses xsd booleans, integers and decimals strictly', () => {
    expect([parseXsdBoolean('1'), parseXsdBoolean(' false '), parseXsdBoolean('yes')]).toEqual([true, false, undefined]);
    expect([parseXsdInteger('+42'), parseXsdInteger('4.2'), parseXsdInteger('99999999999999999999')]).toEqual([42, undefined, undefined]);
    expect([parseXsdDecimal('-.5'), parseXsdDecimal('3.'), parseXsdDecimal('1e3'), parseXsdDecimal('NaN')]).toEqual([-0.5, 3, 1000, undefined]);
  });

  it('writes decimals without exponents, which xsd:decimal does not allow', () => {
    expect([1e-7, 1.5e21, -2.5e-10, 3.5, 1.2345e-7].map(formatXsdDecimal)).toEqual([
      '0.0000001',
      '1500000000000000000000',
      '-0.00000000025',
      '3.5',
      '0.00000012345',
    ]);
  });

  it('writes attribute values in the element of their type, or as text when they do not fit', () => {
    expect(formatVariableValue('Float', 2.5e-7)).toEqual({ element: 'FloatValue', text: '0.00000025', mismatch: false });
    expect(formatVariableValue('Integer', '12')).toEqual({ element: 'IntegerValue', text: '12', mismatch: false });
    expect(formatVariableValue('Integer', 1.5)).toEqual({ element: 'TextValue', text: '1.5', mismatch: true });
    expect(formatVariableValue('Boolean', 'no')).toEqual({ element: 'TextValue', text: 'no', mismatch: true });
    expect(formatVariableValue('Date', '2024-05-01')).toEqual({ element: 'DateValue', text: '2024-05-01', mismatch: false });
    expect(formatVariableValue('DateTime', '2024-05-01')).toEqual({ element: 'TextValue', text: '2024-05-01', mismatch: true });
    expect(formatVariableValue('Text', null)).toBeNull();
  });
});
