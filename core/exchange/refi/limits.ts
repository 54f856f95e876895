import { defaultZipLimits, type ZipLimits } from '../../files/zipArchive';

/**
 * Budgets for reading files from other programs. A REFI export of a large interview study
 * (hundreds of transcripts) is tens of megabytes; these leave ample room above that while
 * refusing archives built to exhaust memory.
 */
export interface RefiLimits {
  zip: ZipLimits;
  /** The project or codebook XML. */
  maxXmlBytes: number;
  /** One text source or memo file. */
  maxTextBytes: number;
  /**
   * Largest unpacked/packed size ratio accepted for big entries. Text packs 3–10 to 1; a
   * "zip bomb" of repeated bytes packs 1000 to 1.
   */
  maxCompressionRatio: number;
  /** Entries smaller than this are never refused for their ratio. */
  ratioCheckFromBytes: number;
}

export const defaultRefiLimits: RefiLimits = {
  zip: defaultZipLimits,
  maxXmlBytes: 200 * 1024 * 1024,
  maxTextBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioCheckFromBytes: 8 * 1024 * 1024,
};
