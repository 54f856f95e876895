import { decodeWindows1252 } from '../windows1252';

/**
 * RTF names its byte encodings by Windows code page (\ansicpg1255) or by font charset
 * (\fcharset177). TextDecoder knows them by WHATWG label; Node's full ICU has all of these.
 */
const CHARSET_CODE_PAGES: Record<number, number> = {
  0: 1252, 77: 10000, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255,
  178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250,
};

export function codePageForCharset(charset: number): number | undefined {
  return CHARSET_CODE_PAGES[charset];
}

function labelFor(codePage: number): string {
  if (codePage >= 1250 && codePage <= 1258) return `windows-${codePage}`;
  switch (codePage) {
    case 874:
      return 'windows-874';
    case 932:
      return 'shift_jis';
    case 936:
      return 'gbk';
    case 949:
      return 'euc-kr';
    case 950:
      return 'big5';
    case 866:
      return 'ibm866';
    case 10000:
      return 'macintosh';
    case 65001:
      return 'utf-8';
    default:
      // 437, 850 and other DOS pages are not in TextDecoder; their letters mostly agree with 1252.
      return 'windows-1252';
  }
}

interface Decoder {
  decode(bytes: Uint8Array): string;
}
const decoders = new Map<number, Decoder>();
const windows1252: Decoder = { decode: decodeWindows1252 };

export function decoderFor(codePage: number): Decoder {
  const label = labelFor(codePage);
  if (label === 'windows-1252') return windows1252;
  let d = decoders.get(codePage);
  if (!d) {
    d = new TextDecoder(label);
    decoders.set(codePage, d);
  }
  return d;
}
